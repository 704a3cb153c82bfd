#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>

namespace yc {

// Command line and configuration file of the console services
// (yichuang-halld, yichuang-platform-sim): an INI file (--config) read
// first, then command-line options override it.
struct ServiceOptions
{
    QString configFile;
    QString databasePath;
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 port = 0;
    QString logDirectory;
    QString hallCode;
    QString hallName;
    // A second port for a service's WebSocket protocol (halld's hall
    // protocol); -1 = the HTTP port + 1, or any free port when that is 0.
    int protocolPort = -1;
    // PEM files of the hall certificate and its key: required to listen
    // beyond loopback (INI tls/certificate, tls/key).
    QString tlsCertificate;
    QString tlsKey;

    quint16 effectiveProtocolPort() const
    {
        if (protocolPort >= 0)
            return quint16(protocolPort);
        return port == 0 ? 0 : quint16(port + 1);
    }
};

class ServiceOptionsParser
{
    Q_DECLARE_TR_FUNCTIONS(yc::ServiceOptionsParser)

public:
    // defaultDatabase is a file name under the data location.
    static Result<ServiceOptions> parse(const QStringList &arguments, const QString &description,
                                        const QString &defaultDatabase, quint16 defaultPort);
};

} // namespace yc
