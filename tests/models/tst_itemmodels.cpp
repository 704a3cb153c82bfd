#include "cases/caselistmodel.h"
#include "catalog/catalogimporter.h"
#include "catalog/catalogrepository.h"
#include "catalog/mattertablemodel.h"
#include "core/clock.h"
#include "store/sql.h"
#include "support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QBrush>
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
    void caseListFiltersAndPutsOverdueFirst_data();
    void caseListFiltersAndPutsOverdueFirst();
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
            "1, 'accepted', '2026-01-01T00:00:00Z', '2099-01-09T00:00:00Z', '2026-01-01T00:00:00Z', "
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

void TestItemModels::caseListFiltersAndPutsOverdueFirst_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("expected"); // project numbers in order
    const auto L = [](std::initializer_list<const char *> items) {
        QStringList out;
        for (const char *item : items)
            out << QString::fromUtf8(item);
        return out;
    };
    // P1..P6 applied in that order; P2 and P5 are open and past due.
    QTest::newRow("all: overdue first, then newest") << ""
                                                     << "" << L({"P5", "P2", "P6", "P4", "P3", "P1"});
    QTest::newRow("open") << ""
                          << "open" << L({"P5", "P2", "P6", "P3"});
    QTest::newRow("finished") << ""
                              << "finished" << L({"P4"});
    QTest::newRow("by applicant") << "王"
                                  << "" << L({"P5", "P3"});
    QTest::newRow("by case number") << "P6"
                                    << "" << L({"P6"});
    QTest::newRow("by matter and status") << "结婚"
                                          << "open" << L({"P2"});
    QTest::newRow("wildcards are literal") << "%"
                                           << "" << L({"P1"});
    QTest::newRow("nothing") << "不存在"
                             << "" << QStringList();
}

void TestItemModels::caseListFiltersAndPutsOverdueFirst()
{
    QFETCH(QString, text);
    QFETCH(QString, status);
    QFETCH(QStringList, expected);
    QTemporaryDir dir;
    auto db = test::openTempDatabase(dir);
    QVERIFY(
        CatalogImporter::importFile(*db, QStringLiteral(YC_SOURCE_DIR "/resources/catalog/demo-catalog.json"))
            .ok());
    test::exec(
        *db, QStringLiteral(
                 "INSERT INTO applicant (id, kind, name, id_type, id_no_lookup, id_no_cipher, id_no_masked, "
                 "created_at, updated_at) VALUES (1, 'natural', '张三', 'resident_id', 'a', X'00', '', "
                 "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'), (2, 'natural', '王五', 'resident_id', "
                 "'b', X'00', '', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString past = toStoredTime(now.addDays(-3));
    const QString future = toStoredTime(now.addDays(5));
    struct Seed
    {
        const char *no;
        const char *matter;
        int applicant;
        const char *status;
        QString due;
    };
    const QList<Seed> seeds{
        {"P1", "100%纯", 1, "delivered", past},           {"P2", "内地居民结婚登记", 1, "accepted", past},
        {"P3", "居住证核发", 2, "supplementing", future}, {"P4", "出生登记", 1, "finished", past},
        {"P5", "户口迁移", 2, "accepted", past},          {"P6", "居住证核发", 1, "accepted", future}};
    for (const Seed &seed : seeds)
        test::exec(*db,
                   QStringLiteral(
                       "INSERT INTO case_record (local_id, project_no, matter_id, task_code, matter_version, "
                       "matter_name, project_kind, applicant_id, status, applied_at, promise_due_at, "
                       "created_at, updated_at) SELECT '%1', '%1', id, task_code, version, '%2', "
                       "'commitment', %3, '%4', '2026-01-01T00:00:00Z', '%5', '2026-01-01T00:00:00Z', "
                       "'2026-01-01T00:00:00Z' FROM matter LIMIT 1")
                       .arg(QString::fromUtf8(seed.no), QString::fromUtf8(seed.matter))
                       .arg(seed.applicant)
                       .arg(QString::fromUtf8(seed.status), seed.due));
    CaseListModel model(db);
    model.setFilter({text, status});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QStringList got;
    for (int row = 0; row < model.rowCount(); ++row)
        got << model.data(model.index(row, CaseListModel::ProjectNo)).toString();
    QCOMPARE(got, expected);
    QCOMPARE(model.totalCount(), expected.size());
    if (!expected.isEmpty() &&
        (expected.first() == QLatin1String("P5") || expected.first() == QLatin1String("P2")))
        QCOMPARE(model.data(model.index(0, CaseListModel::DueAt), Qt::ForegroundRole).value<QBrush>().color(),
                 QColor(Qt::red));
}

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
