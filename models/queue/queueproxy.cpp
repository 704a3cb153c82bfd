// 帮办代办 on tickets: the mark set at the kiosk (issue) or by the clerk at
// the window (markProxy), with the reason the citizen gets it.
#include "audit/auditlog.h"
#include "codes/codes.h"
#include "core/clock.h"
#include "queue/queueinternal.h"
#include "queue/queuestore.h"
#include "queueengine.h"
#include "store/sql.h"

namespace yc::queue {

using namespace detail;

Result<std::pair<QString, QString>> detail::proxyMark(const QString &mode, const QString &reason)
{
    if (mode.isEmpty())
        return std::pair<QString, QString>();
    if (!Codes::proxyModes().contains(mode))
        return err("queue.proxy_mode",
                   QueueEngine::tr("\"%1\" is not a help-with-the-process mode.").arg(mode.left(20)));
    if (!reason.isEmpty() && !Codes::proxyReasons().contains(reason))
        return err("queue.proxy_reason",
                   QueueEngine::tr("\"%1\" is not a reason for help with the process.").arg(reason.left(20)));
    return std::pair<QString, QString>(mode, reason.isEmpty() ? QStringLiteral("other") : reason);
}

Result<TicketChange> QueueEngine::markProxy(const Actor &by, qint64 ticketId, const QString &mode,
                                            const QString &reason)
{
    auto mark = proxyMark(mode, reason);
    if (!mark)
        return mark.error();
    return transact(*m_db, [&](QSqlDatabase db) -> Result<TicketChange> {
        auto t = loadTicket(db, ticketId);
        if (!t)
            return t.error();
        // The clerk marks the citizen in front of them, or one still waiting
        // (a help-desk colleague spotted them in the hall).
        const bool here = t->isActive() && t->windowNo == by.windowNo;
        if (!here && t->state != state::waiting)
            return err("queue.not_at_window",
                       tr("Ticket %1 is not open at your window (it is %2). Refresh the "
                          "queue and try again.")
                           .arg(t->displayNo, stateText(t->state)));
        const QStringList from = here ? kActive : QStringList{state::waiting};
        if (auto u = update(db, t.value(), from, QStringLiteral("proxy_mode = ?, proxy_reason = ?"),
                            {mark->first.isEmpty() ? QVariant() : QVariant(mark->first),
                             mark->second.isEmpty() ? QVariant() : QVariant(mark->second)});
            !u)
            return u.error();
        QJsonObject detail = ticketDetail(t.value());
        detail.insert(QStringLiteral("proxyMode"), mark->first);
        detail.insert(QStringLiteral("proxyReason"), mark->second);
        if (auto a = appendAudit(
                db, {by.staffNo, by.windowNo, QStringLiteral("queue.proxy_mark"), t->displayNo,
                     mark->first.isEmpty() ? QStringLiteral("removed") : mark->first + u'/' + mark->second});
            !a)
            return a.error();
        auto seq =
            store::appendEvent(db, QStringLiteral("proxy.mark"), t->id, by.windowNo, by.staffNo, detail);
        if (!seq)
            return seq.error();
        return finishChange(db, t->id, seq.value());
    });
}

} // namespace yc::queue
