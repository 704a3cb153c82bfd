// The sync worker end to end: real intakes, real HTTPS with mutual TLS to
// the simulator on loopback, faults injected by the simulator.
#include "app/sync/syncservice.h"
#include "catalog/catalogrepository.h"
#include "codes/provinceprofile.h"
#include "crypto/fieldcipher.h"
#include "intake/casefollowup.h"
#include "intake/intakeservice.h"
#include "intakedriver.h"
#include "outbox/outboxwriter.h"
#include "simfixture.h"
#include "store/sql.h"
#include "store/transaction.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace yc;
using namespace yc::test;

class TestSyncService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void deliversAndLearnsTheBackOfficeResult();
    void followsTheCatalogUpstream();
    void deadLetterThenResendAfterCorrection();
    void refusesUnpinnedExpiredAndPlainServers();
    void faultMatrixDeliversEverythingOnceInOrder();
    void configFromTheProvinceProfile();

private:
    std::unique_ptr<SyncService> makeSync(const QString &url,
                                          const std::function<void(SyncConfig &)> &tune = {});
    QString accept(int serial);
    qint64 outboxCount(const QString &state);
    // Every event the simulator holds, per case in seq order; fails on a gap.
    QHash<QString, QStringList> heldPerCase(SimClient &client);

    std::unique_ptr<Pki> m_pki;
    std::optional<FieldCipher> m_cipher;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<IntakeService> m_intake;
    std::optional<ProvinceProfile> m_profile;
};

void TestSyncService::initTestCase()
{
    m_pki = std::make_unique<Pki>();
    QVERIFY(m_pki->ok());
    m_cipher = FieldCipher::fromKey(QByteArray(32, '\x33')).value();
    auto profile = ProvinceProfile::load(QStringLiteral(YC_SOURCE_DIR "/resources/profiles/national.json"));
    QVERIFY2(profile.ok(), qPrintable(profile.error().message));
    m_profile = profile.value();
}

void TestSyncService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = openTempDatabase(*m_dir);
    QVERIFY(m_db);
    QVERIFY(prepareHall(*m_db).ok());
    m_intake = std::make_unique<IntakeService>(
        m_db, &*m_cipher, [](const QDate &d, const TimeLimit &l) { return d.addDays(l.value); });
}

void TestSyncService::cleanup()
{
    m_intake.reset();
    m_db.reset();
    m_dir.reset();
}

std::unique_ptr<SyncService> TestSyncService::makeSync(const QString &url,
                                                       const std::function<void(SyncConfig &)> &tune)
{
    SyncConfig c = syncConfig(*m_pki, url);
    if (tune)
        tune(c);
    return std::make_unique<SyncService>(m_db, c, &*m_cipher, m_profile);
}

QString TestSyncService::accept(int serial)
{
    auto key = acceptOneCase(*m_intake, m_db, serial);
    if (!key) {
        qWarning() << key.error().message;
        return {};
    }
    return key.value();
}

qint64 TestSyncService::outboxCount(const QString &state)
{
    return count(*m_db, QStringLiteral("outbox"),
                 QStringLiteral("destination = 'platform' AND state = '%1'").arg(state));
}

QHash<QString, QStringList> TestSyncService::heldPerCase(SimClient &client)
{
    QHash<QString, QStringList> out;
    QHash<QString, qint64> lastSeq;
    for (const QJsonValue &v :
         client.call("GET", "/sim/v1/events").json().value(QStringLiteral("events")).toArray()) {
        const QJsonObject e = v.toObject();
        const QString caseKey = e.value(QStringLiteral("caseKey")).toString();
        const qint64 seq = e.value(QStringLiteral("caseSeq")).toInteger();
        if (seq != lastSeq.value(caseKey) + 1)
            qWarning() << "gap in case" << caseKey << "at" << seq;
        lastSeq[caseKey] = seq;
        out[caseKey] << e.value(QStringLiteral("eventId")).toString();
    }
    return out;
}

void TestSyncService::deliversAndLearnsTheBackOfficeResult()
{
    SimProcess sim(*m_pki);
    QVERIFY2(sim.start(), qPrintable(sim.output()));
    SimClient client(*m_pki, sim.url());
    auto sync = makeSync(sim.url());
    QVERIFY(sync->start().ok());
    QStringList keys;
    for (int i = 0; i < 5; ++i) {
        keys << accept(i);
        sync->notify();
    }
    QTRY_COMPARE_WITH_TIMEOUT(outboxCount(QStringLiteral("delivered")), 5, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(sync->snapshot().deliveredToday, 5, 5000);
    QCOMPARE(sync->snapshot().pending, 0);
    QVERIFY(sync->snapshot().lastSuccess.isValid());
    // The platform holds the data in clear (over TLS) and in its codes.
    const QJsonObject held = client.call("GET", "/sim/v1/events?caseKey=" + keys.first().toUtf8())
                                 .json()
                                 .value(QStringLiteral("events"))
                                 .toArray()
                                 .first()
                                 .toObject();
    const QJsonObject applicant =
        held.value(QStringLiteral("data")).toObject().value(QStringLiteral("applicant")).toObject();
    QCOMPARE(applicant.value(QStringLiteral("idType")).toString(), QStringLiteral("111"));
    QCOMPARE(applicant.value(QStringLiteral("idNumber")).toString().size(), 18);
    QVERIFY(!applicant.contains(QStringLiteral("idNumberSealed")));

    // The back office finishes a case: the status pull records it, 出件 follows.
    QSignalSpy finished(sync.get(), &SyncService::caseStatusChanged);
    QCOMPARE(client
                 .call("POST", "/sim/v1/cases/" + keys.first().toUtf8() + "/finish",
                       QJsonObject{{QStringLiteral("certificateName"), QStringLiteral("营业执照")}})
                 .status,
             200);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    auto row =
        sql::run(m_db->connection(),
                 QStringLiteral(
                     "SELECT id, status, finished_by, result_cert_name FROM case_record WHERE local_id = ?"),
                 {keys.first()});
    QVERIFY(row && row->next());
    QCOMPARE(row->value(1).toString(), QStringLiteral("finished"));
    QCOMPARE(row->value(2).toString(), QStringLiteral("platform"));
    QCOMPARE(row->value(3).toString(), QStringLiteral("营业执照"));
    const qint64 caseId = row->value(0).toLongLong();
    row->finish();
    CaseFollowUp followUp(m_db);
    QVERIFY(followUp
                .deliver(caseId, {QStringLiteral("window"), {}, QStringLiteral("本人")},
                         QStringLiteral("1001"), 3)
                .ok());
    sync->notify();
    QTRY_COMPARE_WITH_TIMEOUT(client.call("GET", "/sim/v1/events?caseKey=" + keys.first().toUtf8())
                                  .json()
                                  .value(QStringLiteral("events"))
                                  .toArray()
                                  .size(),
                              2, 10000);
    sync->stop();
    QVERIFY(!sync->snapshot().running);
}

void TestSyncService::followsTheCatalogUpstream()
{
    SimProcess sim(*m_pki);
    QVERIFY2(sim.start({QStringLiteral("--catalog"),
                        QStringLiteral(YC_SOURCE_DIR "/resources/catalog/demo-catalog.json")}),
             qPrintable(sim.output()));
    SimClient client(*m_pki, sim.url());
    const QString key = accept(0);
    auto before = sql::run(
        m_db->connection(),
        QStringLiteral("SELECT task_code, matter_version FROM case_record WHERE local_id = ?"), {key});
    QVERIFY(before && before->next());
    const QString taskCode = before->value(0).toString();
    const int acceptedVersion = before->value(1).toInt();
    before->finish(); // an open statement would hold an old read snapshot (WAL)
    // Upstream withdraws that matter in a new version.
    QFile f(QStringLiteral(YC_SOURCE_DIR "/resources/catalog/demo-catalog.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
    QJsonObject matter;
    for (const QJsonValue &v : doc.value(QStringLiteral("matters")).toArray()) {
        if (v.toObject().value(QStringLiteral("taskCode")).toString() == taskCode)
            matter = v.toObject();
    }
    QVERIFY(!matter.isEmpty());
    matter.insert(QStringLiteral("version"), acceptedVersion + 1);
    matter.insert(QStringLiteral("state"), QStringLiteral("withdrawn"));
    doc.insert(QStringLiteral("matters"), QJsonArray{matter});
    QCOMPARE(client.call("POST", "/sim/v1/catalog", doc).status, 200);

    auto sync = makeSync(sim.url());
    QSignalSpy updated(sync.get(), &SyncService::catalogUpdated);
    QVERIFY(sync->start().ok());
    QTRY_VERIFY_WITH_TIMEOUT(updated.size() >= 1, 15000);
    auto current =
        sql::run(m_db->connection(),
                 QStringLiteral("SELECT version, state FROM matter WHERE task_code = ? AND is_current = 1"),
                 {taskCode});
    QVERIFY(current && current->next());
    QCOMPARE(current->value(0).toInt(), acceptedVersion + 1);
    QCOMPARE(current->value(1).toString(), QStringLiteral("withdrawn"));
    // The open case keeps the version it was accepted under.
    QCOMPARE(sql::scalar(m_db->connection(),
                         QStringLiteral("SELECT matter_version FROM case_record WHERE local_id = ?"), {key})
                 ->toInt(),
             acceptedVersion);
}

void TestSyncService::deadLetterThenResendAfterCorrection()
{
    SimProcess sim(*m_pki);
    QVERIFY2(sim.start(), qPrintable(sim.output()));
    SimClient client(*m_pki, sim.url());
    const QString key = accept(1);
    // A later event of the same case with a field the platform requires left
    // out (as a bug or a bad import would), then one more after it.
    {
        Transaction tx(m_db->connection());
        QVERIFY(enqueueEvent(m_db->connection(),
                             {key, QStringLiteral("case.finished"),
                              QJsonObject{{QStringLiteral("projectNo"), QStringLiteral("P")},
                                          {QStringLiteral("resultType"), QStringLiteral("none")}}})
                    .ok());
        QVERIFY(
            enqueueEvent(m_db->connection(),
                         {key, QStringLiteral("case.delivered"),
                          QJsonObject{{QStringLiteral("projectNo"), QStringLiteral("P")},
                                      {QStringLiteral("deliveredAt"), QStringLiteral("2026-03-02T02:00:00Z")},
                                      {QStringLiteral("method"), QStringLiteral("window")},
                                      {QStringLiteral("docNo"), QStringLiteral("D")}}})
                .ok());
        QVERIFY(tx.commit().ok());
    }
    auto sync = makeSync(sim.url());
    QVERIFY(sync->start().ok());
    QTRY_COMPARE_WITH_TIMEOUT(sync->snapshot().dead, 1, 15000);
    auto dead = sync->deadLetters();
    QVERIFY(dead.ok());
    QCOMPARE(dead->size(), 1);
    QCOMPARE(dead->first().errorClass, QStringLiteral("schema.missing_field"));
    QVERIFY2(dead->first().errorText.contains(QStringLiteral("finishedAt")),
             qPrintable(dead->first().errorText));
    // Nothing after it overtakes it; nothing is dropped.
    QCOMPARE(sync->snapshot().pending, 1);
    QCOMPARE(heldPerCase(client).value(key).size(), 1);
    // The administrator corrects it and resends.
    auto payload =
        sql::scalar(m_db->connection(), QStringLiteral("SELECT payload FROM outbox WHERE event_id = ?"),
                    {dead->first().eventId});
    QJsonObject corrected = QJsonDocument::fromJson(payload->toString().toUtf8()).object();
    QJsonObject data = corrected.value(QStringLiteral("data")).toObject();
    data.insert(QStringLiteral("finishedAt"), QStringLiteral("2026-03-02T02:00:00.000Z"));
    corrected.insert(QStringLiteral("data"), data);
    QVERIFY(
        sync->resend(dead->first().eventId, QJsonDocument(corrected).toJson(QJsonDocument::Compact)).ok());
    QTRY_COMPARE_WITH_TIMEOUT(heldPerCase(client).value(key).size(), 3, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(sync->snapshot().dead, 0, 5000);
    QVERIFY(!sync->resend(dead->first().eventId).ok()); // not dead any more
}

void TestSyncService::refusesUnpinnedExpiredAndPlainServers()
{
    for (const QString &cert : {QStringLiteral("other-server"), QStringLiteral("expired-server")}) {
        SimProcess sim(*m_pki);
        QVERIFY2(sim.start({}, m_pki->file(cert + QStringLiteral(".pem")),
                           m_pki->file(cert + QStringLiteral(".key"))),
                 qPrintable(sim.output()));
        SimClient client(*m_pki, sim.url());
        accept(2);
        auto sync = makeSync(sim.url());
        QVERIFY(sync->start().ok());
        QTRY_VERIFY_WITH_TIMEOUT(!sync->snapshot().lastError.isEmpty(), 10000);
        QVERIFY(sync->snapshot().backoffMs > 0 || sync->snapshot().pending > 0);
        QCOMPARE(outboxCount(QStringLiteral("delivered")), 0);
        sync->stop();
        QCOMPARE(outboxCount(QStringLiteral("in_flight")), 0);
    }
    auto plain = makeSync(QStringLiteral("http://127.0.0.1:1"));
    const auto refused = plain->start();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("sync.url"));
}

void TestSyncService::faultMatrixDeliversEverythingOnceInOrder()
{
    // The production timing divided by ~50 (backoff 20 ms…500 ms, 2 s
    // time-out); the maintenance window stands for the 10-minute outage.
    SimProcess sim(*m_pki);
    QVERIFY2(sim.start({QStringLiteral("--fault-error-rate"), QStringLiteral("500=0.15"),
                        QStringLiteral("--fault-error-rate"), QStringLiteral("503=0.15"),
                        QStringLiteral("--fault-hang-rate"), QStringLiteral("0.1"),
                        QStringLiteral("--fault-reset-rate"), QStringLiteral("0.1"),
                        QStringLiteral("--fault-duplicate-ack-rate"), QStringLiteral("0.1"),
                        QStringLiteral("--fault-spike-rate"), QStringLiteral("0.1"),
                        QStringLiteral("--fault-spike-ms"), QStringLiteral("800"),
                        QStringLiteral("--fault-seed"), QStringLiteral("4242")}),
             qPrintable(sim.output()));
    qInfo() << "fault seed 4242";
    SimClient client(*m_pki, sim.url());
    auto sync = makeSync(sim.url(), [](SyncConfig &c) {
        c.batchSize = 4;
        c.pullCatalog = false;
    });
    QVERIFY(sync->start().ok());
    CaseFollowUp followUp(m_db);
    QStringList keys;
    for (int i = 0; i < 30; ++i) {
        keys << accept(100 + i);
        sync->notify();
        if (i == 10) // the outage, while the window keeps working
            QCOMPARE(client
                         .call("POST", "/sim/v1/faults",
                               QJsonObject{
                                   {QStringLiteral("maintenanceSeconds"), 3},
                                   {QStringLiteral("errorRates"), QJsonObject{{QStringLiteral("500"), 0.15},
                                                                              {QStringLiteral("503"), 0.15}}},
                                   {QStringLiteral("hangRate"), 0.1},
                                   {QStringLiteral("resetRate"), 0.1},
                                   {QStringLiteral("duplicateAckRate"), 0.1},
                                   {QStringLiteral("seed"), 4243}})
                         .status,
                     200);
        // Some cases get a second and third event (handed-out results).
        if (i % 3 == 0) {
            const qint64 caseId =
                sql::scalar(m_db->connection(),
                            QStringLiteral("SELECT id FROM case_record WHERE local_id = ?"), {keys.last()})
                    ->toLongLong();
            QVERIFY(followUp.recordResult(caseId, {QStringLiteral("none"), {}, {}}, QStringLiteral("1001"), 3)
                        .ok());
            QVERIFY(followUp
                        .deliver(caseId, {QStringLiteral("window"), {}, QStringLiteral("本人")},
                                 QStringLiteral("1001"), 3)
                        .ok());
        }
        QTest::qWait(50);
    }
    const qint64 total = count(*m_db, QStringLiteral("outbox"), QStringLiteral("destination = 'platform'"));
    QCOMPARE(total, 30 + 10 * 2);
    QTRY_COMPARE_WITH_TIMEOUT(outboxCount(QStringLiteral("delivered")), total, 50000);
    QCOMPARE(outboxCount(QStringLiteral("dead")), 0);
    // Exactly the client's events, each once, each case without gap, in order.
    client.call("POST", "/sim/v1/faults", QJsonObject{});
    const auto held = heldPerCase(client);
    qint64 heldTotal = 0;
    for (const QString &key : keys) {
        auto q = sql::run(
            m_db->connection(),
            QStringLiteral("SELECT event_id FROM outbox WHERE destination = 'platform' AND case_key = ? "
                           "ORDER BY case_seq"),
            {key});
        QStringList expected;
        while (q->next())
            expected << q->value(0).toString();
        QCOMPARE(held.value(key), expected);
        heldTotal += expected.size();
    }
    QCOMPARE(heldTotal, total);
    const QJsonObject stats = client.call("GET", "/sim/v1/stats").json();
    QCOMPARE(stats.value(QStringLiteral("events")).toInteger(), total);
    qInfo() << "simulator stats" << stats;
}

void TestSyncService::configFromTheProvinceProfile()
{
    QTemporaryDir data;
    QVERIFY(QDir(data.path()).mkpath(QStringLiteral("platform")));
    QVERIFY(QFile::copy(m_pki->file(QStringLiteral("signing.key")),
                        data.filePath(QStringLiteral("platform/signing.key"))));
    auto sm3 = ProvinceProfile::load(QStringLiteral(YC_SOURCE_DIR "/resources/profiles/hcp-reversed.json"));
    QVERIFY(sm3.ok());
    auto c = SyncConfig::fromProfile(sm3.value(), data.path(), "hall-01");
    QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().message));
    QCOMPARE(c->method, platform::SignatureMethod::HmacSm3);
    QCOMPARE(c->baseUrl.scheme(), QStringLiteral("https"));
    QCOMPARE(c->tls.caFile, data.filePath(QStringLiteral("platform/ca.pem")));
    QCOMPARE(c->signingKey, m_pki->signingKey());
    // A profile that would send cases in clear is refused when loaded.
    QFile f(QStringLiteral(YC_SOURCE_DIR "/resources/profiles/national.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray json = f.readAll();
    json.replace("https://", "http://");
    QCOMPARE(ProvinceProfile::fromJson(json).error().code, QStringLiteral("profile.platform"));
}

QTEST_GUILESS_MAIN(TestSyncService)
#include "tst_syncservice.moc"
