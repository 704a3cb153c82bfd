#pragma once

#include "core/result.h"

#include <random>

#include <QDateTime>
#include <QJsonObject>
#include <QMap>

namespace yc::sim {

// The simulator's fault injection (province-api.md §6): from the command
// line at start, replaced at run time by POST /sim/v1/faults.
struct FaultSettings
{
    QMap<int, double> errorRates; // HTTP status -> probability
    int latencyMs = 0;
    double latencySpikeRate = 0;
    int latencySpikeMs = 0;
    double resetRate = 0;
    double hangRate = 0;
    double duplicateAckRate = 0;
    QDateTime maintenanceUntil;
    quint32 seed = 1;

    static Result<FaultSettings> fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
};

// What happens to one API request.
struct FaultDecision
{
    int delayMs = 0;
    int errorStatus = 0; // answer this instead of doing the work
    bool maintenance = false;
    enum class Drop
    {
        None,
        Hang,
        ResetBefore,
        ResetAfter
    } drop = Drop::None;
    bool duplicateAck = false;
};

class FaultInjector
{
public:
    void apply(const FaultSettings &settings);
    const FaultSettings &settings() const { return m_settings; }
    FaultDecision decide(const QDateTime &now);

private:
    bool chance(double p);

    FaultSettings m_settings;
    std::mt19937 m_random{1};
};

} // namespace yc::sim
