#include "fieldcipher.h"

#include <memory>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QSaveFile>

namespace yc {

namespace {

constexpr int kNonceBytes = 12;
constexpr int kTagBytes = 16;
const QByteArray kMagic("YC1");
const QByteArray kKeyHeader("yichuang-field-key-v1\n");

using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

unsigned char *u(QByteArray &b)
{
    return reinterpret_cast<unsigned char *>(b.data());
}
const unsigned char *u(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

} // namespace

Result<FieldCipher> FieldCipher::fromKey(const QByteArray &key)
{
    if (key.size() != kKeyBytes)
        return Error{QStringLiteral("crypto.key"), tr("The encryption key has the wrong length.")};
    FieldCipher c;
    c.m_key = key;
    c.m_lookupKey = QMessageAuthenticationCode::hash("yc-lookup-v1", key, QCryptographicHash::Sha256);
    return c;
}

Result<FieldCipher> FieldCipher::loadOrCreate(const QString &keyFile)
{
    QFile f(keyFile);
    if (f.exists()) {
        if (!f.open(QIODevice::ReadOnly))
            return Error{QStringLiteral("crypto.key_read"), tr("Cannot read the data key %1.").arg(keyFile)};
        const QByteArray content = f.readAll();
        if (!content.startsWith(kKeyHeader))
            return Error{QStringLiteral("crypto.key_format"),
                         tr("The data key %1 is damaged. Restore it from the backup; without it the stored "
                            "personal data cannot be read.")
                             .arg(keyFile)};
        const QByteArray key = QByteArray::fromBase64(content.mid(kKeyHeader.size()).trimmed());
        auto c = fromKey(key);
        if (!c)
            return Error{QStringLiteral("crypto.key_format"),
                         tr("The data key %1 is damaged. Restore it from the backup; without it the stored "
                            "personal data cannot be read.")
                             .arg(keyFile)};
        return c;
    }
    QDir().mkpath(QFileInfo(keyFile).absolutePath());
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    if (RAND_bytes(u(key), kKeyBytes) != 1)
        return Error{QStringLiteral("crypto.random"),
                     tr("The system could not provide random numbers for a key.")};
    QSaveFile out(keyFile);
    if (!out.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("crypto.key_write"), tr("Cannot create the data key %1.").arg(keyFile)};
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write(kKeyHeader + key.toBase64() + '\n');
    if (!out.commit())
        return Error{QStringLiteral("crypto.key_write"), tr("Cannot create the data key %1.").arg(keyFile)};
    return fromKey(key);
}

Result<QByteArray> FieldCipher::encrypt(const QByteArray &plain) const
{
    QByteArray nonce(kNonceBytes, Qt::Uninitialized);
    if (RAND_bytes(u(nonce), kNonceBytes) != 1)
        return Error{QStringLiteral("crypto.random"), tr("The system could not provide random numbers.")};
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    QByteArray out = kMagic + nonce;
    QByteArray body(plain.size() + kTagBytes, Qt::Uninitialized);
    int len = 0;
    int total = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, u(m_key), u(nonce)) != 1 ||
        EVP_EncryptUpdate(ctx.get(), u(body), &len, u(plain), static_cast<int>(plain.size())) != 1)
        return Error{QStringLiteral("crypto.encrypt"), tr("Encryption failed.")};
    total = len;
    if (EVP_EncryptFinal_ex(ctx.get(), u(body) + total, &len) != 1)
        return Error{QStringLiteral("crypto.encrypt"), tr("Encryption failed.")};
    total += len;
    QByteArray tag(kTagBytes, Qt::Uninitialized);
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, u(tag)) != 1)
        return Error{QStringLiteral("crypto.encrypt"), tr("Encryption failed.")};
    body.truncate(total);
    return out + body + tag;
}

Result<QByteArray> FieldCipher::decrypt(const QByteArray &blob) const
{
    const Error failed{
        QStringLiteral("crypto.decrypt"),
        tr("Stored data could not be decrypted: it is damaged or was written with another key.")};
    if (blob.size() < kMagic.size() + kNonceBytes + kTagBytes || !blob.startsWith(kMagic))
        return failed;
    const QByteArray nonce = blob.mid(kMagic.size(), kNonceBytes);
    const QByteArray cipher =
        blob.mid(kMagic.size() + kNonceBytes, blob.size() - kMagic.size() - kNonceBytes - kTagBytes);
    QByteArray tag = blob.right(kTagBytes);
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    QByteArray plain(cipher.size() + kTagBytes, Qt::Uninitialized);
    int len = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, u(m_key), u(nonce)) != 1 ||
        EVP_DecryptUpdate(ctx.get(), u(plain), &len, u(cipher), static_cast<int>(cipher.size())) != 1)
        return failed;
    int total = len;
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, u(tag)) != 1 ||
        EVP_DecryptFinal_ex(ctx.get(), u(plain) + total, &len) != 1)
        return failed;
    total += len;
    plain.truncate(total);
    return plain;
}

QString FieldCipher::lookupHash(const QString &value) const
{
    return QString::fromLatin1(QMessageAuthenticationCode::hash(value.trimmed().toUpper().toUtf8(),
                                                                m_lookupKey, QCryptographicHash::Sha256)
                                   .toHex());
}

} // namespace yc
