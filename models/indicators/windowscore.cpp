#include "windowscore.h"

#include <algorithm>

#include <QCoreApplication>

namespace yc::indicators {

QString configKey(Indicator indicator)
{
    switch (indicator) {
    case Indicator::EvaluationRate:
        return QStringLiteral("evaluationRate");
    case Indicator::RectificationRate:
        return QStringLiteral("rectificationRate");
    case Indicator::InstantShare:
        return QStringLiteral("instantShare");
    case Indicator::LimitReduction:
        return QStringLiteral("limitReduction");
    case Indicator::ComprehensiveShare:
        return QStringLiteral("comprehensiveShare");
    case Indicator::OneTrip:
        return QStringLiteral("oneTrip");
    }
    return {};
}

Result<ScoreRule> ScoreRule::fromJson(const QJsonObject &json)
{
    auto refuse = [](const QString &key) {
        return Error{QStringLiteral("indicators.score_rule"),
                     QCoreApplication::translate(
                         "yc::indicators", "The window score rule is not valid at \"%1\": expected a number "
                                           "of 0 or more for a known indicator.")
                         .arg(key)};
    };
    ScoreRule rule;
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (it.key() == u"pointsPerBadReview") {
            if (!it.value().isDouble() || it.value().toDouble() < 0)
                return refuse(it.key());
            rule.pointsPerBadReview = it.value().toDouble();
        } else if (it.key() == u"weights" && it.value().isObject()) {
            const QJsonObject weights = it.value().toObject();
            for (auto w = weights.begin(); w != weights.end(); ++w) {
                const auto found = std::find_if(allIndicators.begin(), allIndicators.end(),
                                                [&](Indicator i) { return configKey(i) == w.key(); });
                if (found == allIndicators.end() || !w.value().isDouble() || w.value().toDouble() < 0)
                    return refuse(QStringLiteral("weights.") + w.key());
                rule.weights[*found] = w.value().toDouble();
            }
        } else {
            return refuse(it.key());
        }
    }
    return rule;
}

QJsonObject ScoreRule::toJson() const
{
    QJsonObject w;
    for (auto it = weights.begin(); it != weights.end(); ++it)
        w.insert(configKey(it.key()), it.value());
    return {{QStringLiteral("weights"), w}, {QStringLiteral("pointsPerBadReview"), pointsPerBadReview}};
}

QList<WindowScore> scoreWindows(const Report &report, const Targets &targets, const ScoreRule &rule)
{
    QList<WindowScore> out;
    if (report.dimension != Dimension::Window)
        return out;
    for (const Row &row : report.rows) {
        double earned = 0;
        double possible = 0;
        for (Indicator i : allIndicators) {
            const double weight = rule.weights.value(i);
            const auto v = value(row, i);
            const double target = targets.minimumPercent.value(i);
            if (weight <= 0 || !v || target <= 0)
                continue;
            possible += weight;
            earned += weight * std::min(1.0, *v / target);
        }
        WindowScore s{row.key, row.label, std::nullopt};
        if (possible > 0)
            s.score =
                std::max(0.0, 100.0 * earned / possible - rule.pointsPerBadReview * double(row.badReviews));
        out.append(s);
    }
    return out;
}

} // namespace yc::indicators
