#pragma once

#include "core/result.h"

#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QUrl>

namespace yc {

class Database;

// 二维码评价 at halld: the evaluations it expects from citizens' phones and
// the answers it keeps until the window's client has stored them through
// EvaluationService (channel qr_page) and acknowledged them. A token is 128
// random bits (base64url, 22 characters); only its SHA-256 is stored. One
// evaluation and one follow-up (追评) per token, until it expires.
class EvaluationInvites
{
    Q_DECLARE_TR_FUNCTIONS(yc::EvaluationInvites)

public:
    explicit EvaluationInvites(std::shared_ptr<Database> db);

    struct Expect
    {
        int windowNo = 0;    // the window that stores the answer; 0 = the one that finishes ticketId
        qint64 ticketId = 0; // the hall ticket, when the invitation is on its slip
        QString caseNo;      // 办件编号 (or the case's local key)
        QString serviceName; // shown on the page: the matter, or the business line
        QString createdBy;   // staff number
        int validDays = 7;
    };
    struct Created
    {
        QString token;
        QDateTime expiresAt;
    };
    // Errors: evaluation.invite (neither a window nor a ticket, bad sizes).
    Result<Created> expect(const Expect &expect);

    struct Invite
    {
        qint64 id = 0;
        int windowNo = 0; // resolved: the ticket's window for a slip invitation
        qint64 ticketId = 0;
        QString ticketNo;
        QString caseNo;
        QString serviceName;
        QDateTime expiresAt;
        bool serviceFinished = true; // a slip's ticket: finished
        int answers = 0;             // 0, 1 (a follow-up possible) or 2
    };
    // The invitation behind a token. Errors: evaluation.token (unknown or
    // malformed), evaluation.expired.
    Result<Invite> find(const QString &token) const;

    struct Answer
    {
        QString level;
        std::optional<int> efficiency;
        std::optional<int> serviceLevel;
        std::optional<int> attitude;
        QString comment;
    };
    // Keeps a citizen's answer; returns its attempt (1, or 2 for the
    // follow-up). Errors as find(), and evaluation.not_finished,
    // evaluation.done (evaluated and followed up), evaluation.level,
    // evaluation.items, evaluation.text, evaluation.detail.
    Result<int> answer(const QString &token, const Answer &answer);

    struct Pending
    {
        qint64 answerId = 0;
        QString answerKey; // the evaluation's local_id at the window
        int attempt = 1;
        QString caseNo;
        qint64 ticketId = 0;
        Answer answer;
        QDateTime receivedAt;
    };
    // The answers a window's client has not taken yet, oldest first.
    Result<QList<Pending>> pending(int windowNo, int limit = 50) const;
    // The client stored it ("stored") or refused it (its error code).
    // Errors: evaluation.ack (not this window's pending answer).
    Result<void> ack(int windowNo, qint64 answerId, const QString &result);

    // The page's address for a token: base (the address phones reach,
    // e.g. https://hall.example:8443) + /evaluate/<token>.
    static QUrl pageUrl(const QUrl &base, const QString &token);
    static QByteArray tokenHash(const QString &token);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace yc
