#pragma once

#include "chart.h"
#include "core/result.h"
#include "indicators/indicators.h"
#include "indicators/windowscore.h"

#include <QCoreApplication>

namespace yc {

// The supervisor's monthly report (and any other period): the figures
// against their targets as a table (misses in red, the hall first), the
// window scores, and the charts, on A4 landscape pages.
struct IndicatorReportData
{
    QString hallName;
    indicators::Report report;
    indicators::Targets targets;
    QList<indicators::WindowScore> scores; // by window; empty otherwise
    QDateTime generatedAt;
};

class IndicatorReport
{
    Q_DECLARE_TR_FUNCTIONS(yc::IndicatorReport)

public:
    // The charts shown on screen and printed: average wait by the hour of
    // issue, evaluations by level, cases by day.
    static QList<chart::Series> charts(const indicators::Report &report);
    static QString periodText(const indicators::Period &period);

    static Result<void> writePdf(const IndicatorReportData &data, const QString &path);
};

} // namespace yc
