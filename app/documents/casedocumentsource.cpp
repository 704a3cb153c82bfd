#include "casedocumentsource.h"

#include "cases/caseproxymark.h"
#include "codes/codes.h"
#include "core/clock.h"
#include "store/database.h"
#include "store/sql.h"

#include <QTimeZone>
#include <QUrl>
#include <QUrlQuery>

namespace yc {

CaseDocumentSource::CaseDocumentSource(std::shared_ptr<Database> db, QString progressQueryBase)
    : m_db(std::move(db))
    , m_queryBase(std::move(progressQueryBase))
{}

QString CaseDocumentSource::queryUrl(const QString &projectNo, const QString &password) const
{
    if (projectNo.isEmpty() || m_queryBase.isEmpty())
        return {};
    QUrl url(m_queryBase);
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("no"), projectNo);
    query.addQueryItem(QStringLiteral("pwd"), password);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

Result<CaseDocumentData> CaseDocumentSource::latestDocument(qint64 caseId) const
{
    QSqlDatabase db = m_db->connection();
    auto q = sql::run(
        db,
        QStringLiteral(
            "SELECT d.doc_type, d.doc_no, d.issued_at, c.project_no, c.query_password, c.matter_name, "
            "c.task_code, "
            "c.project_kind, c.applied_at, c.accepted_at, c.promise_due_at, c.reject_reason, "
            "c.competent_agency, "
            "c.commitment, c.supply_deadline, c.window_no, coalesce(s.name, c.clerk_staff_no), a.name, "
            "a.id_no_masked, "
            "c.contact_phone_masked, coalesce(g.name, ''), h.name, h.address, h.phone, "
            "m.promise_limit_value, "
            "m.promise_limit_unit, c.delivery_method, c.delivery_tracking, c.delivered_at FROM case_record c "
            "JOIN case_document d ON d.case_id = c.id JOIN applicant "
            "a ON "
            "a.id = c.applicant_id LEFT JOIN applicant g ON g.id = c.agent_id LEFT JOIN staff s ON "
            "s.staff_no = "
            "c.clerk_staff_no LEFT JOIN hall h ON h.id = c.hall_id JOIN matter m ON m.id = c.matter_id "
            "WHERE c.id = ? ORDER BY d.id DESC LIMIT 1"),
        {caseId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{QStringLiteral("document.none"), tr("This case has no document to print.")};
    auto type = caseDocumentTypeFromCode(q->value(0).toString());
    if (!type)
        return Error{QStringLiteral("document.type"), tr("This kind of document cannot be printed yet.")};
    CaseDocumentData d;
    int c = 1;
    d.type = *type;
    d.docNo = q->value(c++).toString();
    d.issuedAt = hallTime::local(fromStoredTime(q->value(c++).toString()));
    d.projectNo = q->value(c++).toString();
    d.queryPassword = q->value(c++).toString();
    d.matterName = q->value(c++).toString();
    d.taskCode = q->value(c++).toString();
    d.projectKindLabel = Codes::projectKindLabel(q->value(c++).toString());
    d.appliedAt = hallTime::local(fromStoredTime(q->value(c++).toString()));
    if (!q->value(c).isNull())
        d.acceptedAt = hallTime::local(fromStoredTime(q->value(c).toString()));
    ++c;
    if (!q->value(c).isNull())
        d.dueDate = hallTime::date(fromStoredTime(q->value(c).toString()));
    ++c;
    d.reason = q->value(c++).toString();
    d.competentAgency = q->value(c++).toString();
    d.commitment = q->value(c++).toString();
    d.supplyDeadline = QDate::fromString(q->value(c++).toString(), Qt::ISODate);
    d.windowNo = q->value(c++).toInt();
    d.clerkName = q->value(c++).toString();
    d.applicantName = q->value(c++).toString();
    d.applicantIdMasked = q->value(c++).toString();
    d.contactPhoneMasked = q->value(c++).toString();
    d.agentName = q->value(c++).toString();
    d.hallName = q->value(c++).toString();
    d.hallAddress = q->value(c++).toString();
    d.hallPhone = q->value(c++).toString();
    const TimeLimit limit{q->value(c).toInt(), q->value(c + 1).toString()};
    d.promiseLimitText = Codes::limitText(limit);
    c += 2;
    const QString method = q->value(c++).toString();
    d.deliveryMethod = method == QLatin1String("mail")     ? tr("By mail")
                       : method == QLatin1String("window") ? tr("Handed out at the window")
                                                           : QString();
    d.trackingNo = q->value(c++).toString();
    if (!q->value(c).isNull())
        d.deliveredAt = hallTime::local(fromStoredTime(q->value(c).toString()));
    d.queryUrl = queryUrl(d.projectNo, d.queryPassword);
    q->finish();
    auto mark = caseproxy::markOf(db, caseId);
    if (!mark)
        return mark.error();
    d.proxyMode = mark->mode;

    auto mq = sql::run(
        db,
        QStringLiteral("SELECT cm.name, cm.state, cm.paper_count, cm.licence_ref, cm.supply_due_at, "
                       "cm.note, mm.kind, mm.form, mm.copies FROM case_material cm JOIN case_record c ON "
                       "c.id = cm.case_id LEFT JOIN matter_material mm ON mm.matter_id = c.matter_id "
                       "AND mm.code = cm.material_code WHERE cm.case_id = ? ORDER BY mm.sort_no"),
        {caseId});
    if (!mq)
        return mq.error();
    while (mq->next()) {
        DocumentMaterialLine line;
        line.name = mq->value(0).toString();
        const QString state = mq->value(1).toString();
        line.requirement = tr("%1, %2, %n copy(ies)", nullptr, mq->value(8).toInt())
                               .arg(Codes::materialKindLabel(mq->value(6).toString()),
                                    Codes::materialFormLabel(mq->value(7).toString()));
        line.supplyDue = QDate::fromString(mq->value(4).toString(), Qt::ISODate);
        line.note = mq->value(5).toString();
        if (state == QLatin1String("received")) {
            line.state = tr("Received, %n copy(ies)", nullptr, mq->value(2).toInt());
            d.received << line;
        } else if (state == QLatin1String("licence")) {
            line.state = tr("Not needed: electronic licence %1").arg(mq->value(3).toString());
            d.received << line;
        } else if (state == QLatin1String("missing")) {
            line.state = tr("Missing");
            d.missing << line;
        } else if (state == QLatin1String("deferred")) {
            line.state = tr("Follows later");
            d.missing << line;
        }
    }
    return d;
}

} // namespace yc
