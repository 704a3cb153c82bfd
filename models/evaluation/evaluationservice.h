#pragma once

#include "core/result.h"

#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QDateTime>

namespace yc {

class Database;

// Deadlines of a bad review's work order, in the hall's working days
// (e.g. Ruzhou: contact within 1, close within 5).
struct BadReviewRules
{
    int contactWorkingDays = 1;
    int closeWorkingDays = 5;
};

// 好差评 at the hall: one evaluation per service (一次一评) — a case, or a
// ticket served without a case — with follow-up evaluations allowed after
// it; five levels stored as neutral codes (the province's numbering is
// applied when the event is sent); the offline items 服务效率, 服务水平,
// 服务态度; text, required on a bad rating. A bad rating (不满意, 非常不满意)
// opens a work order (BadReviewOrders) in the same transaction, and the
// evaluation goes to the outbox for the platform and the hall.
class EvaluationService
{
    Q_DECLARE_TR_FUNCTIONS(yc::EvaluationService)

public:
    struct Input
    {
        std::optional<qint64> caseId;
        std::optional<qint64> ticketId;
        QString channel = QStringLiteral("window_device"); // window_device | qr_page | kiosk
        QString level;                                     // very_satisfied … very_dissatisfied
        std::optional<int> efficiency;                     // 1–5 each, optional
        std::optional<int> serviceLevel;
        std::optional<int> attitude;
        QString comment;
        bool followUp = false;
        // The evaluation's own key (UUID); empty = a new one. Given by a
        // caller that may submit the same answer twice (the QR relay after
        // a lost acknowledgement): the second submit returns the first id.
        QString localId;
    };

    explicit EvaluationService(std::shared_ptr<Database> db, BadReviewRules rules = BadReviewRules());

    static bool isBad(const QString &level);
    static const QStringList &levels();

    // Returns the evaluation's id. Errors: evaluation.target (no such case or
    // ticket), evaluation.level, evaluation.items, evaluation.detail (a bad
    // rating without text), evaluation.text, evaluation.once (already
    // evaluated: a follow-up may be added), evaluation.no_first (a follow-up
    // without a first evaluation).
    Result<qint64> submit(const Input &input);

    // The case with this 办件编号 (or local key, for a case that got none).
    Result<std::optional<qint64>> caseByNumber(const QString &caseNo) const;
    // Whether there is such a service here (a case, or a finished ticket in
    // this database) and whether it already has its first evaluation.
    enum class Standing
    {
        Unknown,
        Open,
        Evaluated
    };
    Result<Standing> standing(std::optional<qint64> caseId, std::optional<qint64> ticketId) const;

    // Services finished at least `days` days before `now` and never
    // evaluated get `level` on the channel "default" where the province
    // profile says so (Guangdong: 7 days, 基本满意). Returns how many.
    Result<int> applyDefaultRatings(const QDateTime &nowUtc, int days, const QString &level);

private:
    std::shared_ptr<Database> m_db;
    BadReviewRules m_rules;
};

} // namespace yc
