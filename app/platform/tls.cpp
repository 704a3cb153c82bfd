#include "tls.h"

#include <QFile>
#include <QSslKey>

namespace yc::platform {

namespace {

Result<QByteArray> readPem(const QString &path, const char *what)
{
    QFile f(path);
    if (path.isEmpty() || !f.open(QIODevice::ReadOnly))
        return Error{
            QStringLiteral("tls.file"),
            Tls::tr("Cannot read the %1 file \"%2\"; check the platform settings.").arg(Tls::tr(what), path)};
    return f.readAll();
}

} // namespace

Result<QSslConfiguration> Tls::configuration(const TlsFiles &files)
{
    auto caPem = readPem(files.caFile, QT_TRANSLATE_NOOP("yc::platform::Tls", "CA certificate"));
    if (!caPem)
        return caPem.error();
    const QList<QSslCertificate> ca = QSslCertificate::fromData(caPem.value(), QSsl::Pem);
    if (ca.isEmpty())
        return Error{QStringLiteral("tls.ca"),
                     Tls::tr("\"%1\" holds no PEM certificate; the platform's CA certificate is needed.")
                         .arg(files.caFile)};
    auto certPem = readPem(files.certFile, QT_TRANSLATE_NOOP("yc::platform::Tls", "certificate"));
    if (!certPem)
        return certPem.error();
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certPem.value(), QSsl::Pem);
    auto keyPem = readPem(files.keyFile, QT_TRANSLATE_NOOP("yc::platform::Tls", "private key"));
    if (!keyPem)
        return keyPem.error();
    QSslKey key(keyPem.value(), QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem.value(), QSsl::Ec, QSsl::Pem);
    if (chain.isEmpty() || key.isNull())
        return Error{QStringLiteral("tls.identity"),
                     Tls::tr("The certificate \"%1\" or the key \"%2\" cannot be read.")
                         .arg(files.certFile, files.keyFile)};
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    c.setProtocol(QSsl::TlsV1_2OrLater);
    // Replacing the list also turns off loading system roots on demand:
    // only the platform's CA is trusted.
    c.setCaCertificates(ca);
    c.setLocalCertificateChain(chain);
    c.setPrivateKey(key);
    c.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return c;
}

} // namespace yc::platform
