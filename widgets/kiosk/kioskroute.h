#pragma once

#include "catalog/matter.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace yc {

// Which business line serves a matter the citizen found by name at the
// kiosk: matter → its department → the department's line, else the default
// line (综合受理: under 一窗受理 any comprehensive window takes any matter).
// Configured per hall: the client's settings `kiosk/matterLines`
// ("SJ=B; BDC=C; RS=D") and `kiosk/defaultLine` ("A"), or the demonstration
// hall's "kioskLines" object (docs/kiosk.md).
class KioskRoute
{
public:
    KioskRoute() = default;
    // "DEPT=PREFIX" pairs separated by ';' or ','; malformed pairs are skipped.
    static KioskRoute fromText(const QString &pairs, const QString &defaultLine);
    // {"defaultLine": "A", "byDepartment": {"SJ": "B", …}}
    static KioskRoute fromJson(const QJsonObject &object);

    QString defaultLine() const { return m_default; }
    // The line prefix for the matter (upper case); the default when its
    // department has none.
    QString linePrefixFor(const Matter &matter) const;
    int size() const { return static_cast<int>(m_byDepartment.size()); }

private:
    QHash<QString, QString> m_byDepartment;
    QString m_default = QStringLiteral("A");
};

} // namespace yc
