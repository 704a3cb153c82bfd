#include "queuestore.h"

#include "core/clock.h"
#include "store/sql.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace yc::queue::store {

namespace {

const QString kTicketColumns = QStringLiteral(
    "id, business_day, line_id, line_prefix, number, display_no, priority_group, coalesce(proxy_mode, ''), "
    "state, issued_at, called_at, finished_at, state_changed_at, priority_from, coalesce(window_no, 0), "
    "coalesce(staff_no, ''), recall_count, sort_key, pinned, coalesce(target_window, 0), "
    "coalesce(target_staff, ''), case_no, coalesce(appointment_id, 0), person_masked, "
    "coalesce(proxy_reason, '')");

QDateTime timeAt(const QSqlQuery &q, int i)
{
    const QVariant v = q.value(i);
    return v.isNull() ? QDateTime() : fromStoredTime(v.toString());
}

Ticket ticketFrom(const QSqlQuery &q)
{
    Ticket t;
    t.id = q.value(0).toLongLong();
    t.businessDay = q.value(1).toString();
    t.lineId = q.value(2).toLongLong();
    t.linePrefix = q.value(3).toString();
    t.number = q.value(4).toInt();
    t.displayNo = q.value(5).toString();
    t.priorityGroup = q.value(6).toString();
    t.proxyMode = q.value(7).toString();
    t.state = q.value(8).toString();
    t.issuedAt = timeAt(q, 9);
    t.calledAt = timeAt(q, 10);
    t.finishedAt = timeAt(q, 11);
    t.stateChangedAt = timeAt(q, 12);
    t.priorityFrom = timeAt(q, 13);
    t.windowNo = q.value(14).toInt();
    t.staffNo = q.value(15).toString();
    t.recallCount = q.value(16).toInt();
    t.sortKey = q.value(17).toLongLong();
    t.pinned = q.value(18).toInt() != 0;
    t.targetWindow = q.value(19).toInt();
    t.targetStaff = q.value(20).toString();
    t.caseNo = q.value(21).toString();
    t.appointmentId = q.value(22).toLongLong();
    t.personMasked = q.value(23).toString();
    t.proxyReason = q.value(24).toString();
    return t;
}

} // namespace

Result<QList<Ticket>> tickets(QSqlDatabase db, const QString &where, const QVariantList &values)
{
    auto q =
        sql::run(db, QStringLiteral("SELECT %1 FROM ticket WHERE %2").arg(kTicketColumns, where), values);
    if (!q)
        return q.error();
    QList<Ticket> out;
    while (q->next())
        out.append(ticketFrom(q.value()));
    return out;
}

Result<std::optional<Ticket>> ticket(QSqlDatabase db, qint64 id)
{
    auto list = tickets(db, QStringLiteral("id = ?"), {id});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return std::optional<Ticket>();
    return std::optional<Ticket>(list->constFirst());
}

Result<std::optional<Ticket>> activeTicketAt(QSqlDatabase db, int windowNo)
{
    auto list =
        tickets(db, QStringLiteral("state IN ('called', 'serving') AND window_no = ? ORDER BY id LIMIT 1"),
                {windowNo});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return std::optional<Ticket>();
    return std::optional<Ticket>(list->constFirst());
}

Result<QList<Line>> lines(QSqlDatabase db)
{
    auto q = sql::run(db, QStringLiteral("SELECT id, prefix, name, daily_cap, opens_at, closes_at, active "
                                         "FROM business_line ORDER BY prefix"));
    if (!q)
        return q.error();
    QList<Line> out;
    while (q->next()) {
        Line l;
        l.id = q->value(0).toLongLong();
        l.prefix = q->value(1).toString();
        l.name = q->value(2).toString();
        l.dailyCap = q->value(3).toInt();
        l.opensAt = QTime::fromString(q->value(4).toString(), QStringLiteral("HH:mm"));
        l.closesAt = QTime::fromString(q->value(5).toString(), QStringLiteral("HH:mm"));
        l.active = q->value(6).toInt() != 0;
        out.append(l);
    }
    return out;
}

Result<std::optional<Line>> line(QSqlDatabase db, qint64 id)
{
    auto all = lines(db);
    if (!all)
        return all.error();
    for (const Line &l : all.value())
        if (l.id == id)
            return std::optional<Line>(l);
    return std::optional<Line>();
}

Result<QList<WindowState>> windows(QSqlDatabase db)
{
    auto q = sql::run(
        db,
        QStringLiteral(
            "SELECT w.number, w.name, w.window_type, coalesce(s.paused, 0), coalesce(s.pause_reason, ''), "
            "coalesce(s.staff_no, ''), (SELECT t.id FROM ticket t WHERE t.window_no = w.number AND "
            "t.state IN ('called', 'serving') LIMIT 1), "
            "(SELECT group_concat(wl.line_id) FROM window_line wl WHERE wl.window_id = w.id), s.changed_at "
            "FROM hall_window w LEFT JOIN queue_window s ON s.window_no = w.number WHERE w.active = 1 "
            "ORDER BY w.number"));
    if (!q)
        return q.error();
    QList<WindowState> out;
    while (q->next()) {
        WindowState w;
        w.windowNo = q->value(0).toInt();
        w.name = q->value(1).toString();
        w.type = q->value(2).toString();
        w.paused = q->value(3).toInt() != 0;
        w.pauseReason = q->value(4).toString();
        w.staffNo = q->value(5).toString();
        w.currentTicketId = q->value(6).toLongLong();
        const QString lineList = q->value(7).toString();
        for (const QString &id : lineList.split(u',', Qt::SkipEmptyParts))
            w.lineIds.append(id.toLongLong());
        w.changedAt = timeAt(q.value(), 8);
        out.append(w);
    }
    return out;
}

Result<qint64> windowId(QSqlDatabase db, int windowNo)
{
    auto v = sql::scalar(db, QStringLiteral("SELECT id FROM hall_window WHERE number = ? AND active = 1"),
                         {windowNo});
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<qint64> hallId(QSqlDatabase db)
{
    auto v = sql::scalar(db, QStringLiteral("SELECT id FROM hall ORDER BY id LIMIT 1"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<QList<Appointment>> openAppointments(QSqlDatabase db, const QDateTime &now)
{
    auto q =
        sql::run(db,
                 QStringLiteral("SELECT id, line_id, source, coalesce(external_id, ''), person_masked, "
                                "slot_start, slot_end, state, coalesce(ticket_id, 0) FROM appointment "
                                "WHERE state = 'booked' AND slot_end > ? ORDER BY slot_start, id LIMIT 500"),
                 {toStoredTime(now)});
    if (!q)
        return q.error();
    QList<Appointment> out;
    while (q->next())
        out.append({q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(),
                    q->value(3).toString(), q->value(4).toString(), timeAt(q.value(), 5),
                    timeAt(q.value(), 6), q->value(7).toString(), q->value(8).toLongLong()});
    return out;
}

Result<qint64> lastSeq(QSqlDatabase db)
{
    auto v = sql::scalar(db, QStringLiteral("SELECT coalesce(max(seq), 0) FROM queue_event"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<qint64> appendEvent(QSqlDatabase db, const QString &kind, qint64 ticketId, int windowNo,
                           const QString &staffNo, const QJsonObject &detail)
{
    auto q = sql::run(
        db,
        QStringLiteral("INSERT INTO queue_event (at, kind, ticket_id, window_no, staff_no, detail) "
                       "VALUES (?, ?, ?, ?, ?, ?) RETURNING seq"),
        {toStoredTime(Clock::nowUtc()), kind, ticketId > 0 ? QVariant(ticketId) : QVariant(),
         windowNo > 0 ? QVariant(windowNo) : QVariant(), staffNo,
         detail.isEmpty() ? QString()
                          : QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{QStringLiteral("db.query"), QStringLiteral("queue_event insert returned no seq")};
    const qint64 seq = q->value(0).toLongLong();
    q->finish();
    return seq;
}

Result<QList<QueueEvent>> eventsAfter(QSqlDatabase db, qint64 seq, int limit)
{
    auto q = sql::run(db,
                      QStringLiteral("SELECT seq, at, kind, coalesce(ticket_id, 0), coalesce(window_no, 0), "
                                     "staff_no, detail FROM queue_event WHERE seq > ? ORDER BY seq LIMIT ?"),
                      {seq, limit});
    if (!q)
        return q.error();
    QList<QueueEvent> out;
    while (q->next())
        out.append({q->value(0).toLongLong(), fromStoredTime(q->value(1).toString()), q->value(2).toString(),
                    q->value(3).toLongLong(), q->value(4).toInt(), q->value(5).toString(),
                    q->value(6).toString()});
    return out;
}

Result<void> ensureWindowRow(QSqlDatabase db, int windowNo, const QString &at)
{
    auto q = sql::run(db,
                      QStringLiteral("INSERT INTO queue_window (window_no, changed_at) VALUES (?, ?) "
                                     "ON CONFLICT(window_no) DO NOTHING"),
                      {windowNo, at});
    if (!q)
        return q.error();
    return {};
}

} // namespace yc::queue::store
