#include "queue/queuealerts.h"
#include "queue/queuefigures.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace yc::queue;

namespace {

// 10:00 in Asia/Shanghai on a Monday: business day 2026-11-23.
const QDateTime kNow = QDateTime(QDate(2026, 11, 23), QTime(2, 0), Qt::UTC);

QDateTime minutesAgo(int minutes)
{
    return kNow.addSecs(-qint64(minutes) * 60);
}

// A small hall: line 1 "A", line 2 "B"; window 1 serves A, window 2 serves B,
// window 3 serves both. Tickets are added by the rows.
struct HallBuilder
{
    Snapshot s;
    qint64 nextId = 1;

    HallBuilder()
    {
        s.businessDay = QStringLiteral("2026-11-23");
        s.lines = {{1, QStringLiteral("A"), QStringLiteral("综合受理"), 0, QTime(0, 0), QTime(23, 59), true},
                   {2, QStringLiteral("B"), QStringLiteral("企业开办"), 0, QTime(0, 0), QTime(23, 59), true}};
        s.windows = {{1, QStringLiteral("1"), QStringLiteral("comprehensive"), false, {}, {}, 0, {1}, {}},
                     {2, QStringLiteral("2"), QStringLiteral("comprehensive"), false, {}, {}, 0, {2}, {}},
                     {3, QStringLiteral("3"), QStringLiteral("comprehensive"), false, {}, {}, 0, {1, 2}, {}}};
    }
    Ticket &ticket(qint64 lineId, const QString &state, int issuedMinutesAgo)
    {
        Ticket t;
        t.id = nextId++;
        t.businessDay = s.businessDay;
        t.lineId = lineId;
        t.displayNo =
            QStringLiteral("%1%2").arg(lineId == 1 ? u'A' : u'B').arg(t.id, 3, 10, QLatin1Char('0'));
        t.state = state;
        t.issuedAt = minutesAgo(issuedMinutesAgo);
        t.stateChangedAt = t.issuedAt;
        t.sortKey = t.id;
        s.tickets.append(t);
        return s.tickets.last();
    }
    HallBuilder &waiting(qint64 lineId, int issuedMinutesAgo, int count = 1)
    {
        for (int i = 0; i < count; ++i)
            ticket(lineId, state::waiting, issuedMinutesAgo);
        return *this;
    }
    // A ticket at a window: called or serving since calledMinutesAgo.
    HallBuilder &atWindow(int windowNo, const QString &state, int calledMinutesAgo)
    {
        Ticket &t = ticket(1, state, calledMinutesAgo + 5);
        t.windowNo = windowNo;
        t.calledAt = minutesAgo(calledMinutesAgo);
        t.stateChangedAt = t.calledAt;
        return *this;
    }
    HallBuilder &finishedAt(int windowNo, int finishedMinutesAgo)
    {
        Ticket &t = ticket(1, state::finished, finishedMinutesAgo + 20);
        t.windowNo = windowNo;
        t.calledAt = minutesAgo(finishedMinutesAgo + 10);
        t.finishedAt = minutesAgo(finishedMinutesAgo);
        t.stateChangedAt = t.finishedAt;
        return *this;
    }
    HallBuilder &paused(int windowNo, const QDateTime &since)
    {
        WindowState &w = s.windows[windowNo - 1];
        w.paused = true;
        w.pauseReason = QStringLiteral("lunch");
        w.changedAt = since;
        return *this;
    }
    // The window was opened (resumed) this many minutes ago and did nothing since.
    HallBuilder &opened(int windowNo, int minutesAgoOpened)
    {
        s.windows[windowNo - 1].changedAt = minutesAgo(minutesAgoOpened);
        return *this;
    }
};

struct Expected
{
    QString key;
    qint64 figure;
    QDateTime since;
};

struct Row
{
    const char *name;
    AlertThresholds thresholds;
    Snapshot snapshot;
    QList<Expected> alerts;
};

QList<Row> rows()
{
    const AlertThresholds d; // wait 30, queue 20, idle 5, service 30, pause 20
    AlertThresholds noWait = d;
    noWait.waitMinutes = 0;
    return {
        {"nothing waits, nothing at the windows", d, HallBuilder().s, {}},
        {"a wait just under the threshold", d, HallBuilder().waiting(1, 30).opened(1, 1).s, {}},
        {"a wait over the threshold",
         d,
         HallBuilder().waiting(1, 31).waiting(1, 10).s,
         {{QStringLiteral("long_wait:line:1"), 31, minutesAgo(1)}}},
        {"the wait alert is per line",
         d,
         HallBuilder().waiting(2, 45).s,
         {{QStringLiteral("long_wait:line:2"), 45, minutesAgo(15)}}},
        {"a kind set to 0 is off", noWait, HallBuilder().waiting(1, 90).s, {}},
        {"a queue at its threshold", d, HallBuilder().waiting(1, 1, 20).s, {}},
        {"a queue over its threshold",
         d,
         HallBuilder().waiting(1, 1, 21).s,
         {{QStringLiteral("long_queue:line:1"), 21, kNow}}},
        {"an open window idle while its line waits",
         d,
         HallBuilder().finishedAt(1, 20).waiting(1, 8).s,
         {{QStringLiteral("idle_window:window:1"), 8, minutesAgo(3)}}},
        {"idle counts from the end of the last service, not the arrival",
         d,
         HallBuilder().finishedAt(1, 6).waiting(1, 25).s,
         {{QStringLiteral("idle_window:window:1"), 6, minutesAgo(1)}}},
        {"an idle window whose lines have nobody waiting",
         d,
         HallBuilder().finishedAt(1, 60).waiting(2, 10).s,
         {}},
        {"a window nobody opened today is closed, not idle", d, HallBuilder().waiting(1, 10).s, {}},
        {"a window opened today counts from its opening",
         d,
         HallBuilder().opened(2, 7).waiting(2, 12).s,
         {{QStringLiteral("idle_window:window:2"), 7, minutesAgo(2)}}},
        {"a long service",
         d,
         HallBuilder().atWindow(1, state::serving, 31).s,
         {{QStringLiteral("long_service:window:1"), 31, minutesAgo(1)}}},
        {"a ticket called and not come counts too",
         d,
         HallBuilder().atWindow(3, state::called, 40).s,
         {{QStringLiteral("long_service:window:3"), 40, minutesAgo(10)}}},
        {"a service under the threshold", d, HallBuilder().atWindow(1, state::serving, 29).s, {}},
        {"a long pause",
         d,
         HallBuilder().paused(2, minutesAgo(25)).s,
         {{QStringLiteral("long_pause:window:2"), 25, minutesAgo(5)}}},
        {"a pause left from yesterday is a closed window",
         d,
         HallBuilder().paused(2, kNow.addDays(-1)).waiting(2, 3).s,
         {}},
        {"several at once, ordered by kind then subject",
         d,
         HallBuilder()
             .waiting(2, 50)
             .waiting(1, 35)
             .paused(2, minutesAgo(21))
             .atWindow(3, state::serving, 60)
             .s,
         {{QStringLiteral("long_wait:line:1"), 35, minutesAgo(5)},
          {QStringLiteral("long_wait:line:2"), 50, minutesAgo(20)},
          {QStringLiteral("long_service:window:3"), 60, minutesAgo(30)},
          {QStringLiteral("long_pause:window:2"), 21, minutesAgo(1)}}},
    };
}

QStringList keys(const QList<Alert> &alerts)
{
    QStringList out;
    for (const Alert &a : alerts)
        out.append(a.key());
    return out;
}

} // namespace

// The supervisor's alerts: figures from a snapshot and a fixed "now", then
// thresholds with "since" and hysteresis. Pure model, no store.
class TestQueueAlerts : public QObject
{
    Q_OBJECT

private slots:
    void figuresOfAHall();
    void raisesWhatCrossesItsThreshold_data();
    void raisesWhatCrossesItsThreshold();
    void aQueueHoveringAtItsThresholdDoesNotFlap();
    void aWaitAlertHeldWhileTheNextTicketCatchesUp();
    void readsThresholdsFromTheAlertsSection();
};

void TestQueueAlerts::figuresOfAHall()
{
    HallBuilder b;
    b.waiting(1, 30).waiting(1, 10).waiting(2, 4);
    b.finishedAt(1, 50).finishedAt(1, 40).finishedAt(3, 5);
    b.atWindow(3, state::serving, 3);
    b.paused(2, minutesAgo(12));
    Ticket &yesterday = b.ticket(1, state::finished, 60 * 24);
    yesterday.businessDay = QStringLiteral("2026-11-22");
    yesterday.windowNo = 1;
    const QueueFigures f = QueueFigures::compute(b.s, kNow);

    QCOMPARE(f.businessDay, QStringLiteral("2026-11-23"));
    QCOMPARE(f.waiting, 3);
    QCOMPARE(f.longestWaitSecs, 30 * 60);
    QCOMPARE(f.averageWaitSecs, (30 + 10 + 4) * 60 / 3);
    QCOMPARE(f.servedToday, 3);
    QCOMPARE(f.lines.size(), 2);
    QCOMPARE(f.line(1)->waiting, 2);
    QCOMPARE(f.line(1)->longestWaitSecs, 30 * 60);
    QCOMPARE(f.line(1)->averageWaitSecs, 20 * 60);
    QCOMPARE(f.line(1)->oldestIssuedAt, minutesAgo(30));
    QCOMPARE(f.line(1)->servedToday, 3);
    QCOMPARE(f.line(2)->waiting, 1);

    const WindowFigures *w1 = f.window(1);
    QCOMPARE(w1->activity, WindowFigures::Activity::Idle);
    QCOMPARE(w1->servedToday, 2);
    QCOMPARE(w1->since, minutesAgo(40)); // yesterday's ticket does not count
    QCOMPARE(w1->waitingForIt, 2);
    QCOMPARE(w1->oldestWaitingIssuedAt, minutesAgo(30));

    const WindowFigures *w2 = f.window(2);
    QCOMPARE(w2->activity, WindowFigures::Activity::Paused);
    QCOMPARE(w2->pauseReason, QStringLiteral("lunch"));
    QCOMPARE(w2->since, minutesAgo(12));
    QCOMPARE(w2->waitingForIt, 1);

    const WindowFigures *w3 = f.window(3);
    QCOMPARE(w3->activity, WindowFigures::Activity::Serving);
    QCOMPARE(w3->ticketDisplayNo, b.s.tickets.at(6).displayNo);
    QCOMPARE(w3->since, minutesAgo(3));
    QCOMPARE(w3->servedToday, 1);
    QCOMPARE(w3->waitingForIt, 3);

    // A ticket sent to window 2 only is not window 1's or 3's to call.
    b.s.tickets[2].targetWindow = 2;
    const QueueFigures g = QueueFigures::compute(b.s, kNow);
    QCOMPARE(g.window(3)->waitingForIt, 2);
    QCOMPARE(g.window(2)->waitingForIt, 1);
    b.s.tickets[0].targetWindow = 2;
    QCOMPARE(QueueFigures::compute(b.s, kNow).window(2)->waitingForIt, 2);
}

void TestQueueAlerts::raisesWhatCrossesItsThreshold_data()
{
    QTest::addColumn<int>("row");
    const QList<Row> all = rows();
    for (int i = 0; i < all.size(); ++i)
        QTest::newRow(all.at(i).name) << i;
}

void TestQueueAlerts::raisesWhatCrossesItsThreshold()
{
    QFETCH(int, row);
    const Row r = rows().at(row);
    QueueAlerts alerts(r.thresholds);
    const QList<Alert> got = alerts.evaluate(QueueFigures::compute(r.snapshot, kNow));
    QStringList expectedKeys;
    for (const Expected &e : r.alerts)
        expectedKeys.append(e.key);
    QCOMPARE(keys(got), expectedKeys);
    for (int i = 0; i < got.size(); ++i) {
        QCOMPARE(got.at(i).figure, r.alerts.at(i).figure);
        QCOMPARE(got.at(i).since, r.alerts.at(i).since);
        QVERIFY(got.at(i).isNew);
        QVERIFY(!got.at(i).clearing);
    }
}

void TestQueueAlerts::aQueueHoveringAtItsThresholdDoesNotFlap()
{
    // Threshold 20: raised above 20, cleared only at 16 or fewer (a fifth
    // below) and then only after hold_seconds (120) without coming back.
    QueueAlerts alerts;
    const auto at = [&](int waiting, int secondsLater) {
        HallBuilder b;
        b.waiting(1, 1, waiting);
        return alerts.evaluate(QueueFigures::compute(b.s, kNow.addSecs(secondsLater)));
    };
    QList<Alert> a = at(21, 0);
    QCOMPARE(keys(a), QStringList{QStringLiteral("long_queue:line:1")});
    QVERIFY(a.first().isNew);
    const QDateTime since = a.first().since;

    for (const auto &[waiting, later] :
         QList<std::pair<int, int>>{{20, 60}, {18, 120}, {21, 180}, {17, 600}}) {
        a = at(waiting, later);
        QCOMPARE(a.size(), 1);
        QVERIFY(!a.first().isNew);
        QVERIFY(!a.first().clearing);
        QCOMPARE(a.first().since, since);
        QCOMPARE(a.first().figure, waiting);
    }
    a = at(16, 700);
    QCOMPARE(a.size(), 1);
    QVERIFY(a.first().clearing);
    a = at(12, 819);
    QCOMPARE(a.size(), 1);
    QVERIFY(a.first().clearing);
    QCOMPARE(at(12, 820).size(), 0);
    // Back over it: a new alert with a new "since".
    a = at(25, 900);
    QCOMPARE(a.size(), 1);
    QVERIFY(a.first().isNew);
    QCOMPARE(a.first().since, kNow.addSecs(900));
}

void TestQueueAlerts::aWaitAlertHeldWhileTheNextTicketCatchesUp()
{
    QueueAlerts alerts;
    HallBuilder b;
    b.waiting(1, 40).waiting(1, 29);
    QList<Alert> a = alerts.evaluate(QueueFigures::compute(b.s, kNow));
    QCOMPARE(keys(a), QStringList{QStringLiteral("long_wait:line:1")});
    QCOMPARE(a.first().since, minutesAgo(10));

    // The longest waiting is called; the next has waited 29 minutes: clearing.
    b.s.tickets[0].state = state::called;
    b.s.tickets[0].windowNo = 1;
    b.s.tickets[0].calledAt = kNow;
    a = alerts.evaluate(QueueFigures::compute(b.s, kNow));
    QCOMPARE(a.size(), 1);
    QVERIFY(a.first().clearing);
    QCOMPARE(a.first().figure, 29);

    // 110 s later it has waited over 30: the same alert goes on, not a new one.
    a = alerts.evaluate(QueueFigures::compute(b.s, kNow.addSecs(110)));
    QCOMPARE(a.size(), 1);
    QVERIFY(!a.first().isNew);
    QVERIFY(!a.first().clearing);
    QCOMPARE(a.first().since, minutesAgo(10));

    // Nobody waits any more: gone once the hold has passed.
    b.s.tickets[1].state = state::called;
    QCOMPARE(alerts.evaluate(QueueFigures::compute(b.s, kNow.addSecs(200))).size(), 1);
    QCOMPARE(alerts.evaluate(QueueFigures::compute(b.s, kNow.addSecs(320))).size(), 0);
}

void TestQueueAlerts::readsThresholdsFromTheAlertsSection()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("halld.conf"));
    {
        QSettings ini(path, QSettings::IniFormat);
        ini.setValue(QStringLiteral("alerts/wait_minutes"), 15);
        ini.setValue(QStringLiteral("alerts/queue_length"), 0);
        ini.setValue(QStringLiteral("alerts/idle_window_minutes"), QStringLiteral("soon"));
        ini.setValue(QStringLiteral("alerts/paused_minutes"), -4);
    }
    QSettings ini(path, QSettings::IniFormat);
    const AlertThresholds t = AlertThresholds::fromSettings(ini);
    const AlertThresholds d;
    QCOMPARE(t.waitMinutes, 15);
    QCOMPARE(t.queueLength, 0);                         // off
    QCOMPARE(t.idleWindowMinutes, d.idleWindowMinutes); // not a number: the default
    QCOMPARE(t.pausedMinutes, 0);                       // negative: off
    QCOMPARE(t.serviceMinutes, d.serviceMinutes);
    QCOMPARE(t.holdSeconds, d.holdSeconds);
}

QTEST_GUILESS_MAIN(TestQueueAlerts)
#include "tst_queuealerts.moc"
