#include "errorclass.h"

namespace yc::platform {

Failure classifyRequest(QNetworkReply::NetworkError error, int httpStatus, const QByteArray &body,
                        const QByteArray &retryAfter, const QString &networkMessage)
{
    Failure f;
    bool numeric = false;
    const int after = retryAfter.trimmed().toInt(&numeric);
    f.retryAfterSeconds = numeric && after > 0 ? qMin(after, 3600) : 0;
    const auto platform = parseErrorReply(body);
    if (httpStatus == 0) {
        // No HTTP answer at all: connection, TLS or time-out.
        const bool tls = error == QNetworkReply::SslHandshakeFailedError;
        f.code = tls ? QStringLiteral("transport.tls") : QStringLiteral("transport.network");
        f.message = networkMessage;
        return f;
    }
    f.code = platform ? platform->code : QStringLiteral("http.%1").arg(httpStatus);
    f.message = platform ? platform->message : QStringLiteral("HTTP %1").arg(httpStatus);
    // A whole-request failure is never one event's fault (the platform
    // judges each event in a 200 answer): 400 (the body as a whole), 401
    // (clock or key), 404/405 (URL), 413, 429, 5xx and anything unknown
    // pause the queue; nothing is dead-lettered for them.
    return f;
}

Failure classifyRejection(const PlatformError &error)
{
    return Failure{error.retryable ? Disposition::Retry : Disposition::DeadLetter, error.code, error.message,
                   0};
}

} // namespace yc::platform
