// What clients read: the snapshot of the queue and the events since a
// sequence number.
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

Result<Snapshot> QueueEngine::snapshot()
{
    // One read transaction, so the seq matches the rows.
    return transact(*m_db, [&](QSqlDatabase db) -> Result<Snapshot> {
        if (auto r = rollOverIn(db); !r)
            return r.error();
        Snapshot s;
        s.businessDay = m_config.businessDay(Clock::nowUtc());
        auto seq = store::lastSeq(db);
        auto lines = store::lines(db);
        auto windows = store::windows(db);
        auto tickets =
            store::tickets(db,
                           QStringLiteral("business_day = ? OR state IN ('waiting', 'called', 'serving', "
                                          "'held') ORDER BY sort_key, id"),
                           {s.businessDay});
        auto appointments = store::openAppointments(db, Clock::nowUtc());
        if (!seq)
            return seq.error();
        if (!appointments)
            return appointments.error();
        if (!lines)
            return lines.error();
        if (!windows)
            return windows.error();
        if (!tickets)
            return tickets.error();
        s.seq = seq.value();
        s.lines = lines.value();
        s.windows = windows.value();
        s.tickets = tickets.value();
        s.appointments = appointments.value();
        return s;
    });
}

Result<EventBatch> QueueEngine::eventsSince(qint64 seq, int limit)
{
    QSqlDatabase db = m_db->connection();
    auto events = store::eventsAfter(db, seq, limit + 1);
    if (!events)
        return events.error();
    EventBatch batch;
    batch.more = events->size() > limit;
    batch.events = events.value().mid(0, limit);
    QSet<qint64> ids;
    for (const QueueEvent &e : std::as_const(batch.events))
        if (e.ticketId > 0)
            ids.insert(e.ticketId);
    if (!ids.isEmpty()) {
        QStringList list;
        for (qint64 id : std::as_const(ids))
            list.append(QString::number(id));
        auto tickets = store::tickets(db, QStringLiteral("id IN (%1)").arg(list.join(u',')));
        if (!tickets)
            return tickets.error();
        batch.tickets = tickets.value();
    }
    // Window rows only when a window itself changed (pause, lines): a
    // window's current ticket follows from the tickets, and every client
    // pulls after every change, so the batch stays small.
    const bool windowsChanged =
        std::any_of(batch.events.cbegin(), batch.events.cend(),
                    [](const QueueEvent &e) { return e.kind.startsWith(QLatin1String("window.")); });
    if (windowsChanged) {
        auto windows = store::windows(db);
        if (!windows)
            return windows.error();
        batch.windows = windows.value();
        batch.hasWindows = true;
    }
    return batch;
}

Result<qint64> QueueEngine::lastSeq()
{
    return store::lastSeq(m_db->connection());
}

} // namespace yc::queue
