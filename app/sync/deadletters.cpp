#include "deadletters.h"

#include "app/core/session.h"
#include "audit/auditlog.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/transaction.h"
#include "syncservice.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace yc {

DeadLetters::DeadLetters(std::shared_ptr<Database> db, Session *session, SyncService *sync)
    : m_db(std::move(db))
    , m_session(session)
    , m_sync(sync)
{}

Result<QList<outbox::DeadLetter>> DeadLetters::list() const
{
    return outbox::deadLetters(m_db->connection(), QStringLiteral("platform"));
}

Result<QString> DeadLetters::payload(const QString &eventId) const
{
    // The event carries the applicant's details: administrators only.
    if (!m_session)
        return Error{QStringLiteral("auth.forbidden"),
                     tr("Only an administrator can send a refused event again.")};
    if (auto r = m_session->require(QStringLiteral("admin")); !r)
        return r.error();
    auto p = sql::scalar(
        m_db->connection(),
        QStringLiteral("SELECT payload FROM outbox WHERE event_id = ? AND destination = 'platform' "
                       "AND state = 'dead'"),
        {eventId});
    if (!p)
        return p.error();
    if (!p->isValid())
        return Error{QStringLiteral("deadletter.unknown"),
                     tr("This event is no longer waiting for a correction.")};
    return QString::fromUtf8(QJsonDocument::fromJson(p->toString().toUtf8()).toJson(QJsonDocument::Indented));
}

Result<void> DeadLetters::resend(const QString &eventId, const QString &correctedPayload)
{
    if (!m_session)
        return Error{QStringLiteral("auth.forbidden"),
                     tr("Only an administrator can send a refused event again.")};
    if (auto r = m_session->require(QStringLiteral("admin")); !r)
        return r;
    QByteArray replacement;
    if (!correctedPayload.trimmed().isEmpty()) {
        auto original = payload(eventId);
        if (!original)
            return original.error();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(correctedPayload.toUtf8(), &error);
        const QJsonObject before = QJsonDocument::fromJson(original->toUtf8()).object();
        const QJsonObject after = doc.object();
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return Error{QStringLiteral("deadletter.json"),
                         tr("The corrected event is not valid JSON: %1 (at character %2).")
                             .arg(error.errorString())
                             .arg(error.offset)};
        // The identity of the event stays: the platform dedupes and orders by it.
        for (const QString &key : {QStringLiteral("eventId"), QStringLiteral("caseKey"),
                                   QStringLiteral("seq"), QStringLiteral("type")}) {
            if (after.value(key) != before.value(key))
                return Error{QStringLiteral("deadletter.json"),
                             tr("Correct the data only; \"%1\" must stay as it was.").arg(key)};
        }
        replacement = QJsonDocument(after).toJson(QJsonDocument::Compact);
    }
    // The resend and its audit entry are one action.
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    if (auto done = outbox::resend(db, eventId, replacement); !done)
        return done;
    if (auto a = appendAudit(
            db, {m_session->staff().staffNo, m_session->windowNo(), QStringLiteral("outbox.resend"), eventId,
                 replacement.isEmpty() ? QStringLiteral("as stored") : QStringLiteral("corrected")});
        !a)
        return a;
    if (auto c = tx.commit(); !c)
        return c;
    if (m_sync)
        m_sync->notify();
    return {};
}

} // namespace yc
