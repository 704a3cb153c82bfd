#include "pii.h"

#include <QRegularExpression>

namespace yc::pii {

QString maskIdNumber(const QString &number)
{
    const QString n = number.trimmed();
    if (n.size() <= 4)
        return QString(n.size(), QLatin1Char('*'));
    const qsizetype keep = n.size() >= 12 ? 4 : 2;
    return n.left(keep) + QString(n.size() - 2 * keep, QLatin1Char('*')) + n.right(keep);
}

QString maskPhone(const QString &phone)
{
    const QString p = phone.trimmed();
    if (p.size() < 7)
        return QString(p.size(), QLatin1Char('*'));
    return p.left(3) + QString(p.size() - 7, QLatin1Char('*')) + p.right(4);
}

QString maskName(const QString &name)
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        return n;
    // Work on code points so a name with a character beyond the BMP (𠮷) is
    // not cut in the middle of a surrogate pair.
    const QList<uint> cps = n.toUcs4();
    const char32_t first = cps.first();
    return QString::fromUcs4(&first, 1) + QString(cps.size() - 1, QLatin1Char('*'));
}

QString scrub(const QString &text)
{
    // 18-digit resident numbers (last may be X), 15-digit legacy ones, and
    // mainland mobile numbers; bounded by non-digits so longer numbers such
    // as case numbers are left alone.
    static const QRegularExpression idPattern(
        QStringLiteral("(?<![0-9A-Za-z])([1-9][0-9]{16}[0-9Xx]|[1-9][0-9]{14})(?![0-9A-Za-z])"));
    static const QRegularExpression phonePattern(QStringLiteral("(?<![0-9])(1[3-9][0-9]{9})(?![0-9])"));
    QString out = text;
    for (const auto *pattern : {&idPattern, &phonePattern}) {
        QString result;
        qsizetype last = 0;
        auto it = pattern->globalMatch(out);
        while (it.hasNext()) {
            const auto m = it.next();
            result += out.mid(last, m.capturedStart(1) - last);
            result += pattern == &idPattern ? maskIdNumber(m.captured(1)) : maskPhone(m.captured(1));
            last = m.capturedEnd(1);
        }
        result += out.mid(last);
        out = result;
    }
    return out;
}

} // namespace yc::pii
