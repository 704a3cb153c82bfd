#include "staffrepository.h"

#include "audit/auditlog.h"
#include "codes/codes.h"
#include "core/clock.h"
#include "core/text.h"
#include "staff/passwordhasher.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/transaction.h"

#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcStaff, "yc.staff", QtInfoMsg)

namespace yc {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT s.id, s.staff_no, s.name, s.department, s.active, s.must_change_password, s.locked_until, "
    "s.last_login_at, (SELECT group_concat(role, ',') FROM staff_role r WHERE r.staff_id = s.id) FROM staff "
    "s");

StaffMember readStaff(const QSqlQuery &q)
{
    StaffMember m;
    m.id = q.value(0).toLongLong();
    m.staffNo = q.value(1).toString();
    m.name = q.value(2).toString();
    m.department = q.value(3).toString();
    m.active = q.value(4).toBool();
    m.mustChangePassword = q.value(5).toBool();
    if (!q.value(6).isNull())
        m.lockedUntil = fromStoredTime(q.value(6).toString());
    if (!q.value(7).isNull())
        m.lastLoginAt = fromStoredTime(q.value(7).toString());
    const QStringList stored = q.value(8).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &role : Codes::roles()) { // canonical order
        if (stored.contains(role))
            m.roles << role;
    }
    return m;
}

Error wrongCredentials()
{
    return Error{QStringLiteral("auth.wrong"), StaffRepository::tr("Wrong staff number or password.")};
}

} // namespace

StaffRepository::StaffRepository(std::shared_ptr<Database> db)
    : m_db(std::move(db))
{}

Result<void> StaffRepository::checkPasswordPolicy(const QString &password)
{
    static const QRegularExpression letter(QStringLiteral("[A-Za-z]"));
    static const QRegularExpression digit(QStringLiteral("[0-9]"));
    if (password.size() < 8 || password.size() > 128 || !password.contains(letter) ||
        !password.contains(digit))
        return Error{QStringLiteral("auth.weak"),
                     tr("The password needs 8 to 128 characters with at least one letter and one digit.")};
    return {};
}

Result<StaffMember> StaffRepository::authenticate(const QString &staffNo, const QString &password,
                                                  int windowNo)
{
    QSqlDatabase db = m_db->connection();
    const QDateTime now = Clock::nowUtc();
    auto q = sql::run(db, QStringLiteral("SELECT password_hash, failed_logins FROM staff WHERE staff_no = ?"),
                      {staffNo.trimmed()});
    if (!q)
        return q.error();
    if (!q->next()) {
        // Spend the same time as a real check so timing does not reveal
        // which staff numbers exist.
        PasswordHasher::verify(password, QStringLiteral("pbkdf2-sha256$%1$AAAAAAAAAAAAAAAAAAAAAA==$"
                                                        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")
                                             .arg(PasswordHasher::kIterations));
        Transaction tx(db);
        if (auto a = appendAudit(db, {QString(), windowNo, QStringLiteral("login.unknown"),
                                      staffNo.trimmed().left(32), QString()});
            !a)
            return a.error();
        if (auto c = tx.commit(); !c)
            return c.error();
        return wrongCredentials();
    }
    const QString stored = q->value(0).toString();
    const int failed = q->value(1).toInt();
    q->finish();

    auto member = find(staffNo.trimmed());
    if (!member)
        return member.error();
    if (!member->active)
        return Error{QStringLiteral("auth.inactive"),
                     tr("This account is disabled. Ask the administrator to enable it.")};
    if (member->lockedUntil.isValid() && member->lockedUntil > now)
        return Error{QStringLiteral("auth.locked"),
                     tr("Too many wrong passwords. The account is locked until %1.")
                         .arg(hallTime::local(member->lockedUntil).toString(QStringLiteral("HH:mm")))};

    const bool good = PasswordHasher::verify(password, stored);
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    if (good) {
        QVariantList values{toStoredTime(now), member->id};
        QString update =
            QStringLiteral("UPDATE staff SET failed_logins = 0, locked_until = NULL, last_login_at = ?");
        if (PasswordHasher::needsRehash(stored)) {
            update += QStringLiteral(", password_hash = ?");
            values.insert(1, PasswordHasher::hash(password));
        }
        if (auto u = sql::run(db, update + QStringLiteral(" WHERE id = ?"), values); !u)
            return u.error();
        if (auto a = appendAudit(
                db, {member->staffNo, windowNo, QStringLiteral("login.ok"), QString(), QString()});
            !a)
            return a.error();
        if (auto c = tx.commit(); !c)
            return c.error();
        member->lastLoginAt = now;
        qCInfo(lcStaff) << "staff" << member->staffNo << "signed in";
        return member;
    }

    const int nowFailed = failed + 1;
    const bool lock = nowFailed >= kMaxFailedLogins;
    const QDateTime until = now.addSecs(kLockMinutes * 60);
    if (auto u =
            sql::run(db, QStringLiteral("UPDATE staff SET failed_logins = ?, locked_until = ? WHERE id = ?"),
                     {lock ? 0 : nowFailed, lock ? QVariant(toStoredTime(until)) : QVariant(), member->id});
        !u)
        return u.error();
    if (auto a = appendAudit(db, {member->staffNo, windowNo,
                                  lock ? QStringLiteral("login.locked") : QStringLiteral("login.failed"),
                                  QString(), QStringLiteral("attempt %1").arg(nowFailed)});
        !a)
        return a.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    if (lock) {
        qCWarning(lcStaff) << "staff" << member->staffNo << "locked after" << nowFailed << "failed logins";
        return Error{QStringLiteral("auth.locked"),
                     tr("Too many wrong passwords. The account is locked until %1.")
                         .arg(hallTime::local(until).toString(QStringLiteral("HH:mm")))};
    }
    return wrongCredentials();
}

Result<bool> StaffRepository::verifyPassword(const QString &staffNo, const QString &password)
{
    auto stored = sql::scalar(
        m_db->connection(), QStringLiteral("SELECT password_hash FROM staff WHERE staff_no = ?"), {staffNo});
    if (!stored)
        return stored.error();
    return stored->isValid() && PasswordHasher::verify(password, stored->toString());
}

Result<QList<StaffMember>> StaffRepository::list() const
{
    auto q = sql::run(m_db->connection(), kSelect + QStringLiteral(" ORDER BY s.staff_no"));
    if (!q)
        return q.error();
    QList<StaffMember> out;
    while (q->next())
        out << readStaff(q.value());
    return out;
}

Result<StaffMember> StaffRepository::find(const QString &staffNo) const
{
    auto q = sql::run(m_db->connection(), kSelect + QStringLiteral(" WHERE s.staff_no = ?"), {staffNo});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{QStringLiteral("staff.unknown"),
                     tr("There is no staff member with staff number %1.").arg(staffNo)};
    return readStaff(q.value());
}

Result<int> StaffRepository::count() const
{
    auto v = sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM staff"));
    if (!v)
        return v.error();
    return v->toInt();
}

Result<void> StaffRepository::writeRoles(qint64 staffId, const QStringList &roles)
{
    QSqlDatabase db = m_db->connection();
    if (auto d = sql::run(db, QStringLiteral("DELETE FROM staff_role WHERE staff_id = ?"), {staffId}); !d)
        return d.error();
    for (const QString &role : roles) {
        if (!Codes::roles().contains(role))
            return Error{QStringLiteral("staff.role"), tr("Unknown role \"%1\".").arg(role)};
        if (auto i = sql::run(db, QStringLiteral("INSERT INTO staff_role (staff_id, role) VALUES (?, ?)"),
                              {staffId, role});
            !i)
            return i.error();
    }
    return {};
}

Result<int> StaffRepository::activeAdminsOtherThan(const QString &staffNo) const
{
    auto v = sql::scalar(m_db->connection(),
                         QStringLiteral("SELECT count(*) FROM staff s JOIN staff_role r ON r.staff_id = s.id "
                                        "WHERE r.role = 'admin' AND s.active = 1 AND s.staff_no <> ?"),
                         {staffNo});
    if (!v)
        return v.error();
    return v->toInt();
}

namespace {

Result<void> validateMember(const StaffMember &m)
{
    static const QRegularExpression staffNoPattern(QStringLiteral("^[0-9A-Za-z_-]{1,32}$"));
    if (!staffNoPattern.match(m.staffNo).hasMatch())
        return Error{QStringLiteral("staff.number"),
                     StaffRepository::tr("The staff number may have 1 to 32 letters, digits, '-' or '_'.")};
    const QString name = m.name.trimmed();
    if (name.isEmpty() || name.toUcs4().size() > 50)
        return Error{QStringLiteral("staff.name"), StaffRepository::tr("The name needs 1 to 50 characters.")};
    if (hasControlCharacters(name))
        return Error{QStringLiteral("staff.name"),
                     StaffRepository::tr("The name may not contain control characters.")};
    if (m.roles.isEmpty())
        return Error{QStringLiteral("staff.roles"),
                     StaffRepository::tr("Give the account at least one role.")};
    return {};
}

} // namespace

Result<StaffMember> StaffRepository::create(const StaffMember &member, const QString &password,
                                            const QString &byStaffNo)
{
    if (auto v = validateMember(member); !v)
        return v.error();
    if (auto p = checkPasswordPolicy(password); !p)
        return p.error();
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    auto exists = sql::scalar(db, QStringLiteral("SELECT 1 FROM staff WHERE staff_no = ?"), {member.staffNo});
    if (!exists)
        return exists.error();
    if (exists->isValid())
        return Error{QStringLiteral("staff.exists"),
                     tr("The staff number %1 is already taken.").arg(member.staffNo)};
    const QString now = toStoredTime(Clock::nowUtc());
    auto q = sql::run(
        db,
        QStringLiteral("INSERT INTO staff (staff_no, name, department, password_hash, active, "
                       "must_change_password, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {member.staffNo, member.name.trimmed(), member.department.trimmed(), PasswordHasher::hash(password),
         member.active, member.mustChangePassword, now, now});
    if (!q)
        return q.error();
    const qint64 id = q->lastInsertId().toLongLong();
    if (auto r = writeRoles(id, member.roles); !r)
        return r.error();
    if (auto a = appendAudit(db, {byStaffNo, 0, QStringLiteral("staff.create"), member.staffNo,
                                  member.roles.join(QLatin1Char(','))});
        !a)
        return a.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return find(member.staffNo);
}

Result<void> StaffRepository::update(const StaffMember &member, const QString &byStaffNo)
{
    if (auto v = validateMember(member); !v)
        return v;
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    if (!member.active || !member.roles.contains(QStringLiteral("admin"))) {
        auto others = activeAdminsOtherThan(member.staffNo);
        if (!others)
            return others.error();
        auto current = find(member.staffNo);
        if (!current)
            return current.error();
        if (others.value() == 0 && current->active && current->hasRole(QStringLiteral("admin")))
            return Error{QStringLiteral("staff.last_admin"),
                         tr("%1 is the last active administrator; keep their Administrator role and keep the "
                            "account active.")
                             .arg(member.staffNo)};
    }
    auto q = sql::run(db,
                      QStringLiteral("UPDATE staff SET name = ?, department = ?, active = ?, updated_at = ? "
                                     "WHERE staff_no = ? RETURNING id"),
                      {member.name.trimmed(), member.department.trimmed(), member.active,
                       toStoredTime(Clock::nowUtc()), member.staffNo});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{QStringLiteral("staff.unknown"),
                     tr("There is no staff member with staff number %1.").arg(member.staffNo)};
    const qint64 id = q->value(0).toLongLong();
    q->finish();
    if (auto r = writeRoles(id, member.roles); !r)
        return r;
    if (auto a = appendAudit(db, {byStaffNo, 0, QStringLiteral("staff.update"), member.staffNo,
                                  QStringLiteral("roles=%1 active=%2")
                                      .arg(member.roles.join(QLatin1Char(',')))
                                      .arg(member.active ? 1 : 0)});
        !a)
        return a;
    return tx.commit();
}

Result<void> StaffRepository::setPassword(const QString &staffNo, const QString &password, bool mustChange,
                                          const QString &byStaffNo)
{
    if (auto p = checkPasswordPolicy(password); !p)
        return p;
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    auto q = sql::run(
        db,
        QStringLiteral("UPDATE staff SET password_hash = ?, must_change_password = ?, failed_logins = 0, "
                       "locked_until = NULL, updated_at = ? WHERE staff_no = ?"),
        {PasswordHasher::hash(password), mustChange, toStoredTime(Clock::nowUtc()), staffNo});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error{QStringLiteral("staff.unknown"),
                     tr("There is no staff member with staff number %1.").arg(staffNo)};
    if (auto a = appendAudit(db, {byStaffNo, 0, QStringLiteral("staff.password"), staffNo, QString()}); !a)
        return a;
    return tx.commit();
}

} // namespace yc
