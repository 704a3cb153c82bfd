#include "app/core/adminservice.h"
#include "app/core/clientcontext.h"
#include "app/core/demosetup.h"
#include "app/core/idlewatcher.h"
#include "app/core/localization.h"
#include "app/core/session.h"
#include "app/core/settings.h"
#include "app/core/statusboard.h"
#include "calendar/calendarrepository.h"
#include "core/clock.h"
#include "crypto/fieldcipher.h"
#include "intake/intakeservice.h"
#include "support/modal.h"
#include "support/testsupport.h"
#include "widgets/common/theme.h"
#include "widgets/intake/intakepage.h"
#include "widgets/shell/clientshell.h"
#include "widgets/shell/mainwindow.h"

#include <functional>

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
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

QString withCheckDigit(const QString &body17)
{
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += body17.at(i).digitValue() * weights[i];
    return body17 + QStringLiteral("10X98765432").at(sum % 11);
}

} // namespace

// A whole intake through the real window, as a clerk does it: find the matter
// by pinyin initials, type a wrong and then a right ID number, check the
// materials, decide, print, and find the case in the list with its due date
// counted across the National Day holiday.
class TestIntakeGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aWholeIntakeAcrossTheHoliday();
    void tellingOnceAndRefusing();
    void handingOutAtTheWindow();

private:
    IntakePage *intakePage();
    void chooseMatter(IntakePage *page, const QString &query, const QString &expectedName);
    void fillApplicant(IntakePage *page, const QString &number);

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    std::optional<FieldCipher> m_cipher;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<AdminService> m_admin;
    std::unique_ptr<StatusBoard> m_status;
    std::unique_ptr<IdleWatcher> m_idle;
    std::unique_ptr<IntakeService> m_intake;
    std::unique_ptr<ClientContext> m_ctx;
    std::unique_ptr<ClientShell> m_shell;
};

void TestIntakeGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCOMPARE(Localization::install(*qApp, QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    theme::apply(*qApp, false);
    // Wednesday 30 September 2026, 10:00 in the hall: the National Day
    // holiday runs 1–7 October, Saturday 10 October is a make-up working day.
    Clock::setOverride([] { return QDateTime(QDate(2026, 9, 30), QTime(2, 0), QTimeZone::utc()); });
    m_db = test::openTempDatabase(m_dir, QStringLiteral("intake.db"));
    QVERIFY(m_db);
    QVERIFY(DemoSetup::ensure(m_db).ok());
    QVERIFY(CalendarRepository(m_db).importDefaults().ok());
    m_cipher = FieldCipher::fromKey(QByteArray(32, '\x33')).value();
    m_settings = std::make_unique<Settings>(
        std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("gui.ini")), QSettings::IniFormat));
    m_session = std::make_unique<Session>(m_db, 3);
    QVERIFY(m_session->login(QStringLiteral("1001"), DemoSetup::demoPassword()).ok());
    m_admin = std::make_unique<AdminService>(m_db, m_session.get());
    m_status = std::make_unique<StatusBoard>();
    m_idle = std::make_unique<IdleWatcher>();
    m_intake = std::make_unique<IntakeService>(m_db, &*m_cipher);
    m_ctx = std::make_unique<ClientContext>(
        ClientContext{m_db, m_settings.get(), m_session.get(), m_admin.get(), m_status.get(), m_idle.get(),
                      m_intake.get(), QStringLiteral("市中区政务服务中心"), true, QStringLiteral("zh_CN")});
    m_shell = std::make_unique<ClientShell>(*m_ctx);
    QVERIFY(m_shell->start()); // signed in already: straight to the main window
    QVERIFY(QTest::qWaitForWindowExposed(m_shell->mainWindow()));
}

void TestIntakeGui::cleanupTestCase()
{
    m_shell.reset();
    Clock::clearOverride();
}

IntakePage *TestIntakeGui::intakePage()
{
    MainWindow *window = m_shell->mainWindow();
    if (!window->showPage(QStringLiteral("intake"))) {
        qWarning("no intake page among %s", qPrintable(window->pageIds().join(QLatin1Char(','))));
        return nullptr;
    }
    return window->findChild<IntakePage *>();
}

void TestIntakeGui::chooseMatter(IntakePage *page, const QString &query, const QString &expectedName)
{
    auto *search = page->findChild<QLineEdit *>(QStringLiteral("matterSearch"));
    auto *results = page->findChild<QListWidget *>(QStringLiteral("matterResults"));
    search->setFocus();
    // QTest types ASCII only; Chinese arrives through setText like an input method's commit.
    if (query.at(0).unicode() < 0x80)
        QTest::keyClicks(search, query);
    else
        search->setText(query);
    QVERIFY(results->count() > 0);
    QVERIFY2(results->item(0)->text().startsWith(expectedName), qPrintable(results->item(0)->text()));
    QTest::keyClick(search, Qt::Key_Return); // keyboard only: Enter takes the highlighted matter
    auto *chosen = page->findChild<QListWidget *>(QStringLiteral("chosenMatters"));
    QCOMPARE(chosen->count(), 1);
    QVERIFY(chosen->item(0)->text().startsWith(expectedName));
}

void TestIntakeGui::fillApplicant(IntakePage *page, const QString &number)
{
    page->findChild<QLineEdit *>(QStringLiteral("applicantIdNumber"))->setText(number);
    page->findChild<QLineEdit *>(QStringLiteral("applicantName"))->setText(QStringLiteral("李四"));
    page->findChild<QLineEdit *>(QStringLiteral("applicantPhone"))->setText(QStringLiteral("13912345678"));
}

void TestIntakeGui::aWholeIntakeAcrossTheHoliday()
{
    IntakePage *page = intakePage();
    QVERIFY(page);
    chooseMatter(page, QStringLiteral("jzzhf"), QStringLiteral("居住证核发"));

    // A wrong check digit is caught as it is typed, in Chinese.
    const QString good = withCheckDigit(QStringLiteral("37040219850615002"));
    QString bad = good;
    bad[17] = good.at(17) == QLatin1Char('3') ? QLatin1Char('4') : QLatin1Char('3');
    auto *number = page->findChild<QLineEdit *>(QStringLiteral("applicantIdNumber"));
    auto *hint = page->findChild<QLabel *>(QStringLiteral("applicantIdHint"));
    number->setText(bad);
    QVERIFY2(hint->text().contains(QStringLiteral("校验")), qPrintable(hint->text()));
    fillApplicant(page, good);
    QCOMPARE(hint->text(), QCoreApplication::translate("yc::ApplicantForm", "The number is valid."));
    QVERIFY(hint->text() != QStringLiteral("The number is valid.")); // shown in Chinese

    // Deciding before checking the materials is refused with the reason.
    auto *error = page->findChild<QLabel *>(QStringLiteral("intakeError"));
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("acceptButton")), Qt::LeftButton);
    QVERIFY2(error->text().contains(QStringLiteral("核验")), qPrintable(error->text()));
    QVERIFY(page->lastOutcome().cases.isEmpty());

    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("allReceivedButton")), Qt::LeftButton);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("acceptButton")), Qt::LeftButton);
    QVERIFY2(error->text().isEmpty(), qPrintable(error->text()));
    QCOMPARE(page->lastOutcome().cases.size(), 1);
    const IntakeCase accepted = page->lastOutcome().cases.first();
    // 5 working days after 30 September: 8, 9, 10 (make-up Saturday), 12, 13 October.
    QCOMPARE(accepted.dueDate, QDate(2026, 10, 13));
    const QString result = page->findChild<QTextBrowser *>(QStringLiteral("intakeResult"))->toPlainText();
    QVERIFY2(result.contains(accepted.projectNo), qPrintable(result));

    // The receipt as a real PDF, in Chinese, with the case number.
    auto saved = page->saveDocuments(m_dir.filePath(QStringLiteral("docs")));
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
    QCOMPARE(saved->size(), 1);
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-layout"), saved->first(), QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(30000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    QVERIFY2(text.contains(QStringLiteral("受理通知书")), qPrintable(text.left(300)));
    QVERIFY(text.contains(accepted.projectNo));
    QVERIFY(text.contains(QStringLiteral("居住证核发")));
    QVERIFY(!text.contains(good)); // the ID only masked

    // The case list shows it, due on 13 October.
    MainWindow *window = m_shell->mainWindow();
    QVERIFY(window->showPage(QStringLiteral("cases")));
    auto *table = window->findChild<QTableView *>(QStringLiteral("caseTable"));
    QVERIFY(table->model()->rowCount() >= 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), accepted.projectNo);
    QCOMPARE(table->model()->index(0, 6).data().toString(), QStringLiteral("2026-10-13"));
    QCOMPARE(table->model()->index(0, 3).data().toString(),
             good.left(4) + QStringLiteral("**********") + good.right(4));
}

void TestIntakeGui::tellingOnceAndRefusing()
{
    IntakePage *page = intakePage();
    QVERIFY(page);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("resetButton")), Qt::LeftButton);
    QCOMPARE(page->findChild<QListWidget *>(QStringLiteral("chosenMatters"))->count(), 0);
    chooseMatter(page, QStringLiteral("居住证核发"), QStringLiteral("居住证核发"));
    fillApplicant(page, withCheckDigit(QStringLiteral("37040219920303004")));

    auto *checklist = page->findChild<QTableWidget *>(QStringLiteral("materialChecklist"));
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("allReceivedButton")), Qt::LeftButton);
    auto *first = qobject_cast<QComboBox *>(checklist->cellWidget(0, 4));
    QVERIFY(first);
    first->setCurrentIndex(first->findData(QStringLiteral("missing")));
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("notifyOnceButton")), Qt::LeftButton);
    QVERIFY2(page->lastOutcome().cases.size() == 1,
             qPrintable(page->findChild<QLabel *>(QStringLiteral("intakeError"))->text()));
    QCOMPARE(page->lastOutcome().cases.first().status, QStringLiteral("notified"));
    QVERIFY(page->lastOutcome().cases.first().projectNo.isEmpty());

    // Refusing needs the reason; the dialog says so and stays.
    bool refusedWithoutReason = false;
    whenModal(QStringLiteral("rejectionDialog"), [&refusedWithoutReason](QWidget *dialog) {
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        refusedWithoutReason = dialog->isVisible();
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("rejectReason"))
            ->setPlainText(QStringLiteral("不属于本中心受理范围"));
        dialog->findChild<QLineEdit *>(QStringLiteral("competentAgency"))
            ->setText(QStringLiteral("市公安局出入境管理支队"));
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("rejectButton")), Qt::LeftButton);
    QVERIFY(refusedWithoutReason);
    QCOMPARE(page->lastOutcome().cases.first().status, QStringLiteral("rejected"));
    QCOMPARE(test::count(*m_db, QStringLiteral("case_record"),
                         QStringLiteral("competent_agency = '市公安局出入境管理支队'")),
             1);
}

void TestIntakeGui::handingOutAtTheWindow()
{
    // The case accepted in the first test: hand over, record the result, hand out.
    MainWindow *window = m_shell->mainWindow();
    QVERIFY(window->showPage(QStringLiteral("cases")));
    auto *table = window->findChild<QTableView *>(QStringLiteral("caseTable"));
    auto *status = window->findChild<QComboBox *>(QStringLiteral("caseStatusFilter"));
    status->setCurrentIndex(status->findData(QStringLiteral("accepted")));
    QCOMPARE(table->model()->rowCount(), 1);
    table->setCurrentIndex(table->model()->index(0, 0));
    auto *deliverButton = window->findChild<QPushButton *>(QStringLiteral("deliverButton"));
    QVERIFY(!deliverButton->isEnabled()); // not finished yet

    whenModal(QStringLiteral("handoverDialog"), [](QWidget *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("handoverItems"))
            ->setText(QStringLiteral("申请表原件1份"));
        dialog->findChild<QLineEdit *>(QStringLiteral("handoverTo"))->setText(QStringLiteral("公安局户政科"));
        static_cast<QDialog *>(dialog)->accept();
    });
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("handoverButton")), Qt::LeftButton);
    QCOMPARE(test::count(*m_db, QStringLiteral("case_handover")), 1);

    whenModal(QStringLiteral("resultDialog"), [](QWidget *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("resultName"))->setText(QStringLiteral("居住证"));
        static_cast<QDialog *>(dialog)->accept();
    });
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("resultButton")), Qt::LeftButton);
    QCOMPARE(test::count(*m_db, QStringLiteral("case_record"), QStringLiteral("status = 'finished'")), 1);
    status->setCurrentIndex(status->findData(QStringLiteral("finished")));
    QCOMPARE(table->model()->rowCount(), 1);
    table->setCurrentIndex(table->model()->index(0, 0));
    QVERIFY(deliverButton->isEnabled());

    whenModal(QStringLiteral("deliveryDialog"), [](QWidget *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("deliveryRecipient"))->setText(QStringLiteral("李四"));
        static_cast<QDialog *>(dialog)->accept();
    });
    QTest::mouseClick(deliverButton, Qt::LeftButton);
    const QString message = window->findChild<QLabel *>(QStringLiteral("caseMessage"))->text();
    QVERIFY2(message.contains(QStringLiteral("送")), qPrintable(message)); // the 送达回执 number
    QCOMPARE(test::count(*m_db, QStringLiteral("case_record"), QStringLiteral("status = 'delivered'")), 1);
    QCOMPARE(
        test::count(*m_db, QStringLiteral("case_document"), QStringLiteral("doc_type = 'delivery_receipt'")),
        1);
}

QTEST_MAIN(TestIntakeGui)
#include "tst_intakegui.moc"
