#include "defaultratingschedule.h"

#include "core/clock.h"
#include "evaluationservice.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDefaultRating, "yc.evaluation.default", QtInfoMsg)

namespace yc {

DefaultRatingSchedule::DefaultRatingSchedule(std::shared_ptr<Database> db, Rule rule, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_rule(std::move(rule))
{
    m_timer.setInterval(60 * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, [this] { (void)runOnce(); }); // failures are logged
}

void DefaultRatingSchedule::start()
{
    if (!m_rule.enabled)
        return;
    (void)runOnce(); // failures are logged; the next run tries again
    m_timer.start();
}

Result<int> DefaultRatingSchedule::runOnce()
{
    if (!m_rule.enabled)
        return 0;
    auto n = EvaluationService(m_db).applyDefaultRatings(Clock::nowUtc(), m_rule.days, m_rule.level);
    if (!n) {
        qCWarning(lcDefaultRating).noquote() << "default ratings not applied:" << n.error().message;
        return n;
    }
    if (n.value() > 0) {
        qCInfo(lcDefaultRating) << n.value() << "services got the default rating" << m_rule.level;
        emit applied(n.value());
    }
    return n;
}

} // namespace yc
