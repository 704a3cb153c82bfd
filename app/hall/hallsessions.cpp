#include "hallsessions.h"

#include "core/clock.h"
#include "staff/staffrepository.h"
#include "store/database.h"
#include "store/sql.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace yc {

namespace {

QString hashOf(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString newToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

HallSessions::HallSessions(std::shared_ptr<Database> db, int lifetimeMinutes)
    : m_db(std::move(db))
    , m_lifetimeMinutes(lifetimeMinutes)
{}

Result<HallSession> HallSessions::signIn(const QString &staffNo, const QString &password, int windowNo)
{
    if (windowNo < 0 || windowNo > 999)
        return Error{QStringLiteral("proto.bad_args"), tr("The window number must be between 1 and 999.")};
    StaffRepository staff(m_db);
    auto member = staff.authenticate(staffNo, password, windowNo);
    if (!member)
        return member.error();
    return open(member.value(), windowNo);
}

Result<HallSession> HallSessions::open(const StaffMember &member, int windowNo)
{
    if (windowNo < 0 || windowNo > 999)
        return Error{QStringLiteral("proto.bad_args"), tr("The window number must be between 1 and 999.")};
    HallSession s;
    s.token = newToken();
    s.staffNo = member.staffNo;
    s.roles = member.roles;
    s.windowNo = windowNo;
    const QDateTime now = Clock::nowUtc();
    s.expiresAt = now.addSecs(qint64(m_lifetimeMinutes) * 60);
    QSqlDatabase db = m_db->connection();
    // Sessions expired a week ago go when a new one comes (until then a
    // client holding one is told "expired", not "unknown").
    if (auto d = sql::run(db, QStringLiteral("DELETE FROM hall_session WHERE expires_at < ?"),
                          {toStoredTime(now.addDays(-7))});
        !d)
        return d.error();
    auto q = sql::run(
        db,
        QStringLiteral("INSERT INTO hall_session (token_hash, staff_no, roles, window_no, created_at, "
                       "expires_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {hashOf(s.token), s.staffNo, s.roles.join(u','), windowNo, toStoredTime(now),
         toStoredTime(s.expiresAt)});
    if (!q)
        return q.error();
    return s;
}

Result<HallSession> HallSessions::check(const QString &token)
{
    if (token.isEmpty())
        return Error{QStringLiteral("auth.required"), tr("Sign in first.")};
    auto q = sql::run(
        m_db->connection(),
        // Roles and the active flag are read from the staff tables at every
        // request, not from the session: a demoted or disabled member loses
        // the rights at once, not when the session ends.
        QStringLiteral("SELECT s.staff_no, (SELECT group_concat(r.role) FROM staff_role r WHERE "
                       "r.staff_id = st.id), s.window_no, s.expires_at, st.active FROM hall_session s "
                       "JOIN staff st ON st.staff_no = s.staff_no WHERE s.token_hash = ?"),
        {hashOf(token)});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{QStringLiteral("auth.invalid"),
                     tr("This session is not known (signed out elsewhere or never "
                        "signed in). Sign in again.")};
    HallSession s;
    s.staffNo = q->value(0).toString();
    s.roles = q->value(1).toString().split(u',', Qt::SkipEmptyParts);
    s.windowNo = q->value(2).toInt();
    s.expiresAt = fromStoredTime(q->value(3).toString());
    if (q->value(4).toInt() == 0)
        return Error{QStringLiteral("auth.inactive"),
                     tr("This account is disabled. Ask the administrator to enable it.")};
    if (s.expiresAt <= Clock::nowUtc())
        return Error{QStringLiteral("auth.expired"), tr("Your session has expired. Sign in again.")};
    return s;
}

Result<void> HallSessions::signOut(const QString &token)
{
    auto q = sql::run(m_db->connection(), QStringLiteral("DELETE FROM hall_session WHERE token_hash = ?"),
                      {hashOf(token)});
    if (!q)
        return q.error();
    return {};
}

} // namespace yc
