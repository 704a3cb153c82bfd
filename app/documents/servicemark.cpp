#include "servicemark.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace yc::servicemark {

namespace {

// Proportions of the mark, in font heights.
constexpr qreal kPadX = 0.45;
constexpr qreal kPadY = 0.2;
constexpr qreal kGap = 0.3;
constexpr qreal kIcon = 1.0;

QColor background(Ink ink)
{
    return ink == Ink::Colour ? colour() : QColor(Qt::black);
}

} // namespace

QColor colour()
{
    return QColor(0xB4, 0x3C, 0x0A); // 5.5:1 against white
}

QSizeF size(const QString &text, const QFont &font)
{
    const QFontMetricsF fm(font);
    const qreal h = fm.height();
    return {h * (2 * kPadX + kIcon + kGap) + fm.horizontalAdvance(text), h * (1 + 2 * kPadY)};
}

void paintFrame(QPainter &painter, const QRectF &rect, Ink ink)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(background(ink));
    const qreal r = rect.height() * 0.3;
    painter.drawRoundedRect(rect, r, r);
    painter.restore();
}

void paintIcon(QPainter &painter, const QRectF &rect, const QString &mode, const QColor &colour)
{
    const qreal s = qMin(rect.width(), rect.height());
    const QRectF sq(rect.center().x() - s / 2, rect.center().y() - s / 2, s, s);
    auto at = [&](qreal x, qreal y) { return QPointF(sq.left() + x * s, sq.top() + y * s); };
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(colour, s * 0.1, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    if (mode == QLatin1String("home_visit")) {
        // A house: roof, walls, a door.
        QPainterPath house;
        house.moveTo(at(0.08, 0.5));
        house.lineTo(at(0.5, 0.1));
        house.lineTo(at(0.92, 0.5));
        house.moveTo(at(0.2, 0.42));
        house.lineTo(at(0.2, 0.9));
        house.lineTo(at(0.8, 0.9));
        house.lineTo(at(0.8, 0.42));
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(house);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawRect(QRectF(at(0.42, 0.6), at(0.58, 0.9)));
    } else if (mode == QLatin1String("proxy")) {
        // A document with a folded corner and an arrow: handled on the citizen's behalf.
        QPainterPath doc;
        doc.moveTo(at(0.12, 0.08));
        doc.lineTo(at(0.5, 0.08));
        doc.lineTo(at(0.66, 0.24));
        doc.lineTo(at(0.66, 0.42));
        doc.moveTo(at(0.66, 0.78));
        doc.lineTo(at(0.66, 0.92));
        doc.lineTo(at(0.12, 0.92));
        doc.lineTo(at(0.12, 0.08));
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(doc);
        QPainterPath arrow;
        arrow.moveTo(at(0.3, 0.6));
        arrow.lineTo(at(0.92, 0.6));
        arrow.moveTo(at(0.76, 0.45));
        arrow.lineTo(at(0.92, 0.6));
        arrow.lineTo(at(0.76, 0.75));
        painter.drawPath(arrow);
    } else {
        // A person with a plus: someone helps them through.
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawEllipse(QRectF(at(0.2, 0.06), at(0.5, 0.36)));
        QPainterPath body;
        body.moveTo(at(0.05, 0.95));
        body.cubicTo(at(0.05, 0.5), at(0.65, 0.5), at(0.65, 0.95));
        body.closeSubpath();
        painter.drawPath(body);
        painter.setPen(pen);
        painter.drawLine(at(0.82, 0.12), at(0.82, 0.48));
        painter.drawLine(at(0.64, 0.3), at(1.0, 0.3));
    }
    painter.restore();
}

void paint(QPainter &painter, const QRectF &rect, const QString &mode, const QString &text, const QFont &font,
           Ink ink)
{
    const QFontMetricsF fm(font);
    const qreal h = fm.height();
    paintFrame(painter, rect, ink);
    const qreal x = rect.left() + h * kPadX;
    const qreal iconSide = qMin(h * kIcon, rect.height() * 0.8);
    paintIcon(painter, QRectF(x, rect.center().y() - iconSide / 2, iconSide, iconSide), mode, Qt::white);
    painter.save();
    painter.setFont(font);
    painter.setPen(Qt::white);
    const qreal textLeft = x + h * (kIcon + kGap);
    painter.drawText(QRectF(textLeft, rect.top(), rect.right() - textLeft, rect.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, text);
    painter.restore();
}

} // namespace yc::servicemark
