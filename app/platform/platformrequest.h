#pragma once

#include "app/platform/signing.h"

#include <QByteArray>
#include <QSslConfiguration>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace yc::platform {

// Sends one signed request to the platform (province-api.md §1): the target
// under the base URL's path, the X-YC-* signature over it, the pinned
// mutual-TLS configuration, HTTP/1.1, a transfer timeout. The sync worker
// and the hall's appointment feed both send through it.
QNetworkReply *sendSigned(QNetworkAccessManager &nam, const QUrl &baseUrl, const QSslConfiguration &tls,
                          const Signer &signer, const QByteArray &method, const QByteArray &target,
                          const QByteArray &body, int timeoutMs);

} // namespace yc::platform
