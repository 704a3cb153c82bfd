#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QSslConfiguration>

namespace yc::platform {

// The certificate files of one side of the mutual-TLS link: the platform's
// CA (the only one trusted: pinned), this side's certificate and key (PEM).
struct TlsFiles
{
    QString caFile;
    QString certFile;
    QString keyFile;
};

class Tls
{
    Q_DECLARE_TR_FUNCTIONS(yc::platform::Tls)

public:
    // Both sides: trust only the CA in caFile (no system roots), verify the
    // peer's certificate (validity; the client also checks the host name),
    // present this side's certificate. A server with this configuration
    // requires a client certificate from the CA.
    static Result<QSslConfiguration> configuration(const TlsFiles &files);
};

} // namespace yc::platform
