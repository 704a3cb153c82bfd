#include "catalogrepository.h"

#include "store/database.h"
#include "store/sql.h"

#include <QSqlRecord>

namespace yc {

namespace {

const QString kMatterColumns = QStringLiteral(
    "m.id, m.task_code, m.catalog_code, m.task_handle_item, m.version, m.state, m.name, m.department_code, "
    "d.name, m.matter_type, m.exercise_level, m.service_objects, m.handle_forms, m.project_kind, "
    "m.legal_limit_value, m.legal_limit_unit, m.promise_limit_value, m.promise_limit_unit, m.onsite_visits, "
    "m.keywords, m.legal_basis, m.accept_conditions, m.handling_address, m.handling_hours, m.consult_phone, "
    "m.complaint_phone, m.result_type, m.result_name, m.online, m.supports_booking, m.supports_express");

Matter readMatter(const QSqlQuery &q)
{
    Matter m;
    int c = 0;
    m.id = q.value(c++).toLongLong();
    m.taskCode = q.value(c++).toString();
    m.catalogCode = q.value(c++).toString();
    m.taskHandleItem = q.value(c++).toString();
    m.version = q.value(c++).toInt();
    m.state = q.value(c++).toString();
    m.name = q.value(c++).toString();
    m.departmentCode = q.value(c++).toString();
    m.departmentName = q.value(c++).toString();
    m.matterType = q.value(c++).toString();
    m.exerciseLevel = q.value(c++).toString();
    m.serviceObjects = q.value(c++).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    m.handleForms = q.value(c++).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    m.projectKind = q.value(c++).toString();
    m.legalLimit.value = q.value(c++).toInt();
    m.legalLimit.unit = q.value(c++).toString();
    m.promiseLimit.value = q.value(c++).toInt();
    m.promiseLimit.unit = q.value(c++).toString();
    m.onsiteVisits = q.value(c++).toInt();
    m.keywords = q.value(c++).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m.legalBasis = q.value(c++).toString();
    m.acceptConditions = q.value(c++).toString();
    m.handlingAddress = q.value(c++).toString();
    m.handlingHours = q.value(c++).toString();
    m.consultPhone = q.value(c++).toString();
    m.complaintPhone = q.value(c++).toString();
    m.resultType = q.value(c++).toString();
    m.resultName = q.value(c++).toString();
    m.online = q.value(c++).toBool();
    m.supportsBooking = q.value(c++).toBool();
    m.supportsExpress = q.value(c++).toBool();
    return m;
}

} // namespace

CatalogRepository::CatalogRepository(std::shared_ptr<Database> db)
    : m_db(std::move(db))
{}

Result<QList<Matter>> CatalogRepository::currentMatters() const
{
    auto q =
        sql::run(m_db->connection(),
                 QStringLiteral("SELECT %1 FROM matter m JOIN department d ON d.code = m.department_code "
                                "WHERE m.is_current = 1 ORDER BY d.name, m.name")
                     .arg(kMatterColumns));
    if (!q)
        return q.error();
    QList<Matter> out;
    while (q->next())
        out << readMatter(q.value());
    return out;
}

Result<Matter> CatalogRepository::matter(qint64 id) const
{
    QSqlDatabase db = m_db->connection();
    auto q =
        sql::run(db,
                 QStringLiteral("SELECT %1 FROM matter m JOIN department d ON d.code = m.department_code "
                                "WHERE m.id = ?")
                     .arg(kMatterColumns),
                 {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{QStringLiteral("catalog.no_matter"), tr("This matter is no longer in the catalog.")};
    Matter m = readMatter(q.value());

    auto mq = sql::run(
        db,
        QStringLiteral("SELECT code, name, kind, form, copies, necessity, source, issuing_org, spec, "
                       "note, licence FROM matter_material WHERE matter_id = ? ORDER BY sort_no"),
        {id});
    if (!mq)
        return mq.error();
    while (mq->next()) {
        MatterMaterial mm;
        int c = 0;
        mm.code = mq->value(c++).toString();
        mm.name = mq->value(c++).toString();
        mm.kind = mq->value(c++).toString();
        mm.form = mq->value(c++).toString();
        mm.copies = mq->value(c++).toInt();
        mm.necessity = mq->value(c++).toString();
        mm.source = mq->value(c++).toString();
        mm.issuingOrg = mq->value(c++).toString();
        mm.spec = mq->value(c++).toString();
        mm.note = mq->value(c++).toString();
        mm.licence = mq->value(c++).toString();
        m.materials << mm;
    }
    auto fq =
        sql::run(db,
                 QStringLiteral("SELECT name, standard, basis, reducible FROM matter_fee WHERE matter_id = ? "
                                "ORDER BY id"),
                 {id});
    if (!fq)
        return fq.error();
    while (fq->next())
        m.fees << MatterFee{fq->value(0).toString(), fq->value(1).toString(), fq->value(2).toString(),
                            fq->value(3).toBool()};
    return m;
}

Result<QList<Synonym>> CatalogRepository::synonyms() const
{
    auto q = sql::run(m_db->connection(),
                      QStringLiteral("SELECT term, target FROM matter_synonym ORDER BY term, target"));
    if (!q)
        return q.error();
    QList<Synonym> out;
    while (q->next()) {
        const QString term = q->value(0).toString();
        if (out.isEmpty() || out.last().term != term)
            out << Synonym{term, {}};
        out.last().targets << q->value(1).toString();
    }
    return out;
}

Result<qint64> CatalogRepository::catalogVersion() const
{
    auto v = sql::scalar(m_db->connection(),
                         QStringLiteral("SELECT catalog_version FROM catalog_state WHERE id = 1"));
    if (!v)
        return v.error();
    return v->isValid() ? v->toLongLong() : 0;
}

Result<int> CatalogRepository::currentMatterCount() const
{
    auto v =
        sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM matter WHERE is_current = 1"));
    if (!v)
        return v.error();
    return v->toInt();
}

} // namespace yc
