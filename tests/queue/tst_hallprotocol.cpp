#include "app/hall/hallclient.h"
#include "halldprocess.h"
#include "queuefixture.h"
#include "store/sql.h"
#include "support/testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace yc;

namespace {
QJsonValue field(const QJsonObject &o, const char *outer, const char *inner)
{
    return o.value(QLatin1String(outer)).toObject().value(QLatin1String(inner));
}
const QString kPassword = QStringLiteral("Queue2026!");
const QString kExpiredToken = QStringLiteral("an-expired-session-token");
} // namespace

// The hall protocol against the real yichuang-halld: sessions and roles,
// notify-then-pull between two windows, bad input that must change nothing
// and must not stop the others being served, TLS with a hall certificate.
class TestHallProtocol : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signsInAndChecksRolesOnTheServer();
    void notifiesEveryClientWhichPullsTheChange();
    void refusesBadInputWithoutChangingState_data();
    void refusesBadInputWithoutChangingState();
    void survivesAFloodAndServesOthers();
    void closesAnOversizedMessageOnly();
    void speaksTlsWithTheHallCertificate();

private:
    QString login(test::RawSocket &socket, const QString &staffNo, int window);
    qint64 lastSeq();
    bool signIn(HallConnection &client, int window);

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    test::HalldProcess m_halld;
    QString m_clerkToken;
};

void TestHallProtocol::initTestCase()
{
    m_db = test::openTempDatabase(m_dir, QStringLiteral("hall.db"));
    QVERIFY(m_db);
    test::makeQueueHall(m_db, 3, 2, kPassword);
    // A session that ended an hour ago.
    const QString hour =
        QStringLiteral("%1").arg(QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODateWithMs));
    test::exec(
        *m_db,
        QStringLiteral("INSERT INTO hall_session (token_hash, staff_no, roles, window_no, created_at, "
                       "expires_at) VALUES ('%1', '1001', 'clerk', 1, '%2', '%2')")
            .arg(QString::fromLatin1(
                     QCryptographicHash::hash(kExpiredToken.toUtf8(), QCryptographicHash::Sha256).toHex()),
                 hour));
    const QString conf = m_dir.filePath(QStringLiteral("halld.conf"));
    {
        QSettings ini(conf, QSettings::IniFormat);
        ini.setValue(QStringLiteral("server/rate_per_second"), 20);
        ini.setValue(QStringLiteral("server/rate_burst"), 40);
    }
    QVERIFY2(m_halld.start(m_db->path(), conf), qPrintable(m_halld.output()));
    test::RawSocket s;
    QVERIFY(s.open(m_halld.url()));
    m_clerkToken = login(s, QStringLiteral("1001"), 1);
    QVERIFY(!m_clerkToken.isEmpty());
}

QString TestHallProtocol::login(test::RawSocket &socket, const QString &staffNo, int window)
{
    const QJsonObject reply =
        socket.roundTrip(test::requestText(QStringLiteral("login"), QStringLiteral("login"), {},
                                           {{QStringLiteral("staffNo"), staffNo},
                                            {QStringLiteral("password"), kPassword},
                                            {QStringLiteral("window"), window}}));
    return reply.value(QStringLiteral("result")).toObject().value(QStringLiteral("token")).toString();
}

qint64 TestHallProtocol::lastSeq()
{
    return sql::scalar(m_db->connection(), QStringLiteral("SELECT coalesce(max(seq), 0) FROM queue_event"))
        ->toLongLong();
}

bool TestHallProtocol::signIn(HallConnection &client, int window)
{
    bool done = false;
    bool ok = false;
    client.signIn(QStringLiteral("1001"), kPassword, window, [&](const Result<QJsonObject> &r) {
        done = true;
        ok = r.ok();
    });
    return QTest::qWaitFor([&] { return done; }, 20000) && ok &&
           QTest::qWaitFor([&] { return client.hall().hasSnapshot(); }, 10000);
}

void TestHallProtocol::signsInAndChecksRolesOnTheServer()
{
    test::RawSocket s;
    QVERIFY(s.open(m_halld.url()));
    QJsonObject wrong =
        s.roundTrip(test::requestText(QStringLiteral("w"), QStringLiteral("login"), {},
                                      {{QStringLiteral("staffNo"), QStringLiteral("1001")},
                                       {QStringLiteral("password"), QStringLiteral("nope")}}));
    QCOMPARE(wrong.value(QStringLiteral("id")).toString(), QStringLiteral("w"));
    QCOMPARE(wrong.value(QStringLiteral("ok")).toBool(), false);
    QCOMPARE(field(wrong, "error", "code").toString(), QStringLiteral("auth.wrong"));
    QVERIFY(!field(wrong, "error", "message").toString().isEmpty());

    QJsonObject issued =
        s.roundTrip(test::requestText(QStringLiteral("i"), QStringLiteral("issue"), m_clerkToken,
                                      {{QStringLiteral("prefix"), QStringLiteral("A")}}));
    QVERIFY2(issued.value(QStringLiteral("ok")).toBool(), QJsonDocument(issued).toJson().constData());
    const qint64 ticketId =
        field(issued, "result", "ticket").toObject().value(QStringLiteral("id")).toInteger();
    const qint64 before = lastSeq();
    QJsonObject pin = s.roundTrip(test::requestText(
        QStringLiteral("p"), QStringLiteral("pin"), m_clerkToken,
        {{QStringLiteral("ticketId"), ticketId}, {QStringLiteral("reason"), QStringLiteral("x")}}));
    QCOMPARE(field(pin, "error", "code").toString(), QStringLiteral("auth.forbidden"));
    QCOMPARE(lastSeq(), before);

    const QString supervisor = login(s, QStringLiteral("3001"), 0);
    QVERIFY(!supervisor.isEmpty());
    QJsonObject call =
        s.roundTrip(test::requestText(QStringLiteral("c"), QStringLiteral("callNext"), supervisor));
    QCOMPARE(field(call, "error", "code").toString(), QStringLiteral("auth.no_window"));
    pin = s.roundTrip(test::requestText(
        QStringLiteral("p2"), QStringLiteral("pin"), supervisor,
        {{QStringLiteral("ticketId"), ticketId}, {QStringLiteral("reason"), QStringLiteral("军人优先")}}));
    QVERIFY(pin.value(QStringLiteral("ok")).toBool());
    QCOMPARE(lastSeq(), before + 1);
    QJsonObject lines = s.roundTrip(test::requestText(
        QStringLiteral("l"), QStringLiteral("setWindowLines"), supervisor,
        {{QStringLiteral("window"), 3},
         {QStringLiteral("lines"),
          QJsonArray{QJsonObject{{QStringLiteral("lineId"), 2}, {QStringLiteral("weight"), 2}}}}}));
    QVERIFY(lines.value(QStringLiteral("ok")).toBool());
    QCOMPARE(test::count(*m_db, QStringLiteral("window_line"), QStringLiteral("weight = 2")), 1);
}

void TestHallProtocol::notifiesEveryClientWhichPullsTheChange()
{
    HallClient one(m_halld.url());
    HallClient two(m_halld.url());
    one.open();
    two.open();
    QVERIFY(QTest::qWaitFor([&] { return one.state() == HallConnection::State::SignedOut; }, 10000));
    QVERIFY(QTest::qWaitFor([&] { return two.state() == HallConnection::State::SignedOut; }, 10000));
    QVERIFY(signIn(one, 1));
    QVERIFY(signIn(two, 2));
    QStringList kindsSeenByTwo;
    connect(&two.hall(), &HallState::eventArrived, this,
            [&](const queue::QueueEvent &e) { kindsSeenByTwo.append(e.kind); });
    qint64 issuedId = 0;
    one.request(QStringLiteral("issue"), {{QStringLiteral("prefix"), QStringLiteral("B")}},
                [&](const Result<QJsonObject> &r) {
                    QVERIFY(r.ok());
                    issuedId =
                        r->value(QStringLiteral("ticket")).toObject().value(QStringLiteral("id")).toInteger();
                });
    QVERIFY(QTest::qWaitFor([&] { return two.hall().ticket(issuedId).has_value(); }, 10000));
    qint64 calledId = 0;
    one.request(QStringLiteral("callNext"), {}, [&](const Result<QJsonObject> &r) {
        QVERIFY(r.ok());
        calledId = r->value(QStringLiteral("ticket")).toObject().value(QStringLiteral("id")).toInteger();
    });
    QVERIFY(QTest::qWaitFor([&] { return two.hall().currentTicket(1).has_value(); }, 10000));
    QCOMPARE(two.hall().currentTicket(1)->id, calledId);
    QVERIFY(kindsSeenByTwo.contains(QStringLiteral("call")));
    QVERIFY(QTest::qWaitFor([&] { return one.hall().seq() == lastSeq() && two.hall().seq() == lastSeq(); },
                            10000));
}

void TestHallProtocol::refusesBadInputWithoutChangingState_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("code");
    auto req = [](const QString &op, const QString &token, const QJsonObject &args = {}) {
        return test::requestText(QStringLiteral("bad"), op, token, args);
    };
    QTest::newRow("malformed JSON") << QStringLiteral("{\"id\": 1, \"op\": ")
                                    << QStringLiteral("proto.malformed");
    QTest::newRow("not an object") << QStringLiteral("[1, 2, 3]") << QStringLiteral("proto.malformed");
    QTest::newRow("no id") << QStringLiteral("{\"op\": \"callNext\", \"token\": \"$clerk\"}")
                           << QStringLiteral("proto.no_id");
    QTest::newRow("unknown operation") << req(QStringLiteral("dropAllTickets"), QStringLiteral("$clerk"))
                                       << QStringLiteral("proto.unknown_op");
    QTest::newRow("no token") << req(QStringLiteral("callNext"), {}) << QStringLiteral("auth.required");
    QTest::newRow("wrong token") << req(QStringLiteral("callNext"), QStringLiteral("forged"))
                                 << QStringLiteral("auth.invalid");
    QTest::newRow("expired token") << req(QStringLiteral("callNext"), kExpiredToken)
                                   << QStringLiteral("auth.expired");
    QTest::newRow("wrong argument type") << req(QStringLiteral("finish"), QStringLiteral("$clerk"),
                                                {{QStringLiteral("ticketId"), QStringLiteral("x")}})
                                         << QStringLiteral("proto.bad_args");
    QTest::newRow("args not an object")
        << QStringLiteral("{\"id\": \"bad\", \"op\": \"issue\", \"token\": \"$clerk\", \"args\": [\"A\"]}")
        << QStringLiteral("proto.bad_args");
    QTest::newRow("clerk changes configuration")
        << req(QStringLiteral("setWindowLines"), QStringLiteral("$clerk"), {{QStringLiteral("window"), 1}})
        << QStringLiteral("auth.forbidden");
    QTest::newRow("unknown ticket") << req(QStringLiteral("finish"), QStringLiteral("$clerk"),
                                           {{QStringLiteral("ticketId"), 999999}})
                                    << QStringLiteral("queue.unknown_ticket");
}

void TestHallProtocol::refusesBadInputWithoutChangingState()
{
    QFETCH(QString, message);
    QFETCH(QString, code);
    test::RawSocket s;
    QVERIFY(s.open(m_halld.url()));
    const qint64 before = lastSeq();
    const QJsonObject reply = s.roundTrip(message.replace(QStringLiteral("$clerk"), m_clerkToken));
    QCOMPARE(reply.value(QStringLiteral("ok")).toBool(true), false);
    QCOMPARE(field(reply, "error", "code").toString(), code);
    QVERIFY(!field(reply, "error", "message").toString().isEmpty());
    QCOMPARE(lastSeq(), before);
    // The connection still serves a good request.
    const QJsonObject ping =
        s.roundTrip(test::requestText(QStringLiteral("ok"), QStringLiteral("ping"), m_clerkToken));
    QVERIFY(ping.value(QStringLiteral("ok")).toBool());
}

void TestHallProtocol::survivesAFloodAndServesOthers()
{
    test::RawSocket flood;
    QVERIFY(flood.open(m_halld.url()));
    HallClient window(m_halld.url());
    window.open();
    QVERIFY(QTest::qWaitFor([&] { return window.state() == HallConnection::State::SignedOut; }, 10000));
    QVERIFY(signIn(window, 2));
    const qint64 before = lastSeq();
    const QString ping = test::requestText(QStringLiteral("f"), QStringLiteral("issue"), m_clerkToken,
                                           {{QStringLiteral("prefix"), QStringLiteral("Q")}}); // no such line
    for (int i = 0; i < 3000; ++i)
        flood.socket().sendTextMessage(ping);
    int served = 0;
    for (int i = 0; i < 5; ++i) {
        bool done = false;
        window.request(QStringLiteral("issue"), {{QStringLiteral("prefix"), QStringLiteral("A")}},
                       [&](const Result<QJsonObject> &r) {
                           done = true;
                           served += r.ok() ? 1 : 0;
                       });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 20000));
    }
    QCOMPARE(served, 5);
    // The flood got clear refusals and, once it went on, lost its connection.
    QVERIFY(
        QTest::qWaitFor([&] { return flood.socket().state() == QAbstractSocket::UnconnectedState; }, 20000));
    int limited = 0;
    for (const QJsonObject &r : flood.replies())
        limited += field(r, "error", "code").toString() == QLatin1String("proto.rate_limited");
    QVERIFY(limited > 0);
    QCOMPARE(lastSeq(), before + 5);
}

void TestHallProtocol::closesAnOversizedMessageOnly()
{
    test::RawSocket big;
    test::RawSocket other;
    QVERIFY(big.open(m_halld.url()));
    QVERIFY(other.open(m_halld.url()));
    const qint64 before = lastSeq();
    big.socket().sendTextMessage(QString(100 * 1024, u'x'));
    QVERIFY(
        QTest::qWaitFor([&] { return big.socket().state() == QAbstractSocket::UnconnectedState; }, 10000));
    QVERIFY(other.roundTrip(test::requestText(QStringLiteral("ok"), QStringLiteral("ping"), m_clerkToken))
                .value(QStringLiteral("ok"))
                .toBool());
    QCOMPARE(lastSeq(), before);
}

void TestHallProtocol::speaksTlsWithTheHallCertificate()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("the openssl command is needed to make a test certificate");
    const QString cert = m_dir.filePath(QStringLiteral("hall.crt"));
    const QString key = m_dir.filePath(QStringLiteral("hall.key"));
    QProcess make;
    make.start(openssl,
               {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                QStringLiteral("ec"), QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                QStringLiteral("subjectAltName=IP:127.0.0.1")});
    QVERIFY(make.waitForFinished(30000));
    QCOMPARE(make.exitCode(), 0);

    test::HalldProcess secure;
    QVERIFY2(secure.start(m_db->path(), {}, 0,
                          {QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key}),
             qPrintable(secure.output()));
    QVERIFY(secure.output().contains(QStringLiteral("wss://")));
    QVERIFY(secure.output().contains(QStringLiteral("https://")));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(cert));
    HallClient client(QUrl(QStringLiteral("wss://127.0.0.1:%1").arg(secure.hallPort())), nullptr, tls);
    client.open();
    QVERIFY(QTest::qWaitFor([&] { return client.state() == HallConnection::State::SignedOut; }, 10000));
    QVERIFY(signIn(client, 3));
    // Without the hall CA the certificate is refused.
    HallClient stranger(QUrl(QStringLiteral("wss://127.0.0.1:%1").arg(secure.hallPort())));
    stranger.open();
    QTest::qWait(1000);
    QVERIFY(stranger.state() != HallConnection::State::SignedOut);
}

QTEST_GUILESS_MAIN(TestHallProtocol)
#include "tst_hallprotocol.moc"
