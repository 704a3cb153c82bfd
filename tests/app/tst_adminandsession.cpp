#include "app/core/adminservice.h"
#include "app/core/demosetup.h"
#include "app/core/idlewatcher.h"
#include "app/core/session.h"
#include "calendar/calendarrepository.h"
#include "catalog/catalogrepository.h"
#include "core/clock.h"
#include "store/sql.h"
#include "support/testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace yc;

// The demo hall, signing in by role, the administrator's rights, idle time.
class TestAdminAndSession : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void demoSetupRunsOnceAndFillsTheHall();
    void demoSetupLeavesARealHallAlone();
    void signsInByRole();
    void onlyAdministratorsChangeAccounts();
    void administratorsManageAccountsAndWindows();
    void changingTheOwnPassword();
    void onlyAdministratorsEditTheCalendar();
    void catalogImportNeedsTheAdministratorAndReportsPositions();
    void idleWatcherFiresAfterTheTimeout();

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
};

void TestAdminAndSession::init()
{
    Clock::clearOverride();
    static int serial = 0;
    m_db = test::openTempDatabase(m_dir, QStringLiteral("%1.db").arg(++serial));
    QVERIFY(m_db);
}

void TestAdminAndSession::demoSetupRunsOnceAndFillsTheHall()
{
    auto first = DemoSetup::ensure(m_db);
    QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
    QVERIFY(first.value());
    QCOMPARE(test::count(*m_db, QStringLiteral("hall")), 1);
    QCOMPARE(test::count(*m_db, QStringLiteral("hall_window")), 7);
    QCOMPARE(test::count(*m_db, QStringLiteral("business_line")), 6);
    QCOMPARE(test::count(*m_db, QStringLiteral("staff")), 6); // five people and the kiosk account
    QVERIFY(CatalogRepository(m_db).currentMatterCount().value() >= 300);
    auto second = DemoSetup::ensure(m_db);
    QVERIFY(second.ok());
    QVERIFY(!second.value());
    QCOMPARE(test::count(*m_db, QStringLiteral("staff")), 6); // five people and the kiosk account
}

void TestAdminAndSession::demoSetupLeavesARealHallAlone()
{
    test::exec(*m_db, QStringLiteral("INSERT INTO hall (code, name, created_at) VALUES ('REAL', '真实大厅', "
                                     "'2026-01-01T00:00:00Z')"));
    QVERIFY(!DemoSetup::ensure(m_db).value());
    QCOMPARE(test::count(*m_db, QStringLiteral("staff")), 0);
    QCOMPARE(test::count(*m_db, QStringLiteral("matter")), 0);
}

void TestAdminAndSession::signsInByRole()
{
    QVERIFY(DemoSetup::ensure(m_db).ok());
    Session session(m_db, 3);
    QSignalSpy in(&session, &Session::loggedIn);
    QSignalSpy out(&session, &Session::loggedOut);
    QVERIFY(!session.login(QStringLiteral("1001"), QStringLiteral("wrong-pass1")));
    QVERIFY(!session.isLoggedIn());
    QVERIFY(session.login(QStringLiteral("1001"), DemoSetup::demoPassword()).ok());
    QCOMPARE(in.count(), 1);
    QVERIFY(session.hasRole(QStringLiteral("clerk")));
    QVERIFY(!session.hasRole(QStringLiteral("admin")));
    QCOMPARE(session.require(QStringLiteral("admin")).error().code, QStringLiteral("auth.forbidden"));
    QVERIFY(session.confirmPassword(DemoSetup::demoPassword()).ok());
    QVERIFY(!session.confirmPassword(QStringLiteral("nope12345")).ok());
    session.logout();
    QCOMPARE(out.count(), 1);
    QVERIFY(!session.hasRole(QStringLiteral("clerk")));
}

void TestAdminAndSession::onlyAdministratorsChangeAccounts()
{
    QVERIFY(DemoSetup::ensure(m_db).ok());
    Session session(m_db, 1);
    AdminService admin(m_db, &session);
    QVERIFY(session.login(QStringLiteral("3001"), DemoSetup::demoPassword()).ok()); // supervisor
    StaffMember m;
    m.staffNo = QStringLiteral("1009");
    m.name = QStringLiteral("新同事");
    m.roles = {QStringLiteral("clerk")};
    QCOMPARE(admin.createStaff(m, QStringLiteral("Start2026")).error().code,
             QStringLiteral("auth.forbidden"));
    QCOMPARE(admin.resetPassword(QStringLiteral("1001"), QStringLiteral("Start2026")).error().code,
             QStringLiteral("auth.forbidden"));
    QCOMPARE(
        admin.saveWindow({0, 9, QStringLiteral("九号"), QStringLiteral("comprehensive"), true}).error().code,
        QStringLiteral("auth.forbidden"));
    QVERIFY(!admin.staff());
    QCOMPARE(test::count(*m_db, QStringLiteral("staff")), 6); // five people and the kiosk account
    QCOMPARE(test::count(*m_db, QStringLiteral("hall_window")), 7);
}

void TestAdminAndSession::administratorsManageAccountsAndWindows()
{
    QVERIFY(DemoSetup::ensure(m_db).ok());
    Session session(m_db, 1);
    AdminService admin(m_db, &session);
    QSignalSpy staffChanged(&admin, &AdminService::staffChanged);
    QVERIFY(session.login(QStringLiteral("9001"), DemoSetup::demoPassword()).ok());
    StaffMember m;
    m.staffNo = QStringLiteral("1009");
    m.name = QStringLiteral("新同事");
    m.roles = {QStringLiteral("clerk"), QStringLiteral("helpdesk")};
    QVERIFY(admin.createStaff(m, QStringLiteral("Start2026")).ok());
    QCOMPARE(staffChanged.count(), 1);
    QVERIFY(admin.resetPassword(QStringLiteral("1009"), QStringLiteral("Other2026")).ok());
    Session other(m_db, 2);
    auto signedIn = other.login(QStringLiteral("1009"), QStringLiteral("Other2026"));
    QVERIFY(signedIn.ok());
    QVERIFY(signedIn->mustChangePassword); // set by someone else
    QVERIFY(admin.saveWindow({0, 9, QStringLiteral("九号窗口"), QStringLiteral("cross_region"), true}).ok());
    QCOMPARE(admin.windows()->size(), 8);
    QCOMPARE(
        admin.saveWindow({0, 0, QStringLiteral("零"), QStringLiteral("comprehensive"), true}).error().code,
        QStringLiteral("window.number"));
    QCOMPARE(test::count(*m_db, QStringLiteral("audit_log"),
                         QStringLiteral("action = 'staff.create' AND staff_no = '9001'")),
             1);
}

void TestAdminAndSession::changingTheOwnPassword()
{
    QVERIFY(DemoSetup::ensure(m_db).ok());
    Session session(m_db, 1);
    QVERIFY(session.login(QStringLiteral("1001"), DemoSetup::demoPassword()).ok());
    QCOMPARE(session.changePassword(QStringLiteral("bad-old-1"), QStringLiteral("NewPass2026")).error().code,
             QStringLiteral("auth.wrong"));
    QCOMPARE(session.changePassword(DemoSetup::demoPassword(), QStringLiteral("short")).error().code,
             QStringLiteral("auth.weak"));
    QVERIFY(session.changePassword(DemoSetup::demoPassword(), QStringLiteral("NewPass2026")).ok());
    Session again(m_db, 1);
    QVERIFY(!again.login(QStringLiteral("1001"), DemoSetup::demoPassword()));
    QVERIFY(again.login(QStringLiteral("1001"), QStringLiteral("NewPass2026")).ok());
}

void TestAdminAndSession::catalogImportNeedsTheAdministratorAndReportsPositions()
{
    QVERIFY(DemoSetup::ensure(m_db).ok());
    // The demo catalog with a new catalog version, one new matter and one broken record.
    QJsonObject root = QJsonDocument::fromJson(test::readFile(DemoSetup::catalogResource())).object();
    root[QStringLiteral("catalogVersion")] = root.value(QStringLiteral("catalogVersion")).toInteger() + 1;
    QJsonArray matters = root.value(QStringLiteral("matters")).toArray();
    QJsonObject fresh = matters.at(0).toObject();
    fresh[QStringLiteral("taskCode")] = QStringLiteral("NEW-0001");
    fresh[QStringLiteral("name")] = QStringLiteral("新增测试事项");
    QJsonObject broken = matters.at(1).toObject();
    broken[QStringLiteral("taskCode")] = QStringLiteral("BROKEN-0001");
    broken[QStringLiteral("projectKind")] = QStringLiteral("someday");
    matters.append(fresh);
    matters.append(broken);
    root[QStringLiteral("matters")] = matters;
    const QString path = m_dir.filePath(QStringLiteral("update.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(root).toJson());
    f.close();

    Session session(m_db, 1);
    AdminService admin(m_db, &session);
    QSignalSpy changed(&admin, &AdminService::catalogChanged);
    QVERIFY(session.login(QStringLiteral("1001"), DemoSetup::demoPassword()).ok());
    QCOMPARE(admin.importCatalog(path).error().code, QStringLiteral("auth.forbidden"));
    QCOMPARE(test::count(*m_db, QStringLiteral("matter"), QStringLiteral("task_code = 'NEW-0001'")), 0);
    session.logout();
    QVERIFY(session.login(QStringLiteral("9001"), DemoSetup::demoPassword()).ok());
    auto report = admin.importCatalog(path);
    QVERIFY(report.ok());
    QCOMPARE(report->added, 1);
    QCOMPARE(report->skipped, 1);
    QCOMPARE(report->unchanged, static_cast<int>(matters.size()) - 2);
    QVERIFY2(report->problems.first().startsWith(
                 QStringLiteral("matters[%1] (BROKEN-0001)").arg(matters.size() - 1)),
             qPrintable(report->problems.first()));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(test::count(*m_db, QStringLiteral("matter"), QStringLiteral("task_code = 'BROKEN-0001'")), 0);
}

void TestAdminAndSession::onlyAdministratorsEditTheCalendar()
{
    QVERIFY(DemoSetup::ensure(m_db).ok());
    QVERIFY(CalendarRepository(m_db).importDefaults().ok());
    Session session(m_db, 1);
    AdminService admin(m_db, &session);
    QVERIFY(session.login(QStringLiteral("1001"), DemoSetup::demoPassword()).ok());
    const QDate day(2026, 11, 24); // a Tuesday the hall closes (e.g. a local event)
    QCOMPARE(admin.setCalendarDay(day, QStringLiteral("holiday"), QStringLiteral("停电检修")).error().code,
             QStringLiteral("auth.forbidden"));
    QCOMPARE(test::count(*m_db, QStringLiteral("calendar_day"), QStringLiteral("day = '2026-11-24'")), 0);
    session.logout();
    QVERIFY(session.login(QStringLiteral("9001"), DemoSetup::demoPassword()).ok());
    QVERIFY(admin.setCalendarDay(day, QStringLiteral("holiday"), QStringLiteral("停电检修")).ok());
    auto days = admin.calendarDays(2026);
    QVERIFY(days.ok());
    QVERIFY(std::any_of(days->cbegin(), days->cend(), [&day](const CalendarDay &d) {
        return d.date == day && d.kind == DayKind::Holiday && d.name == QStringLiteral("停电检修");
    }));
    // The shipped 2026 National Day holiday is there too.
    QVERIFY(std::any_of(days->cbegin(), days->cend(),
                        [](const CalendarDay &d) { return d.date == QDate(2026, 10, 1); }));
    QCOMPARE(test::count(*m_db, QStringLiteral("audit_log"),
                         QStringLiteral("action = 'calendar.set' AND staff_no = '9001'")),
             1);
}

void TestAdminAndSession::idleWatcherFiresAfterTheTimeout()
{
    QDateTime now(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc());
    Clock::setOverride([&now] { return now; });
    IdleWatcher watcher;
    QSignalSpy idle(&watcher, &IdleWatcher::idle);
    watcher.setTimeoutMinutes(10);
    now = now.addSecs(9 * 60);
    watcher.check();
    QCOMPARE(idle.count(), 0);
    now = now.addSecs(61);
    watcher.check();
    watcher.check(); // once, not every check
    QCOMPARE(idle.count(), 1);
    watcher.reset();
    now = now.addSecs(5 * 60);
    watcher.check();
    QCOMPARE(idle.count(), 1);
    watcher.setTimeoutMinutes(0); // off
    now = now.addSecs(24 * 3600);
    watcher.check();
    QCOMPARE(idle.count(), 1);
    Clock::clearOverride();
}

QTEST_GUILESS_MAIN(TestAdminAndSession)
#include "tst_adminandsession.moc"
