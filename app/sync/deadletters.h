#pragma once

#include "core/result.h"
#include "outbox/outboxqueue.h"

#include <memory>

#include <QCoreApplication>

namespace yc {

class Database;
class Session;
class SyncService;

// What the platform refused (dead letters), for everyone who must know, and
// the administrator's resend after correcting the data — as it is, or with
// a corrected payload. Works whether or not the sync is running: a resent
// event waits in the outbox until it is. Every resend is audited.
class DeadLetters
{
    Q_DECLARE_TR_FUNCTIONS(yc::DeadLetters)

public:
    DeadLetters(std::shared_ptr<Database> db, Session *session, SyncService *sync);

    Result<QList<outbox::DeadLetter>> list() const;
    // The stored event (the envelope with its data), pretty-printed.
    Result<QString> payload(const QString &eventId) const;
    // Errors: role (administrators only), deadletter.json (not a JSON object,
    // or the event id, case or sequence changed), and the store's own.
    Result<void> resend(const QString &eventId, const QString &correctedPayload = {});

private:
    std::shared_ptr<Database> m_db;
    Session *m_session;
    SyncService *m_sync;
};

} // namespace yc
