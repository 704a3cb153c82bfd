#pragma once

#include <QString>

namespace yc {

// True when typed or imported text carries control characters (escape
// sequences, NUL, bell …), which no field of ours accepts. Long free text
// such as a catalog's legal basis may keep line breaks and tabs.
bool hasControlCharacters(const QString &text, bool allowLineBreaksAndTabs = false);

// A typed field is acceptable: trimmed, not empty when required, at most
// maxLength characters (code points, so 𠮷 counts once), no control
// characters (line breaks and tabs allowed for multi-line notes).
bool isCleanText(const QString &text, int maxLength, bool required, bool multiLine = false);

} // namespace yc
