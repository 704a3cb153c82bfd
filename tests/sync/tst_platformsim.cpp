// yichuang-platform-sim over real HTTPS with mutual TLS on loopback: the
// API's answers, signature and TLS refusals, catalog versions, the status
// feed and the fault controls.
#include "app/platform/signing.h"
#include "simfixture.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslKey>
#include <QTest>
#include <QUuid>

using namespace yc;
using namespace yc::test;

namespace {

QJsonObject makeEvent(const QString &caseKey, int seq,
                      const QString &type = QStringLiteral("case.material_supplied"),
                      const QString &id = QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    return {{QStringLiteral("eventId"), id},
            {QStringLiteral("caseKey"), caseKey},
            {QStringLiteral("caseSeq"), seq},
            {QStringLiteral("type"), type},
            {QStringLiteral("occurredAt"), QStringLiteral("2026-03-02T02:00:00.000Z")},
            {QStringLiteral("data"),
             QJsonObject{{QStringLiteral("projectNo"), QStringLiteral("P-") + caseKey},
                         {QStringLiteral("materialCode"), QStringLiteral("m1")},
                         {QStringLiteral("suppliedAt"), QStringLiteral("2026-03-02T02:00:00Z")}}}};
}

QJsonObject batch(const QList<QJsonObject> &events)
{
    QJsonArray a;
    for (const QJsonObject &e : events)
        a.append(e);
    return {{QStringLiteral("events"), a}};
}

QStringList statuses(const Answer &a)
{
    QStringList out;
    for (const QJsonValue &r : a.json().value(QStringLiteral("results")).toArray()) {
        const QJsonObject o = r.toObject();
        out << (o.value(QStringLiteral("status")).toString() +
                (o.contains(QStringLiteral("error")) ? u':' + o.value(QStringLiteral("error"))
                                                                  .toObject()
                                                                  .value(QStringLiteral("code"))
                                                                  .toString()
                                                     : QString()));
    }
    return out;
}

// A GET with a TLS configuration of the test's choosing (no signature: the
// handshake fails before any HTTP).
int handshake(const QString &url, const QSslConfiguration &tls)
{
    QNetworkAccessManager nam;
    QNetworkRequest request{QUrl(url + QStringLiteral("/health"))};
    request.setSslConfiguration(tls);
    request.setTransferTimeout(10000);
    QNetworkReply *reply = nam.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int error = reply->error();
    delete reply;
    return error;
}

} // namespace

class TestPlatformSim : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void acceptsDeduplicatesAndKeepsOrder();
    void refusesBadSignaturesAndReplays();
    void clientRefusesServersOutsideThePin_data();
    void clientRefusesServersOutsideThePin();
    void serverRefusesClientsWithoutCertificate();
    void servesCatalogVersionsAndDeltas();
    void statusFeedFromControlAndTimer();
    void faultControls();

private:
    std::unique_ptr<Pki> m_pki;
};

void TestPlatformSim::initTestCase()
{
    m_pki = std::make_unique<Pki>();
    QVERIFY(m_pki->ok());
}

void TestPlatformSim::acceptsDeduplicatesAndKeepsOrder()
{
    SimProcess sim(*m_pki);
    QVERIFY2(sim.start(), qPrintable(sim.output()));
    SimClient client(*m_pki, sim.url());
    const QJsonObject first = makeEvent(QStringLiteral("K1"), 1);
    Answer a =
        client.call("POST", "/api/v1/events",
                    batch({first, makeEvent(QStringLiteral("K1"), 3), makeEvent(QStringLiteral("K2"), 1)}));
    QCOMPARE(a.status, 200);
    QCOMPARE(statuses(a), (QStringList{QStringLiteral("accepted"), QStringLiteral("rejected:order.gap"),
                                       QStringLiteral("accepted")}));
    QVERIFY(a.json()
                .value(QStringLiteral("results"))
                .toArray()
                .at(1)
                .toObject()
                .value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("retryable"))
                .toBool());
    // The same event again is a duplicate; another event at a held seq is a conflict.
    a = client.call("POST", "/api/v1/events", batch({first, makeEvent(QStringLiteral("K1"), 1)}));
    QCOMPARE(statuses(a),
             (QStringList{QStringLiteral("duplicate"), QStringLiteral("rejected:order.conflict")}));
    // Schema: the message names the field.
    QJsonObject bad = makeEvent(QStringLiteral("K3"), 1, QStringLiteral("case.finished"));
    a = client.call("POST", "/api/v1/events", batch({bad}));
    QCOMPARE(statuses(a), QStringList{QStringLiteral("rejected:schema.missing_field")});
    QVERIFY(a.body.contains("data.finishedAt"));
    a = client.call("POST", "/api/v1/events", QByteArray("{\"events\": 5}"));
    QCOMPARE(a.status, 400);
    const Answer held = client.call("GET", "/sim/v1/events?caseKey=K1");
    QCOMPARE(held.json().value(QStringLiteral("events")).toArray().size(), 1);
    const Answer health = client.call("GET", "/health");
    QCOMPARE(health.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
}

void TestPlatformSim::refusesBadSignaturesAndReplays()
{
    SimProcess sim(*m_pki);
    QVERIFY2(sim.start(), qPrintable(sim.output()));
    SimClient client(*m_pki, sim.url());
    const QByteArray body =
        QJsonDocument(batch({makeEvent(QStringLiteral("K"), 1)})).toJson(QJsonDocument::Compact);
    Answer a = client.call("POST", "/api/v1/events", body, {{"X-YC-Signature", QByteArray(64, 'a')}});
    QCOMPARE(a.status, 401);
    QCOMPARE(a.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("auth.signature"));
    const platform::Signer signer("hall-01", m_pki->signingKey(), platform::SignatureMethod::HmacSha256);
    const auto headers = signer.sign("POST", "/api/v1/events", body, QDateTime::currentSecsSinceEpoch());
    QCOMPARE(client.call("POST", "/api/v1/events", body, headers).status, 200);
    a = client.call("POST", "/api/v1/events", body, headers);
    QCOMPARE(a.status, 401);
    QCOMPARE(a.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("auth.replayed_nonce"));
    const auto stale = signer.sign("POST", "/api/v1/events", body, QDateTime::currentSecsSinceEpoch() - 3600);
    a = client.call("POST", "/api/v1/events", body, stale);
    QCOMPARE(a.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("auth.stale_timestamp"));
    // Tampered body with the good signature of the original.
    const auto fresh = signer.sign("POST", "/api/v1/events", body, QDateTime::currentSecsSinceEpoch());
    QByteArray tampered = body;
    tampered.replace("\"K\"", "\"X\"");
    QCOMPARE(client.call("POST", "/api/v1/events", tampered, fresh).status, 401);
}

void TestPlatformSim::clientRefusesServersOutsideThePin_data()
{
    QTest::addColumn<QString>("cert");
    QTest::newRow("unrelated CA") << QStringLiteral("other-server");
    QTest::newRow("expired") << QStringLiteral("expired-server");
}

void TestPlatformSim::clientRefusesServersOutsideThePin()
{
    QFETCH(QString, cert);
    SimProcess sim(*m_pki);
    QVERIFY2(
        sim.start({}, m_pki->file(cert + QStringLiteral(".pem")), m_pki->file(cert + QStringLiteral(".key"))),
        qPrintable(sim.output()));
    SimClient client(*m_pki, sim.url());
    const Answer a = client.call("GET", "/api/v1/status?cursor=0&limit=10");
    QCOMPARE(a.status, 0);
    QCOMPARE(a.networkError, int(QNetworkReply::SslHandshakeFailedError));
}

void TestPlatformSim::serverRefusesClientsWithoutCertificate()
{
    SimProcess sim(*m_pki);
    QVERIFY2(sim.start(), qPrintable(sim.output()));
    QSslConfiguration noCert = platform::Tls::configuration(m_pki->clientFiles()).value();
    noCert.setLocalCertificateChain({});
    noCert.setPrivateKey({});
    QVERIFY(handshake(sim.url(), noCert) != QNetworkReply::NoError);
    // A certificate from another CA is refused too.
    auto other = platform::Tls::configuration({m_pki->file(QStringLiteral("ca.pem")),
                                               m_pki->file(QStringLiteral("other-server.pem")),
                                               m_pki->file(QStringLiteral("other-server.key"))});
    QVERIFY(handshake(sim.url(), other.value()) != QNetworkReply::NoError);
    // The good one passes (health is unsigned).
    QCOMPARE(handshake(sim.url(), platform::Tls::configuration(m_pki->clientFiles()).value()),
             int(QNetworkReply::NoError));
    // Plain HTTP gets no answer.
    QNetworkAccessManager nam;
    QNetworkReply *plain =
        nam.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/health").arg(sim.port()))));
    QEventLoop loop;
    QObject::connect(plain, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    QVERIFY(plain->error() != QNetworkReply::NoError);
    delete plain;
}

void TestPlatformSim::servesCatalogVersionsAndDeltas()
{
    SimProcess sim(*m_pki);
    QVERIFY2(sim.start(), qPrintable(sim.output()));
    SimClient client(*m_pki, sim.url());
    QCOMPARE(client.call("GET", "/api/v1/catalog?since=0").status, 204); // nothing published yet
    QFile f(QStringLiteral(YC_SOURCE_DIR "/resources/catalog/demo-catalog.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
    Answer a = client.call("POST", "/sim/v1/catalog", doc);
    QCOMPARE(a.status, 200);
    const qint64 v1 = a.json().value(QStringLiteral("catalogVersion")).toInteger();
    a = client.call("GET", "/api/v1/catalog");
    QCOMPARE(a.status, 200);
    const int matterCount = int(doc.value(QStringLiteral("matters")).toArray().size());
    QCOMPARE(a.json().value(QStringLiteral("matters")).toArray().size(), matterCount);
    QCOMPARE(a.json().value(QStringLiteral("catalogVersion")).toInteger(), v1);
    QCOMPARE(client.call("GET", "/api/v1/catalog?since=" + QByteArray::number(v1)).status, 204);
    // A new version of one matter: the delta holds only it.
    QJsonObject matter = doc.value(QStringLiteral("matters")).toArray().first().toObject();
    matter.insert(QStringLiteral("version"), matter.value(QStringLiteral("version")).toInt() + 1);
    matter.insert(QStringLiteral("state"), QStringLiteral("withdrawn"));
    doc.insert(QStringLiteral("matters"), QJsonArray{matter});
    a = client.call("POST", "/sim/v1/catalog", doc);
    const qint64 v2 = a.json().value(QStringLiteral("catalogVersion")).toInteger();
    QVERIFY(v2 > v1);
    a = client.call("GET", "/api/v1/catalog?since=" + QByteArray::number(v1));
    const QJsonArray delta = a.json().value(QStringLiteral("matters")).toArray();
    QCOMPARE(delta.size(), 1);
    QCOMPARE(delta.first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("withdrawn"));
    // The full catalog has the newest version of each matter.
    QCOMPARE(client.call("GET", "/api/v1/catalog").json().value(QStringLiteral("matters")).toArray().size(),
             matterCount);
}

void TestPlatformSim::statusFeedFromControlAndTimer()
{
    SimProcess sim(*m_pki);
    QVERIFY2(sim.start({QStringLiteral("--finish-after"), QStringLiteral("1")}), qPrintable(sim.output()));
    SimClient client(*m_pki, sim.url());
    QFile f(QStringLiteral(YC_SOURCE_DIR "/tests/sync/data/case-accepted.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject accepted = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(statuses(client.call("POST", "/api/v1/events", batch({accepted}))),
             QStringList{QStringLiteral("accepted")});
    QCOMPARE(client.call("POST", "/sim/v1/cases/unknown/finish", QJsonObject{}).status, 404);
    // --finish-after 1: the 办结 appears on its own.
    QJsonArray changes;
    QTRY_VERIFY_WITH_TIMEOUT((changes = client.call("GET", "/api/v1/status?cursor=0&limit=10")
                                            .json()
                                            .value(QStringLiteral("changes"))
                                            .toArray())
                                     .size() == 1,
                             20000);
    const QJsonObject change = changes.first().toObject();
    QCOMPARE(change.value(QStringLiteral("caseKey")).toString(),
             accepted.value(QStringLiteral("caseKey")).toString());
    QCOMPARE(change.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
    const QByteArray after = QByteArray::number(change.value(QStringLiteral("cursor")).toInteger());
    QCOMPARE(client.call("GET", "/api/v1/status?cursor=" + after + "&limit=10")
                 .json()
                 .value(QStringLiteral("changes"))
                 .toArray()
                 .size(),
             0);
    // The control call finishes at once (once per case).
    QCOMPARE(client
                 .call("POST",
                       "/sim/v1/cases/" + accepted.value(QStringLiteral("caseKey")).toString().toUtf8() +
                           "/finish",
                       QJsonObject{})
                 .status,
             200);
    QCOMPARE(client.call("GET", "/api/v1/status?cursor=0&limit=10")
                 .json()
                 .value(QStringLiteral("changes"))
                 .toArray()
                 .size(),
             1);
}

void TestPlatformSim::faultControls()
{
    SimProcess sim(*m_pki);
    QVERIFY2(sim.start({QStringLiteral("--fault-error-rate"), QStringLiteral("502=1")}),
             qPrintable(sim.output()));
    SimClient client(*m_pki, sim.url());
    QCOMPARE(client.call("GET", "/api/v1/status?cursor=0&limit=1").status, 502);
    QCOMPARE(
        client.call("POST", "/sim/v1/faults", QJsonObject{{QStringLiteral("maintenanceSeconds"), 60}}).status,
        200);
    Answer a = client.call("GET", "/api/v1/status?cursor=0&limit=1");
    QCOMPARE(a.status, 503);
    QCOMPARE(a.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("server.maintenance"));
    client.call("POST", "/sim/v1/faults", QJsonObject{{QStringLiteral("resetRate"), 1}});
    a = client.call("GET", "/api/v1/status?cursor=0&limit=1");
    // Qt resends a request once when the connection drops before any answer;
    // the resend carries the same nonce, so the platform refuses it as a replay.
    QVERIFY2(a.status == 0 || a.body.contains("auth.replayed_nonce"), a.body.constData());
    QCOMPARE(client
                 .call("POST", "/sim/v1/faults",
                       QJsonObject{{QStringLiteral("errorRates"), QJsonObject{{QStringLiteral("200"), 1}}}})
                 .status,
             400);
    client.call("POST", "/sim/v1/faults", QJsonObject{});
    QCOMPARE(client.call("GET", "/api/v1/status?cursor=0&limit=1").status, 200);
}

QTEST_GUILESS_MAIN(TestPlatformSim)
#include "tst_platformsim.moc"
