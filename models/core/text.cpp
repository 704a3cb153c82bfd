#include "text.h"

#include <QList>

namespace yc {

bool hasControlCharacters(const QString &text, bool allowLineBreaksAndTabs)
{
    for (const QChar c : text) {
        if (c.category() != QChar::Other_Control)
            continue;
        if (allowLineBreaksAndTabs && (c == QLatin1Char('\n') || c == QLatin1Char('\t')))
            continue;
        return true;
    }
    return false;
}

bool isCleanText(const QString &text, int maxLength, bool required, bool multiLine)
{
    const QString t = text.trimmed();
    if (required && t.isEmpty())
        return false;
    if (t.toUcs4().size() > maxLength)
        return false;
    return !hasControlCharacters(t, multiLine);
}

} // namespace yc
