#include "text.h"

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

} // namespace yc
