#pragma once

// Shared by proxycases.cpp and proxystates.cpp (changes) and
// proxyqueries.cpp (reading); not part of the models' interface.

#include "audit/auditlog.h"
#include "core/clock.h"
#include "proxy/proxycases.h"
#include "store/sql.h"

#include <QDate>
#include <QSqlDatabase>
#include <QTimeZone>

namespace yc {

struct ProxyCases::Row
{
    qint64 id = 0;
    QString localId;
    QString proxyNo;
    QString mode;
    QString reason;
    QString state;
    QString staffNo;
    qint64 principalId = 0;
    bool mandateSigned = false;
    QString nextAction;
    QString nextDueStored;
    bool waiting = false;

    bool closed() const { return state == u"finished" || state == u"terminated"; }
};

namespace proxyinternal {

inline Error closedError()
{
    return Error{QStringLiteral("proxy.closed"),
                 ProxyCases::tr("The proxy case is closed; only the follow-up call can still be recorded.")};
}

inline Error inputError(const QString &message)
{
    return Error{QStringLiteral("proxy.input"), message};
}

// The first piece of work moves an opened case into progress.
inline Result<void> markInProgress(QSqlDatabase db, qint64 proxyId)
{
    auto u = sql::run(
        db, QStringLiteral("UPDATE proxy_case SET state = 'in_progress' WHERE id = ? AND state = 'open'"),
        {proxyId});
    if (!u)
        return u.error();
    return {};
}

inline Result<void> audit(QSqlDatabase db, const ProxyActor &actor, const QString &action,
                          const QString &proxyNo, const QString &detail = {})
{
    return appendAudit(db,
                       {actor.staffNo, actor.windowNo, QStringLiteral("proxy.") + action, proxyNo, detail});
}

// The hall's time zone (hallTime): business days and due days are the hall's.
inline QTimeZone hallZone(QSqlDatabase)
{
    return hallTime::zone();
}

// A due day is stored as the instant it ends (midnight after it, in the
// hall's zone, as UTC), so "overdue" is a plain comparison with now — the
// one the indicators make on proxy_progress.next_due_at.
inline QString dueEndStored(const QDate &due, const QTimeZone &tz)
{
    if (!due.isValid())
        return {};
    return toStoredTime(QDateTime(due.addDays(1), QTime(0, 0), tz).toUTC());
}

inline QDate dueDayFromStored(const QString &stored, const QTimeZone &tz)
{
    if (stored.isEmpty())
        return {};
    return fromStoredTime(stored).toTimeZone(tz).addMSecs(-1).date();
}

inline QDate localDay(const QDateTime &utc, const QTimeZone &tz)
{
    return utc.toTimeZone(tz).date();
}

// Originals received and not all given back, per item.
inline Result<QList<ProxyOutstandingOriginal>> outstandingIn(QSqlDatabase db, qint64 proxyId)
{
    auto q =
        sql::run(db,
                 QStringLiteral("SELECT item, sum(CASE direction WHEN 'received' THEN count ELSE -count END) "
                                "AS left_over FROM proxy_handover WHERE proxy_case_id = ? AND kind = "
                                "'original' GROUP BY item HAVING left_over > 0 ORDER BY min(id)"),
                 {proxyId});
    if (!q)
        return q.error();
    QList<ProxyOutstandingOriginal> out;
    while (q->next())
        out << ProxyOutstandingOriginal{q->value(0).toString(), q->value(1).toInt()};
    return out;
}

} // namespace proxyinternal
} // namespace yc
