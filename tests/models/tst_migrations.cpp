#include "store/database.h"
#include "store/sql.h"
#include "support/testsupport.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace yc;

// Every earlier schema version, with data in it, upgrades to the latest
// without losing a row; a failing step leaves the database as it was.
class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void upgradesWithData_data();
    void upgradesWithData();
    void failedStepRollsBack();

private:
    static QString fixture(int version)
    {
        return QStringLiteral(YC_TEST_DATA "/migrations/v%1.sql").arg(version);
    }
};

void TestMigrations::upgradesWithData_data()
{
    QTest::addColumn<int>("from");
    // Versions are not always consecutive (numbers are handed out per
    // change and merged in any order): each one the schema has.
    for (const Migration &m : mainSchema().migrations)
        if (m.version < mainSchema().latestVersion())
            QTest::addRow("from v%d", m.version) << m.version;
}

void TestMigrations::upgradesWithData()
{
    QFETCH(int, from);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    {
        auto db = test::openTempDatabase(dir, QStringLiteral("old.db"), from);
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), from);
        for (int v = 1; v <= from; ++v) {
            QSqlDatabase c = db->connection();
            QVERIFY2(execScript(c, QString::fromUtf8(test::readFile(fixture(v)))).ok(),
                     qPrintable(fixture(v)));
        }
    }
    auto db = Database::open(path, mainSchema());
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
    QCOMPARE(db.value()->schemaVersion(), mainSchema().latestVersion());
    QVERIFY(
        QFileInfo::exists(QStringLiteral("%1.v%2.bak").arg(QFileInfo(path).absoluteFilePath()).arg(from)));

    Database &d = *db.value();
    QCOMPARE(test::count(d, QStringLiteral("staff"), QStringLiteral("staff_no = '1001' AND name = '王晓梅'")),
             1);
    QCOMPARE(test::count(d, QStringLiteral("audit_log")), 1);
    QCOMPARE(sql::scalar(d.connection(), QStringLiteral("SELECT next_value FROM number_sequence"))->toInt(),
             17);
    if (from >= 2) {
        QCOMPARE(test::count(d, QStringLiteral("matter"), QStringLiteral("name = '内地居民结婚登记'")), 1);
        QCOMPARE(test::count(d, QStringLiteral("matter_material")), 1);
    }
    if (from >= 3) {
        QCOMPARE(
            test::count(d, QStringLiteral("case_record"), QStringLiteral("project_no = 'T-1202501020001'")),
            1);
        QCOMPARE(test::count(d, QStringLiteral("case_document")), 1);
    }
    if (from >= 4)
        QCOMPARE(test::count(d, QStringLiteral("proxy_case_link")), 1);
    if (from >= 5)
        QCOMPARE(test::count(d, QStringLiteral("outbox"), QStringLiteral("event_id = 'e-1'")), 1);
    QVERIFY(d.checkIntegrity().ok());
    auto fk = sql::run(d.connection(), QStringLiteral("PRAGMA foreign_key_check"));
    QVERIFY(fk.ok());
    QVERIFY2(!fk->next(), "foreign key violations after migration");

    // The upgraded database takes the data of every later version too.
    for (int v = from + 1; v < mainSchema().latestVersion(); ++v) {
        QSqlDatabase c = d.connection();
        QVERIFY2(execScript(c, QString::fromUtf8(test::readFile(fixture(v)))).ok(), qPrintable(fixture(v)));
    }
}

void TestMigrations::failedStepRollsBack()
{
    Schema broken = mainSchema();
    broken.migrations = {
        mainSchema().migrations.at(0),
        {2, QStringLiteral("broken"), QStringLiteral(YC_TEST_DATA "/migrations/broken.sql")}};
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("b.db"));
    Database::Options toV1;
    toV1.targetVersion = 1;
    QVERIFY(Database::open(path, mainSchema(), toV1).ok());

    auto db = Database::open(path, broken);
    QVERIFY(!db);
    QCOMPARE(db.error().code, QStringLiteral("db.migrate"));
    QVERIFY(db.error().message.contains(QStringLiteral("table_that_does_not_exist")));

    Database::Options noMigration;
    noMigration.targetVersion = 1;
    auto again = Database::open(path, mainSchema(), noMigration);
    QVERIFY(again.ok());
    QCOMPARE(again.value()->schemaVersion(), 1);
    QCOMPARE(sql::scalar(again.value()->connection(),
                         QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'"))
                 ->toInt(),
             0);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
