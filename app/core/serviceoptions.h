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
