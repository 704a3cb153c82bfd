#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace yc {

// Appends one event for one case to the outbox, inside the caller's
// transaction (the business rows and their events commit together). The
// event goes to both destinations — the province platform and the hall
// service — each with its own per-case sequence number.
struct OutboxEvent
{
    QString caseKey;   // case_record.local_id
    QString eventType; // case.accepted, case.notified, case.rejected, case.finished, case.material_supplied …
    QJsonObject data;
};

Result<void> enqueueEvent(QSqlDatabase db, const OutboxEvent &event);

} // namespace yc
