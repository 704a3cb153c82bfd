#include "app/core/adminservice.h"
#include "app/core/clientcontext.h"
#include "app/core/demosetup.h"
#include "app/core/idlewatcher.h"
#include "app/core/session.h"
#include "app/core/settings.h"
#include "app/core/statusboard.h"
#include "app/hall/localhall.h"
#include "cases/caselistmodel.h"
#include "core/clock.h"
#include "crypto/fieldcipher.h"
#include "intake/intakeservice.h"
#include "support/modal.h"
#include "support/testsupport.h"
#include "widgets/common/servicebadge.h"
#include "widgets/common/theme.h"
#include "widgets/intake/intakepage.h"
#include "widgets/kiosk/kioskmode.h"
#include "widgets/kiosk/kioskwindow.h"
#include "widgets/queue/callingpanel.h"
#include "widgets/shell/clientshell.h"
#include "widgets/shell/mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace yc;

namespace {

// The text of a PDF (poppler-utils is a build dependency, scripts/deps).
QString withCheckDigit(const QString &body17)
{
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += body17.at(i).digitValue() * weights[i];
    return body17 + QStringLiteral("10X98765432").at(sum % 11);
}

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!p.waitForFinished(30000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

// Issue 7's check: a 帮办代办 ticket shows its badge from the kiosk to the
// calling panel to the case list to the printed receipt. The kiosk (signed
// in with the demo kiosk account) and the clerk's window (the real client
// shell at window 3) each have their own in-process hall on one database,
// as two programs on one hall would; the receipt is a real PDF read back
// with pdftotext.
class TestProxyBadge : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void badgeFromKioskToReceipt();
    void clerkMarksTheCurrentTicketWithAReason();

private:
    QString issueAtKiosk(const char *priorityButton, const QString &line);
    std::optional<queue::Ticket> clerkTicket(const QString &displayNo) const;

    QString m_lastSlip; // the PDF of the last ticket the kiosk printed
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    std::optional<FieldCipher> m_cipher;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<AdminService> m_admin;
    std::unique_ptr<StatusBoard> m_status;
    std::unique_ptr<IdleWatcher> m_idle;
    std::unique_ptr<IntakeService> m_intake;
    std::unique_ptr<LocalHall> m_clerkHall;
    std::unique_ptr<LocalHall> m_kioskHall;
    std::unique_ptr<ClientContext> m_ctx;
    std::unique_ptr<ClientContext> m_kioskCtx;
    std::unique_ptr<ClientShell> m_shell;
    std::unique_ptr<KioskWindow> m_kiosk;
};

void TestProxyBadge::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    theme::apply(*qApp, false);
    // Wednesday 18 November 2026, 10:00 in the hall.
    Clock::setOverride([] { return QDateTime(QDate(2026, 11, 18), QTime(2, 0), QTimeZone::utc()); });
    m_db = test::openTempDatabase(m_dir, QStringLiteral("badge.db"));
    QVERIFY(m_db);
    QVERIFY(DemoSetup::ensure(m_db).ok());
    m_cipher = FieldCipher::fromKey(QByteArray(32, '\x44')).value();
    m_settings = std::make_unique<Settings>(
        std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("badge.ini")), QSettings::IniFormat));
    m_session = std::make_unique<Session>(m_db, 3);
    QVERIFY(m_session->login(QStringLiteral("1001"), DemoSetup::demoPassword()).ok());
    m_admin = std::make_unique<AdminService>(m_db, m_session.get());
    m_status = std::make_unique<StatusBoard>();
    m_idle = std::make_unique<IdleWatcher>();
    m_intake = std::make_unique<IntakeService>(m_db, &*m_cipher);

    queue::QueueConfig config;
    config.enforceServiceHours = false;
    m_clerkHall = std::make_unique<LocalHall>(m_db, config);
    QVERIFY(m_clerkHall->adopt(m_session->staff(), 3).ok());
    QTRY_COMPARE(m_clerkHall->state(), HallConnection::State::Ready);
    m_ctx = std::make_unique<ClientContext>(
        ClientContext{m_db, m_settings.get(), m_session.get(), m_admin.get(), m_status.get(), m_idle.get(),
                      m_intake.get(), QStringLiteral("市中区政务服务中心"), true, QStringLiteral("en")});
    m_ctx->hall = m_clerkHall.get();
    m_shell = std::make_unique<ClientShell>(*m_ctx);
    QVERIFY(m_shell->start());
    QVERIFY(QTest::qWaitForWindowExposed(m_shell->mainWindow()));

    // The kiosk signs in as the demonstration hall's kiosk account.
    m_kioskHall = std::make_unique<LocalHall>(m_db, config);
    m_kioskCtx = std::make_unique<ClientContext>(*m_ctx);
    m_kioskCtx->hall = m_kioskHall.get();
    KioskMode::Options options = KioskMode::options(*m_settings, true);
    QCOMPARE(options.staffNo, QStringLiteral("8001"));
    options.ticketFolder = m_dir.filePath(QStringLiteral("tickets"));
    QVERIFY(KioskMode::signIn(*m_kioskCtx, options).ok());
    QTRY_COMPARE(m_kioskHall->state(), HallConnection::State::Ready);
    QCOMPARE(m_kioskHall->roles(), QStringList{QStringLiteral("kiosk")});
    m_kiosk = KioskMode::createWindow(*m_kioskCtx, options);
    m_kiosk->resize(1280, 1024);
    QTRY_VERIFY(m_kiosk->findChild<QPushButton *>(QStringLiteral("line_A")));
}

void TestProxyBadge::cleanupTestCase()
{
    m_kiosk.reset();
    m_shell.reset();
    m_kioskHall.reset();
    m_clerkHall.reset();
    Clock::clearOverride();
}

std::optional<queue::Ticket> TestProxyBadge::clerkTicket(const QString &displayNo) const
{
    for (const queue::Ticket &t : m_clerkHall->hall().tickets())
        if (t.displayNo == displayNo)
            return t;
    return std::nullopt;
}

QString TestProxyBadge::issueAtKiosk(const char *priorityButton, const QString &line)
{
    if (auto *done = m_kiosk->findChild<QPushButton *>(QStringLiteral("doneButton"));
        done->isVisibleTo(m_kiosk.get()))
        QTest::mouseClick(done, Qt::LeftButton);
    QSignalSpy issued(m_kiosk.get(), &KioskWindow::ticketIssued);
    QTest::mouseClick(m_kiosk->findChild<QPushButton *>(QString::fromLatin1(priorityButton)), Qt::LeftButton);
    QTest::mouseClick(m_kiosk->findChild<QPushButton *>(QStringLiteral("line_") + line), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return issued.size() == 1; }, 10000))
        return {};
    m_lastSlip = issued.first().at(1).toString();
    return issued.first().at(0).toString();
}

void TestProxyBadge::badgeFromKioskToReceipt()
{
    // 1. The kiosk: 帮办 on line A; the screen and the printed slip carry the mark.
    const QString number = issueAtKiosk("priority_proxy", QStringLiteral("A"));
    QVERIFY(number.startsWith(QLatin1Char('A')));
    auto *kioskBadge = m_kiosk->findChild<ServiceBadge *>(QStringLiteral("kioskProxyBadge"));
    QVERIFY(kioskBadge->isVisibleTo(m_kiosk.get()));
    QCOMPARE(kioskBadge->mode(), QStringLiteral("assist"));
    QCOMPARE(kioskBadge->text(), QStringLiteral("Assist"));
    const QString slip = pdfText(m_lastSlip);
    QVERIFY2(slip.contains(QStringLiteral("Assist")), qPrintable(slip));

    // 2. The calling panel of window 3. Its hall learns of the ticket with the
    // next change it sees: a ticket on a line window 3 does not serve.
    MainWindow *window = m_shell->mainWindow();
    auto *panel = window->findChild<CallingPanel *>();
    QVERIFY(panel);
    std::optional<Result<QJsonObject>> reply;
    m_clerkHall->request(QStringLiteral("issue"), {{QStringLiteral("prefix"), QStringLiteral("T")}},
                         [&reply](const Result<QJsonObject> &r) { reply = r; });
    QTRY_VERIFY(reply.has_value() && reply->ok());
    auto *waiting = panel->findChild<QTableWidget *>(QStringLiteral("waitingList"));
    QTRY_COMPARE(waiting->rowCount(), 1);
    QCOMPARE(waiting->item(0, 0)->text(), number);
    QCOMPARE(waiting->item(0, 2)->text(), QStringLiteral("Assist"));
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("callNextButton")), Qt::LeftButton);
    QTRY_COMPARE(panel->findChild<QLabel *>(QStringLiteral("ticketNumber"))->text(), number);
    auto *panelBadge = panel->findChild<ServiceBadge *>(QStringLiteral("proxyBadge"));
    QVERIFY(panelBadge->isVisibleTo(panel));
    QCOMPARE(panelBadge->mode(), QStringLiteral("assist"));
    QVERIFY(panelBadge->toolTip().contains(QStringLiteral("Other"))); // the kiosk's reason without a card

    // 3. Intake from the ticket: the case takes the mark.
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("startIntakeButton")), Qt::LeftButton);
    auto *intake = window->findChild<IntakePage *>();
    QTRY_VERIFY(intake && intake->isVisible());
    // The intake page may be on screen already; the ticket arrives with the hall's reply to "start".
    QTRY_COMPARE(intake->findChild<ServiceBadge *>(QStringLiteral("servingTicketBadge"))->mode(),
                 QStringLiteral("assist"));
    auto *search = intake->findChild<QLineEdit *>(QStringLiteral("matterSearch"));
    QTest::keyClicks(search, QStringLiteral("jzzhf"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(intake->findChild<QListWidget *>(QStringLiteral("chosenMatters"))->count(), 1);
    intake->findChild<QLineEdit *>(QStringLiteral("applicantIdNumber"))
        ->setText(withCheckDigit(QStringLiteral("11010519491231002")));
    intake->findChild<QLineEdit *>(QStringLiteral("applicantName"))->setText(QStringLiteral("王五"));
    intake->findChild<QLineEdit *>(QStringLiteral("applicantPhone"))->setText(QStringLiteral("13912345678"));
    QTest::mouseClick(intake->findChild<QPushButton *>(QStringLiteral("allReceivedButton")), Qt::LeftButton);
    QTest::mouseClick(intake->findChild<QPushButton *>(QStringLiteral("acceptButton")), Qt::LeftButton);
    QVERIFY2(intake->lastOutcome().cases.size() == 1,
             qPrintable(intake->findChild<QLabel *>(QStringLiteral("intakeError"))->text()));
    const IntakeCase accepted = intake->lastOutcome().cases.first();
    // The ticket is finished with the case number.
    QTRY_COMPARE(clerkTicket(number)->state, queue::state::finished);
    QCOMPARE(clerkTicket(number)->caseNo, accepted.projectNo);

    // 4. The case list: the row and the selected case's badge.
    QVERIFY(window->showPage(QStringLiteral("cases")));
    auto *table = window->findChild<QTableView *>(QStringLiteral("caseTable"));
    QTRY_VERIFY(table->model()->rowCount() >= 1);
    QCOMPARE(table->model()->index(0, CaseListModel::ProjectNo).data().toString(), accepted.projectNo);
    QCOMPARE(table->model()->index(0, CaseListModel::Service).data().toString(), QStringLiteral("Assist"));
    QCOMPARE(table->model()->index(0, CaseListModel::Service).data(CaseListModel::ProxyModeRole).toString(),
             QStringLiteral("assist"));
    table->setCurrentIndex(table->model()->index(0, 0));
    auto *caseBadge = window->findChild<ServiceBadge *>(QStringLiteral("caseProxyBadge"));
    QVERIFY(caseBadge->isVisibleTo(window));
    QCOMPARE(caseBadge->text(), QStringLiteral("Assist"));

    // 5. The printed receipt.
    auto saved = intake->saveDocuments(m_dir.filePath(QStringLiteral("receipts")));
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
    QCOMPARE(saved->size(), 1);
    const QString receipt = pdfText(saved->first());
    QVERIFY2(receipt.contains(accepted.projectNo), qPrintable(receipt.left(400)));
    QVERIFY2(receipt.contains(QStringLiteral("Assist")), qPrintable(receipt.left(400)));
}

void TestProxyBadge::clerkMarksTheCurrentTicketWithAReason()
{
    // A normal ticket; the clerk sees the citizen needs help and marks it 代办 for a key project.
    const QString number = issueAtKiosk("priority_none", QStringLiteral("B"));
    QVERIFY(!number.isEmpty());
    auto *kioskBadge = m_kiosk->findChild<ServiceBadge *>(QStringLiteral("kioskProxyBadge"));
    QVERIFY(!kioskBadge->isVisibleTo(m_kiosk.get()));

    auto *panel = m_shell->mainWindow()->findChild<CallingPanel *>();
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("callNextButton")), Qt::LeftButton);
    QTRY_COMPARE(panel->findChild<QLabel *>(QStringLiteral("ticketNumber"))->text(), number);
    auto *badge = panel->findChild<ServiceBadge *>(QStringLiteral("proxyBadge"));
    QVERIFY(!badge->isVisibleTo(panel));

    bool marked = false;
    test::whenModal(QStringLiteral("proxyMarkDialog"), [&marked](QWidget *dialog) {
        auto *mode = dialog->findChild<QComboBox *>(QStringLiteral("proxyModeChoice"));
        auto *reason = dialog->findChild<QComboBox *>(QStringLiteral("proxyReasonChoice"));
        mode->setCurrentIndex(mode->findData(QStringLiteral("proxy")));
        reason->setCurrentIndex(reason->findData(QStringLiteral("key_project")));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("proxyMarkOk")), Qt::LeftButton);
        marked = true;
    });
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("markProxyButton")), Qt::LeftButton);
    QVERIFY(marked);
    QTRY_VERIFY(badge->isVisibleTo(panel));
    QCOMPARE(badge->text(), QStringLiteral("Proxy"));
    QVERIFY(badge->toolTip().contains(QStringLiteral("Key project")));
    // Audited with who and why.
    QCOMPARE(
        test::count(*m_db, QStringLiteral("audit_log"),
                    QStringLiteral("action = 'queue.proxy_mark' AND staff_no = '1001' AND subject = '%1' "
                                   "AND detail = 'proxy/key_project'")
                        .arg(number)),
        1);
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("finishButton")), Qt::LeftButton);
    QTRY_COMPARE(panel->findChild<QLabel *>(QStringLiteral("ticketNumber"))->text(), QStringLiteral("—"));
}

QTEST_MAIN(TestProxyBadge)
#include "tst_proxybadge.moc"
