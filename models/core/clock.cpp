#include "clock.h"

#include <QTimeZone>

namespace yc {

namespace {
std::function<QDateTime()> &overrideFn()
{
    static std::function<QDateTime()> fn;
    return fn;
}
} // namespace

QDateTime Clock::nowUtc()
{
    if (overrideFn())
        return overrideFn()().toUTC();
    return QDateTime::currentDateTimeUtc();
}

void Clock::setOverride(std::function<QDateTime()> now)
{
    overrideFn() = std::move(now);
}

void Clock::clearOverride()
{
    overrideFn() = nullptr;
}

QString toStoredTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromStoredTime(const QString &s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

} // namespace yc
