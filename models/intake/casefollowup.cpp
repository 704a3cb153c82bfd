#include "casefollowup.h"

#include "audit/auditlog.h"
#include "core/clock.h"
#include "core/text.h"
#include "intake/numbering.h"
#include "outbox/outboxwriter.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/transaction.h"

#include <QJsonObject>
#include <QTimeZone>

namespace yc {

namespace {

struct CaseRow
{
    QString localId;
    QString projectNo;
    QString status;
};

Result<CaseRow> readCase(QSqlDatabase db, qint64 caseId)
{
    auto q = sql::run(
        db, QStringLiteral("SELECT local_id, coalesce(project_no, ''), status FROM case_record WHERE id = ?"),
        {caseId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{QStringLiteral("case.unknown"), CaseFollowUp::tr("The case does not exist.")};
    return CaseRow{q->value(0).toString(), q->value(1).toString(), q->value(2).toString()};
}

} // namespace

CaseFollowUp::CaseFollowUp(std::shared_ptr<Database> db)
    : m_db(std::move(db))
{}

Result<QList<CaseFollowUp::OutstandingMaterial>> CaseFollowUp::outstandingMaterials(qint64 caseId) const
{
    auto q = sql::run(
        m_db->connection(),
        QStringLiteral("SELECT material_code, name, state FROM case_material WHERE case_id = ? AND state IN "
                       "('missing', 'deferred') AND supplied_at IS NULL ORDER BY id"),
        {caseId});
    if (!q)
        return q.error();
    QList<OutstandingMaterial> out;
    while (q->next())
        out << OutstandingMaterial{q->value(0).toString(), q->value(1).toString(), q->value(2).toString()};
    return out;
}

Result<void> CaseFollowUp::recordHandover(qint64 caseId, const QString &items, const QString &toWhom,
                                          const QString &staffNo, int windowNo)
{
    if (!isCleanText(items, 500, true) || !isCleanText(toWhom, 100, true))
        return Error{QStringLiteral("case.handover"),
                     tr("Say what was handed over (at most 500 characters) and to whom (at most 100).")};
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    auto c = readCase(db, caseId);
    if (!c)
        return c.error();
    if (c->projectNo.isEmpty())
        return Error{QStringLiteral("case.not_accepted"),
                     tr("Only an accepted case goes to the back office.")};
    const QString now = toStoredTime(Clock::nowUtc());
    if (auto h = sql::run(
            db,
            QStringLiteral("INSERT INTO case_handover (case_id, items, to_whom, handed_at, staff_no) "
                           "VALUES (?, ?, ?, ?, ?)"),
            {caseId, items.trimmed(), toWhom.trimmed(), now, staffNo});
        !h)
        return h.error();
    if (auto a = appendAudit(
            db, {staffNo, windowNo, QStringLiteral("case.handover"), c->projectNo, toWhom.trimmed()});
        !a)
        return a;
    return tx.commit();
}

Result<void> CaseFollowUp::recordResult(qint64 caseId, const CaseResult &result, const QString &staffNo,
                                        int windowNo)
{
    static const QStringList types{QStringLiteral("certificate"), QStringLiteral("approval"),
                                   QStringLiteral("other"), QStringLiteral("none")};
    if (!types.contains(result.resultType) || !isCleanText(result.certificateName, 100, false) ||
        !isCleanText(result.certificateNo, 100, false))
        return Error{QStringLiteral("case.result"), tr("The result is not valid.")};
    if (result.resultType == QLatin1String("certificate") && result.certificateName.trimmed().isEmpty())
        return Error{QStringLiteral("case.result"), tr("Name the certificate that was issued.")};
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    auto c = readCase(db, caseId);
    if (!c)
        return c.error();
    if (c->status != QLatin1String("accepted") && c->status != QLatin1String("special_procedure"))
        return Error{QStringLiteral("case.not_open"), tr("Only a case in progress can be finished.")};
    auto open =
        sql::scalar(db,
                    QStringLiteral("SELECT count(*) FROM case_material WHERE case_id = ? AND state IN "
                                   "('deferred', 'missing') AND supplied_at IS NULL"),
                    {caseId});
    if (!open)
        return open.error();
    if (open->toInt() > 0)
        return Error{QStringLiteral("case.deferred_open"),
                     tr("Materials accepted on commitment are still missing; record them first.")};
    const QString now = toStoredTime(Clock::nowUtc());
    if (auto u = sql::run(
            db,
            QStringLiteral("UPDATE case_record SET status = 'finished', finished_at = ?, finished_by = ?, "
                           "result_type = ?, result_cert_name = ?, result_cert_no = ?, updated_at = ? "
                           "WHERE id = ?"),
            {now, staffNo, result.resultType, result.certificateName.trimmed(),
             result.certificateNo.trimmed(), now, caseId});
        !u)
        return u.error();
    if (auto s =
            sql::run(db,
                     QStringLiteral("INSERT INTO case_step (case_id, seq, step_name, action, step_state, "
                                    "staff_name, started_at, ended_at) SELECT ?, coalesce(max(seq), 0) + 1, "
                                    "'办结', 'approve', 'done', ?, ?, ? FROM case_step WHERE case_id = ?"),
                     {caseId, staffNo, now, now, caseId});
        !s)
        return s.error();
    if (auto e = enqueueEvent(
            db, {c->localId, QStringLiteral("case.finished"),
                 QJsonObject{{QStringLiteral("projectNo"), c->projectNo},
                             {QStringLiteral("finishedAt"), now},
                             {QStringLiteral("finishedBy"), staffNo},
                             {QStringLiteral("resultType"), result.resultType},
                             {QStringLiteral("certificateName"), result.certificateName.trimmed()},
                             {QStringLiteral("certificateNo"), result.certificateNo.trimmed()}}});
        !e)
        return e;
    if (auto a = appendAudit(
            db, {staffNo, windowNo, QStringLiteral("case.finish"), c->projectNo, result.resultType});
        !a)
        return a;
    return tx.commit();
}

Result<QString> CaseFollowUp::deliver(qint64 caseId, const Delivery &delivery, const QString &staffNo,
                                      int windowNo)
{
    if (delivery.method != QLatin1String("window") && delivery.method != QLatin1String("mail"))
        return Error{QStringLiteral("case.delivery"),
                     tr("Hand the result out at the window or send it by mail.")};
    if (delivery.method == QLatin1String("mail") && !isCleanText(delivery.trackingNo, 40, true))
        return Error{QStringLiteral("case.tracking"), tr("Enter the mail tracking number.")};
    if (!isCleanText(delivery.recipient, 100, false) || !isCleanText(delivery.trackingNo, 40, false))
        return Error{QStringLiteral("case.delivery"),
                     tr("The recipient or the tracking number is not valid.")};
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    auto c = readCase(db, caseId);
    if (!c)
        return c.error();
    if (c->status != QLatin1String("finished"))
        return Error{QStringLiteral("case.not_finished"), tr("Only a finished case can be handed out.")};
    auto hall = sql::scalar(db,
                            QStringLiteral("SELECT h.name FROM hall h JOIN case_record c ON c.hall_id = h.id "
                                           "WHERE c.id = ?"),
                            {caseId});
    if (!hall)
        return hall.error();
    const QDateTime nowUtc = Clock::nowUtc();
    const QString now = toStoredTime(nowUtc);
    auto docNo = nextDocumentNumber(db, hall->toString(), QStringLiteral("delivery_receipt"),
                                    hallTime::date(nowUtc).year());
    if (!docNo)
        return docNo.error();
    if (auto u = sql::run(
            db,
            QStringLiteral("UPDATE case_record SET status = 'delivered', delivered_at = ?, "
                           "delivery_method = ?, delivery_tracking = ?, updated_at = ? WHERE id = ?"),
            {now, delivery.method, delivery.trackingNo.trimmed(), now, caseId});
        !u)
        return u.error();
    if (auto d = sql::run(
            db,
            QStringLiteral("INSERT INTO case_document (case_id, doc_type, doc_no, issued_at, issued_by) "
                           "VALUES (?, 'delivery_receipt', ?, ?, ?)"),
            {caseId, docNo.value(), now, staffNo});
        !d)
        return d.error();
    if (auto e = enqueueEvent(db, {c->localId, QStringLiteral("case.delivered"),
                                   QJsonObject{{QStringLiteral("projectNo"), c->projectNo},
                                               {QStringLiteral("deliveredAt"), now},
                                               {QStringLiteral("method"), delivery.method},
                                               {QStringLiteral("trackingNo"), delivery.trackingNo.trimmed()},
                                               {QStringLiteral("docNo"), docNo.value()}}});
        !e)
        return e.error();
    if (auto a = appendAudit(
            db, {staffNo, windowNo, QStringLiteral("case.deliver"), c->projectNo, delivery.method});
        !a)
        return a.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return docNo.value();
}

} // namespace yc
