#include "adminservice.h"

#include "app/core/session.h"
#include "calendar/calendarrepository.h"
#include "staff/staffrepository.h"

namespace yc {

namespace {
const QString kAdmin = QStringLiteral("admin");
}

AdminService::AdminService(std::shared_ptr<Database> db, Session *session, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_session(session)
    , m_staff(std::make_unique<StaffRepository>(db))
    , m_hall(std::make_unique<HallRepository>(db))
{}

AdminService::~AdminService() = default;

Result<QList<StaffMember>> AdminService::staff() const
{
    if (auto r = m_session->require(kAdmin); !r)
        return r.error();
    return m_staff->list();
}

Result<StaffMember> AdminService::createStaff(const StaffMember &member, const QString &initialPassword)
{
    if (auto r = m_session->require(kAdmin); !r)
        return r.error();
    auto created = m_staff->create(member, initialPassword, m_session->staff().staffNo);
    if (created)
        emit staffChanged();
    return created;
}

Result<void> AdminService::updateStaff(const StaffMember &member)
{
    if (auto r = m_session->require(kAdmin); !r)
        return r;
    auto updated = m_staff->update(member, m_session->staff().staffNo);
    if (updated)
        emit staffChanged();
    return updated;
}

Result<void> AdminService::resetPassword(const QString &staffNo, const QString &newPassword)
{
    if (auto r = m_session->require(kAdmin); !r)
        return r;
    // A password set by someone else must be changed at the next sign-in.
    return m_staff->setPassword(staffNo, newPassword, staffNo != m_session->staff().staffNo,
                                m_session->staff().staffNo);
}

Result<std::optional<Hall>> AdminService::hall() const
{
    return m_hall->hall();
}

Result<Hall> AdminService::saveHall(const Hall &hall)
{
    if (auto r = m_session->require(kAdmin); !r)
        return r.error();
    auto saved = m_hall->saveHall(hall, m_session->staff().staffNo);
    if (saved)
        emit hallChanged();
    return saved;
}

Result<QList<HallWindow>> AdminService::windows() const
{
    return m_hall->windows();
}

Result<HallWindow> AdminService::saveWindow(const HallWindow &window)
{
    if (auto r = m_session->require(kAdmin); !r)
        return r.error();
    auto saved = m_hall->saveWindow(window, m_session->staff().staffNo);
    if (saved)
        emit hallChanged();
    return saved;
}

Result<QList<CalendarDay>> AdminService::calendarDays(int year) const
{
    auto calendar = CalendarRepository(m_db).load();
    if (!calendar)
        return calendar.error();
    QList<CalendarDay> out;
    for (const CalendarDay &d : calendar->exceptions()) {
        if (d.date.year() == year)
            out << d;
    }
    return out;
}

Result<void> AdminService::setCalendarDay(const QDate &day, const QString &kind, const QString &name)
{
    if (auto r = m_session->require(kAdmin); !r)
        return r;
    return CalendarRepository(m_db).setDay(day, kind, name, m_session->staff().staffNo);
}

Result<CatalogImportReport> AdminService::importCatalog(const QString &path)
{
    if (auto r = m_session->require(kAdmin); !r)
        return r.error();
    auto report = CatalogImporter::importFile(*m_db, path);
    if (report && report->added > 0)
        emit catalogChanged();
    return report;
}

} // namespace yc
