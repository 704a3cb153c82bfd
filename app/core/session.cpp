#include "session.h"

#include "codes/codes.h"
#include "staff/staffrepository.h"

namespace yc {

Session::Session(std::shared_ptr<Database> db, int windowNo, QObject *parent)
    : QObject(parent)
    , m_staffRepo(std::make_unique<StaffRepository>(std::move(db)))
    , m_windowNo(windowNo)
{}

Session::~Session() = default;

Result<StaffMember> Session::login(const QString &staffNo, const QString &password)
{
    auto member = m_staffRepo->authenticate(staffNo, password, m_windowNo);
    if (!member)
        return member;
    m_staff = member.value();
    emit credentialsAccepted(m_staff.staffNo, password);
    emit loggedIn();
    return member;
}

void Session::logout()
{
    if (!isLoggedIn())
        return;
    m_staff = StaffMember();
    emit loggedOut();
}

Result<void> Session::confirmPassword(const QString &password)
{
    if (!isLoggedIn())
        return Error{QStringLiteral("auth.none"), tr("Nobody is signed in.")};
    auto again = m_staffRepo->authenticate(m_staff.staffNo, password, m_windowNo);
    if (!again)
        return again.error();
    return {};
}

Result<void> Session::changePassword(const QString &oldPassword, const QString &newPassword)
{
    if (!isLoggedIn())
        return Error{QStringLiteral("auth.none"), tr("Nobody is signed in.")};
    auto good = m_staffRepo->verifyPassword(m_staff.staffNo, oldPassword);
    if (!good)
        return good.error();
    if (!good.value())
        return Error{QStringLiteral("auth.wrong"), tr("The current password is wrong.")};
    if (oldPassword == newPassword)
        return Error{QStringLiteral("auth.same"), tr("Choose a password different from the current one.")};
    auto set = m_staffRepo->setPassword(m_staff.staffNo, newPassword, false, m_staff.staffNo);
    if (set)
        m_staff.mustChangePassword = false;
    return set;
}

Result<void> Session::require(const QString &role) const
{
    if (hasRole(role))
        return {};
    return Error{
        QStringLiteral("auth.forbidden"),
        tr("This needs the role \"%1\", which your account does not have.").arg(Codes::roleLabel(role))};
}

} // namespace yc
