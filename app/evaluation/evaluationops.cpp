#include "evaluationops.h"

#include "app/hall/halldispatcher.h"
#include "app/hall/hallsessions.h"
#include "core/clock.h"

#include <QJsonArray>

namespace yc {

namespace {

Error badArgs(const QString &message)
{
    return Error{QStringLiteral("proto.bad_args"), message};
}

QJsonObject pendingJson(const EvaluationInvites::Pending &p)
{
    QJsonObject o{{QStringLiteral("answerId"), p.answerId},
                  {QStringLiteral("answerKey"), p.answerKey},
                  {QStringLiteral("attempt"), p.attempt},
                  {QStringLiteral("caseNo"), p.caseNo},
                  {QStringLiteral("ticketId"), p.ticketId},
                  {QStringLiteral("level"), p.answer.level},
                  {QStringLiteral("comment"), p.answer.comment},
                  {QStringLiteral("receivedAt"), toStoredTime(p.receivedAt)}};
    if (p.answer.efficiency)
        o.insert(QStringLiteral("efficiency"), *p.answer.efficiency);
    if (p.answer.serviceLevel)
        o.insert(QStringLiteral("serviceLevel"), *p.answer.serviceLevel);
    if (p.answer.attitude)
        o.insert(QStringLiteral("attitude"), *p.answer.attitude);
    return o;
}

} // namespace

EvaluationOps::EvaluationOps(EvaluationInvites &invites, std::function<QUrl()> pageBase, int validDays)
    : m_invites(invites)
    , m_pageBase(std::move(pageBase))
    , m_validDays(validDays)
{}

void EvaluationOps::addTo(HallDispatcher &dispatcher)
{
    using Access = HallDispatcher::Access;
    using Call = HallDispatcher::Call;
    dispatcher.addOp(
        QStringLiteral("evaluation.expect"), Access::Session, [this](Call &c) -> Result<QJsonObject> {
            EvaluationInvites::Expect e;
            const QJsonValue ticket = c.args.value(QStringLiteral("ticketId"));
            if (!ticket.isUndefined() && (!ticket.isDouble() || ticket.toInteger() < 1))
                return badArgs(tr("\"ticketId\" must be a positive whole number."));
            for (const char *name : {"caseNo", "serviceName"}) {
                const QJsonValue v = c.args.value(QLatin1String(name));
                if (!v.isUndefined() && !v.isString())
                    return badArgs(tr("\"%1\" must be text.").arg(QLatin1String(name)));
            }
            e.ticketId = ticket.toInteger();
            e.caseNo = c.args.value(QStringLiteral("caseNo")).toString();
            e.serviceName = c.args.value(QStringLiteral("serviceName")).toString();
            // A ticket slip's invitation goes to the window that serves the
            // ticket; a case's to the window that registers it.
            e.windowNo = e.ticketId > 0 && e.caseNo.isEmpty() ? 0 : c.session.windowNo;
            e.createdBy = c.session.staffNo;
            e.validDays = c.args.value(QStringLiteral("validDays")).toInt(m_validDays);
            if (e.windowNo == 0 && e.ticketId == 0)
                return Error{QStringLiteral("auth.no_window"),
                             tr("Sign in at a window to invite an evaluation of a case.")};
            auto created = m_invites.expect(e);
            if (!created)
                return created.error();
            return QJsonObject{
                {QStringLiteral("token"), created->token},
                {QStringLiteral("url"), EvaluationInvites::pageUrl(m_pageBase(), created->token).toString()},
                {QStringLiteral("expiresAt"), toStoredTime(created->expiresAt)}};
        });
    dispatcher.addOp(QStringLiteral("evaluation.pending"), Access::Window,
                     [this](Call &c) -> Result<QJsonObject> {
                         auto pending = m_invites.pending(c.session.windowNo);
                         if (!pending)
                             return pending.error();
                         QJsonArray answers;
                         for (const auto &p : pending.value())
                             answers.append(pendingJson(p));
                         return QJsonObject{{QStringLiteral("answers"), answers}};
                     });
    dispatcher.addOp(
        QStringLiteral("evaluation.ack"), Access::Window, [this](Call &c) -> Result<QJsonObject> {
            const QJsonValue id = c.args.value(QStringLiteral("answerId"));
            const QJsonValue result = c.args.value(QStringLiteral("result"));
            if (!id.isDouble() || id.toInteger() < 1 || !result.isString())
                return badArgs(tr("The request needs \"answerId\" and \"result\"."));
            if (auto a = m_invites.ack(c.session.windowNo, id.toInteger(), result.toString()); !a)
                return a.error();
            return QJsonObject();
        });
}

} // namespace yc
