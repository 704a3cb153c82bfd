#include "chromium.h"
#include "displaysupport.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace yc;
using namespace Qt::StringLiterals;

// The waiting-hall page in a real headless Chromium, fed by the real
// yichuang-halld: a call appears on the page without a reload (the time from
// call-next to the page showing it is printed: the issue asks for under a
// second), every window and line is shown, and after halld is killed the
// page says the connection is lost, reconnects by itself and goes on.
// With YC_DISPLAY_SHOT=<file.png> it also saves a 1920×1080 screenshot.
class TestDisplayPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsACallWithoutReload();
    void showsEveryWindowAndLine();
    void reconnectsAfterAHalldRestart();

private:
    QString text(const QString &expression) { return m_browser.evaluate(expression).toString(); }
    bool waitForText(const QString &expression, const QString &expected, int timeoutMs = 10000);
    QString callNext(test::WindowSession &window);

    QTemporaryDir m_dir;
    test::DisplayHall m_hall;
    test::HalldProcess m_halld;
    test::WindowSession m_window1;
    test::WindowSession m_window2;
    test::WindowSession m_window3;
    test::Chromium m_browser;
};

void TestDisplayPage::initTestCase()
{
    if (test::Chromium::executable().isEmpty())
        QFAIL("Chromium is not installed: run scripts/deps (it installs chromium-headless-shell), or set "
              "YC_CHROMIUM to a Chromium binary.");
    m_hall = test::makeDisplayHall(m_dir.filePath(u"hall"_s));
    QVERIFY(!m_hall.database.isEmpty());
    QVERIFY2(m_halld.start(m_hall.database, m_hall.config), qPrintable(m_halld.output()));
    QVERIFY(m_window1.signIn(m_halld.url(), u"1001"_s, 1));
    QVERIFY(m_window2.signIn(m_halld.url(), u"3001"_s, 2));
    const QList<QPair<QString, int>> issued{{u"A"_s, 6}, {u"B"_s, 3}, {u"C"_s, 2}};
    for (const auto &[prefix, count] : issued)
        for (int i = 0; i < count; ++i)
            QVERIFY(!m_window1.request(u"issue"_s, {{u"prefix"_s, prefix}}).isEmpty());

    QString error;
    QVERIFY2(m_browser.start(m_dir.filePath(u"profile"_s), &error), qPrintable(error));
    m_browser.call(
        u"Emulation.setDeviceMetricsOverride"_s,
        {{u"width"_s, 1920}, {u"height"_s, 1080}, {u"deviceScaleFactor"_s, 1}, {u"mobile"_s, false}});
    const QString page = u"http://127.0.0.1:%1/display"_s.arg(m_halld.httpPort());
    m_browser.call(u"Page.navigate"_s, {{u"url"_s, page}}, 15000, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(waitForText(u"document.body.dataset.online"_s, u"1"_s, 20000), "the page never connected");
    QVERIFY(waitForText(u"document.getElementById('hall').textContent"_s, test::kDisplayHallName));
    m_browser.evaluate(u"window.ycLoadedOnce = 42"_s);
}

bool TestDisplayPage::waitForText(const QString &expression, const QString &expected, int timeoutMs)
{
    return QTest::qWaitFor([&] { return text(expression) == expected; }, timeoutMs);
}

QString TestDisplayPage::callNext(test::WindowSession &window)
{
    return window.request(u"callNext"_s).value(u"ticket"_s).toObject().value(u"displayNo"_s).toString();
}

void TestDisplayPage::showsACallWithoutReload()
{
    QVERIFY(text(u"document.body.innerText"_s).contains(u"欢迎光临"_s));
    const qint64 sent = QDateTime::currentMSecsSinceEpoch();
    const QString ticket = callNext(m_window1);
    QCOMPARE(ticket, u"A001"_s);
    QVERIFY2(waitForText(u"document.getElementById('hero').dataset.ticket"_s, ticket),
             "the call did not appear on the page");
    const qint64 shown =
        qint64(m_browser.evaluate(u"Number(document.getElementById('hero').dataset.shownAt)"_s).toDouble());
    qInfo("display: call shown on the page %lld ms after call-next was sent (the issue asks for < 1000 ms)",
          shown - sent);
    QCOMPARE(m_browser.evaluate(u"window.ycLoadedOnce"_s).toInt(), 42); // not reloaded
    QVERIFY(m_browser.evaluate(u"document.getElementById('hero').classList.contains('flash')"_s).toBool());
    QCOMPARE(text(u"document.getElementById('hero-call').innerText"_s), u"请 A001 号 到 1 号窗口"_s);
    QCOMPARE(text(u"document.querySelector('.win[data-window=\"1\"] .ticket').textContent"_s), u"A001"_s);
}

void TestDisplayPage::showsEveryWindowAndLine()
{
    const QJsonObject change = m_window2.request(u"callNext"_s);
    const QJsonObject ticket = change.value(u"ticket"_s).toObject();
    QCOMPARE(ticket.value(u"displayNo"_s).toString(), u"A002"_s);
    QVERIFY(waitForText(u"document.getElementById('hero').dataset.ticket"_s, u"A002"_s));
    // The first call moved to the list of latest calls.
    QVERIFY(text(u"document.getElementById('recent').innerText"_s).contains(u"A001"_s));
    QVERIFY(!m_window2.request(u"start"_s, {{u"ticketId"_s, ticket.value(u"id"_s)}}).isEmpty());
    QVERIFY(m_window3.signIn(m_halld.url(), u"1001"_s, 3));
    QVERIFY(!m_window3.request(u"pauseWindow"_s, {{u"reason"_s, u"午休 13:30恢复"_s}}).isEmpty());

    QVERIFY(waitForText(u"document.querySelector('.win[data-window=\"3\"]').className"_s, u"win paused"_s));
    QCOMPARE(text(u"document.querySelector('.win[data-window=\"2\"]').className"_s), u"win serving"_s);
    QCOMPARE(text(u"document.querySelector('.win[data-window=\"4\"]').className"_s), u"win idle"_s);
    const QString body = text(u"document.body.innerText"_s);
    for (const QString &word : {u"暂停服务"_s, u"午休 13:30恢复"_s, u"正在办理"_s, u"空闲"_s, u"综合受理"_s,
                                u"企业开办"_s, u"不动产登记"_s, u"等候人数"_s, u"帮办代办窗口"_s})
        QVERIFY2(body.contains(word), qPrintable(word));
    QCOMPARE(text(u"[...document.querySelectorAll('#lines .line')].map(e => e.innerText.replace(/\\s+/g, ''))"
                  u".join(',')"_s),
             u"A综合受理4人,B企业开办3人,C不动产登记2人"_s);

    const QString shot = qEnvironmentVariable("YC_DISPLAY_SHOT");
    if (!shot.isEmpty()) {
        QTest::qWait(8500); // after the flashing, as the hall sees it most of the time
        const QJsonObject png = m_browser.call(u"Page.captureScreenshot"_s, {{u"format"_s, u"png"_s}});
        QFile file(shot);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromBase64(png.value(u"data"_s).toString().toLatin1()));
        qInfo("display: screenshot saved to %s", qPrintable(shot));
    }
}

void TestDisplayPage::reconnectsAfterAHalldRestart()
{
    const quint16 httpPort = m_halld.httpPort();
    const quint16 hallPort = m_halld.hallPort();
    m_halld.killHard();
    QVERIFY2(waitForText(u"document.body.dataset.online"_s, u"0"_s),
             "the page did not notice halld was gone");
    QVERIFY(text(u"document.body.innerText"_s).contains(u"连接中断"_s));

    QVERIFY2(
        m_halld.start(m_hall.database, m_hall.config, hallPort, {u"--port"_s, QString::number(httpPort)}),
        qPrintable(m_halld.output()));
    QVERIFY2(waitForText(u"document.body.dataset.online"_s, u"1"_s, 30000), "the page did not reconnect");
    QVERIFY(!text(u"document.body.innerText"_s).contains(u"连接中断"_s));

    QVERIFY(m_window1.reopen(m_halld.url()));
    const qint64 a001 =
        m_window1.request(u"callNext"_s).value(u"ticket"_s).toObject().value(u"id"_s).toInteger();
    QVERIFY(!m_window1.request(u"finish"_s, {{u"ticketId"_s, a001}}).isEmpty());
    const QString next = callNext(m_window1);
    QVERIFY(!next.isEmpty());
    QVERIFY2(waitForText(u"document.getElementById('hero').dataset.ticket"_s, next),
             "a call after the restart did not appear");
    QCOMPARE(m_browser.evaluate(u"window.ycLoadedOnce"_s).toInt(), 42); // still the same page
}

QTEST_GUILESS_MAIN(TestDisplayPage)
#include "tst_displaypage.moc"
