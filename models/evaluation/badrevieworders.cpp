#include "badrevieworders.h"

#include "audit/auditlog.h"
#include "core/clock.h"
#include "core/text.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/transaction.h"

namespace yc {

namespace {

// Past a deadline: no call-back by the contact date, or not closed by the
// close date. Written once, used by the list and by the escalation.
const QString overdueCondition =
    QStringLiteral("(o.state NOT IN ('closed', 'appeal_upheld') AND "
                   " (o.close_due_at <= ? OR (o.contact_due_at <= ? AND NOT EXISTS "
                   "   (SELECT 1 FROM bad_review_step s WHERE s.order_id = o.id AND s.kind = 'callback'))))");

QString stepKind(BadReviewOrders::Step step)
{
    switch (step) {
    case BadReviewOrders::Step::Verify:
        return QStringLiteral("verify");
    case BadReviewOrders::Step::Callback:
        return QStringLiteral("callback");
    case BadReviewOrders::Step::Rectify:
        return QStringLiteral("rectify");
    case BadReviewOrders::Step::Explain:
        return QStringLiteral("explain");
    case BadReviewOrders::Step::Feedback:
        return QStringLiteral("feedback");
    case BadReviewOrders::Step::Appeal:
        return QStringLiteral("appeal");
    case BadReviewOrders::Step::AppealUpheld:
    case BadReviewOrders::Step::AppealRejected:
        return QStringLiteral("appeal_decision");
    }
    return {};
}

} // namespace

BadReviewOrders::BadReviewOrders(std::shared_ptr<Database> db)
    : m_db(std::move(db))
{}

Result<QList<BadReviewOrders::Order>> BadReviewOrders::list(const QDateTime &nowUtc, bool includeClosed) const
{
    const QString now = toStoredTime(nowUtc);
    auto q = sql::run(
        m_db->connection(),
        QStringLiteral("SELECT o.id, o.evaluation_id, o.state, e.level, e.comment, "
                       "  coalesce(c.project_no, t.display_no, ''), coalesce(e.window_no, 0), e.staff_no, "
                       "  o.contact_due_at, o.close_due_at, coalesce(o.escalated_at, ''), ") +
            overdueCondition +
            QStringLiteral(
                " AS overdue FROM bad_review_order o JOIN evaluation e ON e.id = o.evaluation_id "
                "LEFT JOIN case_record c ON c.id = e.case_id LEFT JOIN ticket t ON t.id = e.ticket_id "
                "WHERE ? OR o.state NOT IN ('closed', 'appeal_upheld') "
                "ORDER BY o.state IN ('closed', 'appeal_upheld'), overdue DESC, o.close_due_at, o.id"),
        {now, now, includeClosed ? 1 : 0});
    if (!q)
        return q.error();
    QList<Order> out;
    while (q->next()) {
        Order o;
        o.id = q->value(0).toLongLong();
        o.evaluationId = q->value(1).toLongLong();
        o.state = q->value(2).toString();
        o.level = q->value(3).toString();
        o.comment = q->value(4).toString();
        o.caseNo = q->value(5).toString();
        o.windowNo = q->value(6).toInt();
        o.staffNo = q->value(7).toString();
        o.contactDueUtc = fromStoredTime(q->value(8).toString());
        o.closeDueUtc = fromStoredTime(q->value(9).toString());
        if (!q->value(10).toString().isEmpty())
            o.escalatedUtc = fromStoredTime(q->value(10).toString());
        o.overdue = q->value(11).toBool();
        out << o;
    }
    return out;
}

Result<QList<BadReviewOrders::StepRecord>> BadReviewOrders::steps(qint64 orderId) const
{
    auto q =
        sql::run(m_db->connection(),
                 QStringLiteral("SELECT kind, at, staff_no, note FROM bad_review_step WHERE order_id = ? "
                                "ORDER BY at, id"),
                 {orderId});
    if (!q)
        return q.error();
    QList<StepRecord> out;
    while (q->next())
        out << StepRecord{q->value(0).toString(), fromStoredTime(q->value(1).toString()),
                          q->value(2).toString(), q->value(3).toString()};
    return out;
}

Result<void> BadReviewOrders::record(qint64 orderId, Step step, const QString &note, const QString &staffNo,
                                     bool isSupervisor)
{
    if (!isCleanText(note, 500, true, true))
        return Error{QStringLiteral("review.note"),
                     tr("Write what was found, said or done (at most 500 characters).")};
    const bool decision = step == Step::AppealUpheld || step == Step::AppealRejected;
    if (decision && !isSupervisor)
        return Error{QStringLiteral("review.role"), tr("Only a supervisor decides an appeal.")};
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    auto o = sql::run(
        db,
        QStringLiteral("SELECT o.state, (SELECT count(*) FROM bad_review_step s WHERE s.order_id = o.id "
                       "AND s.kind IN ('rectify', 'explain')) FROM bad_review_order o WHERE o.id = ?"),
        {orderId});
    if (!o)
        return o.error();
    if (!o->next())
        return Error{QStringLiteral("review.unknown"), tr("There is no such work order.")};
    const QString state = o->value(0).toString();
    const bool actedOn = o->value(1).toInt() > 0;
    if (state == u"closed" || state == u"appeal_upheld")
        return Error{QStringLiteral("review.closed"), tr("The work order is closed.")};

    QString next = state;
    bool closes = false;
    switch (step) {
    case Step::Verify:
        break;
    case Step::Callback:
        if (state == u"open" || state == u"appeal_rejected")
            next = QStringLiteral("contacted");
        break;
    case Step::Rectify:
    case Step::Explain:
        if (state == u"appealed")
            return Error{QStringLiteral("review.order"),
                         tr("The appeal is waiting for a supervisor's decision.")};
        next = QStringLiteral("rectifying");
        break;
    case Step::Feedback:
        if (!actedOn || state == u"appealed")
            return Error{
                QStringLiteral("review.order"),
                tr("Record the rectification or the explanation before the feedback to the citizen.")};
        next = QStringLiteral("closed");
        closes = true;
        break;
    case Step::Appeal:
        if (state == u"appealed" || state == u"appeal_rejected")
            return Error{QStringLiteral("review.order"), tr("This review has already been appealed.")};
        next = QStringLiteral("appealed");
        break;
    case Step::AppealUpheld:
    case Step::AppealRejected:
        if (state != u"appealed")
            return Error{QStringLiteral("review.order"), tr("There is no appeal to decide.")};
        next =
            step == Step::AppealUpheld ? QStringLiteral("appeal_upheld") : QStringLiteral("appeal_rejected");
        closes = step == Step::AppealUpheld;
        break;
    }
    const QString now = toStoredTime(Clock::nowUtc());
    const QString text = decision ? (step == Step::AppealUpheld ? QStringLiteral("[upheld] ")
                                                                : QStringLiteral("[rejected] ")) +
                                        note.trimmed()
                                  : note.trimmed();
    if (auto s = sql::run(db,
                          QStringLiteral("INSERT INTO bad_review_step (order_id, kind, at, staff_no, note) "
                                         "VALUES (?, ?, ?, ?, ?)"),
                          {orderId, stepKind(step), now, staffNo, text});
        !s)
        return s.error();
    if (auto u =
            sql::run(db,
                     QStringLiteral("UPDATE bad_review_order SET state = ?, closed_at = CASE WHEN ? THEN ? "
                                    "ELSE closed_at END WHERE id = ?"),
                     {next, closes ? 1 : 0, now, orderId});
        !u)
        return u.error();
    if (auto a = appendAudit(
            db, {staffNo, 0, QStringLiteral("review.") + stepKind(step), QString::number(orderId), next});
        !a)
        return a;
    return tx.commit();
}

Result<int> BadReviewOrders::escalateOverdue(const QDateTime &nowUtc)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    const QString now = toStoredTime(nowUtc);
    auto q =
        sql::run(db,
                 QStringLiteral("SELECT o.id FROM bad_review_order o WHERE o.escalated_at IS NULL AND ") +
                     overdueCondition,
                 {now, now});
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids << q->value(0).toLongLong();
    for (qint64 id : ids) {
        if (auto u = sql::run(db, QStringLiteral("UPDATE bad_review_order SET escalated_at = ? WHERE id = ?"),
                              {now, id});
            !u)
            return u.error();
        if (auto s =
                sql::run(db,
                         QStringLiteral("INSERT INTO bad_review_step (order_id, kind, at, staff_no, note) "
                                        "VALUES (?, 'escalate', ?, 'system', 'deadline passed')"),
                         {id, now});
            !s)
            return s.error();
        if (auto a = appendAudit(db, {QStringLiteral("system"), 0, QStringLiteral("review.escalate"),
                                      QString::number(id), QString()});
            !a)
            return a.error();
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    return int(ids.size());
}

} // namespace yc
