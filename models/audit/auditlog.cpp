#include "auditlog.h"

#include "core/clock.h"
#include "core/pii.h"
#include "store/sql.h"

namespace yc {

Result<void> appendAudit(QSqlDatabase db, const AuditEntry &entry)
{
    auto q =
        sql::run(std::move(db),
                 QStringLiteral("INSERT INTO audit_log (at, staff_no, window_no, action, subject, detail) "
                                "VALUES (?, ?, ?, ?, ?, ?)"),
                 {toStoredTime(Clock::nowUtc()), entry.staffNo,
                  entry.windowNo > 0 ? QVariant(entry.windowNo) : QVariant(), entry.action,
                  pii::scrub(entry.subject), pii::scrub(entry.detail)});
    if (!q)
        return q.error();
    return {};
}

} // namespace yc
