#include "evaluationinvites.h"

#include "core/clock.h"
#include "core/text.h"
#include "evaluationservice.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/transaction.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

namespace yc {

namespace {

const QString kResolved = QStringLiteral(
    "coalesce(i.window_no, t.window_no, 0), coalesce(i.ticket_id, 0), coalesce(t.display_no, ''), "
    "CASE WHEN i.case_no <> '' THEN i.case_no ELSE coalesce(t.case_no, '') END");

bool wellFormed(const QString &token)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9_-]{22}$"));
    return shape.match(token).hasMatch();
}

Error unknownToken()
{
    return Error{QStringLiteral("evaluation.token"),
                 EvaluationInvites::tr("This evaluation link is not valid. Scan the QR code on your receipt "
                                       "or ticket again.")};
}

QVariant item(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant();
}

std::optional<int> itemOf(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

} // namespace

EvaluationInvites::EvaluationInvites(std::shared_ptr<Database> db)
    : m_db(std::move(db))
{}

QByteArray EvaluationInvites::tokenHash(const QString &token)
{
    return QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex();
}

QUrl EvaluationInvites::pageUrl(const QUrl &base, const QString &token)
{
    QUrl url = base;
    QString path = url.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    url.setPath(path + QStringLiteral("evaluate/") + token);
    return url;
}

Result<EvaluationInvites::Created> EvaluationInvites::expect(const Expect &e)
{
    if ((e.windowNo <= 0 && e.ticketId <= 0) || e.caseNo.size() > 64 || e.serviceName.size() > 200 ||
        e.validDays < 1 || e.validDays > 30 || !isCleanText(e.serviceName, 200, false) ||
        !isCleanText(e.caseNo, 64, false))
        return Error{QStringLiteral("evaluation.invite"),
                     tr("An evaluation invitation needs a window or a ticket, a case number of at most 64 "
                        "characters, a service name of at most 200, and 1 to 30 days.")};
    // 128 random bits from the system's generator.
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    const QString token =
        QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof words)
                                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const QDateTime now = Clock::nowUtc();
    const QDateTime expires = now.addDays(e.validDays);
    auto inserted = sql::run(
        m_db->connection(),
        QStringLiteral("INSERT INTO evaluation_invite (token_hash, window_no, ticket_id, case_no, "
                       "service_name, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {QString::fromLatin1(tokenHash(token)), e.windowNo > 0 ? QVariant(e.windowNo) : QVariant(),
         e.ticketId > 0 ? QVariant(e.ticketId) : QVariant(), e.caseNo.trimmed(), e.serviceName.trimmed(),
         e.createdBy, toStoredTime(now), toStoredTime(expires)});
    if (!inserted)
        return inserted.error();
    return Created{token, expires};
}

Result<EvaluationInvites::Invite> EvaluationInvites::find(const QString &token) const
{
    if (!wellFormed(token))
        return unknownToken();
    auto q =
        sql::run(m_db->connection(),
                 QStringLiteral("SELECT i.id, ") + kResolved +
                     QStringLiteral(", i.service_name, i.expires_at, "
                                    "(i.ticket_id IS NULL OR t.state = 'finished'), "
                                    "(SELECT count(*) FROM evaluation_answer a WHERE a.invite_id = i.id) "
                                    "FROM evaluation_invite i LEFT JOIN ticket t ON t.id = i.ticket_id "
                                    "WHERE i.token_hash = ?"),
                 {QString::fromLatin1(tokenHash(token))});
    if (!q)
        return q.error();
    if (!q->next())
        return unknownToken();
    Invite in{q->value(0).toLongLong(),
              q->value(1).toInt(),
              q->value(2).toLongLong(),
              q->value(3).toString(),
              q->value(4).toString(),
              q->value(5).toString(),
              fromStoredTime(q->value(6).toString()),
              q->value(7).toBool(),
              q->value(8).toInt()};
    if (in.expiresAt <= Clock::nowUtc())
        return Error{QStringLiteral("evaluation.expired"), tr("The time for this evaluation has passed.")};
    return in;
}

Result<int> EvaluationInvites::answer(const QString &token, const Answer &a)
{
    if (!EvaluationService::levels().contains(a.level))
        return Error{QStringLiteral("evaluation.level"), tr("Choose one of the five levels.")};
    for (const auto &v : {a.efficiency, a.serviceLevel, a.attitude})
        if (v && (*v < 1 || *v > 5))
            return Error{QStringLiteral("evaluation.items"),
                         tr("Service efficiency, service level and attitude are rated from 1 to 5.")};
    if (!isCleanText(a.comment, 500, false, true))
        return Error{QStringLiteral("evaluation.text"),
                     tr("The comment can have at most 500 characters and no control characters.")};
    if (EvaluationService::isBad(a.level) && a.comment.trimmed().isEmpty())
        return Error{QStringLiteral("evaluation.detail"),
                     tr("Please tell us what was not satisfactory, so that it can be put right.")};

    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    auto invite = find(token);
    if (!invite)
        return invite.error();
    if (!invite->serviceFinished)
        return Error{QStringLiteral("evaluation.not_finished"),
                     tr("You can evaluate once your business at the window is finished.")};
    if (invite->answers >= 2)
        return Error{QStringLiteral("evaluation.done"),
                     tr("This service has been evaluated and followed up already; it cannot be evaluated "
                        "again.")};
    const int attempt = invite->answers + 1;
    auto inserted = sql::run(
        db,
        QStringLiteral("INSERT INTO evaluation_answer (invite_id, answer_key, attempt, level, efficiency, "
                       "service_level, attitude, comment, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {invite->id, QUuid::createUuid().toString(QUuid::WithoutBraces), attempt, a.level, item(a.efficiency),
         item(a.serviceLevel), item(a.attitude), a.comment.trimmed(), toStoredTime(Clock::nowUtc())});
    if (!inserted)
        return inserted.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return attempt;
}

Result<QList<EvaluationInvites::Pending>> EvaluationInvites::pending(int windowNo, int limit) const
{
    auto q =
        sql::run(m_db->connection(),
                 QStringLiteral("SELECT a.id, a.attempt, ") + kResolved +
                     QStringLiteral(", a.level, a.efficiency, a.service_level, a.attitude, a.comment, "
                                    "a.received_at, a.answer_key FROM evaluation_answer a "
                                    "JOIN evaluation_invite i ON i.id = a.invite_id "
                                    "LEFT JOIN ticket t ON t.id = i.ticket_id "
                                    "WHERE a.acked_at IS NULL AND coalesce(i.window_no, t.window_no) = ? "
                                    "ORDER BY a.id LIMIT ?"),
                 {windowNo, qBound(1, limit, 500)});
    if (!q)
        return q.error();
    QList<Pending> out;
    while (q->next()) {
        Pending p;
        p.answerId = q->value(0).toLongLong();
        p.attempt = q->value(1).toInt();
        p.ticketId = q->value(3).toLongLong();
        p.caseNo = q->value(5).toString();
        p.answer = {q->value(6).toString(), itemOf(q->value(7)), itemOf(q->value(8)), itemOf(q->value(9)),
                    q->value(10).toString()};
        p.receivedAt = fromStoredTime(q->value(11).toString());
        p.answerKey = q->value(12).toString();
        out << p;
    }
    return out;
}

Result<void> EvaluationInvites::ack(int windowNo, qint64 answerId, const QString &result)
{
    if (result.isEmpty() || result.size() > 64)
        return Error{QStringLiteral("evaluation.ack"), tr("Say what became of the evaluation.")};
    auto q = sql::run(m_db->connection(),
                      QStringLiteral("UPDATE evaluation_answer SET acked_at = ?, ack_result = ? "
                                     "WHERE id = ? AND acked_at IS NULL AND invite_id IN (SELECT i.id FROM "
                                     "evaluation_invite i LEFT JOIN ticket t ON t.id = i.ticket_id "
                                     "WHERE coalesce(i.window_no, t.window_no) = ?)"),
                      {toStoredTime(Clock::nowUtc()), result, answerId, windowNo});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error{QStringLiteral("evaluation.ack"),
                     tr("There is no such evaluation waiting for this window.")};
    return {};
}

} // namespace yc
