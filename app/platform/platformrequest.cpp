#include "platformrequest.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace yc::platform {

QNetworkReply *sendSigned(QNetworkAccessManager &nam, const QUrl &baseUrl, const QSslConfiguration &tls,
                          const Signer &signer, const QByteArray &method, const QByteArray &target,
                          const QByteArray &body, int timeoutMs)
{
    QByteArray prefix = baseUrl.path(QUrl::FullyEncoded).toLatin1();
    while (prefix.endsWith('/'))
        prefix.chop(1);
    const QByteArray fullTarget = prefix + target;
    QUrl origin = baseUrl;
    origin.setPath({});
    origin.setQuery(QString());
    QNetworkRequest request(QUrl::fromEncoded(origin.toEncoded() + fullTarget, QUrl::StrictMode));
    request.setSslConfiguration(tls);
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[name, value] :
         signer.sign(method, fullTarget, body, QDateTime::currentSecsSinceEpoch()))
        request.setRawHeader(name, value);
    return nam.sendCustomRequest(request, method, body);
}

} // namespace yc::platform
