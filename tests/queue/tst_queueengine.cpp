#include "core/clock.h"
#include "queue/queueengine.h"
#include "queuefixture.h"
#include "store/schema.h"
#include "store/sql.h"
#include "support/testsupport.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace yc;
using namespace yc::queue;

// The queue engine on a real database with a simulated clock.
class TestQueueEngine : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void numbersPerLinePerDay();
    void callsInPolicyOrder_data();
    void callsInPolicyOrder();
    void callNextIsIdempotentPerWindow();
    void neverCallsOneTicketTwice();
    void recallPastTheLimitIsANoShow();
    void requeuesANoShowOnlyInTime();
    void transfersToAWindowAtTheFront();
    void holdsAndResumesAtAnotherWindow();
    void finishesWithTheCaseNumber();
    void pausedWindowDoesNotCall();
    void pinNeedsASupervisorAndIsAudited();
    void enforcesCapsAndHours();
    void appointmentCountsFromItsSlot();
    void rollsOverTheBusinessDay_data();
    void rollsOverTheBusinessDay();
    void everyChangeIsOneEvent();
    void weightsOrderTheLines();
    void migratesTicketsOfVersion6();

private:
    QueueEngine &engine() { return *m_engine; }
    Ticket issue(const QString &prefix, const QString &group = QStringLiteral("none"));
    void setLocal(const QString &localTime); // "yyyy-MM-dd HH:mm" in Asia/Shanghai
    Actor at(int window) const { return {QStringLiteral("1001"), window, {QStringLiteral("clerk")}}; }

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<QueueEngine> m_engine;
    QueueConfig m_config;
    QDateTime m_now;
};

void TestQueueEngine::init()
{
    static int serial = 0;
    m_db = test::openTempDatabase(m_dir, QStringLiteral("%1.db").arg(++serial));
    QVERIFY(m_db);
    test::makeQueueHall(m_db, 4, 3);
    setLocal(QStringLiteral("2026-03-02 10:00"));
    Clock::setOverride([this] { return m_now; });
    m_config = QueueConfig();
    m_engine = std::make_unique<QueueEngine>(m_db, m_config);
}

void TestQueueEngine::cleanup()
{
    Clock::clearOverride();
    m_engine.reset();
    m_db.reset();
}

void TestQueueEngine::setLocal(const QString &localTime)
{
    m_now = QDateTime::fromString(localTime, QStringLiteral("yyyy-MM-dd HH:mm"));
    m_now.setTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
    m_now = m_now.toUTC();
}

Ticket TestQueueEngine::issue(const QString &prefix, const QString &group)
{
    QueueEngine::IssueRequest r;
    r.prefix = prefix;
    r.priorityGroup = group;
    auto t = engine().issue(r);
    if (!t)
        qWarning("issue: %s", qPrintable(t.error().message));
    m_now = m_now.addSecs(1); // arrivals one second apart
    return t ? t->ticket : Ticket();
}

void TestQueueEngine::numbersPerLinePerDay()
{
    QCOMPARE(issue(QStringLiteral("A")).displayNo, QStringLiteral("A001"));
    QCOMPARE(issue(QStringLiteral("A")).displayNo, QStringLiteral("A002"));
    QCOMPARE(issue(QStringLiteral("b")).displayNo, QStringLiteral("B001"));
    QCOMPARE(issue(QStringLiteral("A")).businessDay, QStringLiteral("2026-03-02"));
    // 02:30 local is still the previous business day (rollover at 03:00).
    setLocal(QStringLiteral("2026-03-03 02:30"));
    QCOMPARE(issue(QStringLiteral("A")).displayNo, QStringLiteral("A004"));
    setLocal(QStringLiteral("2026-03-03 08:00"));
    const Ticket next = issue(QStringLiteral("A"));
    QCOMPARE(next.displayNo, QStringLiteral("A001"));
    QCOMPARE(next.businessDay, QStringLiteral("2026-03-03"));
    QueueEngine::IssueRequest bad;
    bad.prefix = QStringLiteral("Z");
    QCOMPARE(engine().issue(bad).error().code, QStringLiteral("queue.unknown_line"));
    bad.prefix = QStringLiteral("A");
    bad.priorityGroup = QStringLiteral("vip");
    QCOMPARE(engine().issue(bad).error().code, QStringLiteral("queue.priority_group"));
}

void TestQueueEngine::callsInPolicyOrder_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<int>("ratio");
    QTest::addColumn<QStringList>("groups");   // in arrival order, all on line A
    QTest::addColumn<QStringList>("expected"); // display numbers in call order
    const QStringList mixed{QStringLiteral("none"),    QStringLiteral("none"), QStringLiteral("none"),
                            QStringLiteral("elderly"), QStringLiteral("none"), QStringLiteral("disabled")};
    QTest::newRow("strict: priority first, by arrival")
        << QStringLiteral("strict") << 1 << mixed
        << QStringList{QStringLiteral("A004"), QStringLiteral("A006"), QStringLiteral("A001"),
                       QStringLiteral("A002"), QStringLiteral("A003"), QStringLiteral("A005")};
    QTest::newRow("ratio 2: one priority after two normal")
        << QStringLiteral("ratio") << 2 << mixed
        << QStringList{QStringLiteral("A001"), QStringLiteral("A002"), QStringLiteral("A004"),
                       QStringLiteral("A003"), QStringLiteral("A005"), QStringLiteral("A006")};
    QTest::newRow("ratio 1: alternate")
        << QStringLiteral("ratio") << 1 << mixed
        << QStringList{QStringLiteral("A001"), QStringLiteral("A004"), QStringLiteral("A002"),
                       QStringLiteral("A006"), QStringLiteral("A003"), QStringLiteral("A005")};
    QTest::newRow("green channel before everything")
        << QStringLiteral("ratio") << 5
        << QStringList{QStringLiteral("none"), QStringLiteral("elderly"), QStringLiteral("green_channel")}
        << QStringList{QStringLiteral("A003"), QStringLiteral("A001"), QStringLiteral("A002")};
    QTest::newRow("only priority waiting: still called")
        << QStringLiteral("ratio") << 3 << QStringList{QStringLiteral("military"), QStringLiteral("pregnant")}
        << QStringList{QStringLiteral("A001"), QStringLiteral("A002")};
}

void TestQueueEngine::callsInPolicyOrder()
{
    QFETCH(QString, policy);
    QFETCH(int, ratio);
    QFETCH(QStringList, groups);
    QFETCH(QStringList, expected);
    m_config.policy =
        policy == QLatin1String("strict") ? QueueConfig::Policy::Strict : QueueConfig::Policy::Ratio;
    m_config.normalPerPriority = ratio;
    m_engine = std::make_unique<QueueEngine>(m_db, m_config);
    for (const QString &g : groups)
        QVERIFY(issue(QStringLiteral("A"), g).id > 0);
    QStringList called;
    for (int i = 0; i < groups.size(); ++i) {
        auto c = engine().callNext(at(1));
        QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().message));
        called.append(c->ticket.displayNo);
        QVERIFY(engine().finish(at(1), c->ticket.id, {}).ok());
    }
    QCOMPARE(called, expected);
    QCOMPARE(engine().callNext(at(1)).error().code, QStringLiteral("queue.empty"));
}

void TestQueueEngine::callNextIsIdempotentPerWindow()
{
    issue(QStringLiteral("A"));
    issue(QStringLiteral("A"));
    auto first = engine().callNext(at(1));
    QVERIFY(first.ok());
    QVERIFY(!first->reannounce);
    auto again = engine().callNext(at(1));
    QVERIFY(again.ok());
    QVERIFY(again->reannounce);
    QCOMPARE(again->ticket.id, first->ticket.id);
    QVERIFY(again->seq > first->seq);
    // Calling a specific ticket needs a free window.
    auto other = engine().call(at(1), first->ticket.id + 1);
    QCOMPARE(other.error().code, QStringLiteral("queue.window_busy"));
    QCOMPARE(engine().callNext(at(99)).error().code, QStringLiteral("queue.unknown_window"));
}

void TestQueueEngine::neverCallsOneTicketTwice()
{
    // Two engines on one database, as halld and a stale second instance
    // would be: each sees the other's calls through the rows, not a cache.
    QueueEngine second(m_db, m_config);
    for (int i = 0; i < 6; ++i)
        issue(QStringLiteral("A"));
    QSet<qint64> seen;
    for (int round = 0; round < 3; ++round) {
        auto a = engine().callNext(at(1));
        auto b = second.callNext(at(2));
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a->ticket.id != b->ticket.id);
        QVERIFY(!seen.contains(a->ticket.id) && !seen.contains(b->ticket.id));
        seen << a->ticket.id << b->ticket.id;
        QVERIFY(engine().finish(at(1), a->ticket.id, {}).ok());
        QVERIFY(second.finish(at(2), b->ticket.id, {}).ok());
    }
    // A stale request for a ticket another window took is refused.
    const qint64 taken = *seen.begin();
    QCOMPARE(engine().call(at(3), taken).error().code, QStringLiteral("queue.not_waiting"));
    QCOMPARE(engine().finish(at(3), taken, {}).error().code, QStringLiteral("queue.not_at_window"));
}

void TestQueueEngine::recallPastTheLimitIsANoShow()
{
    issue(QStringLiteral("A"));
    auto c = engine().callNext(at(1));
    QVERIFY(c.ok());
    for (int i = 1; i <= m_config.recallLimit; ++i) {
        auto r = engine().recall(at(1), c->ticket.id);
        QVERIFY(r.ok());
        QCOMPARE(r->ticket.recallCount, i);
        QVERIFY(!r->becameNoShow);
    }
    auto last = engine().recall(at(1), c->ticket.id);
    QVERIFY(last.ok());
    QVERIFY(last->becameNoShow);
    QCOMPARE(last->ticket.state, state::noShow);
    QCOMPARE(engine().recall(at(1), c->ticket.id).error().code, QStringLiteral("queue.not_at_window"));
}

void TestQueueEngine::requeuesANoShowOnlyInTime()
{
    const Ticket early = issue(QStringLiteral("A"));
    issue(QStringLiteral("A"));
    auto c = engine().callNext(at(1));
    QCOMPARE(c->ticket.id, early.id);
    QVERIFY(engine().noShow(at(1), early.id).ok());
    m_now = m_now.addSecs(qint64(m_config.requeueMinutes) * 60 - 5);
    auto back = engine().requeue(at(2), early.id);
    QVERIFY(back.ok());
    QCOMPARE(back->ticket.state, state::waiting);
    // Back at its original place: called before the later ticket.
    QCOMPARE(engine().callNext(at(2))->ticket.id, early.id);
    QVERIFY(engine().noShow(at(2), early.id).ok());
    m_now = m_now.addSecs(qint64(m_config.requeueMinutes) * 60 + 5);
    QCOMPARE(engine().requeue(at(2), early.id).error().code, QStringLiteral("queue.requeue_late"));
}

void TestQueueEngine::transfersToAWindowAtTheFront()
{
    issue(QStringLiteral("A"));
    issue(QStringLiteral("A"));
    const Ticket late = issue(QStringLiteral("A"));
    auto c = engine().call(at(1), late.id);
    QVERIFY(c.ok());
    QueueEngine::TransferTarget to;
    to.windowNo = 3;
    to.lineId = 2;
    to.front = true;
    auto moved = engine().transfer(at(1), late.id, to);
    QVERIFY2(moved.ok(), moved.ok() ? "" : qPrintable(moved.error().message));
    QCOMPARE(moved->ticket.state, state::waiting);
    QCOMPARE(moved->ticket.lineId, qint64(2));
    QCOMPARE(moved->ticket.targetWindow, 3);
    // Window 2 does not get it; window 3 gets it first.
    QVERIFY(engine().callNext(at(2))->ticket.id != late.id);
    QCOMPARE(engine().callNext(at(3))->ticket.id, late.id);
    // A ticket open at another window cannot be transferred from here.
    QCOMPARE(engine().transfer(at(1), late.id, {}).error().code, QStringLiteral("queue.not_transferable"));
}

void TestQueueEngine::holdsAndResumesAtAnotherWindow()
{
    const Ticket t = issue(QStringLiteral("A"));
    QVERIFY(engine().callNext(at(1)).ok());
    auto held = engine().hold(at(1), t.id, QStringLiteral("帮办代办 hand-off"));
    QVERIFY(held.ok());
    QCOMPARE(held->ticket.state, state::held);
    // The window is free again.
    QCOMPARE(engine().callNext(at(1)).error().code, QStringLiteral("queue.empty"));
    auto resumed = engine().resume(at(2), t.id);
    QVERIFY(resumed.ok());
    QCOMPARE(resumed->ticket.state, state::serving);
    QCOMPARE(resumed->ticket.windowNo, 2);
    QCOMPARE(engine().resume(at(3), t.id).error().code, QStringLiteral("queue.not_held"));
}

void TestQueueEngine::finishesWithTheCaseNumber()
{
    const Ticket t = issue(QStringLiteral("B"));
    QVERIFY(engine().callNext(at(1)).ok());
    QVERIFY(engine().start(at(1), t.id).ok());
    auto done = engine().finish(at(1), t.id, QStringLiteral("3704022026030200001"));
    QVERIFY(done.ok());
    QCOMPARE(done->ticket.state, state::finished);
    QCOMPARE(done->ticket.caseNo, QStringLiteral("3704022026030200001"));
    QVERIFY(done->ticket.finishedAt.isValid());
    QCOMPARE(engine().finish(at(1), t.id, {}).error().code, QStringLiteral("queue.not_at_window"));
}

void TestQueueEngine::pausedWindowDoesNotCall()
{
    issue(QStringLiteral("A"));
    QCOMPARE(engine().pauseWindow(at(1), QString()).error().code, QStringLiteral("queue.reason_required"));
    QVERIFY(engine().pauseWindow(at(1), QStringLiteral("午休")).ok());
    QCOMPARE(engine().callNext(at(1)).error().code, QStringLiteral("queue.window_paused"));
    auto snap = engine().snapshot();
    QVERIFY(snap.ok());
    QVERIFY(snap->windows.at(0).paused);
    QCOMPARE(snap->windows.at(0).pauseReason, QStringLiteral("午休"));
    QVERIFY(engine().resumeWindow(at(1)).ok());
    QVERIFY(engine().callNext(at(1)).ok());
}

void TestQueueEngine::pinNeedsASupervisorAndIsAudited()
{
    issue(QStringLiteral("A"));
    const Ticket last = issue(QStringLiteral("A"));
    QCOMPARE(engine().pin(at(1), last.id, QStringLiteral("reason")).error().code,
             QStringLiteral("auth.forbidden"));
    const Actor supervisor{QStringLiteral("3001"), 0, {QStringLiteral("supervisor")}};
    QCOMPARE(engine().pin(supervisor, last.id, QStringLiteral(" ")).error().code,
             QStringLiteral("queue.reason_required"));
    const qint64 before = test::count(*m_db, QStringLiteral("queue_event"));
    QVERIFY(engine().pin(supervisor, last.id, QStringLiteral("急诊就医证明")).ok());
    QCOMPARE(test::count(*m_db, QStringLiteral("queue_event")), before + 1);
    QCOMPARE(
        test::count(*m_db, QStringLiteral("audit_log"),
                    QStringLiteral("action = 'queue.pin' AND staff_no = '3001' AND detail = '急诊就医证明'")),
        1);
    QCOMPARE(engine().callNext(at(1))->ticket.id, last.id);
}

void TestQueueEngine::enforcesCapsAndHours()
{
    test::exec(*m_db,
               QStringLiteral("UPDATE business_line SET daily_cap = 2, opens_at = '09:00', closes_at = "
                              "'17:00' WHERE prefix = 'A'"));
    QVERIFY(issue(QStringLiteral("A")).id > 0);
    QVERIFY(issue(QStringLiteral("A")).id > 0);
    QueueEngine::IssueRequest r;
    r.prefix = QStringLiteral("A");
    QCOMPARE(engine().issue(r).error().code, QStringLiteral("queue.line_full"));
    setLocal(QStringLiteral("2026-03-03 08:59"));
    QCOMPARE(engine().issue(r).error().code, QStringLiteral("queue.line_closed"));
    setLocal(QStringLiteral("2026-03-03 17:00"));
    QCOMPARE(engine().issue(r).error().code, QStringLiteral("queue.line_closed"));
    setLocal(QStringLiteral("2026-03-03 09:00"));
    QVERIFY(engine().issue(r).ok());
}

void TestQueueEngine::appointmentCountsFromItsSlot()
{
    m_config.policy = QueueConfig::Policy::Strict;
    m_engine = std::make_unique<QueueEngine>(m_db, m_config);
    QueueEngine::Booking b;
    b.lineId = 1;
    b.source = QStringLiteral("platform");
    b.externalId = QStringLiteral("YY-1");
    b.slotStart = m_now.addSecs(3600);
    b.slotEnd = m_now.addSecs(5400);
    auto booked = engine().book(at(0), b);
    QVERIFY(booked.ok());
    QCOMPARE(engine().book(at(0), b)->id, booked->id); // the platform resent it
    issue(QStringLiteral("A"));
    auto in = engine().checkIn(at(0), booked->id);
    QVERIFY2(in.ok(), in.ok() ? "" : qPrintable(in.error().message));
    QCOMPARE(in->ticket.priorityGroup, QStringLiteral("appointment"));
    QCOMPARE(engine().checkIn(at(0), booked->id)->ticket.id, in->ticket.id);
    issue(QStringLiteral("A"));
    // An hour early: the appointment waits like anyone else.
    auto first = engine().callNext(at(1));
    QVERIFY(first->ticket.id != in->ticket.id);
    QVERIFY(engine().finish(at(1), first->ticket.id, {}).ok());
    // From ten minutes before the slot it goes first.
    m_now = b.slotStart.addSecs(-600);
    QCOMPARE(engine().callNext(at(1))->ticket.id, in->ticket.id);
}

void TestQueueEngine::rollsOverTheBusinessDay_data()
{
    QTest::addColumn<bool>("carryOver");
    QTest::addColumn<int>("waitingAfter");
    QTest::newRow("cancel leftovers") << false << 0;
    QTest::newRow("carry waiting over") << true << 2;
}

void TestQueueEngine::rollsOverTheBusinessDay()
{
    QFETCH(bool, carryOver);
    QFETCH(int, waitingAfter);
    m_config.carryOver = carryOver;
    m_engine = std::make_unique<QueueEngine>(m_db, m_config);
    issue(QStringLiteral("A"));
    issue(QStringLiteral("A"));
    issue(QStringLiteral("A"));
    QVERIFY(engine().callNext(at(1)).ok());
    QCOMPARE(engine().rollOver().value(), qint64(0));
    setLocal(QStringLiteral("2026-03-03 03:01"));
    QVERIFY(engine().rollOver().value() > 0);
    QCOMPARE(test::count(*m_db, QStringLiteral("ticket"), QStringLiteral("state = 'waiting'")), waitingAfter);
    QCOMPARE(test::count(*m_db, QStringLiteral("ticket"), QStringLiteral("state = 'called'")), 0);
    // History is kept.
    QCOMPARE(test::count(*m_db, QStringLiteral("ticket")), 3);
    auto snap = engine().snapshot();
    QCOMPARE(snap->businessDay, QStringLiteral("2026-03-03"));
    QCOMPARE(snap->tickets.size(), waitingAfter);
}

void TestQueueEngine::everyChangeIsOneEvent()
{
    QCOMPARE(engine().lastSeq().value(), qint64(0));
    const Ticket t = issue(QStringLiteral("A"));
    auto c = engine().callNext(at(1));
    auto r = engine().recall(at(1), t.id);
    auto f = engine().finish(at(1), t.id, {});
    QVERIFY(c.ok() && r.ok() && f.ok());
    QCOMPARE(engine().lastSeq().value(), f->seq);
    QCOMPARE(f->seq, qint64(4));
    auto batch = engine().eventsSince(1, 2);
    QVERIFY(batch.ok());
    QCOMPARE(batch->events.size(), 2);
    QVERIFY(batch->more);
    QCOMPARE(batch->events.at(0).kind, QStringLiteral("call"));
    QCOMPARE(batch->events.at(1).kind, QStringLiteral("recall"));
    QCOMPARE(batch->tickets.size(), 1);
    QCOMPARE(batch->tickets.at(0).state, state::finished); // the current row
    QVERIFY(!batch->hasWindows);                           // no window.* event in it
    QVERIFY(engine().pauseWindow(at(2), QStringLiteral("break")).ok());
    auto withWindow = engine().eventsSince(4);
    QVERIFY(withWindow->hasWindows);
    QCOMPARE(withWindow->windows.size(), 4);
    QVERIFY(withWindow->windows.at(1).paused);
    // A refused operation leaves no trace.
    QVERIFY(!engine().finish(at(1), t.id, {}).ok());
    QCOMPARE(engine().lastSeq().value(), qint64(5));
    // The log is append-only.
    QVERIFY(!sql::run(m_db->connection(), QStringLiteral("DELETE FROM queue_event")).ok());
}

void TestQueueEngine::weightsOrderTheLines()
{
    // Window 1 serves B (weight 3) before A (weight 1) and never C.
    test::exec(*m_db, QStringLiteral("INSERT INTO window_line (window_id, line_id, weight) VALUES (1, 1, 1), "
                                     "(1, 2, 3)"));
    issue(QStringLiteral("C"));
    issue(QStringLiteral("A"));
    issue(QStringLiteral("B"));
    QStringList called;
    for (auto c = engine().callNext(at(1)); c.ok(); c = engine().callNext(at(1))) {
        called.append(c->ticket.displayNo);
        QVERIFY(engine().finish(at(1), c->ticket.id, {}).ok());
    }
    QCOMPARE(called, (QStringList{QStringLiteral("B001"), QStringLiteral("A001")}));
    QCOMPARE(engine().callNext(at(2))->ticket.displayNo, QStringLiteral("C001"));
}

void TestQueueEngine::migratesTicketsOfVersion6()
{
    // A database from before migration 8 (the queue engine) with a waiting ticket keeps it
    // callable, in its old order.
    QTemporaryDir dir;
    {
        auto old = test::openTempDatabase(dir, QStringLiteral("v6.db"), 6);
        QVERIFY(old);
        QCOMPARE(old->schemaVersion(), 6);
        test::makeQueueHall(old, 1, 1);
        test::exec(*old,
                   QStringLiteral("INSERT INTO ticket (hall_id, business_day, line_id, line_prefix, number, "
                                  "display_no, state, issued_at) VALUES (1, '2026-03-02', 1, 'A', 1, 'A001', "
                                  "'waiting', '2026-03-02T01:00:00.000Z'), (1, '2026-03-02', 1, 'A', 2, "
                                  "'A002', 'waiting', '2026-03-02T01:01:00.000Z')"));
    }
    auto db = Database::open(dir.filePath(QStringLiteral("v6.db")), mainSchema());
    QVERIFY(db.ok());
    QCOMPARE(db.value()->schemaVersion(), mainSchema().latestVersion());
    QCOMPARE(test::count(*db.value(), QStringLiteral("ticket"),
                         QStringLiteral("priority_from = issued_at AND sort_key = id * 1000")),
             2);
    QueueEngine migrated(db.value(), m_config);
    QCOMPARE(migrated.callNext(at(1))->ticket.displayNo, QStringLiteral("A001"));
}

QTEST_GUILESS_MAIN(TestQueueEngine)
#include "tst_queueengine.moc"
