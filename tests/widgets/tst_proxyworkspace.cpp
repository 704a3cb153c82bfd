// The help desk's workspace (帮办代办) on the demonstration hall: a help-desk
// member works a proxy case through to finished with the follow-up call,
// only through the screen (open, mandate, handover in and back, progress,
// finish, 回访); the forms are saved and read back with poppler; a ticket
// opens its case once; reminders follow the clock; a supervisor only reads.
#include "app/core/clientcontext.h"
#include "app/core/demosetup.h"
#include "app/core/session.h"
#include "app/core/settings.h"
#include "app/documents/proxyforms.h"
#include "core/clock.h"
#include "crypto/fieldcipher.h"
#include "proxy/proxycases.h"
#include "store/sql.h"
#include "support/modal.h"
#include "support/testsupport.h"
#include "widgets/proxy/proxycasepanel.h"
#include "widgets/proxy/proxyworkspacepage.h"

#include <ctime>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace yc;

namespace {

const QString rawId = QStringLiteral("370402198001011233");

template <typename T>
T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

// OK, and the dialog must close: a refusal would leave it open (and the test waiting).
void pressOk(QWidget *dialog)
{
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY2(!dialog->isVisible(),
             qPrintable(dialog->findChild<QLabel *>(QStringLiteral("proxyDialogError"))->text()));
}

void pressOkExpectingRefusal(QWidget *dialog)
{
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
}

void choose(QComboBox *combo, const QString &code)
{
    combo->setCurrentIndex(combo->findData(code));
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    p.waitForFinished(30000);
    // Layout spacing differs between poppler versions; compare without it.
    return QString::fromUtf8(p.readAllStandardOutput()).remove(QRegularExpression(QStringLiteral("\\s+")));
}

} // namespace

class TestProxyWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void helpDeskWorksACaseToFinishedWithFollowUp();
    void formsRender();
    void aTicketOpensItsCaseOnce();
    void remindersFollowTheClock();
    void supervisorOnlyReads();

private:
    std::unique_ptr<ClientContext> context(Session *session) const;

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<Settings> m_settings;
    std::optional<FieldCipher> m_cipher;
    std::unique_ptr<ProxyCases> m_cases;
    std::unique_ptr<Session> m_session;
    qint64 m_finished = 0;
};

void TestProxyWorkspace::initTestCase()
{
    qputenv("TZ", "Asia/Shanghai");
    tzset();
    QStandardPaths::setTestModeEnabled(true);
    m_db = test::openTempDatabase(m_dir, QStringLiteral("proxy.db"));
    QVERIFY(DemoSetup::ensure(m_db).ok());
    m_settings = std::make_unique<Settings>(
        std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat));
    m_cipher = FieldCipher::fromKey(QByteArray(32, '\x17')).value();
    m_cases = std::make_unique<ProxyCases>(m_db, &*m_cipher);
    // Friday 20 November 2026, 09:00 in the hall.
    Clock::setOverride([] { return QDateTime(QDate(2026, 11, 20), QTime(9, 0)).toUTC(); });
    m_session = std::make_unique<Session>(m_db, 5);
    QVERIFY(m_session->login(QStringLiteral("2001"), DemoSetup::demoPassword()).ok());
}

void TestProxyWorkspace::cleanupTestCase()
{
    Clock::clearOverride();
}

std::unique_ptr<ClientContext> TestProxyWorkspace::context(Session *session) const
{
    auto ctx = std::make_unique<ClientContext>(
        ClientContext{m_db, m_settings.get(), session, nullptr, nullptr, nullptr, nullptr,
                      QStringLiteral("市中区政务服务中心"), true, QStringLiteral("en")});
    return ctx;
}

void TestProxyWorkspace::helpDeskWorksACaseToFinishedWithFollowUp()
{
    auto ctx = context(m_session.get());
    ProxyWorkspacePage page(*ctx, *m_cases);
    page.resize(1500, 900);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *table = child<QTableWidget>(&page, "proxyCaseTable");
    QCOMPARE(table->rowCount(), 0);

    // Open: a person, elderly, 代办.
    test::whenModal(QStringLiteral("proxyOpenDialog"), [](QWidget *d) {
        choose(child<QComboBox>(d, "proxyMode"), QStringLiteral("proxy"));
        choose(child<QComboBox>(d, "proxyReason"), QStringLiteral("elderly"));
        child<QLineEdit>(d, "proxyPrincipalName")->setText(QStringLiteral("张三"));
        auto *ok = d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // no ID number and no next action yet
        child<QLineEdit>(d, "proxyPrincipalId")->setText(rawId);
        child<QLineEdit>(d, "proxyPrincipalPhone")->setText(QStringLiteral("13812345678"));
        child<QLineEdit>(d, "proxyPrincipalAddress")->setText(QStringLiteral("历下区某小区3号楼"));
        child<QLineEdit>(d, "proxyNextAction")->setText(QStringLiteral("签订委托书"));
        QVERIFY(ok->isEnabled());
        pressOk(d);
    });
    child<QPushButton>(&page, "proxyOpenButton")->click();
    QCOMPARE(table->rowCount(), 1);
    const qint64 id = page.currentCaseId();
    QVERIFY(id > 0);
    auto *header = child<QLabel>(&page, "proxyCaseHeader");
    QVERIFY(header->text().startsWith(QStringLiteral("BD20261120")));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("张三"));
    QVERIFY(child<QLabel>(&page, "proxyPersonInfo")->text().contains(QStringLiteral("3704**********1233")));
    QVERIFY(!child<QLabel>(&page, "proxyPersonInfo")->text().contains(rawId));

    // The mandate, signed.
    test::whenModal(QStringLiteral("proxyMandateDialog"), [](QWidget *d) {
        child<QPlainTextEdit>(d, "proxyMandateScope")
            ->setPlainText(QStringLiteral("代为办理城乡居民养老保险待遇领取"));
        child<QCheckBox>(d, "proxyMandateSigned")->setChecked(true);
        pressOk(d);
    });
    child<QPushButton>(&page, "proxyMandateButton")->click();
    QVERIFY(child<QLabel>(&page, "proxyMandateInfo")->text().contains(QStringLiteral("城乡居民养老保险")));

    // The household register received, in original.
    test::whenModal(QStringLiteral("proxyHandoverDialog"), [](QWidget *d) {
        choose(child<QComboBox>(d, "proxyHandoverDirection"), QStringLiteral("received"));
        child<QLineEdit>(d, "proxyHandoverItem")->setText(QStringLiteral("户口簿"));
        choose(child<QComboBox>(d, "proxyHandoverKind"), QStringLiteral("original"));
        child<QLineEdit>(d, "proxyHandoverCounterpart")->setText(QStringLiteral("张三"));
        pressOk(d);
    });
    child<QPushButton>(&page, "proxyHandoverButton")->click();
    QCOMPARE(child<QTableWidget>(&page, "proxyHandoverTable")->rowCount(), 1);

    // Progress with the next action.
    test::whenModal(QStringLiteral("proxyProgressDialog"), [](QWidget *d) {
        child<QPlainTextEdit>(d, "proxyProgressNote")->setPlainText(QStringLiteral("已向社保中心递交申请"));
        child<QLineEdit>(d, "proxyNextAction")->setText(QStringLiteral("取回结果并归还户口簿"));
        pressOk(d);
    });
    child<QPushButton>(&page, "proxyProgressButton")->click();
    QVERIFY(child<QLabel>(&page, "proxyNextLine")->text().contains(QStringLiteral("取回结果并归还户口簿")));

    // Finishing is refused while the original is held: the dialog asks where it is.
    test::whenModal(QStringLiteral("proxyReasonDialog"), [](QWidget *d) {
        QVERIFY(child<QLabel>(d, "proxyOutstanding")->text().contains(QStringLiteral("户口簿")));
        child<QPlainTextEdit>(d, "proxyReasonText")->setPlainText(QStringLiteral("办结"));
        QVERIFY(!d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        static_cast<QDialog *>(d)->reject();
    });
    child<QPushButton>(&page, "proxyFinishButton")->click();

    // The original back: asking to return two is refused in the dialog, one goes through.
    test::whenModal(QStringLiteral("proxyHandoverDialog"), [](QWidget *d) {
        choose(child<QComboBox>(d, "proxyHandoverDirection"), QStringLiteral("returned"));
        child<QLineEdit>(d, "proxyHandoverItem")->setText(QStringLiteral("户口簿"));
        child<QSpinBox>(d, "proxyHandoverCount")->setValue(2);
        pressOkExpectingRefusal(d);
        auto *error = child<QLabel>(d, "proxyDialogError");
        QVERIFY(d->isVisible());
        QVERIFY(!error->isHidden());
        QVERIFY(!error->text().isEmpty());
        child<QSpinBox>(d, "proxyHandoverCount")->setValue(1);
        pressOk(d);
    });
    child<QPushButton>(&page, "proxyHandoverButton")->click();
    QCOMPARE(child<QTableWidget>(&page, "proxyHandoverTable")->rowCount(), 2);

    // Finish.
    test::whenModal(QStringLiteral("proxyReasonDialog"), [](QWidget *d) {
        QVERIFY(!d->findChild<QLabel *>(QStringLiteral("proxyOutstanding")));
        child<QPlainTextEdit>(d, "proxyReasonText")
            ->setPlainText(QStringLiteral("待遇领取资格已认证，结果电话告知"));
        pressOk(d);
    });
    child<QPushButton>(&page, "proxyFinishButton")->click();
    QCOMPARE(m_cases->detail(id, Clock::nowUtc())->summary.state, QStringLiteral("finished"));
    QVERIFY(!child<QPushButton>(&page, "proxyProgressButton")->isEnabled());
    QVERIFY(!child<QPushButton>(&page, "proxySuspendButton")->isEnabled());
    auto *callback = child<QPushButton>(&page, "proxyCallbackButton");
    QVERIFY(callback->isEnabled());

    // The follow-up call.
    test::whenModal(QStringLiteral("proxyCallbackDialog"), [](QWidget *d) {
        choose(child<QComboBox>(d, "proxyCallbackMethod"), QStringLiteral("phone"));
        choose(child<QComboBox>(d, "proxyCallbackSatisfaction"), QStringLiteral("very_satisfied"));
        child<QPlainTextEdit>(d, "proxyCallbackNote")->setPlainText(QStringLiteral("老人很满意"));
        pressOk(d);
    });
    callback->click();
    QVERIFY(!callback->isEnabled());
    auto detail = m_cases->detail(id, Clock::nowUtc());
    QVERIFY(detail->summary.callbackDone);
    QCOMPARE(detail->callbackSatisfaction, QStringLiteral("very_satisfied"));
    QCOMPARE(detail->summary.assignedStaffNo, QStringLiteral("2001"));
    QVERIFY(child<QLabel>(&page, "proxyFollowUpInfo")->text().contains(QStringLiteral("老人很满意")));

    // The closed case left "my cases" and is among the closed ones.
    QCOMPARE(table->rowCount(), 0);
    auto *view = child<QComboBox>(&page, "proxyView");
    view->setCurrentIndex(view->findData(int(ProxyView::Closed)));
    QCOMPARE(table->rowCount(), 1);

    // Every change reached the outbox for the platform, in order.
    auto q =
        sql::run(m_db->connection(),
                 QStringLiteral("SELECT payload FROM outbox WHERE destination = 'platform' AND event_type = "
                                "'proxy.recorded' ORDER BY case_seq"));
    QStringList actions;
    while (q->next())
        actions << QJsonDocument::fromJson(q->value(0).toString().toUtf8())
                       .object()
                       .value(QStringLiteral("data"))
                       .toObject()
                       .value(QStringLiteral("action"))
                       .toString();
    QCOMPARE(actions,
             (QStringList{QStringLiteral("opened"), QStringLiteral("mandate"), QStringLiteral("handover"),
                          QStringLiteral("progress"), QStringLiteral("handover"), QStringLiteral("finished"),
                          QStringLiteral("callback")}));
    m_finished = id;
    if (const QString dir = qEnvironmentVariable("YC_SCREEN_PREVIEW"); !dir.isEmpty())
        page.grab().save(dir + QStringLiteral("/proxy-workspace.png"));
}

void TestProxyWorkspace::formsRender()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext is not installed");
    QVERIFY(m_finished > 0);
    auto ctx = context(m_session.get());
    ProxyWorkspacePage page(*ctx, *m_cases);
    page.selectCase(m_finished);
    struct Expect
    {
        ProxyFormType type;
        QStringList texts;
    };
    const QList<Expect> forms{
        {ProxyFormType::Mandate,
         {QStringLiteral("ProxyServiceMandate"), QStringLiteral("张三"), QStringLiteral("3704**********1233"),
          QStringLiteral("代为办理城乡居民养老保险待遇领取"), QStringLiteral("Principal(signature)"),
          QStringLiteral("Agent(signature)"), QStringLiteral("赵丽娟(2001)")}},
        {ProxyFormType::Acceptance,
         {QStringLiteral("AcceptanceSlip"), QStringLiteral("户口簿"), QStringLiteral("Received"),
          QStringLiteral("Returned"), QStringLiteral("138****5678")}},
        {ProxyFormType::Closing,
         {QStringLiteral("ProxyServiceCompletionSlip"), QStringLiteral("待遇领取资格已认证"),
          QStringLiteral("None:everyoriginalwasreturned.")}},
    };
    for (const Expect &e : forms) {
        const QString path = m_dir.filePath(QStringLiteral("form%1.pdf").arg(int(e.type)));
        auto written = page.writeForm(e.type, path);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
        const QString text = pdfText(path);
        const QString proxyNo = m_cases->detail(m_finished, Clock::nowUtc())->summary.proxyNo;
        QVERIFY2(text.contains(proxyNo), qPrintable(text));
        for (const QString &t : e.texts)
            QVERIFY2(text.contains(t), qPrintable(QStringLiteral("%1 not in %2").arg(t, text)));
        QVERIFY(!text.contains(rawId));
        QVERIFY(!text.contains(QStringLiteral("13812345678")));
        // YC_DOCUMENT_PREVIEW=dir keeps the forms for a human to look at.
        if (const QString dir = qEnvironmentVariable("YC_DOCUMENT_PREVIEW"); !dir.isEmpty())
            QFile::copy(path, QDir(dir).filePath(QFileInfo(path).fileName()));
    }
}

void TestProxyWorkspace::aTicketOpensItsCaseOnce()
{
    test::exec(*m_db,
               QStringLiteral("INSERT INTO ticket (hall_id, business_day, line_id, line_prefix, number, "
                              "display_no, proxy_mode, state, issued_at) SELECT h.id, '2026-11-20', l.id, "
                              "l.prefix, 901, l.prefix || '901', 'home_visit', 'serving', "
                              "'2026-11-20T00:30:00.000Z' FROM hall h JOIN business_line l ON l.hall_id = "
                              "h.id ORDER BY l.id LIMIT 1"));
    const qint64 ticketId =
        sql::scalar(m_db->connection(),
                    QStringLiteral("SELECT max(id) FROM ticket WHERE proxy_mode = 'home_visit'"))
            ->toLongLong();
    auto ctx = context(m_session.get());
    ProxyWorkspacePage page(*ctx, *m_cases);
    QSignalSpy opened(&page, &ProxyWorkspacePage::caseOpened);
    test::whenModal(QStringLiteral("proxyOpenDialog"), [](QWidget *d) {
        QCOMPARE(child<QComboBox>(d, "proxyMode")->currentData().toString(), QStringLiteral("home_visit"));
        choose(child<QComboBox>(d, "proxyReason"), QStringLiteral("enterprise_start"));
        choose(child<QComboBox>(d, "proxyPrincipalKind"), QStringLiteral("legal"));
        child<QLineEdit>(d, "proxyPrincipalName")->setText(QStringLiteral("济南一窗科技有限公司"));
        child<QLineEdit>(d, "proxyPrincipalId")->setText(QStringLiteral("91350100M000100Y43"));
        auto *ok = d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        child<QLineEdit>(d, "proxyNextAction")->setText(QStringLiteral("上门核对材料"));
        QVERIFY(!ok->isEnabled()); // an enterprise needs its legal representative
        child<QLineEdit>(d, "proxyPrincipalLegalRep")->setText(QStringLiteral("周法人"));
        QVERIFY(ok->isEnabled());
        pressOk(d);
    });
    page.openForTicket(ticketId, QStringLiteral("home_visit"));
    QCOMPARE(opened.size(), 1);
    const qint64 id = opened.first().first().toLongLong();
    QCOMPARE(m_cases->detail(id, Clock::nowUtc())->ticketNo.isEmpty(), false);

    // Again for the same ticket: no second case, no dialog; the case is shown.
    bool asked = false;
    test::whenModal(QStringLiteral("proxyOpenDialog"), [&asked](QWidget *d) {
        asked = true;
        static_cast<QDialog *>(d)->reject();
    });
    page.openForTicket(ticketId, QStringLiteral("home_visit"));
    QTest::qWait(100);
    QVERIFY(!asked);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(page.findChild<ProxyCasePanel *>()->caseId(), id);
    QCOMPARE(test::count(*m_db, QStringLiteral("proxy_case"), QStringLiteral("ticket_id = %1").arg(ticketId)),
             1);
}

void TestProxyWorkspace::remindersFollowTheClock()
{
    ProxyOpenRequest r;
    r.serviceMode = QStringLiteral("assist");
    r.reason = QStringLiteral("disabled");
    r.principal.name = QStringLiteral("李四");
    r.principal.idNumber = QStringLiteral("370102195001011233");
    r.assignedStaffNo = QStringLiteral("2001");
    r.nextAction = QStringLiteral("陪同办理残疾人证");
    r.nextDue = QDate(2026, 11, 23); // Monday
    auto opened = m_cases->open(r, {QStringLiteral("2001"), 5});
    QVERIFY(opened.ok());
    auto ctx = context(m_session.get());
    ProxyWorkspacePage page(*ctx, *m_cases);
    const int before = page.reminderCount();
    QSignalSpy changed(&page, &ProxyWorkspacePage::reminderCountChanged);
    auto *table = child<QTableWidget>(&page, "proxyCaseTable");
    auto rowOf = [&](qint64 id) {
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 0)->data(Qt::UserRole).toLongLong() == id)
                return row;
        return -1;
    };
    QVERIFY(rowOf(opened->id) >= 0);
    const QColor plain = table->item(rowOf(opened->id), 2)->background().color();

    // Tuesday 24 November: a day late.
    Clock::setOverride([] { return QDateTime(QDate(2026, 11, 24), QTime(9, 0)).toUTC(); });
    page.refresh();
    QCOMPARE(page.reminderCount(), before + 1);
    QCOMPARE(changed.size(), 1);
    QVERIFY(table->item(rowOf(opened->id), 2)->background().color() != plain);
    auto *view = child<QComboBox>(&page, "proxyView");
    view->setCurrentIndex(view->findData(int(ProxyView::Overdue)));
    QVERIFY(rowOf(opened->id) >= 0);
    Clock::setOverride([] { return QDateTime(QDate(2026, 11, 20), QTime(9, 0)).toUTC(); });
}

void TestProxyWorkspace::supervisorOnlyReads()
{
    Session supervisor(m_db, 0);
    QVERIFY(supervisor.login(QStringLiteral("3001"), DemoSetup::demoPassword()).ok());
    auto ctx = context(&supervisor);
    ProxyWorkspacePage page(*ctx, *m_cases);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(!child<QPushButton>(&page, "proxyOpenButton")->isVisible());
    auto *view = child<QComboBox>(&page, "proxyView");
    view->setCurrentIndex(view->findData(int(ProxyView::Team)));
    QVERIFY(child<QTableWidget>(&page, "proxyCaseTable")->rowCount() >= 1);
    child<QTableWidget>(&page, "proxyCaseTable")->selectRow(0);
    QVERIFY(page.currentCaseId() > 0);
    for (const char *name :
         {"proxyProgressButton", "proxyFinishButton", "proxyHandoverButton", "proxyMandateButton"})
        QVERIFY2(!child<QPushButton>(&page, name)->isVisible(), name);
    QVERIFY(child<QPushButton>(&page, "proxyPrintAcceptance")->isEnabled());
}

QTEST_MAIN(TestProxyWorkspace)
#include "tst_proxyworkspace.moc"
