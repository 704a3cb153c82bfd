#include "queueconfig.h"

#include <QSettings>

namespace yc::queue {

QueueConfig QueueConfig::fromSettings(QSettings &ini)
{
    QueueConfig c;
    ini.beginGroup(QStringLiteral("queue"));
    const QByteArray zone = ini.value(QStringLiteral("time_zone")).toString().toUtf8();
    if (!zone.isEmpty() && QTimeZone::isTimeZoneIdAvailable(zone))
        c.timeZone = QTimeZone(zone);
    const QTime rollover =
        QTime::fromString(ini.value(QStringLiteral("rollover_at")).toString(), QStringLiteral("HH:mm"));
    if (rollover.isValid())
        c.rolloverAt = rollover;
    c.carryOver = ini.value(QStringLiteral("carry_over"), c.carryOver).toBool();
    if (ini.value(QStringLiteral("priority_policy")).toString() == QLatin1String("strict"))
        c.policy = Policy::Strict;
    c.normalPerPriority =
        qMax(1, ini.value(QStringLiteral("normal_per_priority"), c.normalPerPriority).toInt());
    c.recallLimit = qMax(0, ini.value(QStringLiteral("recall_limit"), c.recallLimit).toInt());
    c.requeueMinutes = qMax(0, ini.value(QStringLiteral("requeue_minutes"), c.requeueMinutes).toInt());
    c.appointmentEarlyMinutes =
        qMax(0, ini.value(QStringLiteral("appointment_early_minutes"), c.appointmentEarlyMinutes).toInt());
    c.enforceServiceHours =
        ini.value(QStringLiteral("enforce_service_hours"), c.enforceServiceHours).toBool();
    ini.endGroup();
    return c;
}

QString QueueConfig::businessDay(const QDateTime &utc) const
{
    const QDateTime local = utc.toTimeZone(timeZone);
    return local.addSecs(-rolloverAt.msecsSinceStartOfDay() / 1000).date().toString(Qt::ISODate);
}

QTime QueueConfig::localTime(const QDateTime &utc) const
{
    return utc.toTimeZone(timeZone).time();
}

} // namespace yc::queue
