#pragma once

#include <QString>

namespace yc {

// True when typed or imported text carries control characters (escape
// sequences, NUL, bell …), which no field of ours accepts. Long free text
// such as a catalog's legal basis may keep line breaks and tabs.
bool hasControlCharacters(const QString &text, bool allowLineBreaksAndTabs = false);

} // namespace yc
