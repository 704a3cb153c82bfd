#pragma once

#include "evaluation/evaluationinvites.h"

#include <QByteArray>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace yc {

// The page a citizen's phone opens from the QR code on the receipt or the
// ticket slip, served by halld (Chinese only):
//   GET  /evaluate/<token>  the form (or why it cannot be used)
//   POST /evaluate/<token>  the answer, as application/x-www-form-urlencoded
//                           level, efficiency, serviceLevel, attitude,
//                           reason (repeated), text
// The answer is kept by EvaluationInvites until the window's client takes it.
class EvaluationPage
{
public:
    explicit EvaluationPage(EvaluationInvites &invites);
    void addRoutes(QHttpServer &server);

    QHttpServerResponse get(const QString &token) const;
    QHttpServerResponse post(const QString &token, const QByteArray &body);

private:
    QHttpServerResponse form(const QString &token, const EvaluationInvites::Invite &invite,
                             const QString &error, int status) const;

    EvaluationInvites &m_invites;
};

} // namespace yc
