#pragma once

#include "core/result.h"
#include "staff/staff.h"

#include <memory>

#include <QObject>

namespace yc {

class Database;
class StaffRepository;

// Who is signed in at this window. Everything a role may or may not do is
// asked here, so the rule lives in one place.
class Session : public QObject
{
    Q_OBJECT

public:
    Session(std::shared_ptr<Database> db, int windowNo, QObject *parent = nullptr);
    ~Session() override;

    Result<StaffMember> login(const QString &staffNo, const QString &password);
    void logout();
    // For unlocking after the idle lock: the signed-in person's password.
    Result<void> confirmPassword(const QString &password);
    // The signed-in person's own change; clears "must change password".
    Result<void> changePassword(const QString &oldPassword, const QString &newPassword);

    bool isLoggedIn() const { return m_staff.id != 0; }
    const StaffMember &staff() const { return m_staff; }
    bool hasRole(const QString &role) const { return isLoggedIn() && m_staff.hasRole(role); }
    int windowNo() const { return m_windowNo; }

    // An error the UI can show when the signed-in person lacks the role.
    Result<void> require(const QString &role) const;

signals:
    // Emitted during a successful login, before loggedIn(), for the one
    // listener that must sign in elsewhere with the same credentials (the
    // hall service); the password is not kept anywhere.
    void credentialsAccepted(const QString &staffNo, const QString &password);
    void loggedIn();
    void loggedOut();

private:
    std::unique_ptr<StaffRepository> m_staffRepo;
    StaffMember m_staff;
    int m_windowNo;
};

} // namespace yc
