#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace yc::outbox {

// The delivery side of the outbox (the writer is outboxwriter.h): claiming
// the heads of the per-case queues, acknowledging, retrying, dead letters,
// resending after a correction, and the counts for the sync status.
// Every function runs on the caller's connection; a claim and its state
// change are one transaction.

struct Item
{
    qint64 id = 0;
    QString eventId;
    QString caseKey;
    qint64 caseSeq = 0;
    QString eventType;
    QByteArray payload;
    int attempts = 0; // including this one
};

// Puts events left in flight by a crash back to pending (their answer was
// lost; the platform deduplicates the resend).
Result<int> recoverInFlight(QSqlDatabase db, const QString &destination);

// Up to `limit` pending events that are due and are the oldest undelivered
// event of their case (per-case order), marked in flight.
Result<QList<Item>> claim(QSqlDatabase db, const QString &destination, int limit, const QDateTime &now);

// Acknowledged by the destination (accepted or duplicate).
Result<void> markDelivered(QSqlDatabase db, const QList<qint64> &ids, const QDateTime &now);
// Back to pending, due at `nextAttempt`; errorText is kept for the status view.
Result<void> markRetry(QSqlDatabase db, const QList<qint64> &ids, const QDateTime &nextAttempt,
                       const QString &errorClass, const QString &errorText);
// Not deliverable as it is: the destination's code and message are kept.
Result<void> markDead(QSqlDatabase db, qint64 id, const QString &errorClass, const QString &errorText);

// A dead letter back to pending (after an administrator corrected the case);
// a non-empty newPayload replaces the stored one (same event id and sequence).
Result<void> resend(QSqlDatabase db, const QString &eventId, const QByteArray &newPayload = {});

struct DeadLetter
{
    QString eventId;
    QString caseKey;
    qint64 caseSeq = 0;
    QString eventType;
    QString errorClass;
    QString errorText;
    int attempts = 0;
    QString createdAt;
    // What people call the case: its 办件编号 (or the 帮办代办 number), empty
    // while it has none.
    QString caseNo;
};
Result<QList<DeadLetter>> deadLetters(QSqlDatabase db, const QString &destination);

struct Counts
{
    qint64 pending = 0;
    qint64 inFlight = 0;
    qint64 deliveredSince = 0;
    qint64 dead = 0;
    QDateTime lastDelivered;
};
Result<Counts> counts(QSqlDatabase db, const QString &destination, const QDateTime &since);

} // namespace yc::outbox
