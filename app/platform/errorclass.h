#pragma once

#include "app/platform/replies.h"

#include <QNetworkReply>

namespace yc::platform {

// The one error classifier of the sync (province-api.md §2).
enum class Disposition
{
    Retry,         // this event later; the others go on (order.gap)
    PausePlatform, // transport, TLS, 5xx, 429, 401/404: stop everything and back off
    DeadLetter,    // the platform refuses the content: needs a person
};

struct Failure
{
    Disposition disposition = Disposition::PausePlatform;
    QString code;
    QString message;
    int retryAfterSeconds = 0; // from Retry-After, 0 = none
};

// A whole request failed (no per-event results).
Failure classifyRequest(QNetworkReply::NetworkError error, int httpStatus, const QByteArray &body,
                        const QByteArray &retryAfter, const QString &networkMessage);

// One event the platform rejected in an otherwise good answer.
Failure classifyRejection(const PlatformError &error);

} // namespace yc::platform
