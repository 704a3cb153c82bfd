#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace yc {

// Encrypts personal data at rest with AES-256-GCM (OpenSSL EVP) under a
// per-installation key kept in a file outside the database (mode 0600), and
// derives a keyed lookup hash (HMAC-SHA256) so records can be found by an ID
// number without storing it in clear.
//
// Blob layout: "YC1" | 12-byte nonce | ciphertext | 16-byte tag.
class FieldCipher
{
    Q_DECLARE_TR_FUNCTIONS(yc::FieldCipher)

public:
    static constexpr int kKeyBytes = 32;

    static Result<FieldCipher> loadOrCreate(const QString &keyFile);
    static Result<FieldCipher> fromKey(const QByteArray &key);

    Result<QByteArray> encrypt(const QByteArray &plain) const;
    // Fails on a wrong key or any tampering (the tag does not verify).
    Result<QByteArray> decrypt(const QByteArray &blob) const;
    QString lookupHash(const QString &value) const;

private:
    FieldCipher() = default;
    QByteArray m_key;
    QByteArray m_lookupKey;
};

} // namespace yc
