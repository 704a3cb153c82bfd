#pragma once

#include <optional>

#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace yc::chart {

// A simple chart painted with QPainter, so the screen and the printed
// monthly report draw the same figure: bars for categories (wait by hour,
// evaluations by level), a line for a trend (cases by day).
struct Series
{
    enum class Kind
    {
        Bars,
        Line
    };
    QString title;
    QString unit;
    Kind kind = Kind::Bars;
    QList<QString> labels;
    QList<double> values;
    std::optional<double> reference; // a dashed line, e.g. a target
};

// Paints into `rect` with `font` as the base size (the title bold and a
// little larger, the axis labels a little smaller). Labels are thinned out
// when they would overlap; every value still gets its bar or point.
void paint(QPainter &painter, const QRectF &rect, const Series &series, const QFont &font);

} // namespace yc::chart
