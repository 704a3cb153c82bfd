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

namespace hallTime {

namespace {
QTimeZone &current()
{
    static QTimeZone zone(QByteArrayLiteral("Asia/Shanghai"));
    return zone;
}
} // namespace

QTimeZone zone()
{
    return current();
}

void setZone(const QTimeZone &zone)
{
    if (zone.isValid())
        current() = zone;
}

QDateTime local(const QDateTime &t)
{
    return t.toTimeZone(current());
}

QDate date(const QDateTime &t)
{
    return local(t).date();
}

QDateTime startOfDayUtc(const QDate &day)
{
    return day.startOfDay(current()).toUTC();
}

} // namespace hallTime

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
