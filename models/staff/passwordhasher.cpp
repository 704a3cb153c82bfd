#include "passwordhasher.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <QByteArray>
#include <QStringList>

namespace yc {

namespace {

constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;
const QLatin1String kScheme("pbkdf2-sha256");

QByteArray derive(const QString &password, const QByteArray &salt, int iterations)
{
    const QByteArray utf8 = password.toUtf8();
    QByteArray out(kHashBytes, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(utf8.constData(), static_cast<int>(utf8.size()),
                          reinterpret_cast<const unsigned char *>(salt.constData()),
                          static_cast<int>(salt.size()), iterations, EVP_sha256(), kHashBytes,
                          reinterpret_cast<unsigned char *>(out.data())) != 1)
        return {};
    return out;
}

struct Parsed
{
    int iterations = 0;
    QByteArray salt;
    QByteArray hash;
};

bool parse(const QString &stored, Parsed *out)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != kScheme)
        return false;
    bool ok = false;
    out->iterations = parts.at(1).toInt(&ok);
    out->salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    out->hash = QByteArray::fromBase64(parts.at(3).toLatin1());
    return ok && out->salt.size() == kSaltBytes && out->hash.size() == kHashBytes;
}

} // namespace

QString PasswordHasher::hash(const QString &password, int iterations)
{
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), kSaltBytes) != 1)
        return {};
    const QByteArray derived = derive(password, salt, iterations);
    if (derived.isEmpty())
        return {};
    return QStringLiteral("%1$%2$%3$%4")
        .arg(kScheme)
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(derived.toBase64()));
}

bool PasswordHasher::verify(const QString &password, const QString &stored)
{
    Parsed p;
    if (!parse(stored, &p) || p.iterations < kMinimumIterations)
        return false;
    const QByteArray derived = derive(password, p.salt, p.iterations);
    return derived.size() == kHashBytes &&
           CRYPTO_memcmp(derived.constData(), p.hash.constData(), kHashBytes) == 0;
}

bool PasswordHasher::needsRehash(const QString &stored)
{
    Parsed p;
    return !parse(stored, &p) || p.iterations < kIterations;
}

} // namespace yc
