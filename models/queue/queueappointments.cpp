// Appointments: booking at the hall or from the platform, and check-in
// turning an appointment into a ticket.
#include "audit/auditlog.h"
#include "core/clock.h"
#include "queue/queueinternal.h"
#include "queue/queuestore.h"
#include "queueengine.h"
#include "store/sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace yc::queue {

using namespace detail;

Result<Appointment> QueueEngine::book(const Actor &by, const Booking &b)
{
    if (!QStringList{QStringLiteral("window"), QStringLiteral("kiosk"), QStringLiteral("platform")}.contains(
            b.source))
        return err("queue.appointment_source", tr("\"%1\" is not an appointment source.").arg(b.source));
    if (!b.slotStart.isValid() || !b.slotEnd.isValid() || b.slotEnd <= b.slotStart)
        return err("queue.appointment_slot",
                   tr("The appointment needs a time slot whose end is after its start."));
    return transact(*m_db, [&](QSqlDatabase db) -> Result<Appointment> {
        auto l = store::line(db, b.lineId);
        if (!l)
            return l.error();
        if (!l->has_value())
            return err("queue.unknown_line",
                       tr("There is no open business line %1. Choose another line.").arg(b.lineId));
        auto hall = store::hallId(db);
        if (!hall)
            return hall.error();
        auto q = sql::run(
            db,
            QStringLiteral("INSERT INTO appointment (hall_id, line_id, source, external_id, "
                           "person_masked, slot_start, slot_end, state) VALUES (?, ?, ?, ?, ?, ?, ?, "
                           "'booked') ON CONFLICT(source, external_id) DO NOTHING RETURNING id"),
            {hall.value(), b.lineId, b.source, b.externalId.isEmpty() ? QVariant() : QVariant(b.externalId),
             b.personMasked.left(40), toStoredTime(b.slotStart), toStoredTime(b.slotEnd)});
        if (!q)
            return q.error();
        Appointment a{0,
                      b.lineId,
                      b.source,
                      b.externalId,
                      b.personMasked.left(40),
                      b.slotStart,
                      b.slotEnd,
                      QStringLiteral("booked"),
                      0};
        if (q->next()) {
            a.id = q->value(0).toLongLong();
            q->finish();
            auto seq = store::appendEvent(
                db, QStringLiteral("appointment.book"), 0, by.windowNo, by.staffNo,
                {{QStringLiteral("appointmentId"), a.id}, {QStringLiteral("lineId"), a.lineId}});
            if (!seq)
                return seq.error();
            return a;
        }
        q->finish();
        // The platform sent this booking before: the stored one stands.
        auto existing =
            sql::run(db,
                     QStringLiteral("SELECT id, state, coalesce(ticket_id, 0) FROM appointment WHERE "
                                    "source = ? AND external_id = ?"),
                     {b.source, b.externalId});
        if (!existing)
            return existing.error();
        if (existing->next()) {
            a.id = existing->value(0).toLongLong();
            a.state = existing->value(1).toString();
            a.ticketId = existing->value(2).toLongLong();
        }
        return a;
    });
}

Result<TicketChange> QueueEngine::checkIn(const Actor &by, qint64 appointmentId)
{
    return transact(*m_db, [&](QSqlDatabase db) -> Result<TicketChange> {
        if (auto r = rollOverIn(db); !r)
            return r.error();
        auto q = sql::run(
            db,
            QStringLiteral("SELECT line_id, state, coalesce(ticket_id, 0), person_masked, slot_start, "
                           "slot_end FROM appointment WHERE id = ?"),
            {appointmentId});
        if (!q)
            return q.error();
        if (!q->next())
            return err("queue.unknown_appointment",
                       tr("There is no such appointment. Check the booking or issue a "
                          "ticket instead."));
        const qint64 lineId = q->value(0).toLongLong();
        const QString apState = q->value(1).toString();
        const qint64 existing = q->value(2).toLongLong();
        const QString person = q->value(3).toString();
        const QDateTime slotStart = fromStoredTime(q->value(4).toString());
        const QDateTime slotEnd = fromStoredTime(q->value(5).toString());
        q->finish();
        if (apState == QLatin1String("checked_in") && existing > 0) {
            auto seq = store::lastSeq(db);
            if (!seq)
                return seq.error();
            return finishChange(db, existing, seq.value());
        }
        if (apState != QLatin1String("booked"))
            return err("queue.appointment_state",
                       tr("This appointment is %1 and cannot be checked in. Issue a "
                          "ticket instead.")
                           .arg(stateText(apState)));
        if (m_config.businessDay(slotStart) != m_config.businessDay(Clock::nowUtc()) ||
            Clock::nowUtc() > slotEnd)
            return err("queue.appointment_day",
                       tr("This appointment is for %1 at %2, not now. Issue a ticket or "
                          "book again.")
                           .arg(m_config.businessDay(slotStart),
                                m_config.localTime(slotStart).toString(QStringLiteral("HH:mm"))));
        IssueRequest request;
        request.lineId = lineId;
        request.priorityGroup = QStringLiteral("appointment");
        request.personMasked = person;
        auto t = issueIn(db, request, slotStart.addSecs(-qint64(m_config.appointmentEarlyMinutes) * 60),
                         appointmentId);
        if (!t)
            return t.error();
        auto u = sql::run(
            db, QStringLiteral("UPDATE appointment SET state = 'checked_in', ticket_id = ? WHERE id = ?"),
            {t->id, appointmentId});
        if (!u)
            return u.error();
        QJsonObject detail = ticketDetail(t.value());
        detail.insert(QStringLiteral("appointmentId"), appointmentId);
        auto seq = store::appendEvent(db, QStringLiteral("checkin"), t->id, by.windowNo, by.staffNo, detail);
        if (!seq)
            return seq.error();
        return TicketChange{t.value(), seq.value()};
    });
}

Result<qint64> QueueEngine::cancelAppointment(const Actor &by, const QString &source,
                                              const QString &externalId)
{
    return transact(*m_db, [&](QSqlDatabase db) -> Result<qint64> {
        auto q = sql::run(db,
                          QStringLiteral("UPDATE appointment SET state = 'cancelled' WHERE source = ? AND "
                                         "external_id = ? AND state = 'booked' RETURNING id, line_id"),
                          {source, externalId});
        if (!q)
            return q.error();
        if (!q->next())
            return qint64(0);
        const qint64 id = q->value(0).toLongLong();
        const qint64 lineId = q->value(1).toLongLong();
        q->finish();
        return store::appendEvent(
            db, QStringLiteral("appointment.cancel"), 0, by.windowNo, by.staffNo,
            {{QStringLiteral("appointmentId"), id}, {QStringLiteral("lineId"), lineId}});
    });
}

Result<QList<Appointment>> QueueEngine::bookedToday(const QString &personMasked)
{
    QList<Appointment> found;
    if (personMasked.trimmed().isEmpty())
        return found;
    auto q = sql::run(
        m_db->connection(),
        QStringLiteral("SELECT id, line_id, source, coalesce(external_id, ''), person_masked, "
                       "slot_start, slot_end, state FROM appointment WHERE instr(person_masked, ?) > 0 "
                       "AND state = 'booked' ORDER BY slot_start"),
        {personMasked.trimmed()});
    if (!q)
        return q.error();
    const QString today = m_config.businessDay(Clock::nowUtc());
    while (q->next()) {
        Appointment a;
        a.id = q->value(0).toLongLong();
        a.lineId = q->value(1).toLongLong();
        a.source = q->value(2).toString();
        a.externalId = q->value(3).toString();
        a.personMasked = q->value(4).toString();
        a.slotStart = fromStoredTime(q->value(5).toString());
        a.slotEnd = fromStoredTime(q->value(6).toString());
        a.state = q->value(7).toString();
        if (m_config.businessDay(a.slotStart) == today && a.slotEnd >= Clock::nowUtc())
            found.append(a);
    }
    return found;
}

} // namespace yc::queue
