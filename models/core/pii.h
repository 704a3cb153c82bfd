#pragma once

#include <QString>

namespace yc::pii {

// Masks an identity document number for screens and logs: the first four and
// the last four characters stay (region and check digit), the rest becomes '*'.
// "370102199001011234" -> "3701**********1234". Short numbers keep less.
QString maskIdNumber(const QString &number);

// "13812345678" -> "138****5678".
QString maskPhone(const QString &phone);

// "张三丰" -> "张**"; one visible character is enough to recognise a person
// the clerk is looking at, not enough to identify them from a log.
QString maskName(const QString &name);

// Replaces anything in free text that looks like a resident ID number or a
// mobile number by its masked form. A safety net for log lines.
QString scrub(const QString &text);

} // namespace yc::pii
