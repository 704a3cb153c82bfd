#include "chartwidget.h"

#include <QPainter>

namespace yc {

ChartWidget::ChartWidget(QWidget *parent)
    : QWidget(parent)
{
    setMinimumSize(260, 180);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void ChartWidget::setSeries(const chart::Series &series)
{
    m_series = series;
    setAccessibleName(series.title);
    update();
}

void ChartWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    chart::paint(p, QRectF(rect()).adjusted(8, 6, -8, -6), m_series, font());
}

} // namespace yc
