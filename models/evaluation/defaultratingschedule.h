#pragma once

#include "codes/provinceprofile.h"
#include "core/result.h"

#include <memory>

#include <QObject>
#include <QString>
#include <QTimer>

namespace yc {

class Database;

// 默认评价 on a timer: services not evaluated within the province's number
// of days get its default level (EvaluationService::applyDefaultRatings),
// checked at start() and then every interval, against Clock::nowUtc() so
// tests move time instead of waiting. A profile with the rule off makes
// start() do nothing.
class DefaultRatingSchedule : public QObject
{
    Q_OBJECT

public:
    using Rule = ProvinceProfile::DefaultRating;

    DefaultRatingSchedule(std::shared_ptr<Database> db, Rule rule, QObject *parent = nullptr);

    bool isActive() const { return m_timer.isActive(); }
    void setInterval(int ms) { m_timer.setInterval(ms); }
    // Runs once now and then every interval (default: one hour).
    void start();
    void stop() { m_timer.stop(); }
    // One check: how many services got the default rating.
    Result<int> runOnce();

signals:
    void applied(int count);

private:
    std::shared_ptr<Database> m_db;
    Rule m_rule;
    QTimer m_timer;
};

} // namespace yc
