#include "simappointments.h"

#include "core/clock.h"
#include "core/pii.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/transaction.h"

#include <QJsonArray>

namespace yc::sim {

namespace {

Error invalid(const QString &message)
{
    return Error{QStringLiteral("request.invalid"), message};
}

} // namespace

SimAppointments::SimAppointments(std::shared_ptr<Database> db)
    : m_db(std::move(db))
{}

Result<qint64> SimAppointments::book(const QJsonObject &b)
{
    const QString id = b.value(QStringLiteral("appointmentId")).toString();
    const QString line = b.value(QStringLiteral("line")).toString();
    const QString matter = b.value(QStringLiteral("matterCode")).toString();
    const QString person = b.value(QStringLiteral("personMasked")).toString();
    const QDateTime start =
        QDateTime::fromString(b.value(QStringLiteral("slotStart")).toString(), Qt::ISODateWithMs);
    const QDateTime end =
        QDateTime::fromString(b.value(QStringLiteral("slotEnd")).toString(), Qt::ISODateWithMs);
    if (id.isEmpty() || id.size() > 64)
        return invalid(QStringLiteral("appointmentId must be 1 to 64 characters"));
    if (line.isEmpty() || line.size() > 2)
        return invalid(QStringLiteral("line must be the hall's ticket prefix (1 or 2 characters)"));
    if (!start.isValid() || !end.isValid() || end <= start)
        return invalid(
            QStringLiteral("slotStart and slotEnd must be ISO-8601 times, the end after the start"));
    if (person.size() > 40 || pii::scrub(person) != person)
        return invalid(QStringLiteral("personMasked must be masked (e.g. 3704**********123X)"));
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    auto known = sql::scalar(
        db, QStringLiteral("SELECT count(*) FROM appointment_change WHERE appointment_id = ?"), {id});
    if (!known)
        return known.error();
    if (known->toLongLong() > 0)
        return Error{QStringLiteral("request.conflict"), QStringLiteral("appointment %1 exists").arg(id)};
    auto q = sql::run(
        db,
        QStringLiteral("INSERT INTO appointment_change (appointment_id, line, matter_code, "
                       "person_masked, slot_start, slot_end, changed_at) VALUES (?, ?, ?, ?, ?, "
                       "?, ?) RETURNING cursor"),
        {id, line, matter, person, toStoredTime(start), toStoredTime(end), toStoredTime(Clock::nowUtc())});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{QStringLiteral("db.query"), QStringLiteral("no cursor for the appointment")};
    const qint64 cursor = q->value(0).toLongLong();
    q->finish();
    if (auto c = tx.commit(); !c)
        return c.error();
    return cursor;
}

Result<qint64> SimAppointments::cancel(const QString &appointmentId)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    auto last =
        sql::run(db,
                 QStringLiteral("SELECT cursor, cancelled FROM appointment_change WHERE appointment_id = ? "
                                "ORDER BY cursor DESC LIMIT 1"),
                 {appointmentId});
    if (!last)
        return last.error();
    if (!last->next())
        return Error{QStringLiteral("request.not_found"),
                     QStringLiteral("no appointment %1").arg(appointmentId)};
    if (last->value(1).toInt() == 1)
        return last->value(0).toLongLong();
    last->finish();
    auto q = sql::run(
        db,
        QStringLiteral("INSERT INTO appointment_change (appointment_id, line, matter_code, "
                       "person_masked, slot_start, slot_end, cancelled, changed_at) SELECT "
                       "appointment_id, line, matter_code, person_masked, slot_start, slot_end, 1, ? "
                       "FROM appointment_change WHERE appointment_id = ? ORDER BY cursor DESC "
                       "LIMIT 1 RETURNING cursor"),
        {toStoredTime(Clock::nowUtc()), appointmentId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{QStringLiteral("db.query"), QStringLiteral("no cursor for the cancellation")};
    const qint64 cursor = q->value(0).toLongLong();
    q->finish();
    if (auto c = tx.commit(); !c)
        return c.error();
    return cursor;
}

Result<QJsonObject> SimAppointments::since(qint64 cursor, int limit)
{
    auto q = sql::run(
        m_db->connection(),
        QStringLiteral("SELECT cursor, appointment_id, line, matter_code, person_masked, slot_start, "
                       "slot_end, cancelled FROM appointment_change WHERE cursor > ? ORDER BY "
                       "cursor LIMIT ?"),
        {cursor, limit});
    if (!q)
        return q.error();
    QJsonArray out;
    qint64 next = cursor;
    while (q->next()) {
        next = q->value(0).toLongLong();
        out.append(QJsonObject{{QStringLiteral("cursor"), next},
                               {QStringLiteral("appointmentId"), q->value(1).toString()},
                               {QStringLiteral("line"), q->value(2).toString()},
                               {QStringLiteral("matterCode"), q->value(3).toString()},
                               {QStringLiteral("personMasked"), q->value(4).toString()},
                               {QStringLiteral("slotStart"), q->value(5).toString()},
                               {QStringLiteral("slotEnd"), q->value(6).toString()},
                               {QStringLiteral("cancelled"), q->value(7).toInt() == 1}});
    }
    return QJsonObject{{QStringLiteral("appointments"), out}, {QStringLiteral("nextCursor"), next}};
}

} // namespace yc::sim
