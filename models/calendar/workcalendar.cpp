#include "workcalendar.h"

#include <algorithm>
#include <cstdlib>

namespace yc {

namespace {

// Far beyond any limit a catalog states (the catalog allows 3650 of any
// unit); a bound so a wrong number cannot keep a loop running for minutes.
constexpr int kMaxWorkingDays = 100000;

bool isWeekend(const QDate &day)
{
    return day.dayOfWeek() >= 6;
}

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

// Monday-Friday days among the Julian days [0, jd] (negative below 0), so the
// difference of two values counts the weekdays between them without a loop.
// Julian day 0 is a Monday.
qint64 weekdaysThrough(qint64 jd)
{
    const qint64 days = jd + 1;
    const qint64 weeks = floorDiv(days, 7);
    return weeks * 5 + std::min<qint64>(days - weeks * 7, 5);
}

struct Pauses
{
    const QList<Pause> &list;

    bool contains(const QDate &day) const
    {
        return std::any_of(list.cbegin(), list.cend(), [&day](const Pause &p) {
            return day >= p.from && (p.to.isNull() || day <= p.to);
        });
    }
    bool runningFrom(const QDate &day) const
    {
        return std::any_of(list.cbegin(), list.cend(),
                           [&day](const Pause &p) { return p.to.isNull() && day >= p.from; });
    }
};

} // namespace

QString dayKindCode(DayKind kind)
{
    return kind == DayKind::Workday ? QStringLiteral("workday") : QStringLiteral("holiday");
}

std::optional<DayKind> dayKindFromCode(const QString &code)
{
    if (code == QLatin1String("holiday"))
        return DayKind::Holiday;
    if (code == QLatin1String("workday"))
        return DayKind::Workday;
    return std::nullopt;
}

WorkCalendar::WorkCalendar(const QList<CalendarDay> &exceptions)
{
    for (const CalendarDay &day : exceptions) {
        if (day.date.isValid())
            m_days.insert(day.date, day);
    }
}

bool WorkCalendar::isWorkingDay(const QDate &day) const
{
    if (!day.isValid())
        return false;
    const auto it = m_days.constFind(day);
    if (it != m_days.cend())
        return it->kind == DayKind::Workday;
    return !isWeekend(day);
}

std::optional<CalendarDay> WorkCalendar::exception(const QDate &day) const
{
    const auto it = m_days.constFind(day);
    if (it == m_days.cend())
        return std::nullopt;
    return *it;
}

QList<CalendarDay> WorkCalendar::exceptions() const
{
    return m_days.values();
}

QDate WorkCalendar::nextWorkingDay(const QDate &day) const
{
    if (!day.isValid())
        return {};
    // Ends: only finitely many exceptions can stand in the way.
    QDate d = day;
    while (!isWorkingDay(d))
        d = d.addDays(1);
    return d;
}

QDate WorkCalendar::addWorkingDays(const QDate &from, int n) const
{
    if (!from.isValid() || std::abs(n) > kMaxWorkingDays)
        return {};
    const int step = n < 0 ? -1 : 1;
    QDate d = from;
    for (int left = std::abs(n); left > 0;) {
        d = d.addDays(step);
        if (isWorkingDay(d))
            --left;
    }
    return d;
}

int WorkCalendar::workingDaysBetween(const QDate &a, const QDate &b) const
{
    if (!a.isValid() || !b.isValid())
        return 0;
    if (b < a)
        return -workingDaysBetween(b, a);
    qint64 count = weekdaysThrough(b.toJulianDay()) - weekdaysThrough(a.toJulianDay());
    // Only the exceptions that change a day's nature change the count.
    for (auto it = m_days.upperBound(a); it != m_days.cend() && it.key() <= b; ++it) {
        const bool weekend = isWeekend(it.key());
        if (weekend && it->kind == DayKind::Workday)
            ++count;
        else if (!weekend && it->kind == DayKind::Holiday)
            --count;
    }
    return int(std::clamp<qint64>(count, -kMaxWorkingDays * 10, kMaxWorkingDays * 10));
}

Result<QDate> WorkCalendar::dueDate(const QDate &accepted, const TimeLimit &limit,
                                    const QList<Pause> &pauses) const
{
    if (!accepted.isValid())
        return Error{QStringLiteral("calendar.date"), tr("The date of acceptance is missing.")};
    // The catalog's own range for a limit value.
    if (limit.value < 0 || limit.value > 3650)
        return Error{QStringLiteral("calendar.limit"),
                     tr("A time limit must be a whole number from 0 to 3650.")};
    const bool workdays = limit.unit == QLatin1String("workday");
    const bool days = limit.unit == QLatin1String("day");
    const bool months = limit.unit == QLatin1String("month");
    const bool years = limit.unit == QLatin1String("year");
    if (!workdays && !days && !months && !years)
        return Error{QStringLiteral("calendar.unit"),
                     tr("Unknown unit \"%1\" of a time limit (allowed: workday, day, month, year).")
                         .arg(limit.unit.left(20))};
    for (const Pause &p : pauses) {
        if (!p.from.isValid() || (!p.to.isNull() && (!p.to.isValid() || p.to < p.from)))
            return Error{QStringLiteral("calendar.pause"),
                         tr("A suspension of the time limit needs a start and an end that is not before "
                            "it.")};
    }
    if (limit.value == 0)
        return accepted;

    const Pauses paused{pauses};
    if (workdays) {
        // Day by day: a working day counts unless a pause covers it, so a
        // pause that starts after the limit ran out changes nothing.
        QDate d = accepted;
        for (int left = limit.value; left > 0;) {
            d = d.addDays(1);
            if (paused.runningFrom(d))
                return QDate();
            if (!paused.contains(d) && isWorkingDay(d))
                --left;
        }
        return d;
    }

    QDate d = accepted;
    qint64 extra = 0; // calendar days still to add for pauses
    if (days) {
        extra = limit.value;
    } else {
        const QDate end = months ? accepted.addMonths(limit.value) : accepted.addYears(limit.value);
        for (QDate p = accepted.addDays(1); !pauses.isEmpty() && p <= end; p = p.addDays(1)) {
            if (paused.runningFrom(p))
                return QDate();
            if (paused.contains(p))
                ++extra;
        }
        d = end;
    }
    while (extra > 0) {
        d = d.addDays(1);
        if (paused.runningFrom(d))
            return QDate();
        if (!paused.contains(d))
            --extra;
    }
    return nextWorkingDay(d);
}

DueState WorkCalendar::dueState(const QDate &due, const QDate &today, int warnWorkingDays) const
{
    if (!due.isValid() || !today.isValid())
        return DueState::OnTime;
    if (today > due)
        return DueState::Overdue;
    if (workingDaysBetween(today, due) <= warnWorkingDays)
        return DueState::DueSoon;
    return DueState::OnTime;
}

} // namespace yc
