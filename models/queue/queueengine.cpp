#include "queueengine.h"

#include "audit/auditlog.h"
#include "core/clock.h"
#include "queue/queueinternal.h"
#include "queue/queuestore.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/transaction.h"

#include <algorithm>

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcQueue, "yc.queue", QtInfoMsg)

namespace yc::queue {

using namespace detail;

QueueEngine::QueueEngine(std::shared_ptr<Database> db, QueueConfig config)
    : m_db(std::move(db))
    , m_config(std::move(config))
{}

Result<qint64> QueueEngine::rollOverIn(QSqlDatabase db)
{
    const QString now = toStoredTime(Clock::nowUtc());
    const QString today = m_config.businessDay(Clock::nowUtc());
    // Tickets still open from an earlier business day: the ones at a window
    // always close; waiting and held ones stay when carry-over is on.
    const QString states = m_config.carryOver ? QStringLiteral("'called', 'serving'")
                                              : QStringLiteral("'waiting', 'called', 'serving', 'held'");
    auto q = sql::run(db,
                      QStringLiteral("UPDATE ticket SET state = 'cancelled', state_changed_at = ? "
                                     "WHERE state IN (%1) AND business_day < ?")
                          .arg(states),
                      {now, today});
    if (!q)
        return q.error();
    const int closed = q->numRowsAffected();
    q->finish();
    if (closed == 0)
        return qint64(0);
    qCInfo(lcQueue) << "business day" << today << "began; closed" << closed << "open tickets";
    return store::appendEvent(db, QStringLiteral("day.rollover"), 0, 0, QString(),
                              {{QStringLiteral("businessDay"), today}, {QStringLiteral("closed"), closed}});
}

Result<qint64> QueueEngine::rollOver()
{
    return transact(*m_db, [&](QSqlDatabase db) { return rollOverIn(db); });
}

Result<Ticket> QueueEngine::loadTicket(QSqlDatabase db, qint64 id)
{
    auto t = store::ticket(db, id);
    if (!t)
        return t.error();
    if (!t->has_value())
        return err("queue.unknown_ticket", tr("There is no such ticket. Refresh the queue and try again."));
    return t->value();
}

Result<Ticket> QueueEngine::activeAt(QSqlDatabase db, const Actor &at, qint64 ticketId)
{
    auto t = loadTicket(db, ticketId);
    if (!t)
        return t;
    if (!t->isActive() || t->windowNo != at.windowNo)
        return err("queue.not_at_window", tr("Ticket %1 is not open at your window (it is %2). Refresh the "
                                             "queue and try again.")
                                              .arg(t->displayNo, stateText(t->state)));
    return t;
}

Result<void> QueueEngine::requireWindow(QSqlDatabase db, int windowNo)
{
    auto id = store::windowId(db, windowNo);
    if (!id)
        return id.error();
    if (id.value() == 0)
        return err("queue.unknown_window",
                   tr("Window %1 is not set up in this hall. Ask the administrator to "
                      "add it, or sign in at another window.")
                       .arg(windowNo));
    return {};
}

Result<void> QueueEngine::requireFreeWindow(QSqlDatabase db, int windowNo)
{
    if (auto w = requireWindow(db, windowNo); !w)
        return w;
    auto open = store::activeTicketAt(db, windowNo);
    if (!open)
        return open.error();
    if (open->has_value())
        return err("queue.window_busy",
                   tr("Ticket %1 is still open at your window. Finish, transfer or hold it "
                      "first.")
                       .arg(open->value().displayNo));
    return {};
}

Result<void> QueueEngine::update(QSqlDatabase db, const Ticket &t, const QStringList &fromStates,
                                 const QString &assignments, QVariantList values)
{
    QStringList marks;
    for (const QString &s : fromStates) {
        marks.append(QStringLiteral("?"));
        values.append(s);
    }
    values.prepend(toStoredTime(Clock::nowUtc()));
    values.insert(values.size() - fromStates.size(), t.id);
    auto q =
        sql::run(db,
                 QStringLiteral("UPDATE ticket SET state_changed_at = ?, %1 WHERE id = ? AND state IN (%2)")
                     .arg(assignments, marks.join(u", ")),
                 values);
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return err("queue.conflict",
                   tr("Ticket %1 was changed at another window meanwhile. Refresh the queue "
                      "and try again.")
                       .arg(t.displayNo));
    return {};
}

Result<TicketChange> QueueEngine::finishChange(QSqlDatabase db, qint64 ticketId, qint64 seq, bool reannounce)
{
    auto t = loadTicket(db, ticketId);
    if (!t)
        return t.error();
    TicketChange c;
    c.ticket = t.value();
    c.seq = seq;
    c.reannounce = reannounce;
    return c;
}

Result<Ticket> QueueEngine::issueIn(QSqlDatabase db, const IssueRequest &request,
                                    const QDateTime &priorityFrom, qint64 appointmentId)
{
    if (!priorityGroups().contains(request.priorityGroup))
        return err("queue.priority_group", tr("\"%1\" is not a priority group.").arg(request.priorityGroup));
    auto proxy = proxyMark(request.proxyMode, request.proxyReason);
    if (!proxy)
        return proxy.error();
    auto all = store::lines(db);
    if (!all)
        return all.error();
    std::optional<Line> line;
    for (const Line &l : all.value())
        if ((request.lineId != 0 && l.id == request.lineId) ||
            (request.lineId == 0 && l.prefix.compare(request.prefix, Qt::CaseInsensitive) == 0))
            line = l;
    if (!line || !line->active)
        return err("queue.unknown_line",
                   tr("There is no open business line %1. Choose another line.")
                       .arg(request.lineId ? QString::number(request.lineId) : request.prefix));
    const QDateTime now = Clock::nowUtc();
    const QTime local = m_config.localTime(now);
    if (m_config.enforceServiceHours && line->opensAt.isValid() && line->closesAt.isValid() &&
        (local < line->opensAt || local >= line->closesAt))
        return err("queue.line_closed",
                   tr("The line %1 (%2) gives tickets from %3 to %4. Come back then.")
                       .arg(line->prefix, line->name, line->opensAt.toString(QStringLiteral("HH:mm")),
                            line->closesAt.toString(QStringLiteral("HH:mm"))));
    auto hall = store::hallId(db);
    if (!hall)
        return hall.error();
    if (hall.value() == 0)
        return err("queue.no_hall", tr("This database has no hall yet. Set the hall up first."));
    const QString day = m_config.businessDay(now);
    auto last =
        sql::scalar(db,
                    QStringLiteral("SELECT coalesce(max(number), 0) FROM ticket WHERE hall_id = ? AND "
                                   "business_day = ? AND line_prefix = ?"),
                    {hall.value(), day, line->prefix});
    if (!last)
        return last.error();
    const int number = last->toInt() + 1;
    if (line->dailyCap > 0 && number > line->dailyCap)
        return err("queue.line_full", tr("The line %1 (%2) has given all %3 tickets of today. Book an "
                                         "appointment for another day.")
                                          .arg(line->prefix, line->name)
                                          .arg(line->dailyCap));
    const QString displayNo = line->prefix + QStringLiteral("%1").arg(number, 3, 10, QLatin1Char('0'));
    const QString at = toStoredTime(now);
    auto q = sql::run(
        db,
        QStringLiteral(
            "INSERT INTO ticket (hall_id, business_day, line_id, line_prefix, number, display_no, "
            "priority_group, proxy_mode, proxy_reason, state, issued_at, appointment_id, person_masked, "
            "sort_key, priority_from, state_changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'waiting', ?, ?, "
            "?, ?, ?, ?) RETURNING id"),
        {hall.value(), day, line->id, line->prefix, number, displayNo, request.priorityGroup,
         proxy->first.isEmpty() ? QVariant() : QVariant(proxy->first),
         proxy->second.isEmpty() ? QVariant() : QVariant(proxy->second), at,
         appointmentId > 0 ? QVariant(appointmentId) : QVariant(), request.personMasked.left(40),
         now.toMSecsSinceEpoch(), toStoredTime(priorityFrom.isValid() ? priorityFrom : now), at});
    if (!q)
        return q.error();
    q->next();
    const qint64 id = q->value(0).toLongLong();
    q->finish();
    return loadTicket(db, id);
}

Result<TicketChange> QueueEngine::issue(const IssueRequest &request, const Actor &by)
{
    return transact(*m_db, [&](QSqlDatabase db) -> Result<TicketChange> {
        if (auto r = rollOverIn(db); !r)
            return r.error();
        auto t = issueIn(db, request, QDateTime(), 0);
        if (!t)
            return t.error();
        QJsonObject detail = ticketDetail(t.value());
        detail.insert(QStringLiteral("priorityGroup"), t->priorityGroup);
        auto seq = store::appendEvent(db, QStringLiteral("issue"), t->id, by.windowNo, by.staffNo, detail);
        if (!seq)
            return seq.error();
        return TicketChange{t.value(), seq.value()};
    });
}

Result<TicketChange> QueueEngine::markCalled(QSqlDatabase db, const Actor &at, const Ticket &t,
                                             const QString &kind)
{
    const QString now = toStoredTime(Clock::nowUtc());
    if (auto u =
            update(db, t, {state::waiting},
                   QStringLiteral("state = 'called', called_at = ?, window_no = ?, staff_no = ?, "
                                  "recall_count = 0, target_window = NULL, target_staff = NULL, pinned = 0"),
                   {now, at.windowNo, at.staffNo});
        !u)
        return u.error();
    // The ratio policy counts normal calls since the last priority one.
    const bool priority = t.priorityGroup != QLatin1String("none") && t.priorityFrom <= Clock::nowUtc();
    if (auto w = store::ensureWindowRow(db, at.windowNo, now); !w)
        return w.error();
    auto q =
        sql::run(db,
                 QStringLiteral("UPDATE queue_window SET staff_no = ?, changed_at = CASE paused WHEN 1 THEN "
                                "changed_at ELSE ? END, normal_since_priority = %1 WHERE window_no = ?")
                     .arg(priority ? QStringLiteral("0") : QStringLiteral("normal_since_priority + 1")),
                 {at.staffNo, now, at.windowNo});
    if (!q)
        return q.error();
    auto seq = store::appendEvent(db, kind, t.id, at.windowNo, at.staffNo, ticketDetail(t));
    if (!seq)
        return seq.error();
    return finishChange(db, t.id, seq.value());
}

Result<TicketChange> QueueEngine::callNext(const Actor &at)
{
    return transact(*m_db, [&](QSqlDatabase db) -> Result<TicketChange> {
        if (auto r = rollOverIn(db); !r)
            return r.error();
        auto windowId = store::windowId(db, at.windowNo);
        if (!windowId)
            return windowId.error();
        if (windowId.value() == 0)
            return requireWindow(db, at.windowNo).error();
        // Idempotent per window: the open ticket is announced again.
        auto open = store::activeTicketAt(db, at.windowNo);
        if (!open)
            return open.error();
        if (open->has_value()) {
            const Ticket &t = open->value();
            auto seq = store::appendEvent(db, QStringLiteral("reannounce"), t.id, at.windowNo, at.staffNo,
                                          ticketDetail(t));
            if (!seq)
                return seq.error();
            return finishChange(db, t.id, seq.value(), true);
        }
        auto paused = sql::scalar(db,
                                  QStringLiteral("SELECT paused, normal_since_priority FROM queue_window "
                                                 "WHERE window_no = ?"),
                                  {at.windowNo});
        if (!paused)
            return paused.error();
        if (paused->toInt() == 1)
            return err("queue.window_paused",
                       tr("Window %1 is paused. Resume the window before calling.").arg(at.windowNo));
        auto counter = sql::scalar(db,
                                   QStringLiteral("SELECT normal_since_priority FROM queue_window WHERE "
                                                  "window_no = ?"),
                                   {at.windowNo});
        if (!counter)
            return counter.error();
        auto lineCount = sql::scalar(
            db, QStringLiteral("SELECT count(*) FROM window_line WHERE window_id = ?"), {windowId.value()});
        if (!lineCount)
            return lineCount.error();
        const bool priorityFirst =
            m_config.policy == QueueConfig::Policy::Strict || counter->toInt() >= m_config.normalPerPriority;
        auto q = sql::run(
            db,
            QStringLiteral(
                "SELECT t.id FROM ticket t LEFT JOIN window_line wl ON wl.line_id = t.line_id AND "
                "wl.window_id = ? WHERE t.state = 'waiting' "
                "AND (t.target_window IS NULL OR t.target_window = ?) "
                "AND (t.target_staff IS NULL OR t.target_staff = ?) "
                "AND (? = 0 OR wl.line_id IS NOT NULL OR t.target_window = ? OR t.target_staff = ?) "
                "ORDER BY CASE WHEN t.pinned = 1 THEN 0 WHEN t.priority_group = 'green_channel' THEN 1 "
                "WHEN t.priority_group <> 'none' AND t.priority_from <= ? THEN ? ELSE ? END, "
                "coalesce(wl.weight, 1) DESC, t.sort_key, t.id LIMIT 1"),
            {windowId.value(), at.windowNo, at.staffNo, lineCount->toInt(), at.windowNo, at.staffNo,
             toStoredTime(Clock::nowUtc()), priorityFirst ? 2 : 3, priorityFirst ? 3 : 2});
        if (!q)
            return q.error();
        if (!q->next())
            return err("queue.empty", tr("No one is waiting for the lines of window %1.").arg(at.windowNo));
        const qint64 id = q->value(0).toLongLong();
        q->finish();
        auto t = loadTicket(db, id);
        if (!t)
            return t.error();
        return markCalled(db, at, t.value(), QStringLiteral("call"));
    });
}

Result<TicketChange> QueueEngine::call(const Actor &at, qint64 ticketId)
{
    return transact(*m_db, [&](QSqlDatabase db) -> Result<TicketChange> {
        if (auto r = rollOverIn(db); !r)
            return r.error();
        if (auto w = requireFreeWindow(db, at.windowNo); !w)
            return w.error();
        auto t = loadTicket(db, ticketId);
        if (!t)
            return t.error();
        if (t->state != state::waiting)
            return err("queue.not_waiting",
                       tr("Ticket %1 is no longer waiting (it is %2). Refresh the queue.")
                           .arg(t->displayNo, stateText(t->state)));
        return markCalled(db, at, t.value(), QStringLiteral("call"));
    });
}

Result<TicketChange> QueueEngine::start(const Actor &at, qint64 ticketId)
{
    return transact(*m_db, [&](QSqlDatabase db) -> Result<TicketChange> {
        auto t = activeAt(db, at, ticketId);
        if (!t)
            return t.error();
        if (auto u = update(db, t.value(), {state::called, state::serving},
                            QStringLiteral("state = 'serving'"), {});
            !u)
            return u.error();
        auto seq = store::appendEvent(db, QStringLiteral("start"), t->id, at.windowNo, at.staffNo,
                                      ticketDetail(t.value()));
        if (!seq)
            return seq.error();
        return finishChange(db, t->id, seq.value());
    });
}

Result<TicketChange> QueueEngine::recall(const Actor &at, qint64 ticketId)
{
    return transact(*m_db, [&](QSqlDatabase db) -> Result<TicketChange> {
        auto t = activeAt(db, at, ticketId);
        if (!t)
            return t.error();
        const bool tooMany = t->recallCount >= m_config.recallLimit;
        const QString now = toStoredTime(Clock::nowUtc());
        auto u =
            tooMany
                ? update(db, t.value(), kActive, QStringLiteral("state = 'no_show', finished_at = ?"), {now})
                : update(db, t.value(), kActive, QStringLiteral("recall_count = recall_count + 1"), {});
        if (!u)
            return u.error();
        QJsonObject detail = ticketDetail(t.value());
        detail.insert(QStringLiteral("recallCount"), t->recallCount + (tooMany ? 0 : 1));
        auto seq = store::appendEvent(db, tooMany ? QStringLiteral("no_show") : QStringLiteral("recall"),
                                      t->id, at.windowNo, at.staffNo, detail);
        if (!seq)
            return seq.error();
        auto change = finishChange(db, t->id, seq.value());
        if (change)
            change->becameNoShow = tooMany;
        return change;
    });
}

Result<TicketChange> QueueEngine::noShow(const Actor &at, qint64 ticketId)
{
    return transact(*m_db, [&](QSqlDatabase db) -> Result<TicketChange> {
        auto t = activeAt(db, at, ticketId);
        if (!t)
            return t.error();
        if (auto u = update(db, t.value(), kActive, QStringLiteral("state = 'no_show', finished_at = ?"),
                            {toStoredTime(Clock::nowUtc())});
            !u)
            return u.error();
        auto seq = store::appendEvent(db, QStringLiteral("no_show"), t->id, at.windowNo, at.staffNo,
                                      ticketDetail(t.value()));
        if (!seq)
            return seq.error();
        auto change = finishChange(db, t->id, seq.value());
        if (change)
            change->becameNoShow = true;
        return change;
    });
}

Result<TicketChange> QueueEngine::requeue(const Actor &by, qint64 ticketId)
{
    return transact(*m_db, [&](QSqlDatabase db) -> Result<TicketChange> {
        if (auto r = rollOverIn(db); !r)
            return r.error();
        auto t = loadTicket(db, ticketId);
        if (!t)
            return t.error();
        if (t->state != state::noShow)
            return err(
                "queue.not_no_show",
                tr("Ticket %1 did not miss its call (it is %2).").arg(t->displayNo, stateText(t->state)));
        if (t->finishedAt.addSecs(qint64(m_config.requeueMinutes) * 60) < Clock::nowUtc())
            return err("queue.requeue_late",
                       tr("Ticket %1 missed its call more than %2 minutes ago. Issue a new "
                          "ticket.")
                           .arg(t->displayNo)
                           .arg(m_config.requeueMinutes));
        // Back at its original place in the line.
        if (auto u = update(db, t.value(), {state::noShow},
                            QStringLiteral("state = 'waiting', window_no = NULL, finished_at = NULL, "
                                           "recall_count = 0"),
                            {});
            !u)
            return u.error();
        auto seq = store::appendEvent(db, QStringLiteral("requeue"), t->id, by.windowNo, by.staffNo,
                                      ticketDetail(t.value()));
        if (!seq)
            return seq.error();
        return finishChange(db, t->id, seq.value());
    });
}

Result<TicketChange> QueueEngine::transfer(const Actor &by, qint64 ticketId, const TransferTarget &to)
{
    return transact(*m_db, [&](QSqlDatabase db) -> Result<TicketChange> {
        if (auto r = rollOverIn(db); !r)
            return r.error();
        auto t = loadTicket(db, ticketId);
        if (!t)
            return t.error();
        const bool mine = t->isActive() && t->windowNo == by.windowNo;
        if (!mine && t->state != state::waiting && t->state != state::held)
            return err("queue.not_transferable",
                       tr("Ticket %1 is %2 at another window and cannot be transferred "
                          "from here.")
                           .arg(t->displayNo, stateText(t->state)));
        qint64 lineId = t->lineId;
        if (to.lineId != 0) {
            auto l = store::line(db, to.lineId);
            if (!l)
                return l.error();
            if (!l->has_value() || !l->value().active)
                return err("queue.unknown_line",
                           tr("There is no open business line %1. Choose another line.").arg(to.lineId));
            lineId = to.lineId;
        }
        if (to.windowNo != 0)
            if (auto w = requireWindow(db, to.windowNo); !w)
                return w.error();
        qint64 sortKey = t->issuedAt.toMSecsSinceEpoch();
        if (to.front) {
            auto min =
                sql::scalar(db, QStringLiteral("SELECT min(sort_key) FROM ticket WHERE state = 'waiting'"));
            if (!min)
                return min.error();
            if (!min->isNull())
                sortKey = qMin(sortKey, min->toLongLong() - 1);
        }
        if (auto u =
                update(db, t.value(), {state::waiting, state::held, state::called, state::serving},
                       QStringLiteral("state = 'waiting', line_id = ?, window_no = NULL, recall_count = 0, "
                                      "target_window = ?, target_staff = ?, sort_key = ?"),
                       {lineId, to.windowNo > 0 ? QVariant(to.windowNo) : QVariant(),
                        to.staffNo.isEmpty() ? QVariant() : QVariant(to.staffNo), sortKey});
            !u)
            return u.error();
        QJsonObject detail = ticketDetail(t.value());
        detail.insert(QStringLiteral("toLineId"), lineId);
        detail.insert(QStringLiteral("toWindow"), to.windowNo);
        detail.insert(QStringLiteral("toStaff"), to.staffNo);
        detail.insert(QStringLiteral("front"), to.front);
        auto seq = store::appendEvent(db, QStringLiteral("transfer"), t->id, by.windowNo, by.staffNo, detail);
        if (!seq)
            return seq.error();
        return finishChange(db, t->id, seq.value());
    });
}

Result<TicketChange> QueueEngine::hold(const Actor &at, qint64 ticketId, const QString &note)
{
    return transact(*m_db, [&](QSqlDatabase db) -> Result<TicketChange> {
        auto t = activeAt(db, at, ticketId);
        if (!t)
            return t.error();
        if (auto u = update(db, t.value(), kActive, QStringLiteral("state = 'held'"), {}); !u)
            return u.error();
        QJsonObject detail = ticketDetail(t.value());
        detail.insert(QStringLiteral("note"), note.left(200));
        auto seq = store::appendEvent(db, QStringLiteral("hold"), t->id, at.windowNo, at.staffNo, detail);
        if (!seq)
            return seq.error();
        return finishChange(db, t->id, seq.value());
    });
}

Result<TicketChange> QueueEngine::resume(const Actor &at, qint64 ticketId)
{
    return transact(*m_db, [&](QSqlDatabase db) -> Result<TicketChange> {
        if (auto w = requireFreeWindow(db, at.windowNo); !w)
            return w.error();
        auto t = loadTicket(db, ticketId);
        if (!t)
            return t.error();
        if (t->state != state::held)
            return err("queue.not_held",
                       tr("Ticket %1 is not on hold (it is %2).").arg(t->displayNo, stateText(t->state)));
        // Another window may take over a held ticket (a 帮办代办 hand-off).
        if (auto u = update(db, t.value(), {state::held},
                            QStringLiteral("state = 'serving', window_no = ?, staff_no = ?"),
                            {at.windowNo, at.staffNo});
            !u)
            return u.error();
        auto seq = store::appendEvent(db, QStringLiteral("resume"), t->id, at.windowNo, at.staffNo,
                                      ticketDetail(t.value()));
        if (!seq)
            return seq.error();
        return finishChange(db, t->id, seq.value());
    });
}

Result<TicketChange> QueueEngine::finish(const Actor &at, qint64 ticketId, const QString &caseNo)
{
    return transact(*m_db, [&](QSqlDatabase db) -> Result<TicketChange> {
        auto t = activeAt(db, at, ticketId);
        if (!t)
            return t.error();
        if (caseNo.size() > 64)
            return err("queue.case_no", tr("The case number is too long (64 characters at most)."));
        if (auto u = update(db, t.value(), kActive,
                            QStringLiteral("state = 'finished', finished_at = ?, case_no = ?"),
                            {toStoredTime(Clock::nowUtc()), caseNo.trimmed()});
            !u)
            return u.error();
        QJsonObject detail = ticketDetail(t.value());
        if (!caseNo.trimmed().isEmpty())
            detail.insert(QStringLiteral("caseNo"), caseNo.trimmed());
        auto seq = store::appendEvent(db, QStringLiteral("finish"), t->id, at.windowNo, at.staffNo, detail);
        if (!seq)
            return seq.error();
        return finishChange(db, t->id, seq.value());
    });
}

Result<TicketChange> QueueEngine::pin(const Actor &by, qint64 ticketId, const QString &reason)
{
    if (!by.isSupervisor())
        return err("auth.forbidden", tr("Only a supervisor can move a ticket to the top of the queue."));
    if (reason.trimmed().isEmpty())
        return err("queue.reason_required",
                   tr("Give the reason for moving the ticket to the top; it is recorded."));
    return transact(*m_db, [&](QSqlDatabase db) -> Result<TicketChange> {
        if (auto r = rollOverIn(db); !r)
            return r.error();
        auto t = loadTicket(db, ticketId);
        if (!t)
            return t.error();
        auto min =
            sql::scalar(db, QStringLiteral("SELECT min(sort_key) FROM ticket WHERE state = 'waiting'"));
        if (!min)
            return min.error();
        if (auto u = update(db, t.value(), {state::waiting}, QStringLiteral("pinned = 1, sort_key = ?"),
                            {qMin(t->sortKey, min->toLongLong() - 1)});
            !u)
            return u.error().code == QLatin1String("queue.conflict")
                       ? err("queue.not_waiting",
                             tr("Ticket %1 is no longer waiting (it is %2). Refresh the queue.")
                                 .arg(t->displayNo, stateText(t->state)))
                       : u.error();
        QJsonObject detail = ticketDetail(t.value());
        detail.insert(QStringLiteral("reason"), reason.trimmed().left(200));
        if (auto a = appendAudit(db, {by.staffNo, by.windowNo, QStringLiteral("queue.pin"), t->displayNo,
                                      reason.trimmed().left(200)});
            !a)
            return a.error();
        auto seq = store::appendEvent(db, QStringLiteral("pin"), t->id, by.windowNo, by.staffNo, detail);
        if (!seq)
            return seq.error();
        qCInfo(lcQueue) << "ticket" << t->displayNo << "moved to the top by" << by.staffNo;
        return finishChange(db, t->id, seq.value());
    });
}

Result<qint64> QueueEngine::setWindowLines(const Actor &by, int windowNo, const QList<LineWeight> &lines)
{
    if (!by.isSupervisor())
        return err("auth.forbidden", tr("Only a supervisor can change which lines a window serves."));
    return transact(*m_db, [&](QSqlDatabase db) -> Result<qint64> {
        auto id = store::windowId(db, windowNo);
        if (!id)
            return id.error();
        if (id.value() == 0)
            return requireWindow(db, windowNo).error();
        if (auto d =
                sql::run(db, QStringLiteral("DELETE FROM window_line WHERE window_id = ?"), {id.value()});
            !d)
            return d.error();
        QJsonArray list;
        for (const LineWeight &l : lines) {
            auto known = store::line(db, l.lineId);
            if (!known)
                return known.error();
            if (!known->has_value() || l.weight < 1 || l.weight > 100)
                return err("queue.unknown_line",
                           tr("Line %1 with weight %2 cannot be assigned; weights go from 1 to "
                              "100.")
                               .arg(l.lineId)
                               .arg(l.weight));
            if (auto q =
                    sql::run(db,
                             QStringLiteral("INSERT INTO window_line (window_id, line_id, weight) VALUES "
                                            "(?, ?, ?) ON CONFLICT DO UPDATE SET weight = excluded.weight"),
                             {id.value(), l.lineId, l.weight});
                !q)
                return q.error();
            list.append(
                QJsonObject{{QStringLiteral("lineId"), l.lineId}, {QStringLiteral("weight"), l.weight}});
        }
        if (auto a = appendAudit(db, {by.staffNo, by.windowNo, QStringLiteral("queue.window_lines"),
                                      QString::number(windowNo),
                                      QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact))});
            !a)
            return a.error();
        return store::appendEvent(db, QStringLiteral("window.lines"), 0, windowNo, by.staffNo,
                                  {{QStringLiteral("lines"), list}});
    });
}

Result<qint64> QueueEngine::pauseWindow(const Actor &at, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return err("queue.reason_required",
                   tr("Give the reason for pausing the window; the hall display shows it."));
    return transact(*m_db, [&](QSqlDatabase db) -> Result<qint64> {
        if (auto w = requireWindow(db, at.windowNo); !w)
            return w.error();
        const QString now = toStoredTime(Clock::nowUtc());
        if (auto w = store::ensureWindowRow(db, at.windowNo, now); !w)
            return w.error();
        auto q =
            sql::run(db,
                     QStringLiteral("UPDATE queue_window SET paused = 1, pause_reason = ?, staff_no = ?, "
                                    "changed_at = CASE paused WHEN 1 THEN changed_at ELSE ? END "
                                    "WHERE window_no = ?"),
                     {reason.trimmed().left(100), at.staffNo, now, at.windowNo});
        if (!q)
            return q.error();
        return store::appendEvent(db, QStringLiteral("window.pause"), 0, at.windowNo, at.staffNo,
                                  {{QStringLiteral("reason"), reason.trimmed().left(100)}});
    });
}

Result<qint64> QueueEngine::resumeWindow(const Actor &at)
{
    return transact(*m_db, [&](QSqlDatabase db) -> Result<qint64> {
        if (auto w = requireWindow(db, at.windowNo); !w)
            return w.error();
        const QString now = toStoredTime(Clock::nowUtc());
        if (auto w = store::ensureWindowRow(db, at.windowNo, now); !w)
            return w.error();
        auto q =
            sql::run(db,
                     QStringLiteral("UPDATE queue_window SET paused = 0, pause_reason = '', staff_no = ?, "
                                    "changed_at = ? WHERE window_no = ?"),
                     {at.staffNo, now, at.windowNo});
        if (!q)
            return q.error();
        return store::appendEvent(db, QStringLiteral("window.resume"), 0, at.windowNo, at.staffNo);
    });
}

} // namespace yc::queue
