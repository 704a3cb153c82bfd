#pragma once

#include <functional>

#include <QDateTime>
#include <QTimeZone>

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

// The hall's time zone. Business days, due dates, hours of the day and every
// time a person reads or prints follow it, whatever zone the machine is set
// to (a window PC left on UTC must still print Beijing time). Asia/Shanghai
// until the hall's own (hall.time_zone) is loaded at start-up.
namespace hallTime {
QTimeZone zone();
void setZone(const QTimeZone &zone);
// The hall's wall-clock time of a moment.
QDateTime local(const QDateTime &t);
// The hall's calendar date of a moment.
QDate date(const QDateTime &t);
// Midnight starting `day` in the hall, as UTC.
QDateTime startOfDayUtc(const QDate &day);
} // namespace hallTime

// ISO-8601 UTC with milliseconds: the one format times are stored in.
QString toStoredTime(const QDateTime &t);
QDateTime fromStoredTime(const QString &s);

} // namespace yc
