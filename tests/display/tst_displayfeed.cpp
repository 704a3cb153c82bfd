#include "displaysupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>

using namespace yc;
using namespace Qt::StringLiterals;

namespace {

QString ticketOf(const QJsonObject &change)
{
    return change.value(u"ticket"_s).toObject().value(u"displayNo"_s).toString();
}

qint64 idOf(const QJsonObject &change)
{
    return change.value(u"ticket"_s).toObject().value(u"id"_s).toInteger();
}

QJsonObject firstCall(const QJsonObject &state)
{
    return state.value(u"calls"_s).toArray().first().toObject();
}

} // namespace

// The display feed and the LED texts against the real yichuang-halld:
// a window calls, the feed delivers the call; recall, pause; the LED strip
// says the same; a restart of halld and the feed is back with the same
// state; and no message ever carries a person, a staff member or a case.
class TestDisplayFeed : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sendsTheFullStateOnConnect();
    void deliversACallAndItsRecall();
    void ledStripFollowsTheWindow();
    void answersAStateRequest();
    void refusesOtherWebSocketPaths();
    void reportsUnknownWindowsAndWidths();
    void comesBackAfterAHalldRestart();
    void carriesNoPersonalData();

private:
    QString get(const QString &path, int *status = nullptr, QByteArray *contentType = nullptr);

    QTemporaryDir m_dir;
    test::DisplayHall m_hall;
    test::HalldProcess m_halld;
    test::FeedSocket m_feed;
    test::WindowSession m_window1;
    QNetworkAccessManager m_net;
    qint64 m_a001 = 0;
    QStringList m_allMessages;
};

void TestDisplayFeed::initTestCase()
{
    m_hall = test::makeDisplayHall(m_dir.path());
    QVERIFY(!m_hall.database.isEmpty());
    QVERIFY2(m_halld.start(m_hall.database, m_hall.config), qPrintable(m_halld.output()));
    QVERIFY(m_feed.open(m_halld.httpPort()));
    QVERIFY(m_window1.signIn(m_halld.url(), u"1001"_s, 1));
}

void TestDisplayFeed::sendsTheFullStateOnConnect()
{
    const QJsonObject state = m_feed.waitForState([](const QJsonObject &) { return true; });
    QCOMPARE(state.value(u"hall"_s).toString(), test::kDisplayHallName);
    QVERIFY(state.value(u"seq"_s).toInteger() >= 0);
    QCOMPARE(state.value(u"timeZone"_s).toString(), u"Asia/Shanghai"_s);
    QCOMPARE(state.value(u"lines"_s).toArray().size(), 3);
    QCOMPARE(test::findIn(state, "lines", "prefix", u"B"_s).value(u"name"_s).toString(), u"企业开办"_s);
    QCOMPARE(state.value(u"windows"_s).toArray().size(), 4);
    QCOMPARE(test::findIn(state, "windows", "window", 4).value(u"name"_s).toString(), u"帮办代办窗口"_s);
    QCOMPARE(test::findIn(state, "windows", "window", 1).value(u"state"_s).toString(), u"idle"_s);
    QVERIFY(state.value(u"calls"_s).toArray().isEmpty());
}

void TestDisplayFeed::deliversACallAndItsRecall()
{
    for (int i = 0; i < 3; ++i)
        QVERIFY(!m_window1
                     .request(u"issue"_s, {{u"prefix"_s, u"A"_s},
                                           {u"personMasked"_s, u"张**"_s},
                                           {u"priorityGroup"_s, i == 2 ? u"elderly"_s : u"none"_s}})
                     .isEmpty());
    QJsonObject waiting = m_feed.waitForState([](const QJsonObject &s) {
        return test::findIn(s, "lines", "prefix", u"A"_s).value(u"waiting"_s).toInt() == 3;
    });
    QVERIFY2(!waiting.isEmpty(), "the feed never showed three waiting on line A");
    QCOMPARE(waiting.value(u"waiting"_s).toInt(), 3);

    const QJsonObject call = m_window1.request(u"callNext"_s);
    QCOMPARE(ticketOf(call), u"A001"_s);
    m_a001 = idOf(call);
    const qint64 callSeq = call.value(u"seq"_s).toInteger();
    const QJsonObject called =
        m_feed.waitForState([&](const QJsonObject &s) { return s.value(u"seq"_s).toInteger() >= callSeq; });
    QVERIFY2(!called.isEmpty(), "the feed did not deliver the call");
    QCOMPARE(firstCall(called).value(u"ticket"_s).toString(), u"A001"_s);
    QCOMPARE(firstCall(called).value(u"window"_s).toInt(), 1);
    QCOMPARE(firstCall(called).value(u"kind"_s).toString(), u"call"_s);
    QCOMPARE(firstCall(called).value(u"seq"_s).toInteger(), callSeq);
    const QJsonObject w1 = test::findIn(called, "windows", "window", 1);
    QCOMPARE(w1.value(u"state"_s).toString(), u"called"_s);
    QCOMPARE(w1.value(u"ticket"_s).toString(), u"A001"_s);
    QCOMPARE(test::findIn(called, "lines", "prefix", u"A"_s).value(u"waiting"_s).toInt(), 2);

    // A recall comes first again, with its own seq, and is not listed twice.
    const QJsonObject recall = m_window1.request(u"recall"_s, {{u"ticketId"_s, m_a001}});
    const qint64 recallSeq = recall.value(u"seq"_s).toInteger();
    QVERIFY(recallSeq > callSeq);
    const QJsonObject recalled =
        m_feed.waitForState([&](const QJsonObject &s) { return s.value(u"seq"_s).toInteger() >= recallSeq; });
    QCOMPARE(firstCall(recalled).value(u"kind"_s).toString(), u"recall"_s);
    QCOMPARE(firstCall(recalled).value(u"seq"_s).toInteger(), recallSeq);
    QCOMPARE(recalled.value(u"calls"_s).toArray().size(), 1);
}

void TestDisplayFeed::ledStripFollowsTheWindow()
{
    int status = 0;
    QByteArray type;
    QCOMPARE(get(u"/led/1"_s, &status, &type), u"A001 请到1号\n等候2人\n"_s);
    QCOMPARE(status, 200);
    QCOMPARE(type, QByteArrayLiteral("text/plain; charset=utf-8"));
    QCOMPARE(get(u"/led/1?width=12"_s), u"请A001号到1号窗口\n本窗口等候2人\n"_s);
    QCOMPARE(get(u"/led/2"_s), u"2号窗口 欢迎您\n等候2人\n"_s);

    QVERIFY(!m_window1.request(u"start"_s, {{u"ticketId"_s, m_a001}}).isEmpty());
    QCOMPARE(get(u"/led/1"_s), u"正在办理 A001\n等候2人\n"_s);
    const QJsonObject json = QJsonDocument::fromJson(get(u"/led/1?format=json&width=12"_s).toUtf8()).object();
    QCOMPARE(json.value(u"state"_s).toString(), u"serving"_s);
    QCOMPARE(json.value(u"ticket"_s).toString(), u"A001"_s);
    QCOMPARE(json.value(u"lines"_s).toArray().first().toString(), u"1号窗口 正在办理A001"_s);

    QVERIFY(!m_window1.request(u"finish"_s, {{u"ticketId"_s, m_a001}}).isEmpty());
    // The reason is for the display; a phone number in it is masked.
    const QJsonObject paused = m_window1.request(u"pauseWindow"_s, {{u"reason"_s, u"午休 13812345678"_s}});
    QVERIFY(paused.contains(u"seq"_s));
    QCOMPARE(get(u"/led/1"_s), u"暂停服务\n午休 138****5678\n"_s);
    const qint64 pauseSeq = paused.value(u"seq"_s).toInteger();
    const QJsonObject state =
        m_feed.waitForState([&](const QJsonObject &s) { return s.value(u"seq"_s).toInteger() >= pauseSeq; });
    const QJsonObject w1 = test::findIn(state, "windows", "window", 1);
    QCOMPARE(w1.value(u"state"_s).toString(), u"paused"_s);
    QCOMPARE(w1.value(u"pauseReason"_s).toString(), u"午休 138****5678"_s);
    QVERIFY(!m_window1.request(u"resumeWindow"_s).isEmpty());
    QCOMPARE(get(u"/led/1"_s), u"1号窗口 欢迎您\n等候2人\n"_s);
}

void TestDisplayFeed::answersAStateRequest()
{
    m_feed.socket().sendTextMessage(u"{\"op\":\"state\"}"_s);
    const QJsonObject state = m_feed.waitForState([](const QJsonObject &) { return true; });
    QVERIFY2(!state.isEmpty(), "no state after {\"op\":\"state\"}");
    // Anything else is ignored, and the feed stays open.
    m_feed.socket().sendTextMessage(u"{\"op\":\"callNext\"}"_s);
    m_feed.socket().sendTextMessage(u"not json"_s);
    QTest::qWait(300);
    QCOMPARE(m_feed.socket().state(), QAbstractSocket::ConnectedState);
}

void TestDisplayFeed::refusesOtherWebSocketPaths()
{
    test::FeedSocket other;
    QVERIFY(!other.open(m_halld.httpPort(), u"/somewhere/else"_s));
    QVERIFY(other.raw().isEmpty());
    // A plain GET of the feed is told to upgrade.
    int status = 0;
    QVERIFY(get(u"/display/feed"_s, &status).contains(u"WebSocket"_s));
    QCOMPARE(status, 426);
}

void TestDisplayFeed::reportsUnknownWindowsAndWidths()
{
    int status = 0;
    QVERIFY(get(u"/led/9"_s, &status).contains(u"There is no window 9"_s));
    QCOMPARE(status, 404);
    QVERIFY(get(u"/led/abc"_s, &status).contains(u"no window abc"_s));
    QCOMPARE(status, 404);
    QVERIFY(get(u"/led/1?width=100"_s, &status).contains(u"from 4 to 32"_s));
    QCOMPARE(status, 400);
    get(u"/display/secret.txt"_s, &status);
    QCOMPARE(status, 404);
    QVERIFY(get(u"/display/display.js"_s, &status).contains(u"/display/feed"_s));
    QCOMPARE(status, 200);
    QVERIFY(get(u"/display"_s, &status).contains(u"/display/display.js"_s));
    QCOMPARE(status, 200);
}

void TestDisplayFeed::comesBackAfterAHalldRestart()
{
    QTest::qWait(500); // the feed answers a display's request at most every 400 ms
    m_feed.socket().sendTextMessage(u"{\"op\":\"state\"}"_s);
    const QJsonObject last = m_feed.latestState(1000);
    QVERIFY(!last.isEmpty());
    m_allMessages += m_feed.raw();

    const quint16 httpPort = m_halld.httpPort();
    const quint16 hallPort = m_halld.hallPort();
    m_halld.killHard();
    QVERIFY(
        QTest::qWaitFor([&] { return m_feed.socket().state() == QAbstractSocket::UnconnectedState; }, 10000));
    QVERIFY2(
        m_halld.start(m_hall.database, m_hall.config, hallPort, {u"--port"_s, QString::number(httpPort)}),
        qPrintable(m_halld.output()));
    QCOMPARE(m_halld.httpPort(), httpPort);

    test::FeedSocket again;
    QVERIFY(again.open(httpPort));
    const QJsonObject after = again.waitForState([](const QJsonObject &) { return true; });
    QCOMPARE(after.value(u"seq"_s).toInteger(), last.value(u"seq"_s).toInteger());
    QCOMPARE(after.value(u"lines"_s), last.value(u"lines"_s));
    QCOMPARE(after.value(u"windows"_s), last.value(u"windows"_s));
    // The latest calls are rebuilt from the event log.
    QCOMPARE(after.value(u"calls"_s), last.value(u"calls"_s));

    // And it goes on: the next call arrives.
    QVERIFY(m_window1.reopen(m_halld.url()));
    const QJsonObject call = m_window1.request(u"callNext"_s);
    const QString next = ticketOf(call);
    QVERIFY(next == u"A002"_s || next == u"A003"_s);
    const qint64 seq = call.value(u"seq"_s).toInteger();
    const QJsonObject called =
        again.waitForState([&](const QJsonObject &s) { return s.value(u"seq"_s).toInteger() >= seq; });
    QCOMPARE(firstCall(called).value(u"ticket"_s).toString(), next);
    m_allMessages += again.raw();
}

void TestDisplayFeed::carriesNoPersonalData()
{
    QVERIFY(m_allMessages.size() >= 8);
    const QStringList forbidden{u"personMasked"_s, u"staffNo"_s, u"\"1001\""_s, u"王晓梅"_s,       u"张**"_s,
                                u"13812345678"_s,  u"caseNo"_s,  u"token"_s,    u"priorityGroup"_s};
    for (const QString &message : std::as_const(m_allMessages))
        for (const QString &word : forbidden)
            QVERIFY2(!message.contains(word), qPrintable(u"%1 in %2"_s.arg(word, message)));
}

QString TestDisplayFeed::get(const QString &path, int *status, QByteArray *contentType)
{
    QNetworkReply *reply =
        m_net.get(QNetworkRequest(QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_halld.httpPort()).arg(path))));
    (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000);
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (contentType)
        *contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    const QString body = QString::fromUtf8(reply->readAll());
    reply->deleteLater();
    return body;
}

QTEST_GUILESS_MAIN(TestDisplayFeed)
#include "tst_displayfeed.moc"
