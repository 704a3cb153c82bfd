#include "outboxwriter.h"

#include "core/clock.h"
#include "store/sql.h"

#include <QJsonDocument>
#include <QUuid>

namespace yc {

Result<void> enqueueEvent(QSqlDatabase db, const OutboxEvent &event)
{
    const QString now = toStoredTime(Clock::nowUtc());
    for (const QString &destination : {QStringLiteral("platform"), QStringLiteral("hall")}) {
        auto seq = sql::scalar(db,
                               QStringLiteral("SELECT coalesce(max(case_seq), 0) + 1 FROM outbox WHERE "
                                              "destination = ? AND case_key = ?"),
                               {destination, event.caseKey});
        if (!seq)
            return seq.error();
        const QString eventId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QJsonObject payload{
            {QStringLiteral("eventId"), eventId},       {QStringLiteral("caseKey"), event.caseKey},
            {QStringLiteral("seq"), seq->toLongLong()}, {QStringLiteral("type"), event.eventType},
            {QStringLiteral("occurredAt"), now},        {QStringLiteral("data"), event.data},
        };
        auto q = sql::run(
            db,
            QStringLiteral("INSERT INTO outbox (event_id, destination, case_key, case_seq, event_type, "
                           "payload, created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {eventId, destination, event.caseKey, seq->toLongLong(), event.eventType,
             QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)), now, now});
        if (!q)
            return q.error();
    }
    return {};
}

} // namespace yc
