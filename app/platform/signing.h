#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>

namespace yc::platform {

// The MAC a province profile chooses for request signatures (province-api.md §1).
enum class SignatureMethod
{
    HmacSha256,
    HmacSm3
};

QByteArray methodName(SignatureMethod method); // "HMAC-SHA256" / "HMAC-SM3"
Result<SignatureMethod> methodFromName(const QByteArray &name);

// HMAC through OpenSSL EVP_MAC (SM3 comes from the default provider).
QByteArray hmac(SignatureMethod method, const QByteArray &key, const QByteArray &data);

// METHOD \n TARGET \n TIMESTAMP \n NONCE \n hex(SHA-256(body)).
QByteArray canonicalString(const QByteArray &httpMethod, const QByteArray &target, qint64 timestamp,
                           const QByteArray &nonce, const QByteArray &body);

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// Signs the client's requests.
class Signer
{
public:
    Signer(QByteArray clientId, QByteArray key, SignatureMethod method);

    // The X-YC-* headers for one request; nonce empty = a fresh random one.
    HeaderList sign(const QByteArray &httpMethod, const QByteArray &target, const QByteArray &body,
                    qint64 timestamp, QByteArray nonce = {}) const;

    SignatureMethod method() const { return m_method; }

private:
    QByteArray m_clientId;
    QByteArray m_key;
    SignatureMethod m_method;
};

// Checks a request's signature on the server side: known client, method,
// fresh timestamp, unused nonce, matching MAC. Header names are lower case.
class RequestVerifier
{
public:
    static constexpr qint64 kMaxSkewSeconds = 300;
    static constexpr qint64 kNonceMemorySeconds = 600;

    void addClient(const QByteArray &clientId, const QByteArray &key, SignatureMethod method);

    // Error codes: auth.client, auth.method, auth.stale_timestamp,
    // auth.replayed_nonce, auth.signature.
    Result<void> verify(const QByteArray &httpMethod, const QByteArray &target,
                        const QHash<QByteArray, QByteArray> &headers, const QByteArray &body, qint64 now);

private:
    struct Client
    {
        QByteArray key;
        SignatureMethod method;
    };
    QHash<QByteArray, Client> m_clients;
    QHash<QByteArray, qint64> m_seenNonces; // nonce -> timestamp it came with
    qint64 m_lastPurge = 0;
};

} // namespace yc::platform
