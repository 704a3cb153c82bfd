#pragma once

#include "catalog/matter.h"
#include "core/result.h"

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>

namespace yc {

// An exception to the Monday-Friday week: a public holiday (放假) or a
// weekend day made a working day (调休上班).
enum class DayKind
{
    Holiday,
    Workday,
};

struct CalendarDay
{
    QDate date;
    DayKind kind = DayKind::Holiday;
    QString name; // 国庆节, 春节调休 …
};

// "holiday" / "workday", the codes of calendar_day.kind and of the JSON file.
QString dayKindCode(DayKind kind);
std::optional<DayKind> dayKindFromCode(const QString &code);

// A stretch of time excluded from a time limit (特别程序: 听证, 检验, 检测,
// 鉴定, 专家评审 …, 行政许可法 第四十五条). Both ends inclusive; `to` null =
// still running.
struct Pause
{
    QDate from;
    QDate to;
};

enum class DueState
{
    OnTime,
    DueSoon, // the due day is today or within the warning margin
    Overdue, // today is after the due day
};

// Which days a hall works: Monday to Friday, except the exceptions it was
// built from. A value: cheap to copy, no database, the same answers on every
// thread.
class WorkCalendar
{
    Q_DECLARE_TR_FUNCTIONS(yc::WorkCalendar)

public:
    WorkCalendar() = default;
    // Later entries for the same date replace earlier ones.
    explicit WorkCalendar(const QList<CalendarDay> &exceptions);

    bool isWorkingDay(const QDate &day) const;
    std::optional<CalendarDay> exception(const QDate &day) const;
    QList<CalendarDay> exceptions() const; // by date

    // `day` itself when it is a working day, otherwise the first one after it.
    QDate nextWorkingDay(const QDate &day) const;
    // The n-th working day after `from` (`from` itself not counted, so 0
    // gives `from`); n < 0 counts backwards. A null date for an invalid
    // `from` or |n| beyond any real limit.
    QDate addWorkingDays(const QDate &from, int n) const;
    // Working days d with a < d <= b, negative when b is before a; so
    // workingDaysBetween(a, addWorkingDays(a, n)) == n.
    int workingDaysBetween(const QDate &a, const QDate &b) const;

    // The last day of a time limit for a matter accepted on `accepted`.
    // - value 0: `accepted` itself (即办).
    // - workday: the value-th working day after acceptance, counting no
    //   working day inside a pause.
    // - day / month / year: counted in calendar days from the day after
    //   acceptance (a month or year ends on the same day of the month, or on
    //   the month's last day when it has none: Jan 31 + 1 month = Feb 28/29),
    //   extended by the calendar days inside pauses; a period that ends on a
    //   non-working day ends on the next working day (民法典 第二百零一条至
    //   第二百零三条).
    // A pause still running when the limit would otherwise end stops the
    // clock: the result is a null date until the pause gets its end.
    // Errors: calendar.date, calendar.limit, calendar.unit, calendar.pause.
    Result<QDate> dueDate(const QDate &accepted, const TimeLimit &limit,
                          const QList<Pause> &pauses = {}) const;

    // Overdue once today is past the due day; DueSoon while no more than
    // `warnWorkingDays` working days remain after today (the due day itself
    // included). A null due date (clock stopped) is OnTime.
    DueState dueState(const QDate &due, const QDate &today, int warnWorkingDays = 2) const;

private:
    QMap<QDate, CalendarDay> m_days;
};

} // namespace yc
