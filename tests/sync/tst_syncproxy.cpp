// The sync through a hostile TCP proxy between the client and the
// simulator (the kind of independent fault injector the check puts
// there): it forwards the TLS bytes in random chunks, delays them, and cuts
// connections at random points in either direction — before the request
// reaches the platform, or after the platform committed but before the
// answer reaches the client. Nothing may be lost or duplicated.
#include "app/sync/syncservice.h"
#include "crypto/fieldcipher.h"
#include "intake/intakeservice.h"
#include "intakedriver.h"
#include "simfixture.h"
#include "store/sql.h"
#include "support/testsupport.h"

#include <random>

#include <QJsonArray>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace yc;
using namespace yc::test;

namespace {

class ChaosProxy : public QObject
{
public:
    ChaosProxy(quint16 upstreamPort, quint32 seed)
        : m_upstream(upstreamPort)
        , m_random(seed)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &ChaosProxy::accept);
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }
    int cuts() const { return m_cuts; }

private:
    int roll(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_random); }

    void accept()
    {
        while (QTcpSocket *down = m_server.nextPendingConnection()) {
            auto *up = new QTcpSocket(down);
            up->connectToHost(QHostAddress::LocalHost, m_upstream);
            // Keep-alive connections live long: each chunk, in either
            // direction, has a one-in-twelve chance of being the last.
            const auto pipe = [this, down, up](QTcpSocket *from, QTcpSocket *to) {
                const QByteArray data = from->readAll();
                if (roll(12) == 0) {
                    ++m_cuts;
                    down->abort();
                    up->abort();
                    down->deleteLater();
                    return;
                }
                // Random chunking and a little delay.
                QPointer<QTcpSocket> target(to);
                const int delay = roll(10) == 0 ? 50 + roll(200) : 0;
                QTimer::singleShot(delay, this, [target, data] {
                    if (target && target->state() == QAbstractSocket::ConnectedState)
                        target->write(data);
                });
            };
            connect(down, &QTcpSocket::readyRead, this, [pipe, down, up] { pipe(down, up); });
            connect(up, &QTcpSocket::readyRead, this, [pipe, down, up] { pipe(up, down); });
            connect(down, &QTcpSocket::disconnected, up, &QTcpSocket::disconnectFromHost);
            connect(up, &QTcpSocket::disconnected, down, &QTcpSocket::disconnectFromHost);
            connect(down, &QTcpSocket::disconnected, down, &QObject::deleteLater);
        }
    }

    QTcpServer m_server;
    quint16 m_upstream;
    std::mt19937 m_random;
    int m_cuts = 0;
};

} // namespace

class TestSyncProxy : public QObject
{
    Q_OBJECT

private slots:
    void nothingLostOrDuplicatedThroughTheProxy();
};

void TestSyncProxy::nothingLostOrDuplicatedThroughTheProxy()
{
    Pki pki;
    QVERIFY(pki.ok());
    SimProcess sim(pki);
    QVERIFY2(sim.start(), qPrintable(sim.output()));
    const quint32 seed = 99;
    qInfo() << "seed" << seed;
    ChaosProxy proxy(sim.port(), seed);
    QTemporaryDir dir;
    auto db = openTempDatabase(dir);
    QVERIFY(prepareHall(*db).ok());
    const auto cipher = FieldCipher::fromKey(QByteArray(32, '\x66')).value();
    IntakeService intake(db, &cipher, [](const QDate &d, const TimeLimit &l) { return d.addDays(l.value); });
    SyncConfig config = syncConfig(pki, QStringLiteral("https://127.0.0.1:%1").arg(proxy.port()));
    config.batchSize = 3;
    SyncService sync(db, config, &cipher, std::nullopt);
    QVERIFY(sync.start().ok());
    for (int i = 0; i < 40; ++i) {
        QVERIFY(acceptOneCase(intake, db, i).ok());
        sync.notify();
        QTest::qWait(20);
    }
    QTRY_COMPARE_WITH_TIMEOUT(count(*db, QStringLiteral("outbox"),
                                    QStringLiteral("destination = 'platform' AND state = 'delivered'")),
                              40, 45000);
    sync.stop();
    qInfo() << "connections cut by the proxy:" << proxy.cuts();
    QVERIFY(proxy.cuts() > 0);
    // The simulator holds exactly the 40 events, each once.
    SimClient direct(pki, sim.url());
    QSet<QString> held;
    for (const QJsonValue &v :
         direct.call("GET", "/sim/v1/events").json().value(QStringLiteral("events")).toArray())
        held.insert(v.toObject().value(QStringLiteral("eventId")).toString());
    QSet<QString> written;
    auto q = sql::run(db->connection(),
                      QStringLiteral("SELECT event_id FROM outbox WHERE destination = 'platform'"));
    while (q->next())
        written.insert(q->value(0).toString());
    QCOMPARE(held, written);
    QCOMPARE(direct.call("GET", "/sim/v1/stats").json().value(QStringLiteral("events")).toInteger(), 40);
}

QTEST_GUILESS_MAIN(TestSyncProxy)
#include "tst_syncproxy.moc"
