#pragma once

#include "catalog/matter.h"
#include "core/result.h"
#include "intake/intake.h"
#include "intake/numbering.h"

#include <functional>
#include <memory>
#include <optional>

#include <QCoreApplication>

namespace yc {

class Database;
class FieldCipher;

// One-window intake (一窗受理): checks an intake against the matters' material
// lists and the decision's rules, then writes the applicant, one case per
// matter with its materials, numbers and document, the outbox events and the
// audit entries in one transaction — all of it or nothing.
class IntakeService
{
    Q_DECLARE_TR_FUNCTIONS(yc::IntakeService)

public:
    // The committed due date for a matter accepted on a day. By default the
    // hall's working-day calendar, read at each intake so an administrator's
    // change to it applies at once; tests may pass their own.
    using DueDateFunction = std::function<Result<QDate>(const QDate &accepted, const TimeLimit &limit)>;

    IntakeService(std::shared_ptr<Database> db, const FieldCipher *cipher, DueDateFunction dueDate = {},
                  std::unique_ptr<CaseNumberStrategy> numbers = {});
    ~IntakeService();

    Result<IntakeOutcome> submit(const IntakeRequest &request);

    // 即办件: finished at the window right after acceptance.
    Result<void> finishAtWindow(qint64 caseId, const QString &staffNo, int windowNo);
    // A deferred (容缺) or missing material arrives later.
    Result<void> supplyMaterial(qint64 caseId, const QString &materialCode, const QString &staffNo,
                                int windowNo);
    // A returning applicant's details for reuse. Reads the full record, so it
    // is audited (who, where, masked number).
    Result<std::optional<ApplicantInput>> findApplicant(const QString &idType, const QString &idNumber,
                                                        const QString &staffNo, int windowNo);

    // The hall's business day now (hallTime).
    QDate today() const;

private:
    struct Checked;
    Result<Checked> check(const IntakeRequest &request) const;

    std::shared_ptr<Database> m_db;
    const FieldCipher *m_cipher;
    DueDateFunction m_dueDate;
    std::unique_ptr<CaseNumberStrategy> m_numbers;
};

} // namespace yc
