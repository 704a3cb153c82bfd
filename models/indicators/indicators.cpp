#include "indicators.h"

#include "core/clock.h"
#include "evaluation/evaluationservice.h"
#include "store/database.h"
#include "store/sql.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QSet>

namespace yc::indicators {

namespace {

QDateTime localMidnightUtc(const QDate &d)
{
    return hallTime::startOfDayUtc(d);
}

QDate localDate(const QString &stored)
{
    return hallTime::date(fromStoredTime(stored));
}

// A limit in working days, so legal and committed limits in different units
// compare: a natural day is 5/7 of a working day, a month 21.75, a year 250.
double workingDays(int value, const QString &unit)
{
    if (unit == u"day")
        return value * 5.0 / 7.0;
    if (unit == u"month")
        return value * 21.75;
    if (unit == u"year")
        return value * 250.0;
    return value;
}

// Accumulates the hall row and the row of one dimension key at once.
class Rows
{
public:
    explicit Rows(Dimension d)
        : m_dimension(d)
    {}

    // The hall's row and, when the fact has a key in this dimension, its row.
    template <typename F>
    void add(const QString &key, F &&apply)
    {
        apply(m_hall);
        if (!key.isEmpty())
            apply(m_rows[key]);
    }

    Row &hall() { return m_hall; }

    QList<Row> take(const QHash<QString, QString> &labels)
    {
        QList<Row> out;
        for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
            Row r = it.value();
            r.key = it.key();
            r.label = labels.value(r.key, r.key);
            out.append(r);
        }
        const bool numeric = m_dimension == Dimension::Window;
        std::sort(out.begin(), out.end(), [numeric](const Row &a, const Row &b) {
            return numeric ? a.key.toInt() < b.key.toInt() : a.key < b.key;
        });
        return out;
    }

private:
    Dimension m_dimension;
    Row m_hall;
    QMap<QString, Row> m_rows;
};

Result<void> addCases(QSqlDatabase db, const Period &p, Dimension d, Rows &rows, Report &report)
{
    auto q = sql::run(
        db,
        QStringLiteral(
            "SELECT c.window_no, c.clerk_staff_no, m.department_code, c.task_code, c.project_kind, "
            "c.decision, "
            "  m.legal_limit_value, m.legal_limit_unit, m.promise_limit_value, m.promise_limit_unit, "
            "  w.window_type, c.applied_at, c.delivery_method, c.delivered_at, "
            "  EXISTS (SELECT 1 FROM evaluation e WHERE e.case_id = c.id AND e.is_followup = 0 "
            "          AND e.channel <> 'default'), "
            "  (SELECT group_concat(cm.supplied_at, '|') FROM case_material cm "
            "   WHERE cm.case_id = c.id AND cm.supplied_at IS NOT NULL) "
            "FROM case_record c JOIN matter m ON m.id = c.matter_id "
            "LEFT JOIN hall_window w ON w.number = c.window_no AND (c.hall_id IS NULL OR w.hall_id = "
            "c.hall_id) "
            "WHERE c.applied_at >= ? AND c.applied_at < ?"),
        {toStoredTime(p.fromUtc), toStoredTime(p.toUtc)});
    if (!q)
        return q.error();
    while (q->next()) {
        const QString windowNo = q->value(0).isNull() ? QString() : q->value(0).toString();
        const QString key = d == Dimension::Window       ? windowNo
                            : d == Dimension::Clerk      ? q->value(1).toString()
                            : d == Dimension::Department ? q->value(2).toString()
                                                         : q->value(3).toString();
        const QString decision = q->value(5).toString();
        const bool accepted = decision == u"accept" || decision == u"accept_deficient";
        const double legal = workingDays(q->value(6).toInt(), q->value(7).toString());
        const double promise = workingDays(q->value(8).toInt(), q->value(9).toString());
        const QString windowType = q->value(10).toString();
        const QDate applied = localDate(q->value(11).toString());

        // Every local day the citizen had to come: the intake, each later
        // supply of a 容缺 material, and collecting the result at the window.
        QSet<QDate> visits{applied};
        for (const QString &s : q->value(15).toString().split(u'|', Qt::SkipEmptyParts))
            visits.insert(localDate(s));
        if (q->value(12).toString() == u"window" && !q->value(13).isNull())
            visits.insert(localDate(q->value(13).toString()));

        const bool evaluated = q->value(14).toBool();
        rows.add(key, [&](Row &r) {
            ++r.cases;
            r.evaluated.add(evaluated);
            if (!accepted)
                return;
            r.instant.add(q->value(4).toString() == u"instant");
            if (legal > 0) {
                ++r.limitReduction.count;
                r.limitReduction.sum += std::clamp(100.0 * (1.0 - promise / legal), 0.0, 100.0);
            }
            r.comprehensive.add(windowType == u"comprehensive" || windowType == u"cross_region");
            r.oneTrip.add(visits.size() <= 1);
        });
        if (report.casesByDay.contains(applied))
            ++report.casesByDay[applied];
    }
    return {};
}

Result<void> addTickets(QSqlDatabase db, const Period &p, Dimension d, Rows &rows, Report &report)
{
    auto q =
        sql::run(db,
                 QStringLiteral("SELECT t.window_no, t.staff_no, t.issued_at, t.called_at, t.finished_at, "
                                "  t.state, t.case_id, "
                                "  EXISTS (SELECT 1 FROM evaluation e WHERE e.ticket_id = t.id "
                                "          AND e.is_followup = 0 AND e.channel <> 'default') "
                                "FROM ticket t WHERE t.issued_at >= ? AND t.issued_at < ?"),
                 {toStoredTime(p.fromUtc), toStoredTime(p.toUtc)});
    if (!q)
        return q.error();
    while (q->next()) {
        // A ticket belongs to a window and a clerk; matters and departments
        // are counted through its case.
        const QString key = d == Dimension::Window
                                ? (q->value(0).isNull() ? QString() : q->value(0).toString())
                            : d == Dimension::Clerk ? q->value(1).toString()
                                                    : QString();
        const QDateTime issued = fromStoredTime(q->value(2).toString());
        const bool called = !q->value(3).isNull();
        const QDateTime calledAt = called ? fromStoredTime(q->value(3).toString()) : QDateTime();
        const bool finished = q->value(5).toString() == u"finished" && !q->value(4).isNull();
        const qint64 waitSeconds = called ? issued.secsTo(calledAt) : -1;
        const qint64 serviceSeconds =
            finished && called ? calledAt.secsTo(fromStoredTime(q->value(4).toString())) : -1;
        // A service without a case (an enquiry, a hand-over) is evaluated
        // on its ticket; a service with a case is counted with the case.
        const bool serviceWithoutCase = finished && q->value(6).isNull();
        const bool evaluated = q->value(7).toBool();
        rows.add(key, [&](Row &r) {
            if (finished)
                ++r.ticketsServed;
            if (waitSeconds >= 0)
                r.wait.add(waitSeconds);
            if (serviceSeconds >= 0)
                r.service.add(serviceSeconds);
            if (serviceWithoutCase)
                r.evaluated.add(evaluated);
        });
        if (waitSeconds >= 0)
            report.waitByHour[size_t(hallTime::local(issued).time().hour())].add(waitSeconds);
    }
    return {};
}

Result<void> addEvaluations(QSqlDatabase db, const Period &p, Dimension d, Rows &rows, Report &report)
{
    auto q =
        sql::run(db,
                 QStringLiteral("SELECT e.level, e.window_no, e.staff_no, e.task_code, "
                                "  (SELECT m.department_code FROM matter m WHERE m.task_code = e.task_code "
                                "   ORDER BY m.is_current DESC LIMIT 1), o.state "
                                "FROM evaluation e LEFT JOIN bad_review_order o ON o.evaluation_id = e.id "
                                "WHERE e.evaluated_at >= ? AND e.evaluated_at < ?"),
                 {toStoredTime(p.fromUtc), toStoredTime(p.toUtc)});
    if (!q)
        return q.error();
    while (q->next()) {
        const QString level = q->value(0).toString();
        if (const int i = int(EvaluationService::levels().indexOf(level)); i >= 0)
            ++report.evaluationsByLevel[size_t(i)];
        if (!EvaluationService::isBad(level))
            continue;
        const QString key = d == Dimension::Window
                                ? (q->value(1).isNull() ? QString() : q->value(1).toString())
                            : d == Dimension::Clerk  ? q->value(2).toString()
                            : d == Dimension::Matter ? q->value(3).toString()
                                                     : q->value(4).toString();
        const QString order = q->value(5).toString();
        rows.add(key, [&](Row &r) {
            ++r.badReviews;
            // An appeal upheld (误评, 恶意差评) takes the review out of the
            // rectification figure; every other one must be closed.
            if (order != u"appeal_upheld")
                r.rectified.add(order == u"closed");
        });
    }
    return {};
}

Result<void> addProxyCases(QSqlDatabase db, const Period &p, Dimension d, const QDateTime &now, Rows &rows)
{
    auto q =
        sql::run(db,
                 QStringLiteral("SELECT p.assigned_staff_no, p.state, p.opened_at, p.closed_at, "
                                "  (SELECT g.next_due_at FROM proxy_progress g WHERE g.proxy_case_id = p.id "
                                "   ORDER BY g.at DESC, g.id DESC LIMIT 1) "
                                "FROM proxy_case p WHERE p.opened_at < ?"),
                 {toStoredTime(p.toUtc)});
    if (!q)
        return q.error();
    const QString from = toStoredTime(p.fromUtc);
    const QString to = toStoredTime(p.toUtc);
    const QString nowText = toStoredTime(now);
    while (q->next()) {
        const QString state = q->value(1).toString();
        const QString opened = q->value(2).toString();
        const QString closed = q->value(3).toString();
        const QString nextDue = q->value(4).toString();
        const bool openedIn = opened >= from;
        const bool finishedIn = state == u"finished" && closed >= from && closed < to;
        // Overdue: still being worked on and the next action's date passed
        // (a suspended case waits on the citizen and is not overdue).
        const bool overdue =
            (state == u"open" || state == u"in_progress") && !nextDue.isEmpty() && nextDue < nowText;
        if (!openedIn && !finishedIn && !overdue)
            continue;
        rows.add(d == Dimension::Clerk ? q->value(0).toString() : QString(), [&](Row &r) {
            r.proxyOpened += openedIn ? 1 : 0;
            r.proxyFinished += finishedIn ? 1 : 0;
            r.proxyOverdue += overdue ? 1 : 0;
        });
    }
    return {};
}

Result<QHash<QString, QString>> labels(QSqlDatabase db, Dimension d)
{
    const QString statement =
        d == Dimension::Window
            ? QStringLiteral("SELECT number, CASE WHEN instr(name, number || '号') > 0 THEN name "
                             "ELSE number || '号 ' || name END FROM hall_window")
        : d == Dimension::Clerk
            ? QStringLiteral("SELECT staff_no, name || '（' || staff_no || '）' FROM staff")
        : d == Dimension::Department
            ? QStringLiteral("SELECT code, name FROM department")
            : QStringLiteral("SELECT task_code, name FROM matter ORDER BY is_current, version");
    auto q = sql::run(db, statement);
    if (!q)
        return q.error();
    QHash<QString, QString> out;
    while (q->next())
        out.insert(q->value(0).toString(), q->value(1).toString()); // the current version wins, read last
    return out;
}

} // namespace

Period Period::month(int year, int month)
{
    const QDate first(year, month, 1);
    return {localMidnightUtc(first), localMidnightUtc(first.addMonths(1))};
}

Period Period::days(const QDate &first, const QDate &last)
{
    return {localMidnightUtc(first), localMidnightUtc(last.addDays(1))};
}

std::optional<double> Ratio::percent() const
{
    if (den == 0)
        return std::nullopt;
    return 100.0 * double(num) / double(den);
}

std::optional<double> Durations::averageMinutes() const
{
    if (count == 0)
        return std::nullopt;
    return double(totalSeconds) / double(count) / 60.0;
}

std::optional<double> Durations::maxMinutes() const
{
    if (count == 0)
        return std::nullopt;
    return double(maxSeconds) / 60.0;
}

void Durations::add(qint64 seconds)
{
    ++count;
    totalSeconds += seconds;
    maxSeconds = std::max(maxSeconds, seconds);
}

std::optional<double> Average::value() const
{
    if (count == 0)
        return std::nullopt;
    return sum / double(count);
}

Result<Report> compute(Database &db, const Period &period, Dimension dimension, const QDateTime &nowUtc)
{
    if (!period.fromUtc.isValid() || !period.toUtc.isValid() || period.toUtc <= period.fromUtc)
        return Error{QStringLiteral("indicators.period"),
                     QCoreApplication::translate("yc::indicators",
                                                 "The period is empty: its end is not after its start.")};
    Report report;
    report.period = period;
    report.dimension = dimension;
    for (QDate d = hallTime::date(period.fromUtc); localMidnightUtc(d) < period.toUtc; d = d.addDays(1))
        report.casesByDay.insert(d, 0);

    QSqlDatabase c = db.connection();
    Rows rows(dimension);
    if (auto r = addCases(c, period, dimension, rows, report); !r)
        return r.error();
    if (auto r = addTickets(c, period, dimension, rows, report); !r)
        return r.error();
    if (auto r = addEvaluations(c, period, dimension, rows, report); !r)
        return r.error();
    if (auto r = addProxyCases(c, period, dimension, nowUtc, rows); !r)
        return r.error();
    auto names = labels(c, dimension);
    if (!names)
        return names.error();
    auto dead =
        sql::scalar(c, QStringLiteral("SELECT count(*) FROM outbox WHERE destination = 'platform' AND "
                                      "state = 'dead'"));
    if (!dead)
        return dead.error();
    report.deadLetters = dead->toLongLong();
    report.hall = rows.hall();
    report.hall.label = QCoreApplication::translate("yc::indicators", "Whole hall");
    report.rows = rows.take(names.value());
    return report;
}

std::optional<double> value(const Row &row, Indicator indicator)
{
    switch (indicator) {
    case Indicator::EvaluationRate:
        return row.evaluated.percent();
    case Indicator::RectificationRate:
        return row.rectified.percent();
    case Indicator::InstantShare:
        return row.instant.percent();
    case Indicator::LimitReduction:
        return row.limitReduction.value();
    case Indicator::ComprehensiveShare:
        return row.comprehensive.percent();
    case Indicator::OneTrip:
        return row.oneTrip.percent();
    }
    return std::nullopt;
}

std::optional<bool> meetsTarget(const Row &row, Indicator indicator, const Targets &targets)
{
    const auto v = value(row, indicator);
    if (!v || !targets.minimumPercent.contains(indicator))
        return std::nullopt;
    // Compared at the precision shown (one decimal), so 59.96% shown as
    // 60.0% is not red.
    return std::round(*v * 10.0) >= std::round(targets.minimumPercent.value(indicator) * 10.0);
}

} // namespace yc::indicators
