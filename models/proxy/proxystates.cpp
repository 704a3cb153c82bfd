// The state changes of a proxy case: suspend (中止), resume (续办),
// terminate (终止), finish (办结), and the follow-up call (回访) after
// closing. The other changes are in proxycases.cpp.

#include "core/text.h"
#include "proxy/proxyinternal.h"
#include "proxycases.h"
#include "store/database.h"
#include "store/transaction.h"

namespace yc {

using namespace proxyinternal;

namespace {

const QStringList kCallbackMethods{QStringLiteral("phone"), QStringLiteral("visit"), QStringLiteral("sms")};
const QStringList kSatisfaction{QStringLiteral("very_satisfied"), QStringLiteral("satisfied"),
                                QStringLiteral("basically_satisfied"), QStringLiteral("dissatisfied"),
                                QStringLiteral("very_dissatisfied")};

} // namespace

Result<void> ProxyCases::suspend(qint64 proxyId, const QString &reason, const ProxyActor &actor)
{
    if (!isCleanText(reason, 500, true, true))
        return inputError(tr("Write why the case is suspended (at most 500 characters)."));
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    auto row = openRow(db, proxyId);
    if (!row)
        return row.error();
    if (row->state == u"suspended")
        return Error{QStringLiteral("proxy.state"), tr("The case is already suspended.")};
    if (auto u = sql::run(
            db, QStringLiteral("UPDATE proxy_case SET state = 'suspended', close_reason = ? WHERE id = ?"),
            {reason.trimmed(), proxyId});
        !u)
        return u.error();
    // A suspended case waits on the citizen: no action of ours is due.
    if (auto w = writeProgress(db, row.value(), QStringLiteral("suspend"), reason, {}, {}, actor.staffNo); !w)
        return w;
    if (auto a = audit(db, actor, QStringLiteral("suspend"), row->proxyNo); !a)
        return a;
    if (auto e = emitEvent(db, row.value(), QStringLiteral("suspended"), actor,
                           {{QStringLiteral("note"), reason.trimmed()}});
        !e)
        return e;
    return tx.commit();
}

Result<void> ProxyCases::resume(qint64 proxyId, const ProxyProgressInput &next, const ProxyActor &actor)
{
    if (!isCleanText(next.note, 500, true, true))
        return inputError(tr("Write why the work resumes (at most 500 characters)."));
    if (!isCleanText(next.nextAction, 200, true))
        return Error{QStringLiteral("proxy.due"), tr("Say what happens next (at most 200 characters).")};
    if (!next.nextDue.isValid() || next.nextDue < today())
        return Error{QStringLiteral("proxy.due"), tr("Give the next action a day, today or later.")};
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    auto row = openRow(db, proxyId);
    if (!row)
        return row.error();
    if (row->state != u"suspended")
        return Error{QStringLiteral("proxy.state"), tr("Only a suspended case can be resumed.")};
    if (auto u = sql::run(db,
                          QStringLiteral("UPDATE proxy_case SET state = 'in_progress', close_reason = '', "
                                         "waiting_on_citizen = ? WHERE id = ?"),
                          {next.waitingOnCitizen ? 1 : 0, proxyId});
        !u)
        return u.error();
    if (auto w = writeProgress(db, row.value(), QStringLiteral("resume"), next.note, next.nextAction,
                               next.nextDue, actor.staffNo);
        !w)
        return w;
    if (auto a = audit(db, actor, QStringLiteral("resume"), row->proxyNo); !a)
        return a;
    if (auto e = emitEvent(db, row.value(), QStringLiteral("resumed"), actor); !e)
        return e;
    return tx.commit();
}

namespace {

// Finishing or terminating hands everything back: every original received
// is returned, or the note says where the rest is.
Result<void> checkOriginals(QSqlDatabase db, qint64 proxyId, const QString &retainedNote)
{
    if (!isCleanText(retainedNote, 500, false, true))
        return Error{QStringLiteral("proxy.originals"),
                     ProxyCases::tr("The note may have at most 500 characters.")};
    auto open = outstandingIn(db, proxyId);
    if (!open)
        return open.error();
    if (open->isEmpty() || !retainedNote.trimmed().isEmpty())
        return {};
    QStringList items;
    for (const auto &o : open.value())
        items << QStringLiteral("%1 ×%2").arg(o.item).arg(o.count);
    return Error{QStringLiteral("proxy.originals"),
                 ProxyCases::tr("Originals are still held for the citizen (%1). Record their return, or note "
                                "where they are (e.g. kept by the authority).")
                     .arg(items.join(QStringLiteral("、")))};
}

} // namespace

Result<void> ProxyCases::terminate(qint64 proxyId, const QString &reason, const QString &retainedNote,
                                   const ProxyActor &actor)
{
    if (!isCleanText(reason, 500, true, true))
        return inputError(tr("Write why the case is terminated (at most 500 characters)."));
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    auto row = openRow(db, proxyId);
    if (!row)
        return row.error();
    if (auto o = checkOriginals(db, proxyId, retainedNote); !o)
        return o;
    const QString now = toStoredTime(Clock::nowUtc());
    if (auto u = sql::run(
            db,
            QStringLiteral("UPDATE proxy_case SET state = 'terminated', closed_at = ?, closed_by = ?, "
                           "close_reason = ?, retained_note = ?, waiting_on_citizen = 0 WHERE id = ?"),
            {now, actor.staffNo, reason.trimmed(), retainedNote.trimmed(), proxyId});
        !u)
        return u.error();
    if (auto w = writeProgress(db, row.value(), QStringLiteral("terminate"), reason, {}, {}, actor.staffNo);
        !w)
        return w;
    if (auto a = audit(db, actor, QStringLiteral("terminate"), row->proxyNo); !a)
        return a;
    if (auto e = emitEvent(
            db, row.value(), QStringLiteral("terminated"), actor,
            {{QStringLiteral("terminatedAt"), now}, {QStringLiteral("closeReason"), reason.trimmed()}});
        !e)
        return e;
    return tx.commit();
}

Result<void> ProxyCases::finish(qint64 proxyId, const ProxyFinishInput &input, const ProxyActor &actor)
{
    if (!isCleanText(input.result, 500, true, true))
        return inputError(
            tr("Write what was achieved and how it reached the citizen (at most 500 characters)."));
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    auto row = openRow(db, proxyId);
    if (!row)
        return row.error();
    if (row->state == u"suspended")
        return Error{QStringLiteral("proxy.state"), tr("The case is suspended; resume it before finishing.")};
    if (row->mode == u"proxy" && !row->mandateSigned)
        return Error{QStringLiteral("proxy.mandate"),
                     tr("代办 needs the citizen's signed mandate (代办服务委托书) before it is finished.")};
    if (auto o = checkOriginals(db, proxyId, input.retainedNote); !o)
        return o;
    const QString now = toStoredTime(Clock::nowUtc());
    if (auto u = sql::run(
            db,
            QStringLiteral("UPDATE proxy_case SET state = 'finished', closed_at = ?, closed_by = ?, "
                           "close_reason = ?, retained_note = ?, waiting_on_citizen = 0 WHERE id = ?"),
            {now, actor.staffNo, input.result.trimmed(), input.retainedNote.trimmed(), proxyId});
        !u)
        return u.error();
    if (auto w =
            writeProgress(db, row.value(), QStringLiteral("finish"), input.result, {}, {}, actor.staffNo);
        !w)
        return w;
    if (auto a = audit(db, actor, QStringLiteral("finish"), row->proxyNo); !a)
        return a;
    if (auto e = emitEvent(
            db, row.value(), QStringLiteral("finished"), actor,
            {{QStringLiteral("finishedAt"), now}, {QStringLiteral("result"), input.result.trimmed()}});
        !e)
        return e;
    return tx.commit();
}

Result<void> ProxyCases::recordCallback(qint64 proxyId, const ProxyCallbackInput &c, const ProxyActor &actor)
{
    if (!kCallbackMethods.contains(c.method))
        return Error{QStringLiteral("proxy.callback"),
                     tr("Say how the citizen was reached: phone, visit or SMS.")};
    if (!kSatisfaction.contains(c.satisfaction))
        return Error{QStringLiteral("proxy.callback"), tr("Record how satisfied the citizen was.")};
    if (!isCleanText(c.note, 500, false, true))
        return Error{QStringLiteral("proxy.callback"), tr("The note may have at most 500 characters.")};
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    auto row = readRow(db, proxyId);
    if (!row)
        return row.error();
    if (!row->closed())
        return Error{QStringLiteral("proxy.state"),
                     tr("The follow-up call comes after the case is finished or terminated.")};
    auto done = sql::scalar(db, QStringLiteral("SELECT callback_at IS NOT NULL FROM proxy_case WHERE id = ?"),
                            {proxyId});
    if (!done)
        return done.error();
    if (done->toBool())
        return Error{QStringLiteral("proxy.callback"), tr("The follow-up call is already recorded.")};
    const QString now = toStoredTime(Clock::nowUtc());
    if (auto u = sql::run(
            db,
            QStringLiteral("UPDATE proxy_case SET callback_at = ?, callback_by = ?, callback_method = ?, "
                           "callback_satisfaction = ?, callback_result = ?, updated_at = ? WHERE id = ?"),
            {now, actor.staffNo, c.method, c.satisfaction, c.note.trimmed(), now, proxyId});
        !u)
        return u.error();
    if (auto w = writeProgress(db, row.value(), QStringLiteral("callback"), c.note, {}, {}, actor.staffNo);
        !w)
        return w;
    if (auto a = audit(db, actor, QStringLiteral("callback"), row->proxyNo, c.satisfaction); !a)
        return a;
    if (auto e = emitEvent(db, row.value(), QStringLiteral("callback"), actor,
                           {{QStringLiteral("callbackAt"), now},
                            {QStringLiteral("callbackMethod"), c.method},
                            {QStringLiteral("callbackResult"), c.satisfaction}});
        !e)
        return e;
    return tx.commit();
}

} // namespace yc
