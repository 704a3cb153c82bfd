#include "ledtext.h"

using namespace Qt::StringLiterals;

namespace yc::display {

namespace {

// East Asian wide and full-width code points (CJK, kana, hangul, full-width
// forms and CJK punctuation) fill a whole LED cell; everything before
// U+2E80 and the half-width forms fill half.
bool isWide(char32_t c)
{
    if (c < 0x2E80)
        return c >= 0x1100 && c <= 0x115F; // hangul jamo
    if (c >= 0xFF61 && c <= 0xFFDC)
        return false; // half-width katakana and hangul
    return true;
}

QString windowLabel(int windowNo)
{
    return QString::number(windowNo) + u"号窗口"_s;
}

} // namespace

int ledHalfCells(const QString &text)
{
    int cells = 0;
    for (char32_t c : text.toUcs4())
        cells += isWide(c) ? 2 : 1;
    return cells;
}

QString ledFit(const QString &text, int width)
{
    const int budget = 2 * width;
    int used = 0;
    QString out;
    for (char32_t c : text.toUcs4()) {
        const int w = isWide(c) ? 2 : 1;
        if (used + w > budget)
            break;
        used += w;
        out += QString::fromUcs4(&c, 1);
    }
    return out;
}

// The fixed words are Chinese by design: the strip is read by citizens, and
// LED controllers show what they are sent (see docs/hall-display.md).
QStringList ledLines(const LedWindow &w, int width)
{
    const bool wide = width >= 12;
    const QString no = QString::number(w.windowNo);
    QString status;
    QString second;
    switch (w.state) {
    case LedWindow::State::Called:
        status =
            wide ? u"请"_s + w.ticket + u"号到"_s + no + u"号窗口"_s : w.ticket + u" 请到"_s + no + u"号"_s;
        break;
    case LedWindow::State::Serving:
        status = wide ? windowLabel(w.windowNo) + u" 正在办理"_s + w.ticket : u"正在办理 "_s + w.ticket;
        break;
    case LedWindow::State::Paused:
        status = wide ? windowLabel(w.windowNo) + u" 暂停服务"_s : u"暂停服务"_s;
        second = w.pauseReason.isEmpty() ? u"请到其他窗口办理"_s : w.pauseReason;
        break;
    case LedWindow::State::Idle:
        status = windowLabel(w.windowNo) + (wide ? u" 欢迎您办理业务"_s : u" 欢迎您"_s);
        break;
    }
    if (second.isEmpty())
        second = (wide ? u"本窗口等候"_s : u"等候"_s) + QString::number(w.waiting) + u"人"_s;
    return {ledFit(status, width), ledFit(second, width)};
}

QString ledStateName(LedWindow::State state)
{
    switch (state) {
    case LedWindow::State::Called:
        return QStringLiteral("called");
    case LedWindow::State::Serving:
        return QStringLiteral("serving");
    case LedWindow::State::Paused:
        return QStringLiteral("paused");
    case LedWindow::State::Idle:
        break;
    }
    return QStringLiteral("idle");
}

} // namespace yc::display
