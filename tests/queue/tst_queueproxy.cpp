#include "core/clock.h"
#include "queue/queueengine.h"
#include "queuefixture.h"
#include "support/testsupport.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace yc;
using namespace yc::queue;

// 帮办代办 on tickets in the engine: the reason at issue, the clerk's mark
// (markProxy) with its checks and audit, and the kiosk's appointment look-up.
class TestQueueProxy : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void issueKeepsModeAndReason();
    void windowMarksItsTicketOrAWaitingOne();
    void bookedTodayFindsByMaskedId();

private:
    Ticket issue(const QString &prefix, const QString &mode = {}, const QString &reason = {});
    Actor at(int window) const { return {QStringLiteral("1001"), window, {QStringLiteral("clerk")}}; }

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<QueueEngine> m_engine;
    QDateTime m_now;
};

void TestQueueProxy::init()
{
    static int serial = 0;
    m_db = test::openTempDatabase(m_dir, QStringLiteral("p%1.db").arg(++serial));
    QVERIFY(m_db);
    test::makeQueueHall(m_db, 3, 2);
    // Monday 2 March 2026, 10:00 in the hall.
    m_now = QDateTime(QDate(2026, 3, 2), QTime(2, 0), QTimeZone::utc());
    Clock::setOverride([this] { return m_now; });
    m_engine = std::make_unique<QueueEngine>(m_db);
}

void TestQueueProxy::cleanup()
{
    Clock::clearOverride();
    m_engine.reset();
    m_db.reset();
}

Ticket TestQueueProxy::issue(const QString &prefix, const QString &mode, const QString &reason)
{
    QueueEngine::IssueRequest r;
    r.prefix = prefix;
    r.proxyMode = mode;
    r.proxyReason = reason;
    auto t = m_engine->issue(r);
    if (!t)
        qWarning("issue: %s", qPrintable(t.error().message));
    m_now = m_now.addSecs(1);
    return t ? t->ticket : Ticket();
}

void TestQueueProxy::issueKeepsModeAndReason()
{
    const Ticket a = issue(QStringLiteral("A"), QStringLiteral("home_visit"), QStringLiteral("disabled"));
    QCOMPARE(a.proxyMode, QStringLiteral("home_visit"));
    QCOMPARE(a.proxyReason, QStringLiteral("disabled"));
    // A mode without a reason is recorded as "other"; no mode, no reason.
    QCOMPARE(issue(QStringLiteral("A"), QStringLiteral("assist")).proxyReason, QStringLiteral("other"));
    QCOMPARE(issue(QStringLiteral("A"), {}, QStringLiteral("elderly")).proxyReason, QString());

    QueueEngine::IssueRequest bad;
    bad.prefix = QStringLiteral("A");
    bad.proxyMode = QStringLiteral("vip");
    QCOMPARE(m_engine->issue(bad).error().code, QStringLiteral("queue.proxy_mode"));
    bad.proxyMode = QStringLiteral("assist");
    bad.proxyReason = QStringLiteral("rich");
    QCOMPARE(m_engine->issue(bad).error().code, QStringLiteral("queue.proxy_reason"));
    QCOMPARE(test::count(*m_db, QStringLiteral("ticket")), 3);
}

void TestQueueProxy::windowMarksItsTicketOrAWaitingOne()
{
    const Ticket first = issue(QStringLiteral("A"));
    const Ticket second = issue(QStringLiteral("A"));
    QVERIFY(m_engine->callNext(at(1)).ok());

    // Window 2 may not mark the ticket open at window 1.
    QCOMPARE(m_engine->markProxy(at(2), first.id, QStringLiteral("proxy"), QStringLiteral("key_project"))
                 .error()
                 .code,
             QStringLiteral("queue.not_at_window"));
    auto marked =
        m_engine->markProxy(at(1), first.id, QStringLiteral("proxy"), QStringLiteral("key_project"));
    QVERIFY(marked.ok());
    QCOMPARE(marked->ticket.proxyMode, QStringLiteral("proxy"));
    QCOMPARE(marked->ticket.proxyReason, QStringLiteral("key_project"));
    QCOMPARE(marked->ticket.state, state::called); // nothing else changed
    QCOMPARE(marked->ticket.priorityGroup, QStringLiteral("none"));
    // A waiting ticket may be marked from any window.
    QVERIFY(m_engine->markProxy(at(2), second.id, QStringLiteral("assist"), QStringLiteral("elderly")).ok());
    // Bad codes change nothing.
    QCOMPARE(m_engine->markProxy(at(1), first.id, QStringLiteral("x"), {}).error().code,
             QStringLiteral("queue.proxy_mode"));
    // Taking the mark off.
    auto removed = m_engine->markProxy(at(1), first.id, {}, {});
    QVERIFY(removed.ok());
    QCOMPARE(removed->ticket.proxyMode, QString());
    QCOMPARE(removed->ticket.proxyReason, QString());

    QCOMPARE(test::count(*m_db, QStringLiteral("queue_event"), QStringLiteral("kind = 'proxy.mark'")), 3);
    QCOMPARE(test::count(*m_db, QStringLiteral("audit_log"),
                         QStringLiteral("action = 'queue.proxy_mark' AND detail = 'proxy/key_project'")),
             1);
    QCOMPARE(test::count(*m_db, QStringLiteral("audit_log"),
                         QStringLiteral("action = 'queue.proxy_mark' AND detail = 'removed'")),
             1);
    // A finished ticket is no longer marked.
    QVERIFY(m_engine->finish(at(1), first.id, {}).ok());
    QCOMPARE(m_engine->markProxy(at(1), first.id, QStringLiteral("assist"), {}).error().code,
             QStringLiteral("queue.not_at_window"));
}

void TestQueueProxy::bookedTodayFindsByMaskedId()
{
    QueueEngine::Booking b;
    b.lineId = 1;
    b.source = QStringLiteral("platform");
    b.externalId = QStringLiteral("P-1");
    b.personMasked = QStringLiteral("张** 3704**********123X");
    b.slotStart = m_now.addSecs(1800);
    b.slotEnd = m_now.addSecs(3600);
    QVERIFY(m_engine->book(at(1), b).ok());
    b.externalId = QStringLiteral("P-2"); // tomorrow: not today's
    b.slotStart = m_now.addDays(1);
    b.slotEnd = m_now.addDays(1).addSecs(1800);
    QVERIFY(m_engine->book(at(1), b).ok());

    auto found = m_engine->bookedToday(QStringLiteral("3704**********123X"));
    QVERIFY(found.ok());
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().externalId, QStringLiteral("P-1"));
    QCOMPARE(m_engine->bookedToday(QStringLiteral("3704**********9999"))->size(), 0);
    QCOMPARE(m_engine->bookedToday(QString())->size(), 0);
    // Checked in, it is no longer offered.
    QVERIFY(m_engine->checkIn(at(0), found->first().id).ok());
    QCOMPARE(m_engine->bookedToday(QStringLiteral("3704**********123X"))->size(), 0);
}

QTEST_GUILESS_MAIN(TestQueueProxy)
#include "tst_queueproxy.moc"
