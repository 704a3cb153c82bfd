#include "outboxqueue.h"

#include "core/clock.h"
#include "store/sql.h"
#include "store/transaction.h"

namespace yc::outbox {

namespace {

QString placeholders(qsizetype n)
{
    QString s;
    for (qsizetype i = 0; i < n; ++i)
        s += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return s;
}

QVariantList toVariants(const QList<qint64> &ids)
{
    QVariantList out;
    out.reserve(ids.size());
    for (qint64 id : ids)
        out << id;
    return out;
}

} // namespace

Result<int> recoverInFlight(QSqlDatabase db, const QString &destination)
{
    auto q = sql::run(
        db,
        QStringLiteral("UPDATE outbox SET state = 'pending' WHERE destination = ? AND state = 'in_flight'"),
        {destination});
    if (!q)
        return q.error();
    return q->numRowsAffected();
}

Result<QList<Item>> claim(QSqlDatabase db, const QString &destination, int limit, const QDateTime &now)
{
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    // The head of each case: no earlier event of the case is still undelivered
    // (a dead or in-flight predecessor holds the rest of the case back).
    auto q =
        sql::run(db,
                 QStringLiteral("SELECT o.id, o.event_id, o.case_key, o.case_seq, o.event_type, o.payload, "
                                "o.attempts FROM outbox o WHERE o.destination = ? AND o.state = 'pending' "
                                "AND o.next_attempt_at <= ? AND NOT EXISTS (SELECT 1 FROM outbox p WHERE "
                                "p.destination = o.destination AND p.case_key = o.case_key AND p.case_seq < "
                                "o.case_seq AND p.state <> 'delivered') ORDER BY o.next_attempt_at, o.id "
                                "LIMIT ?"),
                 {destination, toStoredTime(now), limit});
    if (!q)
        return q.error();
    QList<Item> items;
    QList<qint64> ids;
    while (q->next()) {
        Item item{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                  q->value(3).toLongLong(), q->value(4).toString(), q->value(5).toString().toUtf8(),
                  q->value(6).toInt() + 1};
        ids << item.id;
        items << item;
    }
    q->finish();
    if (items.isEmpty())
        return items;
    auto u = sql::run(
        db,
        QStringLiteral("UPDATE outbox SET state = 'in_flight', attempts = attempts + 1 WHERE id IN (%1)")
            .arg(placeholders(ids.size())),
        toVariants(ids));
    if (!u)
        return u.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return items;
}

Result<void> markDelivered(QSqlDatabase db, const QList<qint64> &ids, const QDateTime &now)
{
    if (ids.isEmpty())
        return {};
    QVariantList values{toStoredTime(now)};
    values += toVariants(ids);
    auto q =
        sql::run(db,
                 QStringLiteral("UPDATE outbox SET state = 'delivered', delivered_at = ?, last_error = '', "
                                "error_class = '' WHERE id IN (%1)")
                     .arg(placeholders(ids.size())),
                 values);
    if (!q)
        return q.error();
    return {};
}

Result<void> markRetry(QSqlDatabase db, const QList<qint64> &ids, const QDateTime &nextAttempt,
                       const QString &errorClass, const QString &errorText)
{
    if (ids.isEmpty())
        return {};
    QVariantList values{toStoredTime(nextAttempt), errorClass, errorText.left(1000)};
    values += toVariants(ids);
    auto q =
        sql::run(db,
                 QStringLiteral("UPDATE outbox SET state = 'pending', next_attempt_at = ?, error_class = ?, "
                                "last_error = ? WHERE id IN (%1) AND state = 'in_flight'")
                     .arg(placeholders(ids.size())),
                 values);
    if (!q)
        return q.error();
    return {};
}

Result<void> markDead(QSqlDatabase db, qint64 id, const QString &errorClass, const QString &errorText)
{
    auto q = sql::run(
        db, QStringLiteral("UPDATE outbox SET state = 'dead', error_class = ?, last_error = ? WHERE id = ?"),
        {errorClass, errorText.left(1000), id});
    if (!q)
        return q.error();
    return {};
}

Result<void> resend(QSqlDatabase db, const QString &eventId, const QByteArray &newPayload)
{
    const QString now = toStoredTime(Clock::nowUtc());
    auto q = newPayload.isEmpty()
                 ? sql::run(db,
                            QStringLiteral(
                                "UPDATE outbox SET state = 'pending', next_attempt_at = ?, attempts = 0 "
                                "WHERE event_id = ? AND state = 'dead'"),
                            {now, eventId})
                 : sql::run(db,
                            QStringLiteral(
                                "UPDATE outbox SET state = 'pending', next_attempt_at = ?, attempts = 0, "
                                "payload = ? WHERE event_id = ? AND state = 'dead'"),
                            {now, QString::fromUtf8(newPayload), eventId});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error{QStringLiteral("outbox.not_dead"),
                     QStringLiteral("event %1 is not a dead letter").arg(eventId)};
    return {};
}

Result<QList<DeadLetter>> deadLetters(QSqlDatabase db, const QString &destination)
{
    auto q =
        sql::run(db,
                 QStringLiteral("SELECT o.event_id, o.case_key, o.case_seq, o.event_type, o.error_class, "
                                "o.last_error, o.attempts, o.created_at, COALESCE((SELECT c.project_no FROM "
                                "case_record c WHERE c.local_id = o.case_key), (SELECT p.proxy_no FROM "
                                "proxy_case p WHERE p.local_id = o.case_key), '') FROM outbox o WHERE "
                                "o.destination = ? AND o.state = 'dead' ORDER BY o.id"),
                 {destination});
    if (!q)
        return q.error();
    QList<DeadLetter> out;
    while (q->next())
        out << DeadLetter{q->value(0).toString(), q->value(1).toString(), q->value(2).toLongLong(),
                          q->value(3).toString(), q->value(4).toString(), q->value(5).toString(),
                          q->value(6).toInt(),    q->value(7).toString(), q->value(8).toString()};
    return out;
}

Result<Counts> counts(QSqlDatabase db, const QString &destination, const QDateTime &since)
{
    Counts c;
    auto q = sql::run(db,
                      QStringLiteral("SELECT state, count(*) FROM outbox WHERE destination = ? AND state <> "
                                     "'delivered' GROUP BY state"),
                      {destination});
    if (!q)
        return q.error();
    while (q->next()) {
        const QString state = q->value(0).toString();
        const qint64 n = q->value(1).toLongLong();
        if (state == QLatin1String("pending"))
            c.pending = n;
        else if (state == QLatin1String("in_flight"))
            c.inFlight = n;
        else if (state == QLatin1String("dead"))
            c.dead = n;
    }
    auto d =
        sql::run(db,
                 QStringLiteral("SELECT count(*), max(delivered_at) FROM outbox WHERE destination = ? AND "
                                "delivered_at >= ?"),
                 {destination, toStoredTime(since)});
    if (!d)
        return d.error();
    if (d->next()) {
        c.deliveredSince = d->value(0).toLongLong();
        if (!d->value(1).isNull())
            c.lastDelivered = fromStoredTime(d->value(1).toString());
    }
    if (!c.lastDelivered.isValid()) {
        auto last =
            sql::scalar(db,
                        QStringLiteral("SELECT max(delivered_at) FROM outbox WHERE destination = ? AND "
                                       "delivered_at IS NOT NULL"),
                        {destination});
        if (!last)
            return last.error();
        if (last->isValid() && !last->isNull())
            c.lastDelivered = fromStoredTime(last->toString());
    }
    return c;
}

} // namespace yc::outbox
