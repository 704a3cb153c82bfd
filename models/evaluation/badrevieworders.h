#pragma once

#include "core/result.h"

#include <memory>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace yc {

class Database;

// The work order a bad review opens (差评工单), worked by "谁办理、谁负责":
// verify (核实), call back (回访), rectify (整改) or explain (解释说明),
// feed back to the citizen (反馈) — which closes it — and the appeal
// (申诉复核) for a mistaken or malicious review, decided by a supervisor.
// Each step is dated, signed and audited. Orders past a deadline (no
// call-back by the contact date, not closed by the close date) escalate to
// the supervisor, once.
class BadReviewOrders
{
    Q_DECLARE_TR_FUNCTIONS(yc::BadReviewOrders)

public:
    enum class Step
    {
        Verify,
        Callback,
        Rectify,
        Explain,
        Feedback,
        Appeal,
        AppealUpheld,
        AppealRejected
    };

    struct Order
    {
        qint64 id = 0;
        qint64 evaluationId = 0;
        QString state; // open, contacted, rectifying, closed, appealed, appeal_upheld, appeal_rejected
        QString level;
        QString comment;
        QString caseNo; // 办件编号, or the ticket number
        int windowNo = 0;
        QString staffNo;
        QDateTime contactDueUtc;
        QDateTime closeDueUtc;
        QDateTime escalatedUtc; // invalid until escalated
        bool overdue = false;   // as of the time asked
    };

    struct StepRecord
    {
        QString kind;
        QDateTime atUtc;
        QString staffNo;
        QString note;
    };

    explicit BadReviewOrders(std::shared_ptr<Database> db);

    // Open orders first (overdue, then by close date), then the closed ones.
    Result<QList<Order>> list(const QDateTime &nowUtc, bool includeClosed = false) const;
    Result<QList<StepRecord>> steps(qint64 orderId) const;

    // Errors: review.unknown, review.closed, review.note (a note is
    // required: what was found, said or done), review.order (a step out of
    // order: feedback before rectify/explain, a decision without an appeal),
    // review.role (deciding an appeal needs a supervisor).
    Result<void> record(qint64 orderId, Step step, const QString &note, const QString &staffNo,
                        bool isSupervisor);

    // Marks orders past a deadline as escalated (once each, with a step and
    // an audit entry). Returns how many were escalated now.
    Result<int> escalateOverdue(const QDateTime &nowUtc);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace yc
