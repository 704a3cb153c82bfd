#include "app/core/demosetup.h"
#include "app/hall/localhall.h"
#include "core/clock.h"
#include "staff/staffrepository.h"
#include "support/testsupport.h"
#include "widgets/common/theme.h"
#include "widgets/supervisor/queuepage.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace yc;

namespace {

// LocalHall with halld's broadcast made callable: a change made straight
// through the engine (another window) is announced to this connection the
// way halld announces it to every client ({"notify":"seq"}).
class NotifiedHall : public LocalHall
{
public:
    using HallConnection::notified;
    using LocalHall::LocalHall;
};

// 10:00 in the hall's time zone (Asia/Shanghai).
const QDateTime kStart = QDateTime(QDate(2026, 11, 23), QTime(2, 0), Qt::UTC);

} // namespace

// The supervisor's live queue page against the in-process hall on a real
// database (the demonstration hall), with a simulated clock: tickets,
// calls, a pause and the passing of time show up as figures and alerts.
class TestQueuePage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void showsTheQueueAndRaisesAlerts();

private:
    Result<QJsonObject> request(const QString &op, const QJsonObject &args = {});
    void advance(int minutes);
    QString text(const char *name) const;
    QTableWidgetItem *windowCell(int windowNo, int column) const;
    QTableWidgetItem *lineCell(const QString &prefix, int column) const;
    QStringList alertKeys() const;
    qint64 lineId(const QString &prefix) const;

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<NotifiedHall> m_hall;
    std::unique_ptr<QueuePage> m_page;
    QDateTime m_now = kStart;
};

void TestQueuePage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    theme::apply(*qApp, false);
    Clock::setOverride([this] { return m_now; });
    m_db = test::openTempDatabase(m_dir, QStringLiteral("queuepage.db"));
    QVERIFY(m_db);
    QVERIFY(DemoSetup::ensure(m_db).ok());
    queue::QueueConfig config;
    config.enforceServiceHours = false;
    m_hall = std::make_unique<NotifiedHall>(m_db, config);
}

void TestQueuePage::cleanupTestCase()
{
    m_page.reset();
    m_hall.reset();
    Clock::clearOverride();
}

Result<QJsonObject> TestQueuePage::request(const QString &op, const QJsonObject &args)
{
    std::optional<Result<QJsonObject>> reply;
    m_hall->request(op, args, [&reply](const Result<QJsonObject> &r) { reply = r; });
    if (!QTest::qWaitFor([&] { return reply.has_value(); }, 10000))
        return Error{QStringLiteral("test.timeout"), op};
    const qint64 seq = reply->ok() ? reply->value().value(QStringLiteral("seq")).toInteger() : 0;
    if (!QTest::qWaitFor([&] { return m_hall->hall().seq() >= seq; }, 10000))
        return Error{QStringLiteral("test.timeout"), QStringLiteral("the mirror did not catch up")};
    return *reply;
}

void TestQueuePage::advance(int minutes)
{
    m_now = m_now.addSecs(qint64(minutes) * 60);
}

QString TestQueuePage::text(const char *name) const
{
    auto *label = m_page->findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
}

QTableWidgetItem *TestQueuePage::windowCell(int windowNo, int column) const
{
    auto *table = m_page->findChild<QTableWidget *>(QStringLiteral("windowsTable"));
    for (int row = 0; table && row < table->rowCount(); ++row)
        if (table->item(row, 0)->data(Qt::UserRole).toInt() == windowNo)
            return table->item(row, column);
    return nullptr;
}

QTableWidgetItem *TestQueuePage::lineCell(const QString &prefix, int column) const
{
    auto *table = m_page->findChild<QTableWidget *>(QStringLiteral("linesTable"));
    for (int row = 0; table && row < table->rowCount(); ++row)
        if (table->item(row, 0)->data(Qt::UserRole).toLongLong() == lineId(prefix))
            return table->item(row, column);
    return nullptr;
}

QStringList TestQueuePage::alertKeys() const
{
    QStringList keys;
    for (const queue::Alert &a : m_page->alerts())
        if (!a.clearing)
            keys.append(a.key());
    return keys;
}

qint64 TestQueuePage::lineId(const QString &prefix) const
{
    for (const queue::Line &l : m_hall->hall().lines())
        if (l.prefix == prefix)
            return l.id;
    return 0;
}

void TestQueuePage::showsTheQueueAndRaisesAlerts()
{
    queue::AlertThresholds limits;
    limits.waitMinutes = 15;
    limits.queueLength = 3;
    limits.idleWindowMinutes = 5;
    limits.serviceMinutes = 10;
    limits.pausedMinutes = 10;
    limits.holdSeconds = 60;
    m_page = std::make_unique<QueuePage>(*m_hall, limits);
    m_page->resize(1280, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    auto *banner = m_page->findChild<QWidget *>(QStringLiteral("alertBanner"));
    auto *alertList = m_page->findChild<QListWidget *>(QStringLiteral("alertList"));
    QVERIFY(banner && alertList);
    QVERIFY(!text("connectionState").contains(QStringLiteral("Live")));

    // The supervisor at window 3 (the demonstration hall: lines A–D there).
    auto supervisor = StaffRepository(m_db).find(QStringLiteral("3001"));
    QVERIFY(supervisor.ok());
    QVERIFY(m_hall->adopt(supervisor.value(), 3).ok());
    QTRY_COMPARE(text("connectionState"), QStringLiteral("Live"));
    QCOMPARE(text("figure_waiting"), QStringLiteral("0"));
    QCOMPARE(windowCell(3, 1)->text(), QStringLiteral("Closed"));

    // Three citizens on line A: figures follow each change, no alert yet.
    for (int i = 0; i < 3; ++i)
        QVERIFY(request(QStringLiteral("issue"), {{QStringLiteral("prefix"), QStringLiteral("A")}}).ok());
    QTRY_COMPARE(text("figure_waiting"), QStringLiteral("3"));
    QCOMPARE(lineCell(QStringLiteral("A"), 1)->text(), QStringLiteral("3"));
    QVERIFY(m_page->alerts().isEmpty());
    QVERIFY(banner->isHidden());
    QCOMPARE(text("alertsTitle"), QStringLiteral("No alerts"));

    // A fourth: the queue is over its limit of 3 — a red alert and the banner.
    QVERIFY(request(QStringLiteral("issue"), {{QStringLiteral("prefix"), QStringLiteral("A")}}).ok());
    QTRY_COMPARE(alertKeys(),
                 QStringList{QStringLiteral("long_queue:line:%1").arg(lineId(QStringLiteral("A")))});
    QVERIFY(banner->isVisible());
    QVERIFY2(text("alertBannerText").contains(QStringLiteral("4 waiting")),
             qPrintable(text("alertBannerText")));
    QCOMPARE(alertList->count(), 1);
    QCOMPARE(lineCell(QStringLiteral("A"), 1)->foreground().color(), QColor(0xB3, 0x26, 0x1E));
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("dismissBanner")), Qt::LeftButton);
    QVERIFY(banner->isHidden());

    // Two minutes later window 3 calls A001 and starts serving.
    advance(2);
    auto called = request(QStringLiteral("callNext"));
    QVERIFY(called.ok());
    QCOMPARE(called->value(QStringLiteral("ticket")).toObject().value(QStringLiteral("displayNo")).toString(),
             QStringLiteral("A001"));
    QTRY_COMPARE(windowCell(3, 1)->text(), QStringLiteral("Called A001, waiting for the citizen"));
    const qint64 a001 =
        called->value(QStringLiteral("ticket")).toObject().value(QStringLiteral("id")).toInteger();
    QVERIFY(request(QStringLiteral("start"), {{QStringLiteral("ticketId"), a001}}).ok());
    QTRY_COMPARE(windowCell(3, 1)->text(), QStringLiteral("Serving A001"));
    QCOMPARE(text("figure_waiting"), QStringLiteral("3"));
    QCOMPARE(text("figure_longestWait"), QStringLiteral("2 min"));

    // Eleven minutes into the service: over the 10-minute limit on the 30 s tick.
    advance(11);
    m_page->refresh();
    QVERIFY(alertKeys().contains(QStringLiteral("long_service:window:3")));
    QCOMPARE(windowCell(3, 1)->foreground().color(), QColor(0xB3, 0x26, 0x1E));
    QCOMPARE(windowCell(3, 2)->text(), QStringLiteral("11 min"));
    QVERIFY(banner->isVisible());
    QVERIFY(text("alertBannerText").contains(QStringLiteral("A001")));

    // Finished: served today 1; then the window pauses for lunch.
    QVERIFY(request(QStringLiteral("finish"), {{QStringLiteral("ticketId"), a001}}).ok());
    QTRY_COMPARE(text("figure_servedToday"), QStringLiteral("1"));
    QCOMPARE(windowCell(3, 5)->text(), QStringLiteral("1"));
    QCOMPARE(windowCell(3, 1)->text(), QStringLiteral("Idle"));
    QVERIFY(!alertKeys().contains(QStringLiteral("long_service:window:3")));
    QVERIFY(
        request(QStringLiteral("pauseWindow"), {{QStringLiteral("reason"), QStringLiteral("Lunch")}}).ok());
    QTRY_COMPARE(windowCell(3, 1)->text(), QStringLiteral("Paused: Lunch"));

    // Twelve minutes later: paused too long, and A002 has waited 25 minutes.
    advance(12);
    m_page->refresh();
    const QStringList keys = alertKeys();
    QVERIFY2(keys.contains(QStringLiteral("long_pause:window:3")), qPrintable(keys.join(u' ')));
    QVERIFY(keys.contains(QStringLiteral("long_wait:line:%1").arg(lineId(QStringLiteral("A")))));
    for (const queue::Alert &a : m_page->alerts())
        QVERIFY2(a.kind != queue::Alert::Kind::LongService, "the service alert has cleared after its hold");
    QCOMPARE(text("figure_longestWait"), QStringLiteral("25 min"));
    QVERIFY(text("alertBannerText").contains(QStringLiteral("paused")));
    QCOMPARE(windowCell(3, 2)->text(), QStringLiteral("12 min"));

    // Window 1 (another clerk, through the engine) calls the next: halld
    // would broadcast it; the page shows it at once.
    auto other = m_hall->engine().callNext({QStringLiteral("1002"), 1, {QStringLiteral("clerk")}});
    QVERIFY(other.ok());
    QCOMPARE(other->ticket.displayNo, QStringLiteral("A002"));
    m_hall->notified(other->seq);
    QTRY_COMPARE(windowCell(1, 1)->text(), QStringLiteral("Called A002, waiting for the citizen"));
    QCOMPARE(windowCell(1, 3)->text(), QStringLiteral("1002"));
    QCOMPARE(text("figure_waiting"), QStringLiteral("2"));
    QCOMPARE(text("figure_windowsServing"), QStringLiteral("1 of 2"));

    // Window 3 resumes and then calls nobody for six minutes while A003 waits.
    QVERIFY(request(QStringLiteral("resumeWindow")).ok());
    QTRY_COMPARE(windowCell(3, 1)->text(), QStringLiteral("Idle"));
    advance(6);
    m_page->refresh();
    QVERIFY2(alertKeys().contains(QStringLiteral("idle_window:window:3")),
             qPrintable(alertKeys().join(u' ')));
    QVERIFY(!alertKeys().contains(QStringLiteral("long_pause:window:3")));
    QCOMPARE(windowCell(3, 1)->foreground().color(), QColor(0xB3, 0x26, 0x1E));
}

QTEST_MAIN(TestQueuePage)
#include "tst_queuepage.moc"
