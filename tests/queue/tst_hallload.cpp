#include "app/hall/hallclient.h"
#include "halldprocess.h"
#include "queuefixture.h"
#include "store/sql.h"
#include "support/testsupport.h"

#include <algorithm>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace yc;

namespace {

const QString kPassword = QStringLiteral("Queue2026!");

// One window calling as fast as it can: call next, then finish (every
// seventh a no-show), until the queue is empty and the kiosks are done.
// Lost connections are retried; call-next being idempotent per window,
// a call whose reply was lost comes back as a re-announcement.
class WindowAgent : public QObject
{
public:
    WindowAgent(const QUrl &url, int windowNo, const bool &issuingDone, const bool &paused)
        : m_client(url)
        , m_windowNo(windowNo)
        , m_issuingDone(issuingDone)
        , m_paused(paused)
    {}

    HallClient &client() { return m_client; }
    int windowNo() const { return m_windowNo; }
    bool done() const { return m_done; }
    const QList<qint64> &called() const { return m_called; }
    const QSet<qint64> &finishedAcks() const { return m_finishedAcks; }
    QStringList failures;

    void run()
    {
        m_done = false;
        next();
    }

private:
    void later(int ms, void (WindowAgent::*step)())
    {
        QTimer::singleShot(ms, this, [this, step] { (this->*step)(); });
    }
    static bool transient(const Error &e)
    {
        return e.code == QLatin1String("hall.offline") || e.code == QLatin1String("hall.timeout") ||
               e.code == QLatin1String("auth.required");
    }
    void next()
    {
        if (m_paused) {
            later(50, &WindowAgent::next);
            return;
        }
        m_client.request(QStringLiteral("callNext"), {}, [this](const Result<QJsonObject> &r) {
            if (!r) {
                if (r.error().code == QLatin1String("queue.empty")) {
                    if (m_issuingDone)
                        m_done = true;
                    else
                        later(200, &WindowAgent::next); // the kiosks are still issuing
                } else if (transient(r.error())) {
                    later(50, &WindowAgent::next);
                } else {
                    failures.append(r.error().code);
                    later(5, &WindowAgent::next);
                }
                return;
            }
            m_current = r->value(QStringLiteral("ticket")).toObject().value(QStringLiteral("id")).toInteger();
            if (!m_called.contains(m_current))
                m_called.append(m_current);
            close();
        });
    }
    void close()
    {
        const bool noShow = m_current % 7 == 0;
        m_client.request(noShow ? QStringLiteral("noShow") : QStringLiteral("finish"),
                         {{QStringLiteral("ticketId"), m_current}}, [this](const Result<QJsonObject> &r) {
                             if (r) {
                                 m_finishedAcks.insert(m_current);
                                 next();
                             } else if (transient(r.error())) {
                                 // Maybe done, maybe not: call-next tells.
                                 later(50, &WindowAgent::next);
                             } else {
                                 failures.append(r.error().code);
                                 next();
                             }
                         });
    }

    HallClient m_client;
    int m_windowNo;
    const bool &m_issuingDone;
    const bool &m_paused;
    bool m_done = false;
    qint64 m_current = 0;
    QList<qint64> m_called;
    QSet<qint64> m_finishedAcks;
};

} // namespace

// yichuang-halld under load over real sockets: 50 windows on 5 lines, and a
// SIGKILL in the middle of it.
class TestHallLoad : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fiftyWindowsNeverCallATicketTwice_data();
    void fiftyWindowsNeverCallATicketTwice();
    void survivesSigkillMidLoad();

private:
    bool startWindows(int count);
    bool signIn(HallConnection &client, int window);
    // Issues `count` tickets round-robin over the lines from five kiosks.
    void issueFromKiosks(int count, int lines, bool &done, QList<qint64> &issued);
    qint64 scalar(const QString &sql);
    QString dumpTickets();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
    test::HalldProcess m_halld;
    QString m_config;
    std::vector<std::unique_ptr<WindowAgent>> m_windows;
    std::vector<std::unique_ptr<HallClient>> m_kiosks;
    bool m_issuingDone = false;
    bool m_paused = false;
};

void TestHallLoad::init()
{
    // The database lives in memory-backed /dev/shm where there is one: the
    // properties checked here (no ticket called twice, none lost, state
    // exact after a SIGKILL of the process) do not depend on fsync, and on a
    // shared CI disk 6,000 fsyncs per round would take minutes.
    m_dir = QFileInfo(QStringLiteral("/dev/shm")).isWritable()
                ? std::make_unique<QTemporaryDir>(QStringLiteral("/dev/shm/yc-hallload-XXXXXX"))
                : std::make_unique<QTemporaryDir>();
    m_db = test::openTempDatabase(*m_dir, QStringLiteral("load.db"));
    QVERIFY(m_db);
    test::makeQueueHall(m_db, 50, 5, kPassword);
    // Each window serves two neighbouring lines, so every line has 20 windows
    // competing for it.
    for (int w = 1; w <= 50; ++w)
        test::exec(*m_db,
                   QStringLiteral("INSERT INTO window_line (window_id, line_id, weight) VALUES (%1, %2, 1), "
                                  "(%1, %3, 1)")
                       .arg(w)
                       .arg(w % 5 + 1)
                       .arg((w + 1) % 5 + 1));
    m_config = m_dir->filePath(QStringLiteral("halld.conf"));
    QSettings ini(m_config, QSettings::IniFormat);
    ini.setValue(QStringLiteral("server/rate_per_second"), 0); // the load is the point here
    ini.sync();
}

void TestHallLoad::cleanup()
{
    m_paused = false;
    m_windows.clear();
    m_kiosks.clear();
    m_halld.stop();
    m_db.reset();
}

qint64 TestHallLoad::scalar(const QString &statement)
{
    auto v = sql::scalar(m_db->connection(), statement);
    return v ? v->toLongLong() : -1;
}

QString TestHallLoad::dumpTickets()
{
    auto q = sql::run(
        m_db->connection(),
        QStringLiteral("SELECT group_concat(id || ':' || state || ':' || coalesce(window_no, 0) || ':' || "
                       "recall_count, ',') FROM (SELECT * FROM ticket ORDER BY id)"));
    if (!q || !q->next())
        return {};
    return q->value(0).toString() +
           QStringLiteral("|seq=%1").arg(scalar(QStringLiteral("SELECT max(seq) FROM queue_event")));
}

bool TestHallLoad::signIn(HallConnection &client, int window)
{
    bool done = false;
    bool ok = false;
    client.signIn(QStringLiteral("1001"), kPassword, window, [&](const Result<QJsonObject> &r) {
        done = true;
        ok = r.ok();
        if (!r)
            qWarning("sign-in: %s", qPrintable(r.error().message));
    });
    return QTest::qWaitFor([&] { return done; }, 30000) && ok;
}

bool TestHallLoad::startWindows(int count)
{
    for (int w = 1; w <= count; ++w) {
        m_windows.push_back(std::make_unique<WindowAgent>(m_halld.url(), w, m_issuingDone, m_paused));
        // Every tenth window keeps a mirror of the queue (and is checked to
        // converge); the others only call, to keep 50 windows' pulls within
        // what two shared cores do in the test's time.
        m_windows.back()->client().setFollowing(w % 10 == 1);
        m_windows.back()->client().open();
    }
    for (auto &w : m_windows) {
        if (!QTest::qWaitFor([&] { return w->client().state() == HallConnection::State::SignedOut; }, 10000))
            return false;
        if (!signIn(w->client(), w->windowNo()))
            return false;
    }
    for (int k = 0; k < 5; ++k) {
        m_kiosks.push_back(std::make_unique<HallClient>(m_halld.url()));
        m_kiosks.back()->setFollowing(false);
        m_kiosks.back()->open();
        if (!QTest::qWaitFor([&] { return m_kiosks.back()->state() == HallConnection::State::SignedOut; },
                             10000) ||
            !signIn(*m_kiosks.back(), 0))
            return false;
    }
    return true;
}

void TestHallLoad::issueFromKiosks(int count, int lines, bool &done, QList<qint64> &issued)
{
    done = false;
    auto remaining = std::make_shared<int>(count);
    auto running = std::make_shared<int>(int(m_kiosks.size()));
    for (auto &kiosk : m_kiosks) {
        HallClient *k = kiosk.get();
        auto step = std::make_shared<std::function<void()>>();
        *step = [k, step, remaining, running, lines, &done, &issued] {
            if (*remaining <= 0) {
                if (--*running == 0)
                    done = true;
                return;
            }
            const int n = (*remaining)--;
            k->request(QStringLiteral("issue"), {{QStringLiteral("lineId"), n % lines + 1}},
                       [k, step, remaining, &issued](const Result<QJsonObject> &r) {
                           if (r)
                               issued.append(r->value(QStringLiteral("ticket"))
                                                 .toObject()
                                                 .value(QStringLiteral("id"))
                                                 .toInteger());
                           else
                               ++*remaining; // offline during a restart: issue it again
                           QTimer::singleShot(r ? 0 : 50, k, [step] { (*step)(); });
                       });
        };
        (*step)();
    }
}

void TestHallLoad::fiftyWindowsNeverCallATicketTwice_data()
{
    // Each row is a fresh hall: the same load repeated.
    QTest::addColumn<int>("round");
    for (int round = 1; round <= 2; ++round)
        QTest::addRow("round %d", round) << round;
}

void TestHallLoad::fiftyWindowsNeverCallATicketTwice()
{
    QFETCH(int, round);
    const int tickets = 2000;
    QVERIFY2(m_halld.start(m_db->path(), m_config), qPrintable(m_halld.output()));
    QVERIFY(startWindows(50));
    {
        QElapsedTimer timer;
        timer.start();
        const qint64 firstId = scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM ticket")) + 1;
        QList<qint64> issued;
        bool issuingDone = false;
        m_issuingDone = false;
        issueFromKiosks(tickets, 5, issuingDone, issued);
        for (auto &w : m_windows)
            w->run();
        QVERIFY(QTest::qWaitFor(
            [&] {
                m_issuingDone = issuingDone;
                return issuingDone &&
                       std::all_of(m_windows.begin(), m_windows.end(), [](auto &w) { return w->done(); });
            },
            120000));
        QCOMPARE(issued.size(), tickets);
        // No ticket called twice, none lost.
        QHash<qint64, int> calledBy;
        for (auto &w : m_windows) {
            QVERIFY2(w->failures.isEmpty(), qPrintable(w->failures.join(u',')));
            for (qint64 id : w->called()) {
                if (id < firstId)
                    continue;
                QVERIFY2(!calledBy.contains(id),
                         qPrintable(QStringLiteral("ticket %1 called by windows %2 and %3")
                                        .arg(id)
                                        .arg(calledBy.value(id))
                                        .arg(w->windowNo())));
                calledBy.insert(id, w->windowNo());
            }
        }
        QCOMPARE(calledBy.size(), tickets);
        for (qint64 id : issued)
            QVERIFY(calledBy.contains(id));
        // Every ticket ends served or no-show, and was called exactly once.
        const QString round_ = QStringLiteral(" AND id >= %1").arg(firstId);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM ticket WHERE state IN ('finished', 'no_show')") +
                        round_),
                 qint64(tickets));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM ticket WHERE 1") + round_), qint64(tickets));
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM queue_event WHERE kind = 'call' AND ticket_id >= %1")
                       .arg(firstId)),
            qint64(tickets));
        // The following windows' mirrors converge on the database.
        const qint64 last = scalar(QStringLiteral("SELECT max(seq) FROM queue_event"));
        for (auto &w : m_windows)
            if (w->client().isFollowing()) {
                QVERIFY(QTest::qWaitFor([&] { return w->client().hall().seq() == last; }, 20000));
                for (qint64 id : std::as_const(issued))
                    QVERIFY(w->client().hall().ticket(id)->state == QLatin1String("finished") ||
                            w->client().hall().ticket(id)->state == QLatin1String("no_show"));
            }
        qInfo("round %d: %d tickets issued, called and closed by 50 windows in %lld ms", round, tickets,
              timer.elapsed());
    }
}

void TestHallLoad::survivesSigkillMidLoad()
{
    const int tickets = 600;
    QVERIFY2(m_halld.start(m_db->path(), m_config), qPrintable(m_halld.output()));
    const quint16 port = m_halld.hallPort();
    QVERIFY(startWindows(10));
    QList<qint64> issued;
    bool issuingDone = false;
    issueFromKiosks(tickets, 5, issuingDone, issued);
    QVERIFY(QTest::qWaitFor([&] { return issuingDone; }, 60000));
    m_issuingDone = true;
    for (auto &w : m_windows)
        w->run();
    // Mid-load: once a third has been closed.
    QVERIFY(QTest::qWaitFor(
        [&] {
            return scalar(QStringLiteral(
                       "SELECT count(*) FROM ticket WHERE state IN ('finished', 'no_show')")) >= tickets / 3;
        },
        60000));
    m_halld.killHard();
    m_paused = true; // the windows hold back until the state is compared
    const QString atKill = dumpTickets();
    QSet<qint64> acked;
    for (auto &w : m_windows)
        acked.unite(w->finishedAcks());
    // Nothing acknowledged was lost.
    for (qint64 id : std::as_const(acked))
        QVERIFY(scalar(QStringLiteral(
                           "SELECT count(*) FROM ticket WHERE id = %1 AND state IN ('finished', 'no_show')")
                           .arg(id)) == 1);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return std::all_of(m_windows.begin(), m_windows.end(), [](auto &w) {
                return w->client().state() == HallConnection::State::Offline ||
                       w->client().state() == HallConnection::State::Connecting;
            });
        },
        10000));

    test::HalldProcess restarted;
    QVERIFY2(restarted.start(m_db->path(), m_config, port), qPrintable(restarted.output()));
    // The windows reconnect by themselves and keep their sessions; the
    // state came back exactly as it was at the kill.
    QVERIFY(QTest::qWaitFor(
        [&] {
            return std::all_of(m_windows.begin(), m_windows.end(),
                               [](auto &w) { return w->client().state() == HallConnection::State::Ready; });
        },
        30000));
    QCOMPARE(dumpTickets(), atKill);
    m_paused = false;
    // And finish the work.
    QVERIFY(QTest::qWaitFor(
        [&] { return std::all_of(m_windows.begin(), m_windows.end(), [](auto &w) { return w->done(); }); },
        60000));
    QHash<qint64, int> calledBy;
    for (auto &w : m_windows) {
        QVERIFY2(w->failures.isEmpty(), qPrintable(w->failures.join(u',')));
        for (qint64 id : w->called()) {
            QVERIFY2(!calledBy.contains(id), qPrintable(QStringLiteral("ticket %1 called twice").arg(id)));
            calledBy.insert(id, w->windowNo());
        }
    }
    QCOMPARE(calledBy.size(), tickets);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM ticket WHERE state IN ('finished', 'no_show')")),
             qint64(tickets));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM queue_event WHERE kind = 'call'")), qint64(tickets));
    // And their mirrors caught up.
    const qint64 last = scalar(QStringLiteral("SELECT max(seq) FROM queue_event"));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return std::all_of(m_windows.begin(), m_windows.end(), [last](auto &w) {
                return !w->client().isFollowing() || w->client().hall().seq() == last;
            });
        },
        20000));
}

QTEST_GUILESS_MAIN(TestHallLoad)
#include "tst_hallload.moc"
