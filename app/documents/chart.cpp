#include "chart.h"

#include <algorithm>
#include <cmath>

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace yc::chart {

namespace {

// The smallest "nice" step (1, 2 or 5 × 10^n) giving at most `ticks` steps up to max.
double niceStep(double max, int ticks)
{
    const double raw = max / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * magnitude >= raw)
            return m * magnitude;
    return 10.0 * magnitude;
}

QString number(double v)
{
    return std::abs(v - std::round(v)) < 1e-9 ? QString::number(qint64(std::llround(v)))
                                              : QString::number(v, 'f', 1);
}

} // namespace

void paint(QPainter &painter, const QRectF &rect, const Series &series, const QFont &font)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QFont titleFont = font;
    titleFont.setBold(true);
    titleFont.setPointSizeF(font.pointSizeF() * 1.1);
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.85);
    const QFontMetricsF titleMetrics(titleFont, painter.device());
    const QFontMetricsF smallMetrics(small, painter.device());

    painter.setFont(titleFont);
    painter.setPen(QColor(0x20, 0x20, 0x20));
    const QString heading = series.unit.isEmpty()
                                ? series.title
                                : series.title + QStringLiteral("（") + series.unit + QStringLiteral("）");
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), titleMetrics.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, heading);

    double max = 0;
    for (double v : series.values)
        max = std::max(max, v);
    if (series.reference)
        max = std::max(max, *series.reference);
    const double step = max > 0 ? niceStep(max, 4) : 1.0;
    const double top = max > 0 ? std::ceil(max / step) * step : 4.0;

    painter.setFont(small);
    double axisWidth = 0;
    for (double v = 0; v <= top + 1e-9; v += step)
        axisWidth = std::max(axisWidth, smallMetrics.horizontalAdvance(number(v)));
    const qreal gap = smallMetrics.height() * 0.4;
    const QRectF plot(rect.left() + axisWidth + gap, rect.top() + titleMetrics.height() * 1.4,
                      rect.width() - axisWidth - gap,
                      rect.height() - titleMetrics.height() * 1.4 - smallMetrics.height() * 1.5);
    if (plot.width() <= 0 || plot.height() <= 0) {
        painter.restore();
        return;
    }
    auto yOf = [&](double v) { return plot.bottom() - plot.height() * v / top; };

    // Grid and axis labels.
    QPen grid(QColor(0xdd, 0xdd, 0xdd));
    grid.setWidthF(std::max(1.0, plot.height() / 400.0));
    for (double v = 0; v <= top + 1e-9; v += step) {
        painter.setPen(grid);
        painter.drawLine(QPointF(plot.left(), yOf(v)), QPointF(plot.right(), yOf(v)));
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawText(
            QRectF(rect.left(), yOf(v) - smallMetrics.height() / 2, axisWidth, smallMetrics.height()),
            Qt::AlignRight | Qt::AlignVCenter, number(v));
    }

    const int n = int(series.values.size());
    if (n > 0) {
        const qreal slot = plot.width() / n;
        // Category labels, thinned so they never overlap.
        qreal widest = 0;
        for (const QString &l : series.labels)
            widest = std::max(widest, smallMetrics.horizontalAdvance(l));
        const int every = std::max(1, int(std::ceil((widest + gap) / slot)));
        painter.setPen(QColor(0x55, 0x55, 0x55));
        for (int i = 0; i < n && i < series.labels.size(); i += every)
            painter.drawText(QRectF(plot.left() + i * slot - slot * (every - 1) / 2.0,
                                    plot.bottom() + gap / 2, slot * every, smallMetrics.height()),
                             Qt::AlignHCenter | Qt::AlignTop, series.labels[i]);

        const QColor ink(0x1f, 0x6f, 0xb2);
        if (series.kind == Series::Kind::Bars) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(ink);
            for (int i = 0; i < n; ++i) {
                const qreal x = plot.left() + i * slot + slot * 0.15;
                painter.drawRect(
                    QRectF(x, yOf(series.values[i]), slot * 0.7, plot.bottom() - yOf(series.values[i])));
            }
        } else {
            QPainterPath path;
            for (int i = 0; i < n; ++i) {
                const QPointF p(plot.left() + (i + 0.5) * slot, yOf(series.values[i]));
                i == 0 ? path.moveTo(p) : path.lineTo(p);
            }
            QPen line(ink);
            line.setWidthF(std::max(1.5, plot.height() / 150.0));
            painter.setPen(line);
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(path);
        }
    }

    if (series.reference) {
        QPen dashed(QColor(0xb0, 0x00, 0x20));
        dashed.setStyle(Qt::DashLine);
        dashed.setWidthF(std::max(1.0, plot.height() / 300.0));
        painter.setPen(dashed);
        painter.drawLine(QPointF(plot.left(), yOf(*series.reference)),
                         QPointF(plot.right(), yOf(*series.reference)));
    }
    painter.restore();
}

} // namespace yc::chart
