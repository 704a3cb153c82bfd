#pragma once

#include "core/result.h"
#include "staff/staff.h"

#include <memory>

#include <QCoreApplication>

namespace yc {

class Database;

// Staff accounts: creation, roles, passwords and the login check with
// lockout. Every change and every login attempt is audited in the same
// transaction. Who may call what is decided by the caller (AccountService).
class StaffRepository
{
    Q_DECLARE_TR_FUNCTIONS(yc::StaffRepository)

public:
    static constexpr int kMaxFailedLogins = 5;
    static constexpr int kLockMinutes = 15;

    explicit StaffRepository(std::shared_ptr<Database> db);

    // "Wrong staff number or password" for both unknown accounts and wrong
    // passwords, so the answer does not tell which staff numbers exist.
    Result<StaffMember> authenticate(const QString &staffNo, const QString &password, int windowNo = 0);
    Result<bool> verifyPassword(const QString &staffNo, const QString &password);

    Result<QList<StaffMember>> list() const;
    Result<StaffMember> find(const QString &staffNo) const;
    Result<int> count() const;

    Result<StaffMember> create(const StaffMember &member, const QString &password, const QString &byStaffNo);
    // Name, department, roles and the active flag. The last active
    // administrator cannot lose the role or be deactivated.
    Result<void> update(const StaffMember &member, const QString &byStaffNo);
    Result<void> setPassword(const QString &staffNo, const QString &password, bool mustChange,
                             const QString &byStaffNo);

    static Result<void> checkPasswordPolicy(const QString &password);

private:
    Result<void> writeRoles(qint64 staffId, const QStringList &roles);
    Result<int> activeAdminsOtherThan(const QString &staffNo) const;

    std::shared_ptr<Database> m_db;
};

} // namespace yc
