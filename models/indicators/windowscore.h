#pragma once

#include "indicators.h"

#include <QJsonObject>

namespace yc::indicators {

// 窗口效能月积分 (seed 001 (十七)): a monthly score per window from its
// figures. Each indicator earns its weight in proportion to how much of the
// target it reaches; an indicator without a figure for the window (nothing
// to count) is left out and the others' weights scale up; every bad review
// deducts points. The rule is the hall's to configure.
struct ScoreRule
{
    QMap<Indicator, double> weights{
        {Indicator::EvaluationRate, 25}, {Indicator::RectificationRate, 20},  {Indicator::InstantShare, 10},
        {Indicator::LimitReduction, 10}, {Indicator::ComprehensiveShare, 15}, {Indicator::OneTrip, 20},
    };
    double pointsPerBadReview = 2;

    // {"weights": {"evaluationRate": 25, …}, "pointsPerBadReview": 2};
    // unknown keys or negative numbers are refused with the key named.
    static Result<ScoreRule> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

struct WindowScore
{
    QString key;
    QString label;
    std::optional<double> score; // 0–100; none when the window had nothing to score
};

QList<WindowScore> scoreWindows(const Report &report, const Targets &targets, const ScoreRule &rule);

// The indicator's stable name in configuration files.
QString configKey(Indicator indicator);

} // namespace yc::indicators
