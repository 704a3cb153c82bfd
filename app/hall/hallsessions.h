#pragma once

#include "core/result.h"

#include <memory>

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace yc {

class Database;
struct StaffMember;

// A signed-in staff member at a window, as the hall protocol knows them.
struct HallSession
{
    QString token; // only set right after sign-in; the store keeps a hash
    QString staffNo;
    QStringList roles;
    int windowNo = 0;
    QDateTime expiresAt;
};

// Staff sessions of the hall protocol: halld checks the password itself
// (StaffRepository, PBKDF2, lockout) and hands out a random token. Only the
// token's SHA-256 is stored, in hall_session, so sessions survive a restart
// of halld and the clients carry on with the token they have. check() reads
// the member's roles and active flag from the staff tables every time, so a
// change by an administrator applies to the very next request.
class HallSessions
{
    Q_DECLARE_TR_FUNCTIONS(yc::HallSessions)

public:
    explicit HallSessions(std::shared_ptr<Database> db, int lifetimeMinutes = 12 * 60);

    Result<HallSession> signIn(const QString &staffNo, const QString &password, int windowNo);
    // A session for someone this process has already authenticated (the
    // standalone client's own sign-in), without asking for the password again.
    Result<HallSession> open(const StaffMember &member, int windowNo);
    Result<HallSession> check(const QString &token);
    Result<void> signOut(const QString &token);

private:
    std::shared_ptr<Database> m_db;
    int m_lifetimeMinutes;
};

} // namespace yc
