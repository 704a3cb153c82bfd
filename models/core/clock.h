#pragma once

#include <functional>

#include <QDateTime>

namespace yc {

// The one source of "now" in the domain code, so tests can move time
// (lockouts, idle lock, deadlines) without sleeping.
class Clock
{
public:
    static QDateTime nowUtc();
    static void setOverride(std::function<QDateTime()> now);
    static void clearOverride();
};

// ISO-8601 UTC with milliseconds: the one format times are stored in.
QString toStoredTime(const QDateTime &t);
QDateTime fromStoredTime(const QString &s);

} // namespace yc
