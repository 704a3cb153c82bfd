#pragma once

#include "app/platform/replies.h"
#include "core/result.h"

#include <memory>

#include <QJsonArray>
#include <QJsonObject>

namespace yc {
class Database;
}

namespace yc::sim {

// The simulator's database: events held (deduplicated, per-case order), the
// published catalog versions, the status feed and scheduled 办结.
class SimStore
{
public:
    explicit SimStore(std::shared_ptr<Database> db);

    // Applies a batch in one transaction and returns one result object per
    // event (province-api.md §3). finishAfterSeconds > 0 schedules the 办结
    // of each accepted case.
    Result<QJsonArray> applyBatch(const QJsonArray &events, int finishAfterSeconds);

    Result<QJsonObject> statusSince(qint64 cursor, int limit);
    // A 办结 for a case whose case.accepted event is held.
    Result<qint64> finishCase(const QString &caseKey, const QJsonObject &result);
    // Turns due scheduled 办结 into status changes; returns how many.
    Result<int> runScheduledFinishes();

    // The catalog document since a version; an empty object when nothing is newer.
    Result<QJsonObject> catalogSince(qint64 since);
    Result<qint64> publishCatalog(const QJsonObject &document);

    Result<QJsonArray> events(const QString &caseKey);
    Result<qint64> eventCount();

private:
    Result<QJsonObject> applyOne(const QJsonValue &value, int finishAfterSeconds);

    std::shared_ptr<Database> m_db;
};

} // namespace yc::sim
