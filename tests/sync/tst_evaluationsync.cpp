// 好差评 to the province platform end to end (issue 7's check): an
// evaluation submitted at the window goes through the outbox and the sync
// worker over real HTTPS with mutual TLS to yichuang-platform-sim, and the
// simulator holds it with the satisfaction and channel codes of the
// profile in force — GB/T 39046 A.8 (1 = 非常满意) and the 好差评
// interfaces' reversed order (5 = 非常满意). The default-rating schedule
// runs on a simulated clock and its ratings reach the platform too.
#include "app/sync/syncservice.h"
#include "codes/provinceprofile.h"
#include "core/clock.h"
#include "crypto/fieldcipher.h"
#include "evaluation/defaultratingschedule.h"
#include "evaluation/evaluationservice.h"
#include "intake/intakeservice.h"
#include "intakedriver.h"
#include "simfixture.h"
#include "store/sql.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QTest>

using namespace yc;
using namespace yc::test;

class TestEvaluationSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void reachesThePlatformWithTheProfilesCodes_data();
    void reachesThePlatformWithTheProfilesCodes();
    void defaultRatingsOnASimulatedClock();
    void profilesSayWhetherDefaultRatingsApply();

private:
    ProvinceProfile profile(const QString &id);
    qint64 caseId(const QString &localId);
    // The evaluation events the simulator holds for one case.
    QList<QJsonObject> heldEvaluations(SimClient &client, const QString &caseKey);

    std::unique_ptr<Pki> m_pki;
    std::optional<FieldCipher> m_cipher;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<IntakeService> m_intake;
};

void TestEvaluationSync::initTestCase()
{
    m_pki = std::make_unique<Pki>();
    QVERIFY(m_pki->ok());
    m_cipher = FieldCipher::fromKey(QByteArray(32, '\x44')).value();
}

void TestEvaluationSync::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = openTempDatabase(*m_dir);
    QVERIFY(m_db);
    QVERIFY(prepareHall(*m_db).ok());
    m_intake = std::make_unique<IntakeService>(
        m_db, &*m_cipher, [](const QDate &d, const TimeLimit &l) { return d.addDays(l.value); });
}

void TestEvaluationSync::cleanup()
{
    Clock::clearOverride();
    m_intake.reset();
    m_db.reset();
    m_dir.reset();
}

ProvinceProfile TestEvaluationSync::profile(const QString &id)
{
    auto p = ProvinceProfile::load(QStringLiteral(YC_SOURCE_DIR "/resources/profiles/%1.json").arg(id));
    if (!p)
        qFatal("%s", qPrintable(p.error().message));
    return p.value();
}

qint64 TestEvaluationSync::caseId(const QString &localId)
{
    return sql::scalar(m_db->connection(), QStringLiteral("SELECT id FROM case_record WHERE local_id = ?"),
                       {localId})
        ->toLongLong();
}

QList<QJsonObject> TestEvaluationSync::heldEvaluations(SimClient &client, const QString &caseKey)
{
    QList<QJsonObject> out;
    const QJsonArray events = client.call("GET", "/sim/v1/events?caseKey=" + QUrl::toPercentEncoding(caseKey))
                                  .json()
                                  .value(QStringLiteral("events"))
                                  .toArray();
    for (const QJsonValue &v : events) {
        if (v[QStringLiteral("type")].toString() == u"evaluation.submitted")
            out << v.toObject();
    }
    return out;
}

void TestEvaluationSync::reachesThePlatformWithTheProfilesCodes_data()
{
    QTest::addColumn<QString>("profileId");
    QTest::addColumn<QString>("signature");
    QTest::addColumn<QString>("verySatisfied");
    QTest::addColumn<QString>("dissatisfied");
    QTest::addColumn<QString>("windowChannel");
    QTest::addColumn<QString>("qrChannel");
    QTest::newRow("national (GB/T 39046 A.8)")
        << QStringLiteral("national") << QStringLiteral("HMAC-SHA256") << QStringLiteral("1")
        << QStringLiteral("4") << QStringLiteral("政务大厅平板电脑") << QStringLiteral("二维码");
    QTest::newRow("好差评 interface, reversed")
        << QStringLiteral("hcp-reversed") << QStringLiteral("HMAC-SM3") << QStringLiteral("5")
        << QStringLiteral("2") << QStringLiteral("4") << QStringLiteral("3");
}

void TestEvaluationSync::reachesThePlatformWithTheProfilesCodes()
{
    QFETCH(QString, profileId);
    QFETCH(QString, signature);
    QFETCH(QString, verySatisfied);
    QFETCH(QString, dissatisfied);
    QFETCH(QString, windowChannel);
    QFETCH(QString, qrChannel);

    SimProcess sim(*m_pki);
    QVERIFY2(sim.start({QStringLiteral("--signature-method"), signature}), qPrintable(sim.output()));
    const auto method =
        signature == u"HMAC-SM3" ? platform::SignatureMethod::HmacSm3 : platform::SignatureMethod::HmacSha256;
    SimClient client(*m_pki, sim.url(), method);
    SyncConfig config = syncConfig(*m_pki, sim.url());
    config.method = method;
    SyncService sync(m_db, config, &*m_cipher, profile(profileId));
    QVERIFY(sync.start().ok());

    const QString good = acceptOneCase(*m_intake, m_db, 1).value();
    const QString bad = acceptOneCase(*m_intake, m_db, 2).value();
    EvaluationService evaluations(m_db);
    EvaluationService::Input in;
    in.caseId = caseId(good);
    in.level = QStringLiteral("very_satisfied");
    in.efficiency = 5;
    QVERIFY(evaluations.submit(in).ok());
    in.caseId = caseId(bad);
    in.channel = QStringLiteral("qr_page");
    in.level = QStringLiteral("dissatisfied");
    in.comment = QStringLiteral("[服务态度] 等了很久无人解释");
    QVERIFY(evaluations.submit(in).ok());
    // A follow-up (追评) on the good one: the second attempt.
    in.caseId = caseId(good);
    in.channel = QStringLiteral("window_device");
    in.level = QStringLiteral("satisfied");
    in.comment.clear();
    in.followUp = true;
    QVERIFY(evaluations.submit(in).ok());
    sync.notify();

    QTRY_COMPARE_WITH_TIMEOUT(count(*m_db, QStringLiteral("outbox"),
                                    QStringLiteral("destination = 'platform' AND state = 'delivered'")),
                              5, 30000);
    QCOMPARE(count(*m_db, QStringLiteral("outbox"), QStringLiteral("state = 'dead'")), 0);

    const auto goodHeld = heldEvaluations(client, good);
    QCOMPARE(goodHeld.size(), 2);
    const QJsonObject first = goodHeld.at(0).value(QStringLiteral("data")).toObject();
    QCOMPARE(first.value(QStringLiteral("satisfaction")).toString(), verySatisfied);
    QCOMPARE(first.value(QStringLiteral("channel")).toString(), windowChannel);
    QCOMPARE(first.value(QStringLiteral("attempt")).toInt(), 1);
    QCOMPARE(first.value(QStringLiteral("efficiency")).toInt(), 5);
    const QJsonObject second = goodHeld.at(1).value(QStringLiteral("data")).toObject();
    QCOMPARE(second.value(QStringLiteral("attempt")).toInt(), 2);
    QCOMPARE(
        second.value(QStringLiteral("satisfaction")).toString(),
        profile(profileId).toProvince(QStringLiteral("satisfaction"), QStringLiteral("satisfied")).value());

    const auto badHeld = heldEvaluations(client, bad);
    QCOMPARE(badHeld.size(), 1);
    const QJsonObject b = badHeld.at(0).value(QStringLiteral("data")).toObject();
    QCOMPARE(b.value(QStringLiteral("satisfaction")).toString(), dissatisfied);
    QCOMPARE(b.value(QStringLiteral("channel")).toString(), qrChannel);
    QCOMPARE(b.value(QStringLiteral("comment")).toString(), QStringLiteral("[服务态度] 等了很久无人解释"));
    // The platform's case number is the one the case was accepted under.
    const QString projectNo =
        sql::scalar(m_db->connection(),
                    QStringLiteral("SELECT project_no FROM case_record WHERE local_id = ?"), {bad})
            ->toString();
    QCOMPARE(b.value(QStringLiteral("projectNo")).toString(), projectNo);
}

void TestEvaluationSync::defaultRatingsOnASimulatedClock()
{
    const ProvinceProfile hcp = profile(QStringLiteral("hcp-reversed"));
    QVERIFY(hcp.defaultRating().enabled);
    QCOMPARE(hcp.defaultRating().days, 7);

    const QDateTime finished = QDateTime(QDate(2026, 3, 2), QTime(2, 0), Qt::UTC);
    Clock::setOverride([finished] { return finished; });
    const QString quiet = acceptOneCase(*m_intake, m_db, 1).value();
    const QString rated = acceptOneCase(*m_intake, m_db, 2).value();
    const QString open = acceptOneCase(*m_intake, m_db, 3).value();
    for (const QString &key : {quiet, rated})
        exec(*m_db, QStringLiteral("UPDATE case_record SET status = 'finished', finished_at = '%1' "
                                   "WHERE local_id = '%2'")
                        .arg(toStoredTime(finished), key));
    EvaluationService::Input in;
    in.caseId = caseId(rated);
    in.level = QStringLiteral("satisfied");
    QVERIFY(EvaluationService(m_db).submit(in).ok());

    DefaultRatingSchedule schedule(m_db, hcp.defaultRating());
    QDateTime now = finished.addDays(6);
    Clock::setOverride([&now] { return now; });
    schedule.start(); // six days on: nothing is due yet
    QVERIFY(schedule.isActive());
    QCOMPARE(count(*m_db, QStringLiteral("evaluation"), QStringLiteral("channel = 'default'")), 0);

    now = finished.addDays(7).addSecs(60);
    QCOMPARE(schedule.runOnce().value(), 1);
    QCOMPARE(count(*m_db, QStringLiteral("evaluation"),
                   QStringLiteral("channel = 'default' AND level = 'basically_satisfied' AND case_id = %1")
                       .arg(caseId(quiet))),
             1);
    // Neither the evaluated case nor the open one gets one; the next run adds nothing.
    QCOMPARE(schedule.runOnce().value(), 0);
    QCOMPARE(count(*m_db, QStringLiteral("evaluation"), QStringLiteral("case_id = %1").arg(caseId(open))), 0);
    QCOMPARE(count(*m_db, QStringLiteral("evaluation"), QStringLiteral("case_id = %1").arg(caseId(rated))),
             1);

    // The default rating reaches the platform as 系统默认评价 (pf 7), 基本满意 = 3.
    Clock::clearOverride();
    SimProcess sim(*m_pki);
    QVERIFY2(sim.start({QStringLiteral("--signature-method"), QStringLiteral("HMAC-SM3")}),
             qPrintable(sim.output()));
    SimClient client(*m_pki, sim.url(), platform::SignatureMethod::HmacSm3);
    SyncConfig config = syncConfig(*m_pki, sim.url());
    config.method = platform::SignatureMethod::HmacSm3;
    SyncService sync(m_db, config, &*m_cipher, hcp);
    QVERIFY(sync.start().ok());
    sync.notify();
    QTRY_COMPARE_WITH_TIMEOUT(heldEvaluations(client, quiet).size(), 1, 30000);
    const QJsonObject data = heldEvaluations(client, quiet).at(0).value(QStringLiteral("data")).toObject();
    QCOMPARE(data.value(QStringLiteral("channel")).toString(), QStringLiteral("7"));
    QCOMPARE(data.value(QStringLiteral("satisfaction")).toString(), QStringLiteral("3"));
}

void TestEvaluationSync::profilesSayWhetherDefaultRatingsApply()
{
    // National: GB/T 39734's 评价时效规则 was not found in public sources, so
    // no default rating is assumed; the schedule then does nothing.
    const ProvinceProfile national = profile(QStringLiteral("national"));
    QVERIFY(!national.defaultRating().enabled);
    DefaultRatingSchedule off(m_db, national.defaultRating());
    off.start();
    QVERIFY(!off.isActive());
    QCOMPARE(off.runOnce().value(), 0);

    auto refused = ProvinceProfile::fromJson(
        R"({"id":"x","name":"x","codes":{},"evaluation":{"defaultRating":{"enabled":true,"days":7,"level":"dissatisfied"}}})");
    QVERIFY(!refused);
}

QTEST_GUILESS_MAIN(TestEvaluationSync)
#include "tst_evaluationsync.moc"
