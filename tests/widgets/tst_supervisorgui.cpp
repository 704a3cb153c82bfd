// The supervisor's indicators page on a demo hall with a day of queue
// history: the figures, the breakdowns, a bad period, the charts and both
// exports (the CSV read back, the PDF read with poppler).
#include "app/core/clientcontext.h"
#include "app/core/demosetup.h"
#include "app/core/localization.h"
#include "app/core/session.h"
#include "app/core/settings.h"
#include "core/clock.h"
#include "evaluation/badrevieworders.h"
#include "evaluation/evaluationservice.h"
#include "store/sql.h"
#include "support/testsupport.h"
#include "widgets/supervisor/badreviewspage.h"
#include "widgets/supervisor/chartwidget.h"
#include "widgets/supervisor/indicatorspage.h"
#include "widgets/supervisor/syncpage.h"

#include <ctime>

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

using namespace yc;

class TestSupervisorGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The hall's days are Beijing time whatever zone the machine is set to:
        // this machine is put on Pacific time to prove it.
        qputenv("TZ", "America/Los_Angeles");
        tzset();
        QStandardPaths::setTestModeEnabled(true);
        QCOMPARE(Localization::install(*qApp, QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        m_db = test::openTempDatabase(m_dir, QStringLiteral("sup.db"));
        QVERIFY(DemoSetup::ensure(m_db).ok());
        m_settings = std::make_unique<Settings>(
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat));
        m_ctx = std::make_unique<ClientContext>(
            ClientContext{m_db, m_settings.get(), nullptr, nullptr, nullptr, nullptr, nullptr,
                          QStringLiteral("市中区政务服务中心"), true, QStringLiteral("zh_CN")});
        // 10 November 2026, local 09:00–10:00: three tickets at windows 1 and 2.
        Clock::setOverride(
            [] { return QDateTime(QDate(2026, 11, 20), QTime(9, 0), hallTime::zone()).toUTC(); });
        const auto t = [](int h, int m) {
            return toStoredTime(QDateTime(QDate(2026, 11, 10), QTime(h, m), hallTime::zone()).toUTC());
        };
        QVERIFY(test::count(*m_db, QStringLiteral("business_line"), QStringLiteral("id = 1")) ==
                1); // the demo's
        test::exec(*m_db, QStringLiteral(
                              "INSERT INTO ticket (hall_id, business_day, line_id, line_prefix, number, "
                              "display_no, state, issued_at, called_at, finished_at, window_no, staff_no) "
                              "SELECT id, '2026-11-10', 1, 'A', 1, 'A001', 'finished', '%1', '%2', '%3', 1, "
                              "'1001' FROM hall LIMIT 1")
                              .arg(t(9, 0), t(9, 10), t(9, 30)));
        test::exec(*m_db, QStringLiteral(
                              "INSERT INTO ticket (hall_id, business_day, line_id, line_prefix, number, "
                              "display_no, state, issued_at, called_at, finished_at, window_no, staff_no) "
                              "SELECT id, '2026-11-10', 1, 'A', 2, 'A002', 'finished', '%1', '%2', '%3', 2, "
                              "'1002' FROM hall LIMIT 1")
                              .arg(t(9, 5), t(9, 35), t(9, 45)));
        test::exec(*m_db,
                   QStringLiteral("INSERT INTO ticket (hall_id, business_day, line_id, line_prefix, number, "
                                  "display_no, state, issued_at, window_no) "
                                  "SELECT id, '2026-11-10', 1, 'A', 3, 'A003', 'waiting', '%1', NULL "
                                  "FROM hall LIMIT 1")
                       .arg(t(9, 50)));
    }

    void cleanupTestCase() { Clock::clearOverride(); }

    void figuresByWindowAndClerk()
    {
        IndicatorsPage page(*m_ctx);
        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *table = page.findChild<QTableWidget *>(QStringLiteral("indicatorTable"));
        QVERIFY(table);
        // This month (November) by window: the hall, then windows 1 and 2.
        QCOMPARE(table->horizontalHeaderItem(0)->text(), QStringLiteral("窗口"));
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("全厅"));
        const int served = 2, averageWait = 3 + 6 + 1; // label, cases, served, six figures, bad reviews
        QCOMPARE(table->horizontalHeaderItem(served)->text(), QStringLiteral("服务票数"));
        QCOMPARE(table->item(0, served)->text(), QStringLiteral("2"));
        QCOMPARE(table->horizontalHeaderItem(averageWait)->text(), QStringLiteral("平均等候（分钟）"));
        QCOMPARE(table->item(0, averageWait)->text(), QStringLiteral("20.0")); // (10 + 30) / 2
        QCOMPARE(table->item(1, averageWait)->text(), QStringLiteral("10.0"));
        QVERIFY(table->item(1, 0)->text().startsWith(QStringLiteral("1号")));
        // Two services without a case, neither evaluated: 0%, in red. No bad review and no case:
        // those shares are "—", not 0% and not red.
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("0.0"));
        QCOMPARE(table->item(0, 3)->foreground().color(), QColor(0xb0, 0x00, 0x20));
        for (int column = 4; column <= 8; ++column) {
            QCOMPARE(table->item(0, column)->text(), QStringLiteral("—"));
            QCOMPARE(table->item(0, column)->foreground().color(), table->item(0, 2)->foreground().color());
        }

        auto *dimension = page.findChild<QComboBox *>(QStringLiteral("indicatorDimension"));
        dimension->setCurrentIndex(1); // by clerk
        QCOMPARE(table->horizontalHeaderItem(0)->text(), QStringLiteral("工作人员"));
        QCOMPARE(table->rowCount(), 3);
        QVERIFY(table->item(1, 0)->text().contains(QStringLiteral("（1001）")));

        // The wait chart has the 9 o'clock bar; the evaluation chart its five levels.
        auto *wait = page.findChild<ChartWidget *>(QStringLiteral("chart0"));
        const int nine = int(wait->series().labels.indexOf(QStringLiteral("9时")));
        QVERIFY(nine >= 0);
        QCOMPARE(wait->series().values[nine], 20.0);
        QCOMPARE(page.findChild<ChartWidget *>(QStringLiteral("chart1"))->series().labels.size(), 5);
        QCOMPARE(page.findChild<ChartWidget *>(QStringLiteral("chart2"))->series().values.size(), 30);

        if (const QString dir = qEnvironmentVariable("YC_SCREEN_PREVIEW"); !dir.isEmpty())
            page.grab().save(dir + QStringLiteral("/indicators.png"));
    }

    void backwardsPeriodIsRefused()
    {
        IndicatorsPage page(*m_ctx);
        auto *preset = page.findChild<QComboBox *>(QStringLiteral("indicatorPeriod"));
        preset->setCurrentIndex(2); // chosen days
        auto *from = page.findChild<QDateEdit *>(QStringLiteral("indicatorFrom"));
        auto *to = page.findChild<QDateEdit *>(QStringLiteral("indicatorTo"));
        QVERIFY(from->isEnabled());
        from->setDate(QDate(2026, 11, 10));
        QCOMPARE(page.report().hall.ticketsServed, 2);
        to->setDate(QDate(2026, 11, 5));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("indicatorMessage"))
                    ->text()
                    .contains(QStringLiteral("早于")));
        QCOMPARE(page.report().hall.ticketsServed, 2); // the last good figures stay
        to->setDate(QDate(2026, 11, 30));
        from->setDate(QDate(2026, 11, 11)); // after the tickets: none
        QCOMPARE(page.report().hall.ticketsServed, 0);
    }

    void exportsCsvAndPdf()
    {
        IndicatorsPage page(*m_ctx);
        const QString csvPath = m_dir.filePath(QStringLiteral("i.csv"));
        QVERIFY(page.saveCsv(csvPath));
        const QByteArray csv = test::readFile(csvPath);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QVERIFY(QString::fromUtf8(csv).contains(QStringLiteral("全厅,0,2,")));

        const QString preview = qEnvironmentVariable("YC_SCREEN_PREVIEW");
        const QString pdfPath =
            (preview.isEmpty() ? m_dir.path() : preview) + QStringLiteral("/indicators.pdf");
        QVERIFY(page.savePdf(pdfPath));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        QVERIFY2(!pdftotext.isEmpty(), "poppler-utils is a build dependency (scripts/deps)");
        QProcess p;
        p.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdfPath, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("市中区政务服务中心")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("全厅")));
        QVERIFY(text.contains(QStringLiteral("按日办件量")));
        QCOMPARE(text.count(QChar(u'\f')), 2); // the table's page and the charts' page
    }

    void badReviewWorkOrder()
    {
        // A001 was served without a case; the citizen rated it 不满意 on the 20th.
        EvaluationService evaluations(m_db);
        EvaluationService::Input in;
        in.ticketId = test::count(*m_db, QStringLiteral("ticket"), QStringLiteral("display_no = 'A001'")) == 1
                          ? sql::scalar(m_db->connection(),
                                        QStringLiteral("SELECT id FROM ticket WHERE display_no = 'A001'"))
                                ->toLongLong()
                          : 0;
        in.level = QStringLiteral("dissatisfied");
        in.comment = QStringLiteral("窗口人员态度冷淡");
        QVERIFY(evaluations.submit(in));

        Session supervisor(m_db, 0);
        QVERIFY(supervisor.login(QStringLiteral("3001"), DemoSetup::demoPassword()).ok());
        m_ctx->session = &supervisor;
        BadReviewsPage page(*m_ctx);
        auto *table = page.findChild<QTableWidget *>(QStringLiteral("badReviewOrders"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("A001"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("窗口人员态度冷淡"));
        table->selectRow(0);
        auto *step = page.findChild<QComboBox *>(QStringLiteral("badReviewStep"));
        auto *note = page.findChild<QPlainTextEdit *>(QStringLiteral("badReviewNote"));
        auto *record = page.findChild<QPushButton *>(QStringLiteral("badReviewRecord"));
        auto *message = page.findChild<QLabel *>(QStringLiteral("badReviewMessage"));
        step->setCurrentIndex(4); // feedback before anything was done
        note->setPlainText(QStringLiteral("已反馈"));
        record->click();
        QVERIFY(message->text().contains(QStringLiteral("整改")));
        step->setCurrentIndex(1); // call-back
        note->setPlainText(QStringLiteral("电话回访，已致歉"));
        record->click();
        QCOMPARE(message->text(), QStringLiteral("已记录。"));
        QVERIFY(page.findChild<QTextBrowser *>(QStringLiteral("badReviewSteps"))
                    ->toPlainText()
                    .contains(QStringLiteral("电话回访")));
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("已回访"));

        // Ten days later, still not closed: overdue, escalated, in red.
        Clock::setOverride(
            [] { return QDateTime(QDate(2026, 11, 30), QTime(9, 0), hallTime::zone()).toUTC(); });
        QCOMPARE(BadReviewOrders(m_db).escalateOverdue(Clock::nowUtc()).value(), 1); // the client's timer
        page.reload();
        QVERIFY(table->item(0, 4)->text().contains(QStringLiteral("已督办")));
        QCOMPARE(table->item(0, 0)->foreground().color(), QColor(0xb0, 0x00, 0x20));
        Clock::setOverride(
            [] { return QDateTime(QDate(2026, 11, 20), QTime(9, 0), hallTime::zone()).toUTC(); });
        m_ctx->session = nullptr;
    }

    void refusedEventsAreListedInWords()
    {
        test::exec(*m_db, QStringLiteral(
                              "INSERT INTO outbox (event_id, destination, case_key, case_seq, event_type, "
                              "payload, created_at, state, attempts, next_attempt_at, last_error, "
                              "error_class) VALUES ('ev-9', 'platform', 'case-9', 1, 'case.accepted', '{}', "
                              "'2026-11-20T01:05:00.000Z', 'dead', 2, 'x', 'taskCode: unknown', 'schema')"));
        SyncPage page(*m_ctx); // no sync running, no one signed in: read only
        auto *table = page.findChild<QTableWidget *>(QStringLiteral("deadLetters"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("（未编号）case-9"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("受理"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("taskCode: unknown"));
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("2026-11-20 09:05")); // Beijing time
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("resendButton"))->isVisibleTo(&page));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("syncFigures"))
                    ->text()
                    .contains(QStringLiteral("未运行")));
    }

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ClientContext> m_ctx;
};

QTEST_MAIN(TestSupervisorGui)
#include "tst_supervisorgui.moc"
