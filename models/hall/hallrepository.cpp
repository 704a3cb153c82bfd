#include "hallrepository.h"

#include "audit/auditlog.h"
#include "codes/codes.h"
#include "core/clock.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/transaction.h"

namespace yc {

HallRepository::HallRepository(std::shared_ptr<Database> db)
    : m_db(std::move(db))
{}

Result<std::optional<Hall>> HallRepository::hall() const
{
    auto q = sql::run(m_db->connection(),
                      QStringLiteral("SELECT id, code, name, region_code, org_credit_code, "
                                     "address, phone, time_zone FROM hall ORDER BY id LIMIT 1"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Hall>();
    return std::optional<Hall>(Hall{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                                    q->value(3).toString(), q->value(4).toString(), q->value(5).toString(),
                                    q->value(6).toString(), q->value(7).toString()});
}

Result<void> HallRepository::applyTimeZone() const
{
    auto h = hall();
    if (!h)
        return h.error();
    if (!h->has_value())
        return {};
    const QTimeZone zone(h->value().timeZone.toUtf8());
    if (!zone.isValid())
        return Error{QStringLiteral("hall.time_zone"),
                     tr("The hall's time zone \"%1\" is unknown to this computer.").arg(h->value().timeZone)};
    hallTime::setZone(zone);
    return {};
}

Result<Hall> HallRepository::saveHall(const Hall &hall, const QString &byStaffNo)
{
    const QString name = hall.name.trimmed();
    if (name.isEmpty() || name.size() > 100)
        return Error{QStringLiteral("hall.name"), tr("The hall name needs 1 to 100 characters.")};
    if (hall.code.trimmed().isEmpty())
        return Error{QStringLiteral("hall.code"), tr("The hall needs a code.")};
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    auto q = sql::run(
        db,
        QStringLiteral("INSERT INTO hall (code, name, region_code, org_credit_code, address, phone, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(code) DO UPDATE SET "
                       "name = excluded.name, region_code = excluded.region_code, org_credit_code = "
                       "excluded.org_credit_code, address = excluded.address, phone = excluded.phone "
                       "RETURNING id"),
        {hall.code.trimmed(), name, hall.regionCode.trimmed(), hall.orgCreditCode.trimmed(),
         hall.address.trimmed(), hall.phone.trimmed(), toStoredTime(Clock::nowUtc())});
    if (!q)
        return q.error();
    q->next();
    Hall saved = hall;
    saved.id = q->value(0).toLongLong();
    saved.name = name;
    q->finish();
    if (auto a = appendAudit(db, {byStaffNo, 0, QStringLiteral("hall.save"), saved.code, QString()}); !a)
        return a.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return saved;
}

Result<QList<HallWindow>> HallRepository::windows() const
{
    auto q = sql::run(
        m_db->connection(),
        QStringLiteral("SELECT id, number, name, window_type, active FROM hall_window ORDER BY number"));
    if (!q)
        return q.error();
    QList<HallWindow> out;
    while (q->next())
        out << HallWindow{q->value(0).toLongLong(), q->value(1).toInt(), q->value(2).toString(),
                          q->value(3).toString(), q->value(4).toBool()};
    return out;
}

Result<std::optional<HallWindow>> HallRepository::window(int number) const
{
    auto all = windows();
    if (!all)
        return all.error();
    for (const HallWindow &w : all.value()) {
        if (w.number == number)
            return std::optional<HallWindow>(w);
    }
    return std::optional<HallWindow>();
}

Result<HallWindow> HallRepository::saveWindow(const HallWindow &window, const QString &byStaffNo)
{
    if (window.number < 1 || window.number > 999)
        return Error{QStringLiteral("window.number"), tr("Window numbers run from 1 to 999.")};
    if (!Codes::windowTypes().contains(window.type))
        return Error{QStringLiteral("window.type"), tr("Unknown window type.")};
    const QString name = window.name.trimmed();
    if (name.isEmpty() || name.size() > 50)
        return Error{QStringLiteral("window.name"), tr("The window name needs 1 to 50 characters.")};
    auto current = hall();
    if (!current)
        return current.error();
    if (!current->has_value())
        return Error{QStringLiteral("window.no_hall"), tr("Set up the hall before its windows.")};
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    auto q = sql::run(
        db,
        QStringLiteral("INSERT INTO hall_window (hall_id, number, name, window_type, active) VALUES "
                       "(?, ?, ?, ?, ?) ON CONFLICT(hall_id, number) DO UPDATE SET name = excluded.name, "
                       "window_type = excluded.window_type, active = excluded.active RETURNING id"),
        {current->value().id, window.number, name, window.type, window.active});
    if (!q)
        return q.error();
    q->next();
    HallWindow saved = window;
    saved.id = q->value(0).toLongLong();
    saved.name = name;
    q->finish();
    if (auto a = appendAudit(
            db, {byStaffNo, 0, QStringLiteral("window.save"), QString::number(window.number), window.type});
        !a)
        return a.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return saved;
}

Result<QList<BusinessLine>> HallRepository::lines() const
{
    auto q =
        sql::run(m_db->connection(),
                 QStringLiteral("SELECT id, prefix, name, daily_cap FROM business_line ORDER BY prefix"));
    if (!q)
        return q.error();
    QList<BusinessLine> out;
    while (q->next())
        out << BusinessLine{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                            q->value(3).toInt()};
    return out;
}

Result<BusinessLine> HallRepository::addLine(const BusinessLine &line, const QString &byStaffNo)
{
    auto current = hall();
    if (!current)
        return current.error();
    if (!current->has_value())
        return Error{QStringLiteral("line.no_hall"), tr("Set up the hall before its business lines.")};
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    auto q = sql::run(
        db,
        QStringLiteral("INSERT INTO business_line (hall_id, prefix, name, daily_cap) VALUES (?, ?, ?, ?)"),
        {current->value().id, line.prefix, line.name, line.dailyCap});
    if (!q)
        return q.error();
    BusinessLine saved = line;
    saved.id = q->lastInsertId().toLongLong();
    if (auto a = appendAudit(db, {byStaffNo, 0, QStringLiteral("line.add"), line.prefix, line.name}); !a)
        return a.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return saved;
}

} // namespace yc
