#include "store/database.h"
#include "store/sql.h"
#include "support/testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace yc;

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void appliesAndVerifiesPragmas();
    void createsTheLatestSchema();
    void refusesACorruptFileAndLeavesIt();
    void refusesAnotherProgramsDatabase();
    void refusesADatabaseFromTheFuture();
    void refusesTheSimulatorsDatabase();
    void givesEachThreadItsOwnConnection();
    void enforcesForeignKeysAndAppendOnlyAudit();
};

void TestDatabase::appliesAndVerifiesPragmas()
{
    QTemporaryDir dir;
    auto db = test::openTempDatabase(dir);
    QVERIFY(db);
    QSqlDatabase c = db->connection();
    QCOMPARE(sql::scalar(c, QStringLiteral("PRAGMA journal_mode"))->toString(), QStringLiteral("wal"));
    QCOMPARE(sql::scalar(c, QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
    QCOMPARE(sql::scalar(c, QStringLiteral("PRAGMA synchronous"))->toInt(), 2); // FULL
    QCOMPARE(sql::scalar(c, QStringLiteral("PRAGMA busy_timeout"))->toInt(), 5000);
    QVERIFY(db->checkIntegrity().ok());
}

void TestDatabase::createsTheLatestSchema()
{
    QTemporaryDir dir;
    auto db = test::openTempDatabase(dir);
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), mainSchema().latestVersion());
    QCOMPARE(sql::scalar(db->connection(), QStringLiteral("PRAGMA user_version"))->toInt(),
             mainSchema().latestVersion());
    for (const char *table : {"hall", "staff", "audit_log", "matter", "matter_material", "case_record",
                              "ticket", "evaluation", "proxy_case", "outbox"})
        QVERIFY2(test::count(*db, QString::fromLatin1(table)) == 0, table);
}

void TestDatabase::refusesACorruptFileAndLeavesIt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.db"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray junk("SQLite format 3");
        junk.append(QByteArray(4096, '\x5a'));
        f.write(junk);
    }
    const QByteArray before = test::fileHash(path);
    auto db = Database::open(path, mainSchema());
    QVERIFY(!db);
    QCOMPARE(db.error().code, QStringLiteral("db.corrupt"));
    QVERIFY(db.error().message.contains(path));
    QCOMPARE(test::fileHash(path), before);
}

void TestDatabase::refusesAnotherProgramsDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QVERIFY(sql::run(other, QStringLiteral("CREATE TABLE notes (x TEXT)")).ok());
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray before = test::fileHash(path);
    auto db = Database::open(path, mainSchema());
    QVERIFY(!db);
    QCOMPARE(db.error().code, QStringLiteral("db.foreign"));
    QCOMPARE(test::fileHash(path), before);
}

void TestDatabase::refusesADatabaseFromTheFuture()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.db"));
    {
        auto db = test::openTempDatabase(dir, QStringLiteral("future.db"));
        QVERIFY(db);
        test::exec(*db, QStringLiteral("PRAGMA user_version = %1").arg(mainSchema().latestVersion() + 7));
        test::exec(*db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    const QByteArray before = test::fileHash(path);
    auto db = Database::open(path, mainSchema());
    QVERIFY(!db);
    QCOMPARE(db.error().code, QStringLiteral("db.too_new"));
    QVERIFY(db.error().message.contains(QString::number(mainSchema().latestVersion() + 7)));
    QCOMPARE(test::fileHash(path), before);
}

void TestDatabase::refusesTheSimulatorsDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sim.db"));
    QVERIFY(Database::open(path, platformSimSchema()).ok());
    auto db = Database::open(path, mainSchema());
    QVERIFY(!db);
    QCOMPARE(db.error().code, QStringLiteral("db.foreign"));
}

void TestDatabase::givesEachThreadItsOwnConnection()
{
    QTemporaryDir dir;
    auto db = test::openTempDatabase(dir);
    QVERIFY(db);
    const QString mainName = db->connection().connectionName();
    QString workerName;
    bool inserted = false;
    QThread *worker = QThread::create([&] {
        {
            QSqlDatabase c = db->connection();
            workerName = c.connectionName();
            inserted =
                sql::run(c, QStringLiteral("INSERT INTO calendar_day (day, kind) VALUES ('2026-10-01', "
                                           "'holiday')"))
                    .ok();
        }
        db->releaseThreadConnection();
    });
    worker->start();
    QVERIFY(worker->wait(10000));
    delete worker;
    QVERIFY(inserted);
    QVERIFY(!workerName.isEmpty());
    QVERIFY(workerName != mainName);
    QCOMPARE(test::count(*db, QStringLiteral("calendar_day")), 1);
}

void TestDatabase::enforcesForeignKeysAndAppendOnlyAudit()
{
    QTemporaryDir dir;
    auto db = test::openTempDatabase(dir);
    QVERIFY(db);
    auto orphan =
        sql::run(db->connection(), QStringLiteral("INSERT INTO staff_role (staff_id, role) VALUES (42, "
                                                  "'clerk')"));
    QVERIFY(!orphan);
    QVERIFY(orphan.error().message.contains(QStringLiteral("FOREIGN KEY")));
    test::exec(*db,
               QStringLiteral("INSERT INTO audit_log (at, action) VALUES ('2026-01-01T00:00:00Z', 'x')"));
    auto update = sql::run(db->connection(), QStringLiteral("UPDATE audit_log SET action = 'y'"));
    QVERIFY(!update);
    QVERIFY(update.error().message.contains(QStringLiteral("append-only")));
    QVERIFY(!sql::run(db->connection(), QStringLiteral("DELETE FROM audit_log")));
    QCOMPARE(test::count(*db, QStringLiteral("audit_log"), QStringLiteral("action = 'x'")), 1);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
