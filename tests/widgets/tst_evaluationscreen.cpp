#include "app/core/demosetup.h"
#include "app/core/session.h"
#include "app/core/statusboard.h"
#include "app/hall/localhall.h"
#include "staff/staffrepository.h"
#include "store/sql.h"
#include "support/testsupport.h"
#include "widgets/common/theme.h"
#include "widgets/evaluation/evaluationprompt.h"

#include <QApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace yc;

// The citizen's evaluation screen with its prompt against a real database
// (the demonstration hall) and the in-process hall (the same engine and
// dispatcher as yichuang-halld): a ticket finished at window 3 asks for the
// evaluation, buttons found by objectName are touched, and what the store
// holds afterwards is checked.
class TestEvaluationScreen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void finishedTicketAsksAndTheRatingIsStored();
    void badRatingIsSentOnlyWithItsReasons();
    void oneEvaluationPerService();
    void timeoutGoesBackToIdleWithoutRating();
    void oneMonitorNeverCoversTheClerksWork();

private:
    QString makeCase(int n);
    Result<QJsonObject> request(const QString &op, const QJsonObject &args = {});
    void click(const QString &name);
    qint64 evaluations(const QString &caseNo, const QString &where = QStringLiteral("1"));

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<StatusBoard> m_status;
    std::unique_ptr<LocalHall> m_hall;
    std::unique_ptr<EvaluationPrompt> m_prompt;
};

void TestEvaluationScreen::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    theme::apply(*qApp, false);
    m_db = test::openTempDatabase(m_dir, QStringLiteral("eval.db"));
    QVERIFY(m_db);
    QVERIFY(DemoSetup::ensure(m_db).ok());
    test::exec(*m_db, QStringLiteral("INSERT INTO applicant (id, kind, name, id_type, id_no_lookup, "
                                     "id_no_cipher, id_no_masked, created_at, updated_at) VALUES (900, "
                                     "'natural', '甲', '111', 'lookup-900', X'00', 'm', 'x', 'x')"));
    for (int n = 1; n <= 5; ++n)
        makeCase(n);
}

QString TestEvaluationScreen::makeCase(int n)
{
    const QString no = QStringLiteral("GUI-%1").arg(n);
    test::exec(*m_db,
               QStringLiteral("INSERT INTO case_record (local_id, project_no, matter_id, task_code, "
                              "matter_version, matter_name, project_kind, applicant_id, status, "
                              "decision, window_no, clerk_staff_no, applied_at, created_at, updated_at) "
                              "SELECT 'gui-case-%1', '%2', id, task_code, version, name, project_kind, "
                              "900, 'accepted', 'accept', 3, '1001', 'x', 'x', 'x' FROM matter "
                              "WHERE is_current = 1 ORDER BY id LIMIT 1")
                   .arg(n)
                   .arg(no));
    return no;
}

void TestEvaluationScreen::init()
{
    queue::QueueConfig config;
    config.enforceServiceHours = false; // the test may run at any hour
    m_hall = std::make_unique<LocalHall>(m_db, config);
    m_session = std::make_unique<Session>(m_db, 3);
    m_status = std::make_unique<StatusBoard>();
    ClientContext context;
    context.db = m_db;
    context.session = m_session.get();
    context.status = m_status.get();
    context.hall = m_hall.get();
    m_prompt = std::make_unique<EvaluationPrompt>(context);
    m_prompt->setAlwaysShow(true);
    m_prompt->screen()->setThanksMs(100);
    auto member = StaffRepository(m_db).find(QStringLiteral("1001"));
    QVERIFY(member.ok());
    QVERIFY(m_hall->adopt(member.value(), 3).ok());
    QTRY_COMPARE(m_hall->state(), HallConnection::State::Ready);
}

void TestEvaluationScreen::cleanup()
{
    m_prompt.reset();
    m_hall.reset();
    m_status.reset();
    m_session.reset();
}

Result<QJsonObject> TestEvaluationScreen::request(const QString &op, const QJsonObject &args)
{
    std::optional<Result<QJsonObject>> reply;
    m_hall->request(op, args, [&reply](const Result<QJsonObject> &r) { reply = r; });
    if (!QTest::qWaitFor([&] { return reply.has_value(); }, 10000))
        return Error{QStringLiteral("test.timeout"), op};
    return *reply;
}

void TestEvaluationScreen::click(const QString &name)
{
    auto *b = m_prompt->screen()->findChild<QPushButton *>(name);
    QVERIFY2(b, qPrintable(name));
    QVERIFY2(b->isEnabled(), qPrintable(name));
    QTest::mouseClick(b, Qt::LeftButton);
}

qint64 TestEvaluationScreen::evaluations(const QString &caseNo, const QString &where)
{
    return test::count(*m_db, QStringLiteral("evaluation"),
                       QStringLiteral("case_id = (SELECT id FROM case_record WHERE project_no = '%1') AND %2")
                           .arg(caseNo, where));
}

void TestEvaluationScreen::finishedTicketAsksAndTheRatingIsStored()
{
    EvaluationScreen *screen = m_prompt->screen();
    QCOMPARE(screen->page(), QStringLiteral("idle"));
    auto issued = request(QStringLiteral("issue"), {{QStringLiteral("prefix"), QStringLiteral("A")}});
    QVERIFY2(issued.ok(), qPrintable(issued ? QString() : issued.error().message));
    auto called = request(QStringLiteral("callNext"));
    QVERIFY2(called.ok(), qPrintable(called ? QString() : called.error().message));
    const qint64 ticketId =
        called->value(QStringLiteral("ticket")).toObject().value(QStringLiteral("id")).toInteger();
    QCOMPARE(screen->page(), QStringLiteral("idle"));
    auto finished = request(QStringLiteral("finish"), {{QStringLiteral("ticketId"), ticketId},
                                                       {QStringLiteral("caseNo"), QStringLiteral("GUI-1")}});
    QVERIFY2(finished.ok(), qPrintable(finished ? QString() : finished.error().message));
    QTRY_COMPARE(screen->page(), QStringLiteral("rate"));

    // Nothing can be sent before a level is chosen.
    QVERIFY(!screen->findChild<QPushButton *>(QStringLiteral("evaluationSend"))->isEnabled());
    QSignalSpy stored(m_prompt.get(), &EvaluationPrompt::evaluated);
    click(QStringLiteral("level_very_satisfied"));
    click(QStringLiteral("efficiency_5"));
    click(QStringLiteral("attitude_4"));
    click(QStringLiteral("evaluationSend"));
    QCOMPARE(screen->page(), QStringLiteral("thanks"));
    QCOMPARE(stored.size(), 1);
    QCOMPARE(evaluations(QStringLiteral("GUI-1"),
                         QStringLiteral("level = 'very_satisfied' AND channel = 'window_device' AND "
                                        "efficiency = 5 AND attitude = 4 AND service_level IS NULL AND "
                                        "window_no = 3 AND is_followup = 0")),
             1);
    QTRY_COMPARE(screen->page(), QStringLiteral("idle"));
}

void TestEvaluationScreen::badRatingIsSentOnlyWithItsReasons()
{
    EvaluationScreen *screen = m_prompt->screen();
    m_prompt->caseRecorded(QStringLiteral("GUI-2"));
    QCOMPARE(screen->page(), QStringLiteral("rate"));
    click(QStringLiteral("level_dissatisfied"));
    click(QStringLiteral("evaluationSend"));
    // Not sent: the reasons are asked for first.
    QCOMPARE(screen->page(), QStringLiteral("detail"));
    QCOMPARE(evaluations(QStringLiteral("GUI-2")), 0);
    QVERIFY(!screen->findChild<QPushButton *>(QStringLiteral("evaluationSendDetail"))->isEnabled());
    click(QStringLiteral("reason_1"));
    click(QStringLiteral("reason_1")); // touched again: off
    QVERIFY(!screen->findChild<QPushButton *>(QStringLiteral("evaluationSendDetail"))->isEnabled());
    click(QStringLiteral("reason_0"));
    click(QStringLiteral("evaluationSendDetail"));
    QCOMPARE(screen->page(), QStringLiteral("thanks"));
    const QString reason = EvaluationScreen::badReasons().at(0);
    QCOMPARE(evaluations(QStringLiteral("GUI-2"),
                         QStringLiteral("level = 'dissatisfied' AND comment = '[%1]'").arg(reason)),
             1);
    // The bad review opened its work order.
    QCOMPARE(test::count(*m_db, QStringLiteral("bad_review_order"),
                         QStringLiteral("evaluation_id = (SELECT e.id FROM evaluation e JOIN case_record c "
                                        "ON c.id = e.case_id WHERE c.project_no = 'GUI-2')")),
             1);
}

void TestEvaluationScreen::oneEvaluationPerService()
{
    EvaluationScreen *screen = m_prompt->screen();
    // Intake and the ticket's finish name the same service: one question.
    m_prompt->caseRecorded(QStringLiteral("GUI-3"));
    click(QStringLiteral("level_satisfied"));
    m_prompt->caseRecorded(QStringLiteral("GUI-3"));
    QCOMPARE(screen->page(), QStringLiteral("rate"));
    QVERIFY(screen->findChild<QPushButton *>(QStringLiteral("level_satisfied"))->isChecked());
    click(QStringLiteral("evaluationSend"));
    QCOMPARE(evaluations(QStringLiteral("GUI-3")), 1);
    QTRY_COMPARE(screen->page(), QStringLiteral("idle"));
    m_prompt->caseRecorded(QStringLiteral("GUI-3"));
    QCOMPARE(screen->page(), QStringLiteral("idle"));
    QCOMPARE(evaluations(QStringLiteral("GUI-3")), 1);
}

void TestEvaluationScreen::timeoutGoesBackToIdleWithoutRating()
{
    EvaluationScreen *screen = m_prompt->screen();
    screen->setTimeoutMs(300);
    QSignalSpy timedOut(screen, &EvaluationScreen::timedOut);
    m_prompt->caseRecorded(QStringLiteral("GUI-4"));
    QCOMPARE(screen->page(), QStringLiteral("rate"));
    click(QStringLiteral("level_satisfied")); // touched, then walked away
    QTRY_COMPARE_WITH_TIMEOUT(timedOut.size(), 1, 10000);
    QCOMPARE(screen->page(), QStringLiteral("idle"));
    QCOMPARE(evaluations(QStringLiteral("GUI-4")), 0);
    // Still open: the next finish of the same service asks again.
    m_prompt->caseRecorded(QStringLiteral("GUI-4"));
    QCOMPARE(screen->page(), QStringLiteral("rate"));
}

void TestEvaluationScreen::oneMonitorNeverCoversTheClerksWork()
{
    // The offscreen platform has one screen: the prompt stays hidden and the
    // status bar says how the citizen can rate instead.
    QCOMPARE(QGuiApplication::screens().size(), 1);
    m_prompt->setAlwaysShow(false);
    QVERIFY(!m_prompt->isShown());
    m_prompt->caseRecorded(QStringLiteral("GUI-5"));
    QVERIFY(!m_prompt->isShown());
    QVERIFY(m_status->item(QStringLiteral("evaluation")).state.contains(QStringLiteral("QR")));
}

QTEST_MAIN(TestEvaluationScreen)
#include "tst_evaluationscreen.moc"
