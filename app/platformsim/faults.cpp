#include "faults.h"

namespace yc::sim {

namespace {

Result<double> rate(const QJsonObject &o, const QString &key)
{
    const double v = o.value(key).toDouble(0);
    if (o.contains(key) && (!o.value(key).isDouble() || v < 0 || v > 1))
        return Error{QStringLiteral("faults.value"),
                     QStringLiteral("%1 must be a number from 0 to 1").arg(key)};
    return v;
}

} // namespace

Result<FaultSettings> FaultSettings::fromJson(const QJsonObject &o)
{
    FaultSettings s;
    const QJsonObject errors = o.value(QStringLiteral("errorRates")).toObject();
    double total = 0;
    for (auto it = errors.begin(); it != errors.end(); ++it) {
        bool numeric = false;
        const int status = it.key().toInt(&numeric);
        const double p = it.value().toDouble(-1);
        if (!numeric || status < 400 || status > 599 || p < 0 || p > 1)
            return Error{
                QStringLiteral("faults.value"),
                QStringLiteral("errorRates: \"%1\" must be an HTTP error status with a rate from 0 to 1")
                    .arg(it.key())};
        s.errorRates.insert(status, p);
        total += p;
    }
    if (total > 1)
        return Error{QStringLiteral("faults.value"), QStringLiteral("errorRates add up to more than 1")};
    for (const auto &[key, field] :
         {std::pair{QStringLiteral("latencySpikeRate"), &FaultSettings::latencySpikeRate},
          std::pair{QStringLiteral("resetRate"), &FaultSettings::resetRate},
          std::pair{QStringLiteral("hangRate"), &FaultSettings::hangRate},
          std::pair{QStringLiteral("duplicateAckRate"), &FaultSettings::duplicateAckRate}}) {
        auto r = rate(o, key);
        if (!r)
            return r.error();
        s.*field = r.value();
    }
    s.latencyMs = qBound(0, o.value(QStringLiteral("latencyMs")).toInt(0), 600000);
    s.latencySpikeMs = qBound(0, o.value(QStringLiteral("latencySpikeMs")).toInt(0), 600000);
    if (o.contains(QStringLiteral("maintenanceSeconds")))
        s.maintenanceUntil = QDateTime::currentDateTimeUtc().addMSecs(
            qint64(o.value(QStringLiteral("maintenanceSeconds")).toDouble() * 1000));
    if (o.contains(QStringLiteral("maintenanceUntil"))) {
        s.maintenanceUntil =
            QDateTime::fromString(o.value(QStringLiteral("maintenanceUntil")).toString(), Qt::ISODateWithMs);
        if (!s.maintenanceUntil.isValid())
            return Error{QStringLiteral("faults.value"),
                         QStringLiteral("maintenanceUntil must be an ISO-8601 time")};
    }
    s.seed = quint32(o.value(QStringLiteral("seed")).toInteger(1));
    return s;
}

QJsonObject FaultSettings::toJson() const
{
    QJsonObject errors;
    for (auto it = errorRates.begin(); it != errorRates.end(); ++it)
        errors.insert(QString::number(it.key()), it.value());
    QJsonObject o{{QStringLiteral("errorRates"), errors},
                  {QStringLiteral("latencyMs"), latencyMs},
                  {QStringLiteral("latencySpikeRate"), latencySpikeRate},
                  {QStringLiteral("latencySpikeMs"), latencySpikeMs},
                  {QStringLiteral("resetRate"), resetRate},
                  {QStringLiteral("hangRate"), hangRate},
                  {QStringLiteral("duplicateAckRate"), duplicateAckRate},
                  {QStringLiteral("seed"), qint64(seed)}};
    if (maintenanceUntil.isValid())
        o.insert(QStringLiteral("maintenanceUntil"), maintenanceUntil.toString(Qt::ISODateWithMs));
    return o;
}

void FaultInjector::apply(const FaultSettings &settings)
{
    m_settings = settings;
    m_random.seed(settings.seed);
}

bool FaultInjector::chance(double p)
{
    return p > 0 && std::uniform_real_distribution<double>(0, 1)(m_random) < p;
}

FaultDecision FaultInjector::decide(const QDateTime &now)
{
    FaultDecision d;
    d.delayMs = m_settings.latencyMs + (chance(m_settings.latencySpikeRate) ? m_settings.latencySpikeMs : 0);
    if (m_settings.maintenanceUntil.isValid() && now < m_settings.maintenanceUntil) {
        d.maintenance = true;
        return d;
    }
    double roll = std::uniform_real_distribution<double>(0, 1)(m_random);
    for (auto it = m_settings.errorRates.begin(); it != m_settings.errorRates.end(); ++it) {
        if (roll < it.value()) {
            d.errorStatus = it.key();
            return d;
        }
        roll -= it.value();
    }
    if (chance(m_settings.hangRate))
        d.drop = FaultDecision::Drop::Hang;
    else if (chance(m_settings.resetRate))
        d.drop = chance(0.5) ? FaultDecision::Drop::ResetBefore : FaultDecision::Drop::ResetAfter;
    d.duplicateAck = chance(m_settings.duplicateAckRate);
    return d;
}

} // namespace yc::sim
