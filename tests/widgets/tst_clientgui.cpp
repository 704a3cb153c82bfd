#include "app/core/adminservice.h"
#include "app/core/clientcontext.h"
#include "app/core/demosetup.h"
#include "app/core/idlewatcher.h"
#include "app/core/localization.h"
#include "app/core/session.h"
#include "app/core/settings.h"
#include "app/core/statusboard.h"
#include "core/clock.h"
#include "support/modal.h"
#include "support/testsupport.h"
#include "widgets/common/theme.h"
#include "widgets/shell/clientshell.h"
#include "widgets/shell/mainwindow.h"

#include <functional>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimeZone>
#include <QTimer>

using namespace yc;
using yc::test::whenModal;

namespace {

void signIn(QWidget *dialog, const QString &staffNo, const QString &password)
{
    auto *staff = dialog->findChild<QLineEdit *>(QStringLiteral("staffNo"));
    auto *pass = dialog->findChild<QLineEdit *>(QStringLiteral("password"));
    staff->clear();
    QTest::keyClicks(staff, staffNo);
    QTest::keyClicks(pass, password);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("loginButton")), Qt::LeftButton);
}

QStringList navigationTexts(MainWindow *window)
{
    QStringList out;
    auto *nav = window->findChild<QListWidget *>(QStringLiteral("navigation"));
    for (int i = 0; i < nav->count(); ++i)
        out << nav->item(i)->text();
    return out;
}

} // namespace

class TestClientGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void clerkSignsInAfterAWrongPassword();
    void navigationFollowsTheRole_data();
    void navigationFollowsTheRole();
    void catalogPageFiltersAndShowsMaterials();
    void administratorAddsAStaffAccount();
    void idleLockNeedsThePassword();
    void largeFontModeSwitchesAtRunTime();

private:
    MainWindow *startAs(const QString &staffNo);

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<AdminService> m_admin;
    std::unique_ptr<StatusBoard> m_status;
    std::unique_ptr<IdleWatcher> m_idle;
    std::unique_ptr<ClientContext> m_ctx;
    std::unique_ptr<ClientShell> m_shell;
};

void TestClientGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCOMPARE(Localization::install(*qApp, QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    theme::apply(*qApp, false);
    m_db = test::openTempDatabase(m_dir, QStringLiteral("gui.db"));
    QVERIFY(m_db);
    QVERIFY(DemoSetup::ensure(m_db).ok());
}

void TestClientGui::init()
{
    m_settings = std::make_unique<Settings>(
        std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("gui.ini")), QSettings::IniFormat));
    m_settings->setValue(Settings::Key::WindowNumber, 3);
    m_session = std::make_unique<Session>(m_db, 3);
    m_admin = std::make_unique<AdminService>(m_db, m_session.get());
    m_status = std::make_unique<StatusBoard>();
    m_status->set(QStringLiteral("hall"), QStringLiteral("大厅"), QStringLiteral("单机运行"),
                  StatusBoard::Level::Ok);
    m_idle = std::make_unique<IdleWatcher>();
    m_ctx = std::make_unique<ClientContext>(
        ClientContext{m_db, m_settings.get(), m_session.get(), m_admin.get(), m_status.get(), m_idle.get(),
                      nullptr, QStringLiteral("市中区政务服务中心"), true, QStringLiteral("zh_CN")});
    m_shell = std::make_unique<ClientShell>(*m_ctx);
}

void TestClientGui::cleanup()
{
    Clock::clearOverride();
    m_shell.reset();
    m_ctx.reset();
    m_idle.reset();
    m_status.reset();
    m_admin.reset();
    m_session.reset();
    m_settings.reset();
}

MainWindow *TestClientGui::startAs(const QString &staffNo)
{
    whenModal(QStringLiteral("loginDialog"),
              [staffNo](QWidget *dialog) { signIn(dialog, staffNo, DemoSetup::demoPassword()); });
    if (!m_shell->start())
        return nullptr;
    MainWindow *window = m_shell->mainWindow();
    if (window && !QTest::qWaitForWindowExposed(window))
        return nullptr;
    return window;
}

void TestClientGui::clerkSignsInAfterAWrongPassword()
{
    QString firstError;
    whenModal(QStringLiteral("loginDialog"), [&firstError](QWidget *dialog) {
        // The demo hint and the Chinese labels are on the dialog.
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("demoHint")));
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("hallTitle"))->text(),
                 QStringLiteral("市中区政务服务中心"));
        signIn(dialog, QStringLiteral("1001"), QStringLiteral("wrong-password-1"));
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
        firstError = error->text();
        QVERIFY(dialog->isVisible()); // still open
        auto *pass = dialog->findChild<QLineEdit *>(QStringLiteral("password"));
        QVERIFY(pass->text().isEmpty()); // the wrong password is not kept
        QTest::keyClicks(pass, DemoSetup::demoPassword());
        QTest::keyClick(pass, Qt::Key_Return);
    });
    QVERIFY(m_shell->start());
    QCOMPARE(firstError, QStringLiteral("工号或密码错误。"));
    MainWindow *window = m_shell->mainWindow();
    QVERIFY(window);
    QVERIFY(window->windowTitle().contains(QStringLiteral("3号窗口")));
    QVERIFY(window->windowTitle().contains(QStringLiteral("王晓梅")));
    QCOMPARE(m_settings->lastStaffNo(), QStringLiteral("1001"));
    auto *status = window->findChild<QLabel *>(QStringLiteral("status_hall"));
    QVERIFY(status);
    QVERIFY(status->text().contains(QStringLiteral("单机运行")));
}

void TestClientGui::navigationFollowsTheRole_data()
{
    QTest::addColumn<QString>("staffNo");
    QTest::addColumn<QStringList>("pages");
    QTest::addColumn<QStringList>("titles");
    const auto L = [](std::initializer_list<const char *> items) {
        QStringList out;
        for (const char *item : items)
            out << QString::fromUtf8(item);
        return out;
    };
    QTest::newRow("clerk") << "1001" << L({"intake", "cases", "catalog", "unresolved", "reviews", "sync"})
                           << L({"综合受理", "办件", "事项目录", "办不成事", "差评整改", "省平台上报"});
    QTest::newRow("help desk") << "2001"
                               << L({"intake", "cases", "catalog", "proxy", "unresolved", "reviews", "sync"})
                               << L({"综合受理", "办件", "事项目录", "帮办代办", "办不成事", "差评整改",
                                     "省平台上报"});
    QTest::newRow("supervisor") << "3001"
                                << L({"cases", "catalog", "proxy", "unresolved", "queue", "overview",
                                      "indicators", "reviews", "sync"})
                                << L({"办件", "事项目录", "帮办代办", "办不成事", "排队监控", "大厅概况",
                                      "指标", "差评整改", "省平台上报"});
    QTest::newRow("administrator") << "9001"
                                   << L({"cases", "catalog", "proxy", "unresolved", "queue", "overview",
                                         "indicators", "reviews", "sync", "admin"})
                                   << L({"办件", "事项目录", "帮办代办", "办不成事", "排队监控", "大厅概况",
                                         "指标", "差评整改", "省平台上报", "系统管理"});
}

void TestClientGui::navigationFollowsTheRole()
{
    QFETCH(QString, staffNo);
    QFETCH(QStringList, pages);
    QFETCH(QStringList, titles);
    MainWindow *window = startAs(staffNo);
    QVERIFY(window);
    QCOMPARE(window->pageIds(), pages);
    QCOMPARE(navigationTexts(window), titles);
    QCOMPARE(window->showPage(QStringLiteral("admin")), pages.contains(QStringLiteral("admin")));
    if (pages.contains(QStringLiteral("overview"))) {
        QVERIFY(window->showPage(QStringLiteral("overview")));
        auto *pagesWidget = window->findChild<QStackedWidget *>(QStringLiteral("pages"));
        QCOMPARE(pagesWidget->currentWidget()->objectName(), QStringLiteral("overviewPage"));
        auto *windows = window->findChild<QLabel *>(QStringLiteral("figure_windowsActive"));
        QCOMPARE(windows->text(), QStringLiteral("7"));
    }
}

void TestClientGui::catalogPageFiltersAndShowsMaterials()
{
    MainWindow *window = startAs(QStringLiteral("1001"));
    QVERIFY(window);
    QVERIFY(window->showPage(QStringLiteral("catalog")));
    auto *table = window->findChild<QTableView *>(QStringLiteral("catalogTable"));
    const int all = table->model()->rowCount();
    QVERIFY(all >= 300);
    // QTest cannot type Chinese; setText goes through the same textChanged path as an input method.
    window->findChild<QLineEdit *>(QStringLiteral("catalogFilter"))->setText(QStringLiteral("结婚"));
    const int filtered = table->model()->rowCount();
    QVERIFY(filtered > 0);
    QVERIFY(filtered < all);
    table->setCurrentIndex(table->model()->index(0, 0));
    const QString detail = window->findChild<QTextBrowser *>(QStringLiteral("matterDetail"))->toPlainText();
    QVERIFY2(detail.contains(QStringLiteral("申请材料")), qPrintable(detail.left(200)));
    QVERIFY(detail.contains(QStringLiteral("居民身份证")));
}

void TestClientGui::administratorAddsAStaffAccount()
{
    MainWindow *window = startAs(QStringLiteral("9001"));
    QVERIFY(window);
    QVERIFY(window->showPage(QStringLiteral("admin")));
    auto *table = window->findChild<QTableWidget *>(QStringLiteral("staffTable"));
    QCOMPARE(table->rowCount(), 6); // five people and the kiosk account
    bool done = false;
    whenModal(QStringLiteral("staffDialog"), [&done](QWidget *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("staffNoEdit")),
                         QStringLiteral("1010"));
        dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("陈晨"));
        dialog->findChild<QCheckBox *>(QStringLiteral("role_clerk"))->setChecked(true);
        // A weak first password is refused with the rule, the dialog stays.
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("initialPasswordEdit")),
                         QStringLiteral("123"));
        QPushButton *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("errorLabel"))->text().isEmpty());
        dialog->findChild<QLineEdit *>(QStringLiteral("initialPasswordEdit"))
            ->setText(QStringLiteral("Start2026"));
        QTest::mouseClick(save, Qt::LeftButton);
        done = !dialog->isVisible();
    });
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("addStaffButton")), Qt::LeftButton);
    QVERIFY(done);
    QCOMPARE(table->rowCount(), 7);
    QCOMPARE(test::count(*m_db, QStringLiteral("staff"),
                         QStringLiteral("staff_no = '1010' AND must_change_password = 1")),
             1);
}

void TestClientGui::idleLockNeedsThePassword()
{
    QDateTime now(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc());
    Clock::setOverride([&now] { return now; });
    m_settings->setValue(Settings::Key::IdleLockMinutes, 5);
    MainWindow *window = startAs(QStringLiteral("1001"));
    QVERIFY(window);
    QVERIFY(window->centralWidget()->isVisible());
    bool escapeKeptItLocked = false;
    bool contentHiddenWhileLocked = false;
    QString wrongPasswordError;
    whenModal(QStringLiteral("lockDialog"), [&](QWidget *dialog) {
        contentHiddenWhileLocked = !window->centralWidget()->isVisible();
        QTest::keyClick(dialog, Qt::Key_Escape);
        escapeKeptItLocked = dialog->isVisible();
        auto *pass = dialog->findChild<QLineEdit *>(QStringLiteral("unlockPassword"));
        QTest::keyClicks(pass, QStringLiteral("not-my-pass1"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("unlockButton")), Qt::LeftButton);
        wrongPasswordError = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"))->text();
        QTest::keyClicks(pass, DemoSetup::demoPassword());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("unlockButton")), Qt::LeftButton);
    });
    now = now.addSecs(5 * 60 + 1);
    m_idle->check(); // the lock dialog runs its own loop until unlocked
    QVERIFY(contentHiddenWhileLocked);
    QVERIFY(escapeKeptItLocked);
    QCOMPARE(wrongPasswordError, QStringLiteral("工号或密码错误。"));
    QVERIFY(window->centralWidget()->isVisible());
    QVERIFY(m_session->isLoggedIn());
}

void TestClientGui::largeFontModeSwitchesAtRunTime()
{
    MainWindow *window = startAs(QStringLiteral("1001"));
    QVERIFY(window);
    const qreal normal = QApplication::font().pointSizeF();
    auto *action = window->findChild<QAction *>(QStringLiteral("largeFontAction"));
    QVERIFY(action);
    action->trigger();
    QVERIFY(QApplication::font().pointSizeF() >= normal * 1.4);
    QVERIFY(m_settings->largeFont());
    action->trigger();
    QCOMPARE(QApplication::font().pointSizeF(), normal);
    QVERIFY(!m_settings->largeFont());
}

QTEST_MAIN(TestClientGui)
#include "tst_clientgui.moc"
