#pragma once

#include "calendar/workcalendar.h"
#include "catalog/catalogimporter.h"
#include "core/result.h"
#include "hall/hallrepository.h"
#include "staff/staff.h"

#include <memory>

#include <QObject>

namespace yc {

class Database;
class Session;
class StaffRepository;

// What the administrator screen may change: staff accounts, the hall and its
// windows. Every call checks the administrator role first and leaves the
// store untouched when it is missing.
class AdminService : public QObject
{
    Q_OBJECT

public:
    AdminService(std::shared_ptr<Database> db, Session *session, QObject *parent = nullptr);
    ~AdminService() override;

    Result<QList<StaffMember>> staff() const;
    Result<StaffMember> createStaff(const StaffMember &member, const QString &initialPassword);
    Result<void> updateStaff(const StaffMember &member);
    Result<void> resetPassword(const QString &staffNo, const QString &newPassword);

    Result<std::optional<Hall>> hall() const;
    Result<Hall> saveHall(const Hall &hall);
    Result<QList<HallWindow>> windows() const;
    Result<HallWindow> saveWindow(const HallWindow &window);

    // The hall's working-day calendar: holidays and 调休 working days.
    Result<QList<CalendarDay>> calendarDays(int year) const;
    Result<void> setCalendarDay(const QDate &day, const QString &kind, const QString &name);

    // Imports a catalog file (docs/catalog-format.md); the report lists what
    // was skipped and why, by position in the file.
    Result<CatalogImportReport> importCatalog(const QString &path);

signals:
    void staffChanged();
    void hallChanged();
    void catalogChanged();

private:
    std::shared_ptr<Database> m_db;
    Session *m_session;
    std::unique_ptr<StaffRepository> m_staff;
    std::unique_ptr<HallRepository> m_hall;
};

} // namespace yc
