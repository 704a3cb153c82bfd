// 好差评: one evaluation per service with follow-ups, the text a bad rating
// needs, the work order it opens with deadlines in working days, escalation
// on a simulated clock, the appeal, and the default rating.
#include "core/clock.h"
#include "evaluation/badrevieworders.h"
#include "evaluation/evaluationservice.h"
#include "store/sql.h"
#include "support/testsupport.h"

#include <ctime>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace yc;

namespace {

QDateTime local(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), hallTime::zone()).toUTC();
}

} // namespace

class TestEvaluation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    int m_nextCase = 1;

    void at(const QDateTime &t)
    {
        Clock::setOverride([t] { return t; });
    }

    qint64 makeCase(const QString &status = QStringLiteral("accepted"), const QString &finishedAt = {})
    {
        const int id = m_nextCase++;
        test::exec(
            *m_db,
            QStringLiteral("INSERT INTO case_record (id, local_id, project_no, matter_id, task_code, "
                           "matter_version, matter_name, project_kind, applicant_id, status, decision, "
                           "window_no, clerk_staff_no, applied_at, finished_at, created_at, updated_at) "
                           "VALUES (%1, 'case-%1', 'P%1', 1, 'T1', 1, '事项', 'instant', 1, '%2', "
                           "'accept', 3, '1001', 'x', %3, 'x', 'x')")
                .arg(id)
                .arg(status, finishedAt.isEmpty() ? QStringLiteral("NULL") : u'\'' + finishedAt + u'\''));
        return id;
    }

    EvaluationService::Input bad(qint64 caseId, const QString &comment = QStringLiteral("等了很久没人理"))
    {
        EvaluationService::Input in;
        in.caseId = caseId;
        in.level = QStringLiteral("dissatisfied");
        in.comment = comment;
        return in;
    }

private slots:
    void initTestCase()
    {
        // The hall's days are Beijing time whatever zone the machine is set to:
        // this machine is put on Pacific time to prove it.
        qputenv("TZ", "America/Los_Angeles");
        tzset();
        m_db = test::openTempDatabase(m_dir);
        test::exec(*m_db, QStringLiteral(
                              "INSERT INTO hall (id, code, name, created_at) VALUES (1, 'H', '大厅', 'x')"));
        test::exec(*m_db, QStringLiteral("INSERT INTO department (code, name) VALUES ('D', '部门')"));
        test::exec(*m_db,
                   QStringLiteral("INSERT INTO matter (id, task_code, version, is_current, catalog_version, "
                                  "content_hash, state, name, department_code, matter_type, service_objects, "
                                  "project_kind, legal_limit_value, legal_limit_unit, promise_limit_value, "
                                  "promise_limit_unit, onsite_visits, result_type) VALUES (1, 'T1', 1, 1, 1, "
                                  "'h', 'active', '事项', 'D', '01', '1', 'instant', 1, 'workday', 0, "
                                  "'workday', 1, 'none')"));
        test::exec(*m_db, QStringLiteral(
                              "INSERT INTO applicant (id, kind, name, id_type, id_no_lookup, id_no_cipher, "
                              "id_no_masked, created_at, updated_at) VALUES (1, 'natural', '甲', '111', "
                              "'k', X'00', 'm', 'x', 'x')"));
        test::exec(
            *m_db,
            QStringLiteral("INSERT INTO business_line (id, hall_id, prefix, name) VALUES (1, 1, 'A', 'A')"));
    }

    void cleanup() { Clock::clearOverride(); }

    void oneEvaluationPerServiceWithFollowUps()
    {
        at(local(11, 20, 10));
        EvaluationService service(m_db);
        const qint64 c = makeCase();
        EvaluationService::Input good;
        good.caseId = c;
        good.level = QStringLiteral("very_satisfied");
        good.efficiency = 5;
        good.attitude = 4;
        auto first = service.submit(good);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        // The event for the platform and the hall, keyed by the case, with the neutral level.
        auto payload =
            sql::scalar(m_db->connection(),
                        QStringLiteral("SELECT payload FROM outbox WHERE destination = 'platform' AND "
                                       "case_key = 'case-%1' AND event_type = 'evaluation.submitted'")
                            .arg(c));
        QVERIFY(payload && payload->isValid());
        const QJsonObject data = QJsonDocument::fromJson(payload->toString().toUtf8())
                                     .object()
                                     .value(QStringLiteral("data"))
                                     .toObject();
        QCOMPARE(data.value(QStringLiteral("satisfaction")).toString(), QStringLiteral("very_satisfied"));
        QCOMPARE(data.value(QStringLiteral("projectNo")).toString(), QStringLiteral("P%1").arg(c));
        QCOMPARE(data.value(QStringLiteral("attempt")).toInt(), 1);
        QCOMPARE(test::count(*m_db, QStringLiteral("outbox"), QStringLiteral("case_key = 'case-%1'").arg(c)),
                 2);
        QCOMPARE(test::count(*m_db, QStringLiteral("bad_review_order")), 0);

        auto again = service.submit(good);
        QVERIFY(!again);
        QCOMPARE(again.error().code, QStringLiteral("evaluation.once"));
        good.followUp = true;
        auto followUp = service.submit(good);
        QVERIFY(followUp);
        QCOMPARE(test::count(*m_db, QStringLiteral("evaluation"), QStringLiteral("case_id = %1").arg(c)), 2);

        EvaluationService::Input orphan = good;
        orphan.caseId = makeCase();
        auto noFirst = service.submit(orphan);
        QVERIFY(!noFirst);
        QCOMPARE(noFirst.error().code, QStringLiteral("evaluation.no_first"));
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QString>("level");
        QTest::addColumn<int>("item");
        QTest::addColumn<QString>("comment");
        QTest::addColumn<QString>("code");
        QTest::newRow("bad without text") << "very_dissatisfied" << 3 << "   "
                                          << "evaluation.detail";
        QTest::newRow("unknown level") << "great" << 3 << ""
                                       << "evaluation.level";
        QTest::newRow("item out of range") << "satisfied" << 6 << ""
                                           << "evaluation.items";
        QTest::newRow("control characters") << "satisfied" << 3 << "ok\x1b[2J"
                                            << "evaluation.text";
        QTest::newRow("too long") << "satisfied" << 3 << QString(501, QChar(u'差')) << "evaluation.text";
    }

    void badInputChangesNothing()
    {
        QFETCH(QString, level);
        QFETCH(int, item);
        QFETCH(QString, comment);
        QFETCH(QString, code);
        EvaluationService service(m_db);
        EvaluationService::Input in;
        in.caseId = makeCase();
        in.level = level;
        in.serviceLevel = item;
        in.comment = comment;
        const qint64 before = test::count(*m_db, QStringLiteral("evaluation"));
        const qint64 events = test::count(*m_db, QStringLiteral("outbox"));
        auto r = service.submit(in);
        QVERIFY(!r);
        QCOMPARE(r.error().code, code);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(test::count(*m_db, QStringLiteral("evaluation")), before);
        QCOMPARE(test::count(*m_db, QStringLiteral("outbox")), events);
    }

    void ticketsWithAndWithoutCase()
    {
        at(local(11, 20, 11));
        EvaluationService service(m_db);
        const qint64 c = makeCase();
        test::exec(*m_db, QStringLiteral(
                              "INSERT INTO ticket (id, hall_id, business_day, line_id, line_prefix, number, "
                              "display_no, state, issued_at, window_no, staff_no, case_id) VALUES "
                              "(1, 1, '2026-11-20', 1, 'A', 1, 'A001', 'finished', 'x', 3, '1001', NULL), "
                              "(2, 1, '2026-11-20', 1, 'A', 2, 'A002', 'waiting', 'x', NULL, '', NULL), "
                              "(3, 1, '2026-11-20', 1, 'A', 3, 'A003', 'finished', 'x', 3, '1001', %1)")
                              .arg(c));
        EvaluationService::Input in;
        in.level = QStringLiteral("satisfied");
        in.channel = QStringLiteral("qr_page");
        in.ticketId = 1;
        QVERIFY(service.submit(in));
        in.ticketId = 2; // not served yet
        auto waiting = service.submit(in);
        QVERIFY(!waiting);
        QCOMPARE(waiting.error().code, QStringLiteral("evaluation.target"));
        in.ticketId = 3; // served with a case: evaluated as the case, once
        QVERIFY(service.submit(in));
        QCOMPARE(test::count(*m_db, QStringLiteral("evaluation"), QStringLiteral("case_id = %1").arg(c)), 1);
        EvaluationService::Input byCase;
        byCase.caseId = c;
        byCase.level = QStringLiteral("satisfied");
        QCOMPARE(service.submit(byCase).error().code, QStringLiteral("evaluation.once"));
    }

    void badReviewOpensAnOrderThatEscalates()
    {
        // Friday 20 November, 10:00: contact by the end of Monday 23rd, close by the end of Friday 27th.
        at(local(11, 20, 10));
        EvaluationService service(m_db);
        BadReviewOrders orders(m_db);
        QVERIFY(orders.escalateOverdue(local(11, 20, 10)).value() == 0);
        const qint64 c = makeCase();
        auto evaluation = service.submit(bad(c));
        QVERIFY(evaluation);
        auto open = orders.list(local(11, 20, 10));
        QVERIFY(open);
        const auto mine = [&](const QList<BadReviewOrders::Order> &list) {
            for (const auto &o : list)
                if (o.evaluationId == evaluation.value())
                    return o;
            return BadReviewOrders::Order{};
        };
        BadReviewOrders::Order o = mine(open.value());
        QVERIFY(o.id > 0);
        QCOMPARE(o.state, QStringLiteral("open"));
        QCOMPARE(o.caseNo, QStringLiteral("P%1").arg(c));
        QCOMPARE(o.contactDueUtc, local(11, 24, 0));
        QCOMPARE(o.closeDueUtc, local(11, 28, 0));
        QVERIFY(!o.overdue);

        QVERIFY(!mine(orders.list(local(11, 23, 23, 59)).value()).overdue);
        QVERIFY(mine(orders.list(local(11, 24, 0, 1)).value()).overdue); // no call-back by Monday
        QCOMPARE(orders.escalateOverdue(local(11, 24, 0, 1)).value(), 1);
        QCOMPARE(orders.escalateOverdue(local(11, 24, 9)).value(), 0); // once
        QVERIFY(mine(orders.list(local(11, 24, 9)).value()).escalatedUtc.isValid());
        QCOMPARE(orders.steps(o.id).value().last().kind, QStringLiteral("escalate"));

        // Worked through: feedback needs an action first, a note is required, then it closes.
        auto early = orders.record(o.id, BadReviewOrders::Step::Feedback, QStringLiteral("已反馈"),
                                   QStringLiteral("1001"), false);
        QCOMPARE(early.error().code, QStringLiteral("review.order"));
        QCOMPARE(orders
                     .record(o.id, BadReviewOrders::Step::Callback, QStringLiteral("  "),
                             QStringLiteral("1001"), false)
                     .error()
                     .code,
                 QStringLiteral("review.note"));
        QVERIFY(orders.record(o.id, BadReviewOrders::Step::Verify, QStringLiteral("查看了叫号记录"),
                              QStringLiteral("3001"), true));
        QVERIFY(orders.record(o.id, BadReviewOrders::Step::Callback, QStringLiteral("电话回访，群众说明情况"),
                              QStringLiteral("3001"), true));
        QCOMPARE(mine(orders.list(local(11, 24, 9)).value()).state, QStringLiteral("contacted"));
        QVERIFY(orders.record(o.id, BadReviewOrders::Step::Rectify, QStringLiteral("增加午间窗口"),
                              QStringLiteral("3001"), true));
        QVERIFY(orders.record(o.id, BadReviewOrders::Step::Feedback, QStringLiteral("已告知整改结果"),
                              QStringLiteral("3001"), true));
        auto closed = orders.list(local(12, 30, 9), true);
        QCOMPARE(mine(closed.value()).state, QStringLiteral("closed"));
        QVERIFY(!mine(closed.value()).overdue);                       // closed: never overdue again
        QVERIFY(mine(orders.list(local(12, 30, 9)).value()).id == 0); // not among the open ones
        QCOMPARE(orders
                     .record(o.id, BadReviewOrders::Step::Verify, QStringLiteral("再看"),
                             QStringLiteral("3001"), true)
                     .error()
                     .code,
                 QStringLiteral("review.closed"));
        QCOMPARE(orders.steps(o.id).value().size(), 5);
    }

    void appealsAreDecidedBySupervisors()
    {
        at(local(11, 20, 10));
        EvaluationService service(m_db);
        BadReviewOrders orders(m_db);
        auto upheldEval = service.submit(bad(makeCase(), QStringLiteral("乱评的")));
        auto rejectedEval = service.submit(bad(makeCase()));
        QVERIFY(upheldEval && rejectedEval);
        qint64 upheld = 0, rejected = 0;
        for (const auto &o : orders.list(local(11, 20, 10)).value()) {
            upheld = o.evaluationId == upheldEval.value() ? o.id : upheld;
            rejected = o.evaluationId == rejectedEval.value() ? o.id : rejected;
        }
        QVERIFY(upheld && rejected);
        using S = BadReviewOrders::Step;
        QVERIFY(orders.record(upheld, S::Appeal, QStringLiteral("群众误点"), QStringLiteral("1001"), false));
        QCOMPARE(orders.record(upheld, S::Appeal, QStringLiteral("再申诉"), QStringLiteral("1001"), false)
                     .error()
                     .code,
                 QStringLiteral("review.order"));
        QCOMPARE(orders.record(upheld, S::Rectify, QStringLiteral("整改"), QStringLiteral("1001"), false)
                     .error()
                     .code,
                 QStringLiteral("review.order"));
        QCOMPARE(orders.record(upheld, S::AppealUpheld, QStringLiteral("同意"), QStringLiteral("1001"), false)
                     .error()
                     .code,
                 QStringLiteral("review.role"));
        QVERIFY(orders.record(upheld, S::AppealUpheld, QStringLiteral("核实为误评"), QStringLiteral("3001"),
                              true));
        QCOMPARE(
            orders.record(rejected, S::AppealRejected, QStringLiteral("无申诉"), QStringLiteral("3001"), true)
                .error()
                .code,
            QStringLiteral("review.order"));

        QVERIFY(orders.record(rejected, S::Appeal, QStringLiteral("不认可"), QStringLiteral("1001"), false));
        QVERIFY(orders.record(rejected, S::AppealRejected, QStringLiteral("差评属实"), QStringLiteral("3001"),
                              true));
        QVERIFY(orders.record(rejected, S::Callback, QStringLiteral("回访"), QStringLiteral("1001"), false));
        QVERIFY(
            orders.record(rejected, S::Explain, QStringLiteral("解释政策"), QStringLiteral("1001"), false));
        QVERIFY(
            orders.record(rejected, S::Feedback, QStringLiteral("已反馈"), QStringLiteral("1001"), false));
        QMap<qint64, QString> states;
        for (const auto &o : orders.list(local(12, 30, 9), true).value())
            states.insert(o.id, o.state);
        QCOMPARE(states.value(upheld), QStringLiteral("appeal_upheld"));
        QCOMPARE(states.value(rejected), QStringLiteral("closed"));
        // Every recorded step is audited, none of the refused ones: 2 + 5.
        QCOMPARE(test::count(*m_db, QStringLiteral("audit_log"),
                             QStringLiteral("action LIKE 'review.%' AND subject IN ('%1', '%2')")
                                 .arg(upheld)
                                 .arg(rejected)),
                 7);
    }

    void defaultRatingAfterTheConfiguredDays()
    {
        const QDateTime now = local(11, 22, 9);
        at(now);
        EvaluationService service(m_db);
        const qint64 old = makeCase(QStringLiteral("finished"), toStoredTime(now.addDays(-8)));
        const qint64 recent = makeCase(QStringLiteral("delivered"), toStoredTime(now.addDays(-3)));
        const qint64 open = makeCase();
        QCOMPARE(service.applyDefaultRatings(now, 7, QStringLiteral("very_dissatisfied")).error().code,
                 QStringLiteral("evaluation.default"));
        auto n = service.applyDefaultRatings(now, 7, QStringLiteral("basically_satisfied"));
        QVERIFY(n);
        QCOMPARE(n.value(), 1);
        QCOMPARE(test::count(
                     *m_db, QStringLiteral("evaluation"),
                     QStringLiteral("case_id = %1 AND channel = 'default' AND level = 'basically_satisfied'")
                         .arg(old)),
                 1);
        QCOMPARE(test::count(*m_db, QStringLiteral("evaluation"),
                             QStringLiteral("case_id IN (%1, %2)").arg(recent).arg(open)),
                 0);
        QCOMPARE(service.applyDefaultRatings(now, 7, QStringLiteral("basically_satisfied")).value(), 0);
        // The citizen may still give their own evaluation afterwards as a follow-up.
        EvaluationService::Input own;
        own.caseId = old;
        own.level = QStringLiteral("satisfied");
        QCOMPARE(service.submit(own).error().code, QStringLiteral("evaluation.once"));
        own.followUp = true;
        QVERIFY(service.submit(own));
    }
};

QTEST_GUILESS_MAIN(TestEvaluation)
#include "tst_evaluation.moc"
