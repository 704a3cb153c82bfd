#include "kioskroute.h"

#include <QRegularExpression>

namespace yc {

namespace {

// A line prefix is one or two letters (business_line.prefix).
QString prefixOrEmpty(const QString &text)
{
    const QString p = text.trimmed().toUpper();
    static const QRegularExpression valid(QStringLiteral("^[A-Z]{1,2}$"));
    return valid.match(p).hasMatch() ? p : QString();
}

} // namespace

KioskRoute KioskRoute::fromText(const QString &pairs, const QString &defaultLine)
{
    KioskRoute r;
    if (const QString d = prefixOrEmpty(defaultLine); !d.isEmpty())
        r.m_default = d;
    for (const QString &pair : pairs.split(QRegularExpression(QStringLiteral("[;,]")), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0)
            continue;
        const QString dept = pair.left(eq).trimmed();
        const QString prefix = prefixOrEmpty(pair.mid(eq + 1));
        if (!dept.isEmpty() && !prefix.isEmpty())
            r.m_byDepartment.insert(dept, prefix);
    }
    return r;
}

KioskRoute KioskRoute::fromJson(const QJsonObject &object)
{
    KioskRoute r;
    if (const QString d = prefixOrEmpty(object.value(QStringLiteral("defaultLine")).toString()); !d.isEmpty())
        r.m_default = d;
    const QJsonObject by = object.value(QStringLiteral("byDepartment")).toObject();
    for (auto it = by.begin(); it != by.end(); ++it)
        if (const QString p = prefixOrEmpty(it.value().toString());
            !p.isEmpty() && !it.key().trimmed().isEmpty())
            r.m_byDepartment.insert(it.key().trimmed(), p);
    return r;
}

QString KioskRoute::linePrefixFor(const Matter &matter) const
{
    return m_byDepartment.value(matter.departmentCode, m_default);
}

} // namespace yc
