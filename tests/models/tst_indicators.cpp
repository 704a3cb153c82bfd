// The supervisor's indicators against figures computed by hand on a fixed
// data set (the comments give each computation), the window score, the CSV
// export, empty periods and the hall's local days.
#include "indicators/indicators.h"
#include "indicators/reporttable.h"
#include "indicators/windowscore.h"
#include "support/testsupport.h"

#include <ctime>

#include <QJsonDocument>
#include <QTest>

using namespace yc;
using namespace yc::indicators;

namespace {

const QDateTime now = QDateTime::fromString(QStringLiteral("2026-11-22T00:00:00Z"), Qt::ISODate);

QString q(const QString &s)
{
    return u'\'' + QString(s).replace(u'\'', QStringLiteral("''")) + u'\'';
}

} // namespace

class TestIndicators : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;

    void exec(const QString &s) { test::exec(*m_db, s); }

    void matter(int id, const QString &task, const QString &dept, const QString &kind, int legal,
                const QString &legalUnit, int promise, const QString &promiseUnit)
    {
        exec(QStringLiteral(
                 "INSERT INTO matter (id, task_code, version, is_current, catalog_version, content_hash, "
                 "state, name, department_code, matter_type, service_objects, project_kind, "
                 "legal_limit_value, legal_limit_unit, promise_limit_value, promise_limit_unit, "
                 "onsite_visits, result_type) VALUES (%1, %2, 1, 1, 1, 'h', 'active', %3, %4, '01', "
                 "'1', %5, %6, %7, %8, %9, 1, 'none')")
                 .arg(id)
                 .arg(q(task), q(QStringLiteral("事项") + task), q(dept), q(kind))
                 .arg(legal)
                 .arg(q(legalUnit))
                 .arg(promise)
                 .arg(q(promiseUnit)));
    }

    void caseRow(int id, int matterId, const QString &task, int window, const QString &clerk,
                 const QString &decision, const QString &appliedAt, const QString &kind,
                 const QString &deliveryMethod = {}, const QString &deliveredAt = {})
    {
        exec(QStringLiteral(
                 "INSERT INTO case_record (id, local_id, matter_id, task_code, matter_version, "
                 "matter_name, project_kind, applicant_id, status, decision, hall_id, window_no, "
                 "clerk_staff_no, applied_at, delivery_method, delivered_at, created_at, updated_at) "
                 "VALUES (%1, 'c%1', %2, %3, 1, %3, %4, 1, 'accepted', %5, 1, %6, %7, %8, %9, %10, "
                 "%8, %8)")
                 .arg(id)
                 .arg(matterId)
                 .arg(q(task), q(kind), q(decision))
                 .arg(window)
                 .arg(q(clerk), q(appliedAt),
                      deliveryMethod.isEmpty() ? QStringLiteral("NULL") : q(deliveryMethod),
                      deliveredAt.isEmpty() ? QStringLiteral("NULL") : q(deliveredAt)));
    }

    void evaluation(int id, const QString &target, const QString &channel, const QString &level, int window,
                    const QString &staff, const QString &task, const QString &at, int followUp = 0)
    {
        exec(QStringLiteral(
                 "INSERT INTO evaluation (id, local_id, case_id, ticket_id, channel, window_no, staff_no, "
                 "task_code, level, is_followup, evaluated_at) VALUES (%1, 'e%1', %2, %3, %4, %5, %6, "
                 "%7, %8, %9, %10)")
                 .arg(id)
                 .arg(target.startsWith(u'c') ? target.mid(1) : QStringLiteral("NULL"),
                      target.startsWith(u't') ? target.mid(1) : QStringLiteral("NULL"), q(channel))
                 .arg(window)
                 .arg(q(staff), q(task), q(level))
                 .arg(followUp)
                 .arg(q(at)));
    }

    void ticket(int id, int window, const QString &staff, const QString &state, const QString &issued,
                const QString &called, const QString &finished, const QString &caseId)
    {
        exec(QStringLiteral(
                 "INSERT INTO ticket (id, hall_id, business_day, line_id, line_prefix, number, "
                 "display_no, state, issued_at, called_at, window_no, staff_no, finished_at, case_id) "
                 "VALUES (%1, 1, substr(%2, 1, 10), 1, 'A', %1, 'A00%1', %3, %2, %4, %5, %6, %7, %8)")
                 .arg(id)
                 .arg(q(issued), q(state), called.isEmpty() ? QStringLiteral("NULL") : q(called))
                 .arg(window)
                 .arg(q(staff), finished.isEmpty() ? QStringLiteral("NULL") : q(finished),
                      caseId.isEmpty() ? QStringLiteral("NULL") : caseId));
    }

private slots:
    void initTestCase()
    {
        // The hall's days are Beijing time whatever zone the machine is set to:
        // this machine is put on Pacific time to prove it.
        qputenv("TZ", "America/Los_Angeles");
        tzset();
        m_db = test::openTempDatabase(m_dir);
        exec(QStringLiteral(
            "INSERT INTO hall (id, code, name, created_at) VALUES (1, 'H1', '测试大厅', 'x')"));
        exec(QStringLiteral(
            "INSERT INTO hall_window (hall_id, number, name, window_type) VALUES "
            "(1, 1, '综合受理窗口', 'comprehensive'), (1, 2, '综合受理窗口', 'comprehensive'), "
            "(1, 7, '帮办代办窗口', 'proxy')"));
        exec(QStringLiteral(
            "INSERT INTO staff (staff_no, name, password_hash, created_at, updated_at) VALUES "
            "('1001', '张三', 'x', 'x', 'x'), ('1002', '=HYPERLINK(\"x\"),李四', 'x', 'x', 'x'), "
            "('2001', '王五', 'x', 'x', 'x')"));
        exec(QStringLiteral("INSERT INTO department (code, name) VALUES ('D1', '公安局'), ('D2', '民政局')"));
        matter(1, QStringLiteral("T1"), QStringLiteral("D1"), QStringLiteral("instant"), 20,
               QStringLiteral("workday"), 0, QStringLiteral("workday"));
        matter(2, QStringLiteral("T2"), QStringLiteral("D2"), QStringLiteral("commitment"), 20,
               QStringLiteral("workday"), 5, QStringLiteral("workday"));
        matter(3, QStringLiteral("T3"), QStringLiteral("D2"), QStringLiteral("commitment"), 1,
               QStringLiteral("month"), 10, QStringLiteral("day"));
        matter(4, QStringLiteral("T4"), QStringLiteral("D1"), QStringLiteral("commitment"), 0,
               QStringLiteral("workday"), 0, QStringLiteral("workday"));
        exec(QStringLiteral(
            "INSERT INTO applicant (id, kind, name, id_type, id_no_lookup, id_no_cipher, "
            "id_no_masked, created_at, updated_at) VALUES (1, 'natural', '申请人', '111', 'k', "
            "X'00', '1101**********0011', 'x', 'x')"));

        // November 2026 in Beijing time is [2026-10-31T16:00Z, 2026-11-30T16:00Z).
        const QString I = QStringLiteral("instant"), C = QStringLiteral("commitment");
        caseRow(1, 1, QStringLiteral("T1"), 1, QStringLiteral("1001"), QStringLiteral("accept"),
                QStringLiteral("2026-11-02T01:00:00.000Z"), I, QStringLiteral("window"),
                QStringLiteral("2026-11-02T05:00:00.000Z")); // handed out the same day: one trip
        caseRow(2, 2, QStringLiteral("T2"), 1, QStringLiteral("1001"), QStringLiteral("accept_deficient"),
                QStringLiteral("2026-11-03T02:00:00.000Z"), C);
        exec(QStringLiteral(
            "INSERT INTO case_material (case_id, material_code, name, state, supplied_at) VALUES "
            "(2, 'M1', '材料', 'received', '2026-11-05T03:00:00.000Z')")); // came back: two trips
        caseRow(3, 3, QStringLiteral("T3"), 2, QStringLiteral("1002"), QStringLiteral("accept"),
                QStringLiteral("2026-10-31T17:00:00.000Z"), C, QStringLiteral("mail"),
                QStringLiteral("2026-11-09T01:00:00.000Z")); // 1 November 01:00 local
        caseRow(4, 2, QStringLiteral("T2"), 7, QStringLiteral("2001"), QStringLiteral("accept"),
                QStringLiteral("2026-11-10T08:00:00.000Z"), C, QStringLiteral("window"),
                QStringLiteral("2026-11-12T02:00:00.000Z")); // collected two days later: two trips
        caseRow(5, 1, QStringLiteral("T1"), 2, QStringLiteral("1002"), QStringLiteral("reject"),
                QStringLiteral("2026-11-11T03:00:00.000Z"), I);
        caseRow(6, 4, QStringLiteral("T4"), 1, QStringLiteral("1001"), QStringLiteral("accept"),
                QStringLiteral("2026-11-20T15:59:00.000Z"), C); // 23:59 local, still 20 November
        caseRow(7, 1, QStringLiteral("T1"), 1, QStringLiteral("1001"), QStringLiteral("accept"),
                QStringLiteral("2026-10-31T15:59:00.000Z"), I); // 31 October local: outside
        caseRow(8, 1, QStringLiteral("T1"), 1, QStringLiteral("1001"), QStringLiteral("accept"),
                QStringLiteral("2026-11-30T16:00:00.000Z"), I); // 1 December local: outside

        exec(QStringLiteral(
            "INSERT INTO business_line (id, hall_id, prefix, name) VALUES (1, 1, 'A', '综合')"));
        ticket(1, 1, QStringLiteral("1001"), QStringLiteral("finished"),
               QStringLiteral("2026-11-02T00:30:00.000Z"), QStringLiteral("2026-11-02T00:40:00.000Z"),
               QStringLiteral("2026-11-02T01:10:00.000Z"),
               QStringLiteral("1")); // wait 10 min, service 30 min
        ticket(2, 2, QStringLiteral("1002"), QStringLiteral("finished"),
               QStringLiteral("2026-11-02T00:35:00.000Z"), QStringLiteral("2026-11-02T01:05:00.000Z"),
               QStringLiteral("2026-11-02T01:15:00.000Z"),
               {}); // wait 30, service 10, a service without a case
        ticket(3, 1, QStringLiteral("1001"), QStringLiteral("no_show"),
               QStringLiteral("2026-11-02T01:00:00.000Z"), QStringLiteral("2026-11-02T01:20:00.000Z"), {},
               {}); // wait 20, never served
        ticket(4, 2, QStringLiteral("1002"), QStringLiteral("waiting"),
               QStringLiteral("2026-11-03T06:00:00.000Z"), {}, {}, {});
        ticket(5, 2, QStringLiteral("1002"), QStringLiteral("finished"),
               QStringLiteral("2026-10-31T10:00:00.000Z"), QStringLiteral("2026-10-31T10:05:00.000Z"),
               QStringLiteral("2026-10-31T10:06:00.000Z"), {}); // outside

        evaluation(1, QStringLiteral("c1"), QStringLiteral("qr_page"), QStringLiteral("very_satisfied"), 1,
                   QStringLiteral("1001"), QStringLiteral("T1"), QStringLiteral("2026-11-02T02:00:00.000Z"));
        evaluation(3, QStringLiteral("c3"), QStringLiteral("default"), QStringLiteral("basically_satisfied"),
                   2, QStringLiteral("1002"), QStringLiteral("T3"),
                   QStringLiteral("2026-11-09T02:00:00.000Z"));
        evaluation(4, QStringLiteral("c4"), QStringLiteral("window_device"), QStringLiteral("dissatisfied"),
                   7, QStringLiteral("2001"), QStringLiteral("T2"),
                   QStringLiteral("2026-11-12T03:00:00.000Z"));
        evaluation(5, QStringLiteral("c5"), QStringLiteral("window_device"),
                   QStringLiteral("very_dissatisfied"), 2, QStringLiteral("1002"), QStringLiteral("T1"),
                   QStringLiteral("2026-11-11T04:00:00.000Z"));
        evaluation(6, QStringLiteral("c6"), QStringLiteral("kiosk"), QStringLiteral("satisfied"), 1,
                   QStringLiteral("1001"), QStringLiteral("T4"), QStringLiteral("2026-11-21T01:00:00.000Z"));
        evaluation(7, QStringLiteral("t2"), QStringLiteral("window_device"), QStringLiteral("dissatisfied"),
                   2, QStringLiteral("1002"), QString(), QStringLiteral("2026-11-02T01:20:00.000Z"));
        evaluation(8, QStringLiteral("c4"), QStringLiteral("window_device"), QStringLiteral("satisfied"), 7,
                   QStringLiteral("2001"), QStringLiteral("T2"), QStringLiteral("2026-11-15T00:00:00.000Z"),
                   1);
        evaluation(9, QStringLiteral("c7"), QStringLiteral("qr_page"), QStringLiteral("very_satisfied"), 1,
                   QStringLiteral("1001"), QStringLiteral("T1"), QStringLiteral("2026-10-31T15:00:00.000Z"));
        exec(QStringLiteral(
            "INSERT INTO bad_review_order (evaluation_id, state, contact_due_at, close_due_at) VALUES "
            "(4, 'closed', 'x', 'x'), (5, 'appeal_upheld', 'x', 'x'), (7, 'contacted', 'x', 'x')"));

        exec(QStringLiteral(
            "INSERT INTO proxy_case (id, local_id, proxy_no, service_mode, reason, principal_id, "
            "assigned_staff_no, state, opened_at, closed_at) VALUES "
            "(1, 'p1', 'P1', 'proxy', 'elderly', 1, '2001', 'finished', "
            "  '2026-11-10T08:00:00.000Z', '2026-11-20T08:00:00.000Z'), "
            "(2, 'p2', 'P2', 'assist', 'disabled', 1, '2001', 'in_progress', "
            "  '2026-10-20T08:00:00.000Z', NULL), "
            "(3, 'p3', 'P3', 'assist', 'elderly', 1, '2001', 'suspended', "
            "  '2026-11-18T08:00:00.000Z', NULL), "
            "(4, 'p4', 'P4', 'home_visit', 'elderly', 1, '1001', 'open', "
            "  '2026-11-19T08:00:00.000Z', NULL)"));
        exec(QStringLiteral(
            "INSERT INTO proxy_progress (proxy_case_id, at, staff_no, kind, next_due_at) VALUES "
            "(2, '2026-10-21T08:00:00.000Z', '2001', 'note', '2026-12-30T00:00:00.000Z'), "
            "(2, '2026-11-01T08:00:00.000Z', '2001', 'note', '2026-11-15T00:00:00.000Z'), "
            "(3, '2026-11-18T09:00:00.000Z', '2001', 'suspend', '2026-11-19T00:00:00.000Z'), "
            "(4, '2026-11-19T09:00:00.000Z', '1001', 'note', '2026-11-25T00:00:00.000Z')"));

        exec(QStringLiteral(
            "INSERT INTO outbox (event_id, destination, case_key, case_seq, event_type, payload, "
            "created_at, state, next_attempt_at) VALUES "
            "('a', 'platform', 'c1', 1, 'case.accepted', '{}', 'x', 'dead', 'x'), "
            "('b', 'platform', 'c2', 1, 'case.accepted', '{}', 'x', 'dead', 'x'), "
            "('c', 'hall', 'c2', 1, 'case.accepted', '{}', 'x', 'dead', 'x'), "
            "('d', 'platform', 'c3', 1, 'case.accepted', '{}', 'x', 'pending', 'x')"));
    }

    void hallFigures()
    {
        auto r = compute(*m_db, Period::month(2026, 11), Dimension::Window, now);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        const Report report = r.value();
        const Row &h = report.hall;
        QCOMPARE(h.cases, 6);         // cases 1–6; 7 and 8 fall on 31 October and 1 December
        QCOMPARE(h.ticketsServed, 2); // tickets 1 and 2
        // Services: the six cases and ticket 2 (served without a case).
        // Evaluated by the citizen: cases 1, 4, 5, 6 and ticket 2; case 3 only by default.
        QCOMPARE(h.evaluated.num, 5);
        QCOMPARE(h.evaluated.den, 7);
        // Accepted: cases 1, 2, 3, 4, 6; instant: case 1.
        QCOMPARE(h.instant.num, 1);
        QCOMPARE(h.instant.den, 5);
        // Reductions: T1 100%, T2 75%, T3 1 − (10×5/7)/21.75, T2 75%; T4 has no legal limit.
        const double t3 = 100.0 * (1.0 - (10.0 * 5.0 / 7.0) / 21.75);
        QCOMPARE(h.limitReduction.count, 4);
        QVERIFY(qAbs(*h.limitReduction.value() - (100.0 + 75.0 + t3 + 75.0) / 4.0) < 1e-9);
        // Comprehensive windows 1 and 2 took cases 1, 2, 3, 6; window 7 took case 4.
        QCOMPARE(h.comprehensive.num, 4);
        QCOMPARE(h.comprehensive.den, 5);
        // One trip: cases 1, 3 (mailed), 6; case 2 came back with a material, case 4 to collect.
        QCOMPARE(h.oneTrip.num, 3);
        QCOMPARE(h.oneTrip.den, 5);
        // Bad reviews: 4 (closed), 5 (appeal upheld: left out), 7 (still open).
        QCOMPARE(h.badReviews, 3);
        QCOMPARE(h.rectified.num, 1);
        QCOMPARE(h.rectified.den, 2);
        // Waits 10, 30, 20 minutes; services 30 and 10.
        QCOMPARE(*h.wait.averageMinutes(), 20.0);
        QCOMPARE(*h.wait.maxMinutes(), 30.0);
        QCOMPARE(*h.service.averageMinutes(), 20.0);
        // Proxy cases opened 1, 3, 4; finished 1; overdue 2 (its latest next action was 15 November);
        // 3 is suspended, 4 is due on the 25th.
        QCOMPARE(h.proxyOpened, 3);
        QCOMPARE(h.proxyFinished, 1);
        QCOMPARE(h.proxyOverdue, 1);
        QCOMPARE(report.deadLetters, 2); // the hall's own dead event is not the platform's

        // Evaluations in the period by level (follow-ups and defaults included, 31 October not).
        QCOMPARE(report.evaluationsByLevel, (std::array<qint64, 5>{1, 2, 1, 2, 1}));
        // Tickets 1 and 2 issued in the 08:00 hour (local), ticket 3 at 09:00.
        QCOMPARE(report.waitByHour[8].count, 2);
        QCOMPARE(report.waitByHour[8].totalSeconds, 2400);
        QCOMPARE(report.waitByHour[9].count, 1);
        QCOMPARE(report.waitByHour[0].count, 0);
        QCOMPARE(report.casesByDay.size(), 30);
        QCOMPARE(report.casesByDay.value(QDate(2026, 11, 1)), 1);
        QCOMPARE(report.casesByDay.value(QDate(2026, 11, 20)), 1);
        QCOMPARE(report.casesByDay.value(QDate(2026, 11, 30)), 0);
        qint64 total = 0;
        for (qint64 n : report.casesByDay)
            total += n;
        QCOMPARE(total, 6);

        // Against the targets: 71.4% evaluated passes; the others miss.
        const Targets targets;
        QCOMPARE(meetsTarget(h, Indicator::EvaluationRate, targets), std::optional<bool>(true));
        QCOMPARE(meetsTarget(h, Indicator::RectificationRate, targets), std::optional<bool>(false));
        QCOMPARE(meetsTarget(h, Indicator::LimitReduction, targets), std::optional<bool>(false)); // 79.3%
        QCOMPARE(meetsTarget(h, Indicator::ComprehensiveShare, targets), std::optional<bool>(false));
    }

    void byWindow()
    {
        auto r = compute(*m_db, Period::month(2026, 11), Dimension::Window, now);
        QVERIFY(r);
        const QList<Row> rows = r->rows;
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].key, QStringLiteral("1"));
        QCOMPARE(rows[0].label, QStringLiteral("1号 综合受理窗口"));
        QCOMPARE(rows[1].key, QStringLiteral("2"));
        QCOMPARE(rows[2].key, QStringLiteral("7"));
        // Window 1: cases 1, 2, 6; evaluated 1 and 6; ticket 1 served; waits 10 and 20.
        QCOMPARE(rows[0].cases, 3);
        QCOMPARE(rows[0].evaluated.num, 2);
        QCOMPARE(rows[0].evaluated.den, 3);
        QCOMPARE(*rows[0].limitReduction.value(), 87.5);
        QCOMPARE(*rows[0].wait.averageMinutes(), 15.0);
        QCOMPARE(rows[0].ticketsServed, 1);
        QVERIFY(!rows[0].rectified.percent()); // no bad review: no figure, not 100%
        // Window 2: cases 3 and 5 and ticket 2; bad reviews 5 (upheld) and 7 (open).
        QCOMPARE(rows[1].evaluated.num, 2);
        QCOMPARE(rows[1].evaluated.den, 3);
        QCOMPARE(rows[1].badReviews, 2);
        QCOMPARE(rows[1].rectified.num, 0);
        QCOMPARE(rows[1].rectified.den, 1);
        // Window 7 is a proxy window: its accepted case is not comprehensive.
        QCOMPARE(rows[2].comprehensive.num, 0);
        QCOMPARE(rows[2].comprehensive.den, 1);
        QCOMPARE(*rows[2].rectified.percent(), 100.0);

        // 窗口效能月积分, default rule: window 1 earns 25 + 10×(33.3/50) + 10 + 15 + 20×(66.7/100) = 70
        // of 80 possible (no rectification figure) → 87.5; window 2 earns 25 + 0 + 0 + 10×(t3/80) + 15 + 20
        // of 100, less 2 points for each of its 2 bad reviews; window 7: 25 + 20 + 0 + 10×75/80 + 0 + 0 − 2.
        const double t3 = 100.0 * (1.0 - (10.0 * 5.0 / 7.0) / 21.75);
        const auto scores = scoreWindows(r.value(), Targets{}, ScoreRule{});
        QCOMPARE(scores.size(), 3);
        QVERIFY(qAbs(*scores[0].score - 87.5) < 1e-9);
        QVERIFY(qAbs(*scores[1].score - (25 + 10 * t3 / 80 + 15 + 20 - 4)) < 1e-9);
        QVERIFY(qAbs(*scores[2].score - (25 + 20 + 10 * 75.0 / 80.0 - 2)) < 1e-9);
    }

    void byDepartmentAndClerk()
    {
        auto dept = compute(*m_db, Period::month(2026, 11), Dimension::Department, now);
        QVERIFY(dept);
        QCOMPARE(dept->rows.size(), 2);
        QCOMPARE(dept->rows[0].label, QStringLiteral("公安局"));
        QCOMPARE(dept->rows[0].cases, 3);      // cases 1, 5 (T1) and 6 (T4)
        QCOMPARE(dept->rows[0].badReviews, 1); // review 5 on T1
        QCOMPARE(dept->rows[1].cases, 3);      // cases 2, 3, 4
        QCOMPARE(dept->rows[1].badReviews, 1); // review 4 on T2; review 7 has no matter
        QCOMPARE(dept->rows[1].ticketsServed, 0);

        auto clerk = compute(*m_db, Period::month(2026, 11), Dimension::Clerk, now);
        QVERIFY(clerk);
        const auto find = [&](const QString &key) {
            for (const Row &r : clerk->rows)
                if (r.key == key)
                    return r;
            return Row{};
        };
        QCOMPARE(find(QStringLiteral("2001")).proxyOpened, 2); // 1 and 3
        QCOMPARE(find(QStringLiteral("2001")).proxyFinished, 1);
        QCOMPARE(find(QStringLiteral("2001")).proxyOverdue, 1);
        QCOMPARE(find(QStringLiteral("1001")).proxyOpened, 1);
        QCOMPARE(find(QStringLiteral("1001")).label, QStringLiteral("张三（1001）"));

        // The CSV: byte-order mark, the hall first, a hostile name defused and quoted.
        const QByteArray bytes = toCsv(clerk.value());
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString csv = QString::fromUtf8(bytes.mid(3));
        const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 1 + 3);
        QVERIFY(lines[1].startsWith(
            QStringLiteral("Whole hall,6,2,71.4,50.0,20.0,79.3,80.0,60.0,3,20.0,30.0,20.0,3,1,1")));
        QVERIFY2(csv.contains(QStringLiteral("\"'=HYPERLINK(\"\"x\"\"),李四（1002）\"")), qPrintable(csv));
    }

    void emptyAndInvalidPeriods()
    {
        auto r = compute(*m_db, Period::month(2025, 2), Dimension::Matter, now);
        QVERIFY(r);
        QCOMPARE(r->hall.cases, 0);
        QVERIFY(r->rows.isEmpty());
        QCOMPARE(r->casesByDay.size(), 28);
        for (Indicator i : allIndicators) {
            QVERIFY(!value(r->hall, i));
            QVERIFY(!meetsTarget(r->hall, i, Targets{}));
        }
        QVERIFY(!r->hall.wait.averageMinutes());
        QVERIFY(scoreWindows(r.value(), Targets{}, ScoreRule{}).isEmpty());
        QVERIFY(toCsv(r.value()).contains("Whole hall,0,0,,,,,,,0,,,,0,0,0"));

        const Period backwards{Period::month(2026, 11).toUtc, Period::month(2026, 11).fromUtc};
        QVERIFY(!compute(*m_db, backwards, Dimension::Window, now));
    }

    void targetsAtShownPrecision()
    {
        Row row;
        row.evaluated = {1499, 2500}; // 59.96% is shown as 60.0%
        QCOMPARE(meetsTarget(row, Indicator::EvaluationRate, Targets{}), std::optional<bool>(true));
        row.evaluated = {1498, 2500}; // 59.92% is shown as 59.9%
        QCOMPARE(meetsTarget(row, Indicator::EvaluationRate, Targets{}), std::optional<bool>(false));
    }

    void scoreRuleFromJson()
    {
        auto rule = ScoreRule::fromJson(
            QJsonDocument::fromJson(R"({"weights": {"oneTrip": 50}, "pointsPerBadReview": 5})").object());
        QVERIFY(rule);
        QCOMPARE(rule->weights.value(Indicator::OneTrip), 50.0);
        QCOMPARE(rule->weights.value(Indicator::EvaluationRate), 25.0);
        QCOMPARE(rule->pointsPerBadReview, 5.0);
        auto again = ScoreRule::fromJson(rule->toJson());
        QVERIFY(again);
        QCOMPARE(again->weights, rule->weights);

        auto unknown = ScoreRule::fromJson(QJsonDocument::fromJson(R"({"weights": {"speed": 5}})").object());
        QVERIFY(!unknown);
        QVERIFY(unknown.error().message.contains(QStringLiteral("weights.speed")));
        QVERIFY(!ScoreRule::fromJson(QJsonDocument::fromJson(R"({"pointsPerBadReview": -1})").object()));
        QVERIFY(!ScoreRule::fromJson(QJsonDocument::fromJson(R"({"bonus": 1})").object()));
    }
};

QTEST_GUILESS_MAIN(TestIndicators)
#include "tst_indicators.moc"
