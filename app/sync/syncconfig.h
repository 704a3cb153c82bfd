#pragma once

#include "app/platform/signing.h"
#include "app/platform/tls.h"
#include "codes/provinceprofile.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QUrl>

namespace yc {

// Everything the sync worker needs to reach the platform, and its timing.
// The defaults are the production values; tests scale them down.
struct SyncConfig
{
    QUrl baseUrl; // https only
    platform::TlsFiles tls;
    QByteArray clientId;
    QByteArray signingKey;
    platform::SignatureMethod method = platform::SignatureMethod::HmacSha256;

    int batchSize = 50;       // events per push (the API allows 100)
    int parallelRequests = 2; // pushes in flight at once (different cases)
    int requestTimeoutMs = 15000;
    int backoffBaseMs = 1000;  // first platform-wide pause
    int backoffCapMs = 300000; // longest pause
    int pollMs = 1000;         // the short poll behind notify()
    int statusPollMs = 5000;
    int catalogPollMs = 600000;
    bool pullStatus = true;
    bool pullCatalog = true;

    // From the profile's "platform" section; relative file names are taken
    // under dataDir. Checks the URL is https and reads the signing key.
    static Result<SyncConfig> fromProfile(const ProvinceProfile &profile, const QString &dataDir,
                                          const QByteArray &clientId);
    // The same from a profile's platform section the caller may have
    // changed (halld's INI overrides the endpoint and the files).
    static Result<SyncConfig> fromPlatform(const ProvinceProfile::Platform &platform, const QString &dataDir,
                                           const QByteArray &clientId);
    Result<void> check() const;
};

// What the status bar and the sync view show.
struct SyncSnapshot
{
    qint64 pending = 0;
    qint64 inFlight = 0;
    qint64 deliveredToday = 0;
    qint64 dead = 0;
    QDateTime lastSuccess; // last event acknowledged by the platform
    int backoffMs = 0;     // remaining platform-wide pause, 0 = sending
    QString lastError;     // what the last failure said (empty after a success)
    bool running = false;
};

} // namespace yc

Q_DECLARE_METATYPE(yc::SyncSnapshot)
