#pragma once

#include "app/documents/chart.h"

#include <QWidget>

namespace yc {

// One chart on screen, painted by the same code as the printed report.
class ChartWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ChartWidget(QWidget *parent = nullptr);
    void setSeries(const chart::Series &series);
    const chart::Series &series() const { return m_series; }
    QSize sizeHint() const override { return {360, 220}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    chart::Series m_series;
};

} // namespace yc
