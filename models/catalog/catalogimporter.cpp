#include "catalogimporter.h"

#include "core/clock.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/transaction.h"

#include <QFile>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCatalog, "yc.catalog", QtInfoMsg)

namespace yc {

namespace {

QString joined(const QStringList &list)
{
    return list.join(QLatin1Char(','));
}

Result<qint64> insertMatter(QSqlDatabase db, const Matter &m, const QByteArray &hash, qint64 catalogVersion)
{
    auto q = sql::run(
        db,
        QStringLiteral("INSERT INTO matter (task_code, version, is_current, catalog_version, content_hash, "
                       "catalog_code, task_handle_item, state, name, department_code, matter_type, "
                       "exercise_level, service_objects, handle_forms, project_kind, legal_limit_value, "
                       "legal_limit_unit, promise_limit_value, promise_limit_unit, onsite_visits, keywords, "
                       "legal_basis, accept_conditions, handling_address, handling_hours, consult_phone, "
                       "complaint_phone, result_type, result_name, online, supports_booking, "
                       "supports_express) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {m.taskCode,
         m.version,
         catalogVersion,
         QString::fromLatin1(hash),
         m.catalogCode,
         m.taskHandleItem,
         m.state,
         m.name,
         m.departmentCode,
         m.matterType,
         m.exerciseLevel,
         joined(m.serviceObjects),
         joined(m.handleForms),
         m.projectKind,
         m.legalLimit.value,
         m.legalLimit.unit,
         m.promiseLimit.value,
         m.promiseLimit.unit,
         m.onsiteVisits,
         m.keywords.join(QLatin1Char(' ')),
         m.legalBasis,
         m.acceptConditions,
         m.handlingAddress,
         m.handlingHours,
         m.consultPhone,
         m.complaintPhone,
         m.resultType,
         m.resultName,
         m.online,
         m.supportsBooking,
         m.supportsExpress});
    if (!q)
        return q.error();
    const qint64 id = q->lastInsertId().toLongLong();
    int sortNo = 0;
    for (const MatterMaterial &mm : m.materials) {
        auto mq = sql::run(
            db,
            QStringLiteral("INSERT INTO matter_material (matter_id, code, sort_no, name, kind, form, "
                           "copies, necessity, source, issuing_org, spec, note, licence) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {id, mm.code, ++sortNo, mm.name, mm.kind, mm.form, mm.copies, mm.necessity, mm.source,
             mm.issuingOrg, mm.spec, mm.note, mm.licence});
        if (!mq)
            return mq.error();
    }
    for (const MatterFee &fee : m.fees) {
        auto fq =
            sql::run(db,
                     QStringLiteral("INSERT INTO matter_fee (matter_id, name, standard, basis, reducible) "
                                    "VALUES (?, ?, ?, ?, ?)"),
                     {id, fee.name, fee.standard, fee.basis, fee.reducible});
        if (!fq)
            return fq.error();
    }
    return id;
}

} // namespace

QString CatalogImportReport::summary() const
{
    return CatalogImporter::tr("Catalog version %1: %2 added, %3 unchanged, %4 skipped.")
        .arg(catalogVersion)
        .arg(added)
        .arg(unchanged)
        .arg(skipped);
}

Result<CatalogImportReport> CatalogImporter::importFile(Database &db, const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("catalog.read"),
                     tr("Cannot read the catalog file %1: %2").arg(path, f.errorString())};
    auto doc = CatalogParser::parse(f.readAll());
    if (!doc)
        return doc.error();
    return importDocument(db, doc.value(), path);
}

Result<CatalogImportReport> CatalogImporter::importDocument(Database &database, const CatalogDocument &doc,
                                                            const QString &source)
{
    QSqlDatabase db = database.connection();
    CatalogImportReport report;
    report.catalogVersion = doc.catalogVersion;
    report.problems = doc.problems;
    report.skipped = doc.skippedMatters;

    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();

    auto stored = sql::scalar(db, QStringLiteral("SELECT catalog_version FROM catalog_state WHERE id = 1"));
    if (!stored)
        return stored.error();
    if (stored->isValid() && stored->toLongLong() > doc.catalogVersion)
        return Error{QStringLiteral("catalog.rollback"),
                     tr("The catalog file has version %1, older than the version %2 already in use. "
                        "Nothing was imported.")
                         .arg(doc.catalogVersion)
                         .arg(stored->toLongLong())};

    for (const Department &d : doc.departments) {
        auto q = sql::run(db,
                          QStringLiteral("INSERT INTO department (code, name, credit_code) VALUES (?, ?, ?) "
                                         "ON CONFLICT(code) DO UPDATE SET name = excluded.name, "
                                         "credit_code = excluded.credit_code"),
                          {d.code, d.name, d.creditCode});
        if (!q)
            return q.error();
    }

    for (qsizetype i = 0; i < doc.matters.size(); ++i) {
        const Matter &m = doc.matters.at(i);
        const QByteArray &hash = doc.matterHashes.at(i);
        auto current = sql::run(db,
                                QStringLiteral("SELECT version, content_hash FROM matter WHERE task_code = ? "
                                               "ORDER BY version DESC LIMIT 1"),
                                {m.taskCode});
        if (!current)
            return current.error();
        if (current->next()) {
            const int storedVersion = current->value(0).toInt();
            auto same = sql::scalar(db,
                                    QStringLiteral("SELECT content_hash FROM matter WHERE task_code = ? "
                                                   "AND version = ?"),
                                    {m.taskCode, m.version});
            if (!same)
                return same.error();
            if (same->isValid()) {
                if (same->toString().toLatin1() == hash) {
                    ++report.unchanged;
                } else {
                    ++report.skipped;
                    report.problems
                        << tr("%1 (%2): version %3 changed without a new version number; the stored "
                              "content was kept")
                               .arg(m.taskCode, m.name)
                               .arg(m.version);
                }
                continue;
            }
            if (storedVersion > m.version) {
                ++report.skipped;
                report.problems << tr("%1 (%2): version %3 is older than the stored version %4")
                                       .arg(m.taskCode, m.name)
                                       .arg(m.version)
                                       .arg(storedVersion);
                continue;
            }
            auto retire = sql::run(db,
                                   QStringLiteral("UPDATE matter SET is_current = 0 WHERE task_code = ? AND "
                                                  "is_current = 1"),
                                   {m.taskCode});
            if (!retire)
                return retire.error();
        }
        auto id = insertMatter(db, m, hash, doc.catalogVersion);
        if (!id)
            return Error{id.error().code, QStringLiteral("%1: %2").arg(m.taskCode, id.error().message)};
        ++report.added;
    }

    if (auto q = sql::run(db, QStringLiteral("DELETE FROM matter_synonym")); !q)
        return q.error();
    for (const Synonym &s : doc.synonyms) {
        for (const QString &target : s.targets) {
            auto q = sql::run(
                db, QStringLiteral("INSERT OR IGNORE INTO matter_synonym (term, target) VALUES (?, ?)"),
                {s.term, target});
            if (!q)
                return q.error();
        }
    }

    const QString now = toStoredTime(Clock::nowUtc());
    auto state =
        sql::run(db,
                 QStringLiteral("INSERT INTO catalog_state (id, catalog_version, region_code, region_name, "
                                "published_at, imported_at) VALUES (1, ?, ?, ?, ?, ?) ON CONFLICT(id) DO "
                                "UPDATE SET catalog_version = excluded.catalog_version, region_code = "
                                "excluded.region_code, region_name = excluded.region_name, published_at = "
                                "excluded.published_at, imported_at = excluded.imported_at"),
                 {doc.catalogVersion, doc.regionCode, doc.regionName, toStoredTime(doc.publishedAt), now});
    if (!state)
        return state.error();
    auto log =
        sql::run(db,
                 QStringLiteral("INSERT INTO catalog_import (imported_at, source, catalog_version, added, "
                                "unchanged, skipped, report) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                 {now, source, doc.catalogVersion, report.added, report.unchanged, report.skipped,
                  report.problems.join(QLatin1Char('\n'))});
    if (!log)
        return log.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    qCInfo(lcCatalog).noquote() << report.summary();
    for (const QString &p : std::as_const(report.problems))
        qCWarning(lcCatalog).noquote() << "skipped:" << p;
    return report;
}

} // namespace yc
