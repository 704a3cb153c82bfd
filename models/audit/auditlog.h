#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QString>

namespace yc {

// Appends to the audit log on the given connection, so an audited action and
// its audit entry commit or roll back together. Subjects are keys or masked
// values, never personal data in clear (the table is append-only).
struct AuditEntry
{
    QString staffNo;
    int windowNo = 0; // 0 = not at a window
    QString action;   // e.g. "login.ok", "staff.create", "applicant.read_full"
    QString subject;
    QString detail;
};

Result<void> appendAudit(QSqlDatabase db, const AuditEntry &entry);

} // namespace yc
