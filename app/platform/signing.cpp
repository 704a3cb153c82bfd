#include "signing.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <QCryptographicHash>

namespace yc::platform {

QByteArray methodName(SignatureMethod method)
{
    return method == SignatureMethod::HmacSm3 ? QByteArrayLiteral("HMAC-SM3")
                                              : QByteArrayLiteral("HMAC-SHA256");
}

Result<SignatureMethod> methodFromName(const QByteArray &name)
{
    if (name == "HMAC-SHA256")
        return SignatureMethod::HmacSha256;
    if (name == "HMAC-SM3")
        return SignatureMethod::HmacSm3;
    return Error{QStringLiteral("auth.method"),
                 QStringLiteral("unknown signature method \"%1\"").arg(QString::fromLatin1(name.left(40)))};
}

QByteArray hmac(SignatureMethod method, const QByteArray &key, const QByteArray &data)
{
    EVP_MAC *mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    if (!mac)
        return {};
    EVP_MAC_CTX *ctx = EVP_MAC_CTX_new(mac);
    QByteArray digest =
        method == SignatureMethod::HmacSm3 ? QByteArrayLiteral("SM3") : QByteArrayLiteral("SHA256");
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest.data(), 0),
        OSSL_PARAM_construct_end(),
    };
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    size_t length = 0;
    const bool ok =
        ctx &&
        EVP_MAC_init(ctx, reinterpret_cast<const unsigned char *>(key.constData()), size_t(key.size()),
                     params) == 1 &&
        EVP_MAC_update(ctx, reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size())) ==
            1 &&
        EVP_MAC_final(ctx, reinterpret_cast<unsigned char *>(out.data()), &length, size_t(out.size())) == 1;
    EVP_MAC_CTX_free(ctx);
    EVP_MAC_free(mac);
    if (!ok)
        return {};
    out.truncate(qsizetype(length));
    return out;
}

QByteArray canonicalString(const QByteArray &httpMethod, const QByteArray &target, qint64 timestamp,
                           const QByteArray &nonce, const QByteArray &body)
{
    return httpMethod.toUpper() + '\n' + target + '\n' + QByteArray::number(timestamp) + '\n' + nonce + '\n' +
           QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
}

Signer::Signer(QByteArray clientId, QByteArray key, SignatureMethod method)
    : m_clientId(std::move(clientId))
    , m_key(std::move(key))
    , m_method(method)
{}

HeaderList Signer::sign(const QByteArray &httpMethod, const QByteArray &target, const QByteArray &body,
                        qint64 timestamp, QByteArray nonce) const
{
    if (nonce.isEmpty()) {
        QByteArray raw(16, Qt::Uninitialized);
        RAND_bytes(reinterpret_cast<unsigned char *>(raw.data()), int(raw.size()));
        nonce = raw.toHex();
    }
    const QByteArray signature =
        hmac(m_method, m_key, canonicalString(httpMethod, target, timestamp, nonce, body)).toHex();
    return {{QByteArrayLiteral("X-YC-Client"), m_clientId},
            {QByteArrayLiteral("X-YC-Timestamp"), QByteArray::number(timestamp)},
            {QByteArrayLiteral("X-YC-Nonce"), nonce},
            {QByteArrayLiteral("X-YC-Signature-Method"), methodName(m_method)},
            {QByteArrayLiteral("X-YC-Signature"), signature}};
}

void RequestVerifier::addClient(const QByteArray &clientId, const QByteArray &key, SignatureMethod method)
{
    m_clients.insert(clientId, {key, method});
}

Result<void> RequestVerifier::verify(const QByteArray &httpMethod, const QByteArray &target,
                                     const QHash<QByteArray, QByteArray> &headers, const QByteArray &body,
                                     qint64 now)
{
    const auto client = m_clients.constFind(headers.value(QByteArrayLiteral("x-yc-client")));
    if (client == m_clients.constEnd())
        return Error{QStringLiteral("auth.client"), QStringLiteral("unknown or missing X-YC-Client")};
    auto method = methodFromName(headers.value(QByteArrayLiteral("x-yc-signature-method")));
    if (!method)
        return method.error();
    if (method.value() != client->method)
        return Error{
            QStringLiteral("auth.method"),
            QStringLiteral("this client signs with %1").arg(QString::fromLatin1(methodName(client->method)))};
    bool numeric = false;
    const QByteArray timestampText = headers.value(QByteArrayLiteral("x-yc-timestamp"));
    const qint64 timestamp = timestampText.toLongLong(&numeric);
    if (!numeric || qAbs(now - timestamp) > kMaxSkewSeconds)
        return Error{QStringLiteral("auth.stale_timestamp"),
                     QStringLiteral("X-YC-Timestamp is missing or more than %1 s from the platform's clock")
                         .arg(kMaxSkewSeconds)};
    const QByteArray nonce = headers.value(QByteArrayLiteral("x-yc-nonce"));
    static const QByteArray hexDigits = QByteArrayLiteral("0123456789abcdef");
    if (nonce.size() != 32 ||
        !std::all_of(nonce.begin(), nonce.end(), [](char c) { return hexDigits.contains(c); }))
        return Error{QStringLiteral("auth.signature"),
                     QStringLiteral("X-YC-Nonce must be 32 lowercase hex characters")};
    const QByteArray expected =
        hmac(client->method, client->key, canonicalString(httpMethod, target, timestamp, nonce, body))
            .toHex();
    const QByteArray given = headers.value(QByteArrayLiteral("x-yc-signature"));
    if (expected.isEmpty() || given.size() != expected.size() ||
        CRYPTO_memcmp(given.constData(), expected.constData(), size_t(expected.size())) != 0)
        return Error{QStringLiteral("auth.signature"),
                     QStringLiteral("the signature does not match the request")};
    // Only a request with a valid signature may consume a nonce.
    if (now - m_lastPurge > 60) {
        m_seenNonces.removeIf([now](const auto &it) { return now - it.value() > kNonceMemorySeconds; });
        m_lastPurge = now;
    }
    if (m_seenNonces.contains(nonce))
        return Error{QStringLiteral("auth.replayed_nonce"), QStringLiteral("this nonce was already used")};
    m_seenNonces.insert(nonce, timestamp);
    return {};
}

} // namespace yc::platform
