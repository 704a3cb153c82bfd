#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

class QPainter;

namespace yc {

// The 帮办代办 mark: one look on every screen and paper — a rounded tag in
// one colour with an icon per service mode (帮办 assist: a person with a
// plus; 代办 proxy: a document with an arrow; 上门办 home visit: a house) and
// the mode's words beside it. Painted here so documents (which cannot use
// widgets) and the widgets (widgets/common/servicebadge.*) share it.
namespace servicemark {

enum class Ink
{
    Colour,     // screens and PDF documents: white on the mark's colour
    Monochrome, // thermal slips: white on black
};

// The mark's colour: a deep orange that keeps 4.5:1 contrast with white text.
QColor colour();

// The size of the whole mark for `text` in `font` (icon, gap, text, padding).
QSizeF size(const QString &text, const QFont &font);

// The tag (rounded rectangle) filling `rect`.
void paintFrame(QPainter &painter, const QRectF &rect, Ink ink);
// The icon of `mode` ("assist", "proxy", "home_visit") in the square `rect`, in `colour`.
void paintIcon(QPainter &painter, const QRectF &rect, const QString &mode, const QColor &colour);
// Frame, icon and text in `rect` (laid out as size() measures).
void paint(QPainter &painter, const QRectF &rect, const QString &mode, const QString &text, const QFont &font,
           Ink ink = Ink::Colour);

} // namespace servicemark

} // namespace yc
