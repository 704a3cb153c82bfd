// A child process doing intakes and syncing is killed with SIGKILL at random
// points, many times. Afterwards the platform holds exactly the events the
// client recorded as acknowledged (and at most the ones it had written),
// with no gap and no duplicate; once drained, exactly all of them; and the
// client database passes PRAGMA integrity_check.
#include "app/sync/syncservice.h"
#include "crypto/fieldcipher.h"
#include "simfixture.h"
#include "store/database.h"
#include "store/schema.h"
#include "store/sql.h"
#include "support/testsupport.h"

#include <random>

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace yc;
using namespace yc::test;

class TestSyncCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedAtRandomPointsLosesAndDuplicatesNothing();
};

namespace {

// event ids per case in seq order, from the client outbox.
QHash<QString, QStringList> clientEvents(Database &db, const QString &stateCondition)
{
    QHash<QString, QStringList> out;
    auto q =
        sql::run(db.connection(), QStringLiteral("SELECT case_key, event_id FROM outbox WHERE destination = "
                                                 "'platform' AND %1 ORDER BY case_key, case_seq")
                                      .arg(stateCondition));
    while (q && q->next())
        out[q->value(0).toString()] << q->value(1).toString();
    return out;
}

} // namespace

void TestSyncCrash::killedAtRandomPointsLosesAndDuplicatesNothing()
{
    Pki pki;
    QVERIFY(pki.ok());
    SimProcess sim(pki);
    QVERIFY2(sim.start({QStringLiteral("--fault-spike-rate"), QStringLiteral("0.2"),
                        QStringLiteral("--fault-spike-ms"), QStringLiteral("150")}),
             qPrintable(sim.output()));
    SimClient client(pki, sim.url());
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("client.db"));
    const quint32 seed = 7331;
    qInfo() << "seed" << seed;
    std::mt19937 rng(seed);
    const int rounds = 20;
    for (int round = 0; round < rounds; ++round) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QStringLiteral(YC_SYNC_HELPER), {dbPath, sim.url(), pki.dir()});
        QVERIFY(child.waitForStarted(10000));
        QVERIFY2(child.waitForReadyRead(30000),
                 qPrintable(QStringLiteral("the helper did not start (exit %1)").arg(child.exitCode())));
        QTest::qWait(int(std::uniform_int_distribution<int>(50, 900)(rng)));
        child.kill(); // SIGKILL: no destructor, no rollback, no goodbye
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    }

    auto db = Database::open(dbPath, mainSchema());
    QVERIFY(db.ok());
    QVERIFY(db.value()->checkIntegrity().ok());
    const auto written = clientEvents(*db.value(), QStringLiteral("1"));
    const auto acknowledged = clientEvents(*db.value(), QStringLiteral("state = 'delivered'"));
    QVERIFY(!written.isEmpty());

    // What the platform holds, per case, in seq order without gap.
    const auto held = [&client] {
        QHash<QString, QStringList> out;
        QHash<QString, qint64> last;
        for (const QJsonValue &v :
             client.call("GET", "/sim/v1/events").json().value(QStringLiteral("events")).toArray()) {
            const QJsonObject e = v.toObject();
            const QString caseKey = e.value(QStringLiteral("caseKey")).toString();
            const qint64 seq = e.value(QStringLiteral("caseSeq")).toInteger();
            if (seq != last.value(caseKey) + 1)
                qWarning() << "gap in" << caseKey << seq;
            last[caseKey] = seq;
            out[caseKey] << e.value(QStringLiteral("eventId")).toString();
        }
        return out;
    };
    const auto before = held();
    qint64 ackCount = 0;
    for (auto it = acknowledged.begin(); it != acknowledged.end(); ++it) {
        // Every acknowledged event is held (a prefix of the case, in order).
        QCOMPARE(before.value(it.key()).mid(0, it.value().size()), it.value());
        ackCount += it.value().size();
    }
    for (auto it = before.begin(); it != before.end(); ++it) {
        // Nothing held that the client never committed (no phantom, no duplicate).
        QVERIFY2(written.contains(it.key()), qPrintable(it.key()));
        QCOMPARE(it.value(), written.value(it.key()).mid(0, it.value().size()));
    }
    qInfo() << "after" << rounds << "kills:" << written.size() << "cases," << ackCount
            << "events acknowledged";

    // A last, peaceful run drains the rest: then the platform holds exactly
    // what the client wrote.
    const auto cipher = FieldCipher::fromKey(QByteArray(32, '\x44'));
    SyncConfig config = syncConfig(pki, sim.url());
    config.pullCatalog = false;
    config.pullStatus = false;
    SyncService sync(db.value(), config, &cipher.value(), std::nullopt);
    QVERIFY(sync.start().ok());
    QTRY_COMPARE_WITH_TIMEOUT(count(*db.value(), QStringLiteral("outbox"),
                                    QStringLiteral("destination = 'platform' AND state <> 'delivered'")),
                              0, 30000);
    sync.stop();
    QCOMPARE(held(), written);
    QVERIFY(db.value()->checkIntegrity().ok());
}

QTEST_GUILESS_MAIN(TestSyncCrash)
#include "tst_synccrash.moc"
