#pragma once

#include <QString>

namespace yc::idcard {

// The 民族 of a resident card from its two-digit code (GB 3304-1991 numbering
// as the card uses it: 01–56, 97 其他, 98 外国血统中国籍人士). The names are
// the official Chinese ones, the way the card prints them; empty for a code
// not in the table.
QString ethnicityName(const QString &code);

} // namespace yc::idcard
