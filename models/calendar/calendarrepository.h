#pragma once

#include "calendar/workcalendar.h"
#include "core/result.h"

#include <memory>

#include <QCoreApplication>

namespace yc {

class Database;

// The hall's working-day calendar in calendar_day: the State Council's
// holiday arrangements shipped with the program (resources/calendar/
// cn-holidays.json, docs in its header) plus the administrator's edits.
class CalendarRepository
{
    Q_DECLARE_TR_FUNCTIONS(yc::CalendarRepository)

public:
    explicit CalendarRepository(std::shared_ptr<Database> db);

    // Every exception in the table as a calendar. Rows the table's CHECK
    // lets through but that are no real date (2025-02-30) are skipped and
    // logged rather than stopping every due date of the hall.
    Result<WorkCalendar> load() const;

    // Adds the shipped arrangements for the dates the table does not have
    // yet, in one transaction, and never a date an administrator has set
    // through setDay: an edited day keeps its row, and a day set back to
    // "normal" has no row but its calendar.set audit entry (the audit log is
    // append-only, so that memory cannot be lost). Returns the number of days
    // added (0 on a second run).
    Result<int> importDefaults(const QString &byStaffNo = {});

    // Makes `day` a "holiday" or a "workday" (only a Saturday or Sunday can
    // become one) with its name, or "normal" to drop the exception. Audited
    // in the same transaction (calendar.set). Errors: calendar.date,
    // calendar.kind, calendar.name.
    Result<void> setDay(const QDate &day, const QString &kind, const QString &name, const QString &byStaffNo);

    // The calendar file format ("yichuang-calendar", version 1): every
    // problem is reported with its place. Error code calendar.format.
    static Result<QList<CalendarDay>> parseDocument(const QByteArray &json);
    // The arrangements compiled into the program.
    static Result<QList<CalendarDay>> defaultDays();

private:
    std::shared_ptr<Database> m_db;
};

} // namespace yc
