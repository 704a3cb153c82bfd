#pragma once

#include <QString>
#include <QStringList>

namespace yc::display {

// The text of a window's LED strip (窗口条屏).
//
// Width rule: a strip is sold by how many Chinese characters it shows
// ("8字屏", "12字屏": 16×16-dot cells). A CJK or full-width character fills
// one cell; an ASCII letter, digit or space is half as wide (8×16 dots), so
// "A012" takes two cells. ledCells() counts in half cells.
struct LedWindow
{
    enum class State
    {
        Idle,
        Called,
        Serving,
        Paused
    };
    int windowNo = 0;
    State state = State::Idle;
    QString ticket;      // "A012" when called or serving
    int waiting = 0;     // tickets waiting that this window may call
    QString pauseReason; // already scrubbed; shown when paused
};

// Width of a text in half cells (CJK = 2, ASCII = 1).
int ledHalfCells(const QString &text);
// The longest prefix of text that fits `width` cells (never half a glyph).
QString ledFit(const QString &text, int width);
// The lines for a strip `width` cells wide (each fits): the status line,
// then a second line (waiting count, or the pause reason).
QStringList ledLines(const LedWindow &window, int width);
QString ledStateName(LedWindow::State state);

} // namespace yc::display
