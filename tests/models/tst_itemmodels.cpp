#include "cases/caselistmodel.h"
#include "catalog/catalogimporter.h"
#include "catalog/catalogrepository.h"
#include "catalog/mattertablemodel.h"
#include "store/sql.h"
#include "support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace yc;

// Every item model under QAbstractItemModelTester, with real data.
class TestItemModels : public QObject
{
    Q_OBJECT

private slots:
    void matterTable();
    void caseListPagesThroughEveryCase();
};

void TestItemModels::matterTable()
{
    QTemporaryDir dir;
    auto db = test::openTempDatabase(dir);
    QVERIFY(
        CatalogImporter::importFile(*db, QStringLiteral(YC_SOURCE_DIR "/resources/catalog/demo-catalog.json"))
            .ok());
    MatterTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMatters(CatalogRepository(db).currentMatters().value());
    QVERIFY(model.rowCount() >= 300);
    const QModelIndex first = model.index(0, MatterTableModel::Name);
    QVERIFY(!model.data(first).toString().isEmpty());
    QVERIFY(model.data(first, MatterTableModel::MatterIdRole).toLongLong() > 0);
    QVERIFY(model.data(first, MatterTableModel::SearchTextRole)
                .toString()
                .contains(model.data(first).toString()));
}

void TestItemModels::caseListPagesThroughEveryCase()
{
    QTemporaryDir dir;
    auto db = test::openTempDatabase(dir);
    QVERIFY(
        CatalogImporter::importFile(*db, QStringLiteral(YC_SOURCE_DIR "/resources/catalog/demo-catalog.json"))
            .ok());
    test::exec(*db, QStringLiteral(
                        "INSERT INTO applicant (id, kind, name, id_type, id_no_lookup, id_no_cipher, "
                        "id_no_masked, created_at, updated_at) VALUES (1, 'natural', '张三', 'resident_id', "
                        "'k', X'00', '3704**********1234', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"));
    const int total = CaseListModel::kPageSize * 2 + 37;
    test::exec(
        *db,
        QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
            "INSERT INTO case_record (local_id, project_no, matter_id, task_code, matter_version, "
            "matter_name, project_kind, applicant_id, status, applied_at, promise_due_at, created_at, "
            "updated_at) SELECT 'u' || i, 'P' || i, m.id, m.task_code, m.version, m.name, m.project_kind, "
            "1, 'accepted', '2026-01-01T00:00:00Z', '2026-01-09T00:00:00Z', '2026-01-01T00:00:00Z', "
            "'2026-01-01T00:00:00Z' FROM n, (SELECT * FROM matter LIMIT 1) m")
            .arg(total));
    CaseListModel model(db);
    model.reload();
    QCOMPARE(model.totalCount(), total);
    QCOMPARE(model.rowCount(), CaseListModel::kPageSize); // one page, not all of them
    // Attached after the first page: the tester fetches more itself, which
    // it cannot do inside the reset it is still checking.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), total);
    // Newest first, masked ID numbers only.
    QCOMPARE(model.data(model.index(0, CaseListModel::ProjectNo)).toString(),
             QStringLiteral("P%1").arg(total));
    QCOMPARE(model.data(model.index(total - 1, CaseListModel::ProjectNo)).toString(), QStringLiteral("P1"));
    QCOMPARE(model.data(model.index(0, CaseListModel::ApplicantId)).toString(),
             QStringLiteral("3704**********1234"));
}

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
