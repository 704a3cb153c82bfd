#include "syncconfig.h"

#include "codes/provinceprofile.h"

#include <QDir>
#include <QFile>

namespace yc {

namespace {

QString under(const QString &dataDir, const QString &file)
{
    return file.isEmpty() || QDir::isAbsolutePath(file) ? file : QDir(dataDir).filePath(file);
}

} // namespace

Result<SyncConfig> SyncConfig::fromProfile(const ProvinceProfile &profile, const QString &dataDir,
                                           const QByteArray &clientId)
{
    return fromPlatform(profile.platform(), dataDir, clientId);
}

Result<SyncConfig> SyncConfig::fromPlatform(const ProvinceProfile::Platform &p, const QString &dataDir,
                                            const QByteArray &clientId)
{
    SyncConfig c;
    c.baseUrl = QUrl(p.endpoint);
    c.tls = {under(dataDir, p.caFile), under(dataDir, p.certFile), under(dataDir, p.keyFile)};
    c.clientId = clientId;
    auto method = platform::methodFromName(p.signatureMethod.toLatin1());
    if (!method)
        return method.error();
    c.method = method.value();
    QFile key(under(dataDir, p.signingKeyFile));
    if (!key.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("sync.key"),
                     QCoreApplication::translate("yc::SyncConfig",
                                                 "Cannot read the platform signing key \"%1\"; ask the "
                                                 "administrator to install it.")
                         .arg(key.fileName())};
    c.signingKey = key.readAll().trimmed();
    if (auto ok = c.check(); !ok)
        return ok.error();
    return c;
}

Result<void> SyncConfig::check() const
{
    if (baseUrl.scheme() != QLatin1String("https") || baseUrl.host().isEmpty())
        return Error{QStringLiteral("sync.url"),
                     QCoreApplication::translate("yc::SyncConfig",
                                                 "The platform address \"%1\" is not an https:// address; "
                                                 "cases are never sent unencrypted.")
                         .arg(baseUrl.toString())};
    if (signingKey.isEmpty() || clientId.isEmpty())
        return Error{QStringLiteral("sync.key"),
                     QCoreApplication::translate("yc::SyncConfig",
                                                 "The platform client id or signing key is missing.")};
    if (batchSize < 1 || batchSize > 100 || parallelRequests < 1)
        return Error{QStringLiteral("sync.config"), QStringLiteral("batch size 1–100, at least one request")};
    return {};
}

} // namespace yc
