#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace yc {

struct StaffMember
{
    qint64 id = 0;
    QString staffNo;
    QString name;
    QString department;
    QStringList roles; // clerk | helpdesk | supervisor | admin
    bool active = true;
    bool mustChangePassword = false;
    QDateTime lockedUntil;
    QDateTime lastLoginAt;

    bool hasRole(const QString &role) const { return roles.contains(role); }
};

} // namespace yc
