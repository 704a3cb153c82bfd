#include "core/clock.h"
#include "staff/staffrepository.h"
#include "store/sql.h"
#include "support/testsupport.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace yc;

class TestStaffRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void signsInWithTheRightPassword();
    void answersTheSameForUnknownAndWrong();
    void locksAfterRepeatedFailuresAndUnlocksLater();
    void refusesDisabledAccounts();
    void enforcesThePasswordPolicy_data();
    void enforcesThePasswordPolicy();
    void keepsTheLastAdministrator();
    void refusesDuplicateAndInvalidAccounts();
    void auditsWithoutSecrets();

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<StaffRepository> m_repo;
    QDateTime m_now;
};

void TestStaffRepository::init()
{
    static int serial = 0;
    m_db = test::openTempDatabase(m_dir, QStringLiteral("%1.db").arg(++serial));
    QVERIFY(m_db);
    m_repo = std::make_unique<StaffRepository>(m_db);
    m_now = QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc());
    Clock::setOverride([this] { return m_now; });
    StaffMember admin;
    admin.staffNo = QStringLiteral("9001");
    admin.name = QStringLiteral("周敏");
    admin.roles = {QStringLiteral("admin")};
    QVERIFY(m_repo->create(admin, QStringLiteral("Admin2026"), QStringLiteral("setup")).ok());
    StaffMember clerk;
    clerk.staffNo = QStringLiteral("1001");
    clerk.name = QStringLiteral("王晓梅");
    clerk.roles = {QStringLiteral("clerk")};
    QVERIFY(m_repo->create(clerk, QStringLiteral("Clerk2026"), QStringLiteral("9001")).ok());
}

void TestStaffRepository::cleanup()
{
    Clock::clearOverride();
    m_repo.reset();
    m_db.reset();
}

void TestStaffRepository::signsInWithTheRightPassword()
{
    auto member = m_repo->authenticate(QStringLiteral("1001"), QStringLiteral("Clerk2026"), 3);
    QVERIFY(member.ok());
    QCOMPARE(member->name, QStringLiteral("王晓梅"));
    QCOMPARE(member->roles, QStringList{QStringLiteral("clerk")});
    QCOMPARE(test::count(*m_db, QStringLiteral("audit_log"),
                         QStringLiteral("action = 'login.ok' AND window_no = 3")),
             1);
}

void TestStaffRepository::answersTheSameForUnknownAndWrong()
{
    auto unknown = m_repo->authenticate(QStringLiteral("7777"), QStringLiteral("Clerk2026"));
    auto wrong = m_repo->authenticate(QStringLiteral("1001"), QStringLiteral("Clerk2027"));
    QVERIFY(!unknown);
    QVERIFY(!wrong);
    QCOMPARE(unknown.error().message, wrong.error().message);
    QCOMPARE(unknown.error().code, QStringLiteral("auth.wrong"));
}

void TestStaffRepository::locksAfterRepeatedFailuresAndUnlocksLater()
{
    for (int i = 1; i < StaffRepository::kMaxFailedLogins; ++i)
        QCOMPARE(m_repo->authenticate(QStringLiteral("1001"), QStringLiteral("nope1234")).error().code,
                 QStringLiteral("auth.wrong"));
    QCOMPARE(m_repo->authenticate(QStringLiteral("1001"), QStringLiteral("nope1234")).error().code,
             QStringLiteral("auth.locked"));
    // Locked: even the right password is refused until the time is over.
    QCOMPARE(m_repo->authenticate(QStringLiteral("1001"), QStringLiteral("Clerk2026")).error().code,
             QStringLiteral("auth.locked"));
    m_now = m_now.addSecs(StaffRepository::kLockMinutes * 60 + 1);
    QVERIFY(m_repo->authenticate(QStringLiteral("1001"), QStringLiteral("Clerk2026")).ok());
    QCOMPARE(test::count(*m_db, QStringLiteral("audit_log"), QStringLiteral("action = 'login.locked'")), 1);
}

void TestStaffRepository::refusesDisabledAccounts()
{
    StaffMember clerk = m_repo->find(QStringLiteral("1001")).value();
    clerk.active = false;
    QVERIFY(m_repo->update(clerk, QStringLiteral("9001")).ok());
    QCOMPARE(m_repo->authenticate(QStringLiteral("1001"), QStringLiteral("Clerk2026")).error().code,
             QStringLiteral("auth.inactive"));
}

void TestStaffRepository::enforcesThePasswordPolicy_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("short") << QStringLiteral("ab12") << false;
    QTest::newRow("no digit") << QStringLiteral("abcdefgh") << false;
    QTest::newRow("no letter") << QStringLiteral("12345678") << false;
    QTest::newRow("too long") << QString(129, QLatin1Char('a')) + QStringLiteral("1") << false;
    QTest::newRow("good") << QStringLiteral("window2026") << true;
    QTest::newRow("good with Chinese") << QStringLiteral("一窗受理abc1") << true;
}

void TestStaffRepository::enforcesThePasswordPolicy()
{
    QFETCH(QString, password);
    QFETCH(bool, accepted);
    const QString before =
        sql::scalar(m_db->connection(),
                    QStringLiteral("SELECT password_hash FROM staff WHERE staff_no = '1001'"))
            ->toString();
    QCOMPARE(m_repo->setPassword(QStringLiteral("1001"), password, false, QStringLiteral("9001")).ok(),
             accepted);
    const QString after =
        sql::scalar(m_db->connection(),
                    QStringLiteral("SELECT password_hash FROM staff WHERE staff_no = '1001'"))
            ->toString();
    QCOMPARE(after != before, accepted);
}

void TestStaffRepository::keepsTheLastAdministrator()
{
    StaffMember admin = m_repo->find(QStringLiteral("9001")).value();
    admin.roles = {QStringLiteral("clerk")};
    QCOMPARE(m_repo->update(admin, QStringLiteral("9001")).error().code, QStringLiteral("staff.last_admin"));
    admin.roles = {QStringLiteral("admin")};
    admin.active = false;
    QCOMPARE(m_repo->update(admin, QStringLiteral("9001")).error().code, QStringLiteral("staff.last_admin"));
    QVERIFY(m_repo->find(QStringLiteral("9001"))->hasRole(QStringLiteral("admin")));
    // With a second administrator the first may step down.
    StaffMember other = m_repo->find(QStringLiteral("1001")).value();
    other.roles << QStringLiteral("admin");
    QVERIFY(m_repo->update(other, QStringLiteral("9001")).ok());
    admin.active = true;
    admin.roles = {QStringLiteral("supervisor")};
    QVERIFY(m_repo->update(admin, QStringLiteral("9001")).ok());
}

void TestStaffRepository::refusesDuplicateAndInvalidAccounts()
{
    StaffMember dup;
    dup.staffNo = QStringLiteral("1001");
    dup.name = QStringLiteral("重名");
    dup.roles = {QStringLiteral("clerk")};
    QCOMPARE(m_repo->create(dup, QStringLiteral("Valid2026"), QStringLiteral("9001")).error().code,
             QStringLiteral("staff.exists"));
    StaffMember bad = dup;
    bad.staffNo = QStringLiteral("1'; DROP TABLE staff; --");
    QCOMPARE(m_repo->create(bad, QStringLiteral("Valid2026"), QStringLiteral("9001")).error().code,
             QStringLiteral("staff.number"));
    bad.staffNo = QStringLiteral("1003");
    bad.roles.clear();
    QCOMPARE(m_repo->create(bad, QStringLiteral("Valid2026"), QStringLiteral("9001")).error().code,
             QStringLiteral("staff.roles"));
    bad.roles = {QStringLiteral("root")};
    QCOMPARE(m_repo->create(bad, QStringLiteral("Valid2026"), QStringLiteral("9001")).error().code,
             QStringLiteral("staff.role"));
    QCOMPARE(m_repo->count().value(), 2); // the failed creation rolled back
}

void TestStaffRepository::auditsWithoutSecrets()
{
    QVERIFY(
        m_repo
            ->setPassword(QStringLiteral("1001"), QStringLiteral("Secret2026x"), true, QStringLiteral("9001"))
            .ok());
    auto q =
        sql::run(m_db->connection(), QStringLiteral("SELECT action || subject || detail FROM audit_log"));
    QVERIFY(q.ok());
    int rows = 0;
    while (q->next()) {
        ++rows;
        QVERIFY(!q->value(0).toString().contains(QStringLiteral("Secret2026x")));
    }
    QVERIFY(rows >= 3);
    QVERIFY(m_repo->find(QStringLiteral("1001"))->mustChangePassword);
}

QTEST_GUILESS_MAIN(TestStaffRepository)
#include "tst_staffrepository.moc"
