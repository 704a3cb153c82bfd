#include "catalog/catalogimporter.h"
#include "catalog/catalogrepository.h"
#include "store/sql.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace yc;

namespace {

QJsonObject material(const QString &code, const QString &necessity = QStringLiteral("required"))
{
    return QJsonObject{{QStringLiteral("code"), code},
                       {QStringLiteral("name"), QStringLiteral("居民身份证")},
                       {QStringLiteral("kind"), QStringLiteral("original")},
                       {QStringLiteral("form"), QStringLiteral("paper")},
                       {QStringLiteral("copies"), 1},
                       {QStringLiteral("necessity"), necessity},
                       {QStringLiteral("source"), QStringLiteral("government")}};
}

QJsonObject matter(const QString &taskCode, const QString &name, int version = 1)
{
    return QJsonObject{
        {QStringLiteral("taskCode"), taskCode},
        {QStringLiteral("version"), version},
        {QStringLiteral("state"), QStringLiteral("active")},
        {QStringLiteral("name"), name},
        {QStringLiteral("departmentCode"), QStringLiteral("MZ")},
        {QStringLiteral("matterType"), QStringLiteral("07")},
        {QStringLiteral("serviceObjects"), QJsonArray{QStringLiteral("1")}},
        {QStringLiteral("projectKind"), QStringLiteral("commitment")},
        {QStringLiteral("legalLimit"),
         QJsonObject{{QStringLiteral("value"), 20}, {QStringLiteral("unit"), QStringLiteral("workday")}}},
        {QStringLiteral("promiseLimit"),
         QJsonObject{{QStringLiteral("value"), 5}, {QStringLiteral("unit"), QStringLiteral("workday")}}},
        {QStringLiteral("onsiteVisits"), 1},
        {QStringLiteral("resultType"), QStringLiteral("certificate")},
        {QStringLiteral("materials"),
         QJsonArray{material(QStringLiteral("M01")),
                    material(QStringLiteral("M02"), QStringLiteral("deferrable"))}},
    };
}

QJsonObject catalog(const QJsonArray &matters, qint64 version = 100)
{
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("yichuang-catalog")},
        {QStringLiteral("formatVersion"), 1},
        {QStringLiteral("catalogVersion"), version},
        {QStringLiteral("region"), QJsonObject{{QStringLiteral("code"), QStringLiteral("370402")},
                                               {QStringLiteral("name"), QStringLiteral("市中区")}}},
        {QStringLiteral("publishedAt"), QStringLiteral("2026-11-01T00:00:00Z")},
        {QStringLiteral("departments"),
         QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("MZ")},
                                {QStringLiteral("name"), QStringLiteral("县民政局")}}}},
        {QStringLiteral("matters"), matters},
        {QStringLiteral("synonyms"),
         QJsonArray{QJsonObject{{QStringLiteral("term"), QStringLiteral("结婚")},
                                {QStringLiteral("matters"), QJsonArray{QStringLiteral("结婚登记")}}}}},
    };
}

Result<CatalogImportReport> importJson(Database &db, const QJsonObject &root)
{
    auto doc = CatalogParser::parse(QJsonDocument(root).toJson());
    if (!doc)
        return doc.error();
    return CatalogImporter::importDocument(db, doc.value(), QStringLiteral("test"));
}

} // namespace

class TestCatalogImport : public QObject
{
    Q_OBJECT

private slots:
    void importsTheDemoCatalog();
    void reimportIsIdempotent();
    void reportsInvalidJsonWithPosition();
    void refusesWrongOrNewerFormats_data();
    void refusesWrongOrNewerFormats();
    void skipsBadRecordsWholeAndKeepsGoodOnes_data();
    void skipsBadRecordsWholeAndKeepsGoodOnes();
    void storesHostileTextLiterally();
    void newVersionKeepsTheOldOne();
    void refusesAnOlderCatalog();
    void changedContentWithoutNewVersionIsKept();
};

void TestCatalogImport::importsTheDemoCatalog()
{
    QTemporaryDir dir;
    auto db = test::openTempDatabase(dir);
    auto report = CatalogImporter::importFile(
        *db, QStringLiteral(YC_SOURCE_DIR "/resources/catalog/demo-catalog.json"));
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
    QVERIFY2(report->problems.isEmpty(), qPrintable(report->problems.join(QLatin1Char('\n'))));
    QVERIFY(report->added >= 300);
    QCOMPARE(report->skipped, 0);
    CatalogRepository repo(db);
    QCOMPARE(repo.currentMatterCount().value(), report->added);
    QVERIFY(test::count(*db, QStringLiteral("department")) >= 12);
    QVERIFY(test::count(*db, QStringLiteral("matter_material"), QStringLiteral("necessity = 'deferrable'")) >
            0);
    QVERIFY(test::count(*db, QStringLiteral("matter_synonym"), QStringLiteral("term = '开公司'")) >= 1);
    // Every matter has its materials and a department, readable through the repository.
    auto matters = repo.currentMatters();
    QVERIFY(matters.ok());
    auto first = repo.matter(matters->first().id);
    QVERIFY(first.ok());
    QVERIFY(!first->departmentName.isEmpty());
    QVERIFY(!first->materials.isEmpty());
}

void TestCatalogImport::reimportIsIdempotent()
{
    QTemporaryDir dir;
    auto db = test::openTempDatabase(dir);
    const QJsonObject root = catalog({matter(QStringLiteral("T-1"), QStringLiteral("结婚登记")),
                                      matter(QStringLiteral("T-2"), QStringLiteral("离婚登记"))});
    QCOMPARE(importJson(*db, root)->added, 2);
    auto again = importJson(*db, root);
    QVERIFY(again.ok());
    QCOMPARE(again->added, 0);
    QCOMPARE(again->unchanged, 2);
    QCOMPARE(test::count(*db, QStringLiteral("matter")), 2);
    QCOMPARE(test::count(*db, QStringLiteral("matter_material")), 4);
    QCOMPARE(test::count(*db, QStringLiteral("catalog_import")), 2);
}

void TestCatalogImport::reportsInvalidJsonWithPosition()
{
    QTemporaryDir dir;
    auto db = test::openTempDatabase(dir);
    const QByteArray broken =
        "{\n  \"format\": \"yichuang-catalog\",\n  \"matters\": [ { \"taskCode\": \"T-1\" ,, } ]\n}";
    auto doc = CatalogParser::parse(broken);
    QVERIFY(!doc);
    QCOMPARE(doc.error().code, QStringLiteral("catalog.json"));
    QVERIFY2(doc.error().message.contains(QStringLiteral("3")), qPrintable(doc.error().message)); // line 3
    QCOMPARE(test::count(*db, QStringLiteral("matter")), 0);
}

void TestCatalogImport::refusesWrongOrNewerFormats_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");
    QJsonObject wrong = catalog({});
    wrong[QStringLiteral("format")] = QStringLiteral("something-else");
    QJsonObject newer = catalog({});
    newer[QStringLiteral("formatVersion")] = 2;
    QJsonObject noVersion = catalog({});
    noVersion.remove(QStringLiteral("catalogVersion"));
    QTest::newRow("not a catalog") << QJsonDocument(wrong).toJson() << QStringLiteral("catalog.format");
    QTest::newRow("newer format") << QJsonDocument(newer).toJson() << QStringLiteral("catalog.too_new");
    QTest::newRow("missing catalogVersion")
        << QJsonDocument(noVersion).toJson() << QStringLiteral("catalog.header");
    QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("catalog.format");
}

void TestCatalogImport::refusesWrongOrNewerFormats()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, code);
    auto doc = CatalogParser::parse(json);
    QVERIFY(!doc);
    QCOMPARE(doc.error().code, code);
}

void TestCatalogImport::skipsBadRecordsWholeAndKeepsGoodOnes_data()
{
    QTest::addColumn<QJsonObject>("bad");
    QTest::addColumn<QString>("expected"); // part of the problem text
    auto with = [](const QString &key, const QJsonValue &value) {
        QJsonObject m = matter(QStringLiteral("T-BAD"), QStringLiteral("坏记录"));
        m[key] = value;
        return m;
    };
    QJsonObject badMaterial = matter(QStringLiteral("T-BAD"), QStringLiteral("坏记录"));
    QJsonObject m3 = material(QStringLiteral("M03"), QStringLiteral("maybe"));
    badMaterial[QStringLiteral("materials")] = QJsonArray{material(QStringLiteral("M01")), m3};
    QJsonObject duplicateCode = matter(QStringLiteral("T-BAD"), QStringLiteral("坏记录"));
    duplicateCode[QStringLiteral("materials")] =
        QJsonArray{material(QStringLiteral("M01")), material(QStringLiteral("M01"))};
    QJsonObject instantWithLimit = with(QStringLiteral("projectKind"), QStringLiteral("instant"));
    QJsonObject noName = matter(QStringLiteral("T-BAD"), QString());
    noName.remove(QStringLiteral("name"));

    QTest::newRow("unknown necessity")
        << badMaterial << QStringLiteral("materials[1].necessity: unknown value \"maybe\"");
    QTest::newRow("duplicate material") << duplicateCode << QStringLiteral("materials[1].code");
    QTest::newRow("unknown department")
        << with(QStringLiteral("departmentCode"), QStringLiteral("XX")) << QStringLiteral("departmentCode");
    QTest::newRow("instant with a limit") << instantWithLimit << QStringLiteral("promiseLimit.value");
    QTest::newRow("missing name") << noName << QStringLiteral("name: ");
    QTest::newRow("name too long") << with(QStringLiteral("name"), QString(201, QChar(0x4E00)))
                                   << QStringLiteral("name: ");
    QTest::newRow("control characters")
        << with(QStringLiteral("name"), QStringLiteral("结婚\x01登记")) << QStringLiteral("control");
    QTest::newRow("bad task code") << with(QStringLiteral("taskCode"), QStringLiteral("T 1; DROP"))
                                   << QStringLiteral("taskCode");
    QTest::newRow("version not a number")
        << with(QStringLiteral("version"), QStringLiteral("2")) << QStringLiteral("version");
    QTest::newRow("fractional visits")
        << with(QStringLiteral("onsiteVisits"), 1.5) << QStringLiteral("onsiteVisits");
    QTest::newRow("promise over legal")
        << with(QStringLiteral("promiseLimit"),
                QJsonObject{{QStringLiteral("value"), 30},
                            {QStringLiteral("unit"), QStringLiteral("workday")}})
        << QStringLiteral("exceeds");
    QTest::newRow("service object code")
        << with(QStringLiteral("serviceObjects"), QJsonArray{QStringLiteral("8")})
        << QStringLiteral("serviceObjects[0]");
    QTest::newRow("duplicate task code")
        << matter(QStringLiteral("T-1"), QStringLiteral("重复")) << QStringLiteral("appears twice");
}

void TestCatalogImport::skipsBadRecordsWholeAndKeepsGoodOnes()
{
    QFETCH(QJsonObject, bad);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    auto db = test::openTempDatabase(dir);
    auto report = importJson(*db, catalog({matter(QStringLiteral("T-1"), QStringLiteral("结婚登记")), bad,
                                           matter(QStringLiteral("T-3"), QStringLiteral("补领婚姻登记证"))}));
    QVERIFY(report.ok());
    QCOMPARE(report->added, 2);
    QCOMPARE(report->skipped, 1);
    QCOMPARE(report->problems.size(), 1);
    QVERIFY2(report->problems.first().startsWith(QStringLiteral("matters[1]")),
             qPrintable(report->problems.first()));
    QVERIFY2(report->problems.first().contains(expected), qPrintable(report->problems.first()));
    // Nothing of the bad record was stored, not even its good materials.
    QCOMPARE(test::count(*db, QStringLiteral("matter")), 2);
    QCOMPARE(test::count(*db, QStringLiteral("matter_material")), 4);
    QCOMPARE(test::count(*db, QStringLiteral("matter"), QStringLiteral("task_code = 'T-BAD'")), 0);
}

void TestCatalogImport::storesHostileTextLiterally()
{
    QTemporaryDir dir;
    auto db = test::openTempDatabase(dir);
    const QString hostile = QStringLiteral("结婚登记'); DROP TABLE matter; -- 𠮷");
    auto report = importJson(*db, catalog({matter(QStringLiteral("T-1"), hostile)}));
    QVERIFY(report.ok());
    QCOMPARE(report->added, 1);
    CatalogRepository repo(db);
    QCOMPARE(repo.currentMatters()->first().name, hostile);
}

void TestCatalogImport::newVersionKeepsTheOldOne()
{
    QTemporaryDir dir;
    auto db = test::openTempDatabase(dir);
    QVERIFY(importJson(*db, catalog({matter(QStringLiteral("T-1"), QStringLiteral("结婚登记"))}, 100)).ok());
    auto report =
        importJson(*db, catalog({matter(QStringLiteral("T-1"), QStringLiteral("内地居民结婚登记"), 2)}, 101));
    QVERIFY(report.ok());
    QCOMPARE(report->added, 1);
    QCOMPARE(test::count(*db, QStringLiteral("matter"), QStringLiteral("task_code = 'T-1'")), 2);
    QCOMPARE(test::count(*db, QStringLiteral("matter"), QStringLiteral("is_current = 1")), 1);
    CatalogRepository repo(db);
    QCOMPARE(repo.currentMatters()->first().name, QStringLiteral("内地居民结婚登记"));
    QCOMPARE(repo.catalogVersion().value(), 101);
}

void TestCatalogImport::refusesAnOlderCatalog()
{
    QTemporaryDir dir;
    auto db = test::openTempDatabase(dir);
    QVERIFY(importJson(*db, catalog({matter(QStringLiteral("T-1"), QStringLiteral("结婚登记"))}, 200)).ok());
    auto older = importJson(*db, catalog({matter(QStringLiteral("T-9"), QStringLiteral("离婚登记"))}, 150));
    QVERIFY(!older);
    QCOMPARE(older.error().code, QStringLiteral("catalog.rollback"));
    QCOMPARE(test::count(*db, QStringLiteral("matter")), 1);
}

void TestCatalogImport::changedContentWithoutNewVersionIsKept()
{
    QTemporaryDir dir;
    auto db = test::openTempDatabase(dir);
    QVERIFY(importJson(*db, catalog({matter(QStringLiteral("T-1"), QStringLiteral("结婚登记"))})).ok());
    auto report = importJson(*db, catalog({matter(QStringLiteral("T-1"), QStringLiteral("悄悄改名"))}));
    QVERIFY(report.ok());
    QCOMPARE(report->skipped, 1);
    QCOMPARE(CatalogRepository(db).currentMatters()->first().name, QStringLiteral("结婚登记"));
}

QTEST_GUILESS_MAIN(TestCatalogImport)
#include "tst_catalogimport.moc"
