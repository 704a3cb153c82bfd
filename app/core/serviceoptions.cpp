#include "serviceoptions.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace yc {

Result<ServiceOptions> ServiceOptionsParser::parse(const QStringList &arguments, const QString &description,
                                                   const QString &defaultDatabase, quint16 defaultPort)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption config(QStringLiteral("config"), tr("Read settings from this INI file."),
                                    QStringLiteral("file"));
    const QCommandLineOption database(QStringLiteral("database"), tr("The SQLite database file."),
                                      QStringLiteral("file"));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    tr("The address to listen on (default 127.0.0.1)."),
                                    QStringLiteral("address"));
    const QCommandLineOption port(QStringLiteral("port"), tr("The TCP port (0 = any free port)."),
                                  QStringLiteral("port"));
    const QCommandLineOption logDir(QStringLiteral("log-dir"), tr("The folder for log files."),
                                    QStringLiteral("folder"));
    const QCommandLineOption protocolPort(QStringLiteral("hall-port"),
                                          tr("The TCP port of the hall protocol (WebSocket; default the HTTP "
                                             "port + 1, 0 = any free port)."),
                                          QStringLiteral("port"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"), tr("The hall certificate (PEM)."),
                                     QStringLiteral("file"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
                                    tr("The hall certificate's private key (PEM)."), QStringLiteral("file"));
    parser.addOptions({config, database, listen, port, logDir, protocolPort, tlsCert, tlsKey});
    parser.process(arguments);

    ServiceOptions out;
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    out.databasePath = QDir(dataDir).filePath(defaultDatabase);
    out.logDirectory = QDir(dataDir).filePath(QStringLiteral("logs"));
    out.port = defaultPort;

    if (parser.isSet(config)) {
        out.configFile = parser.value(config);
        if (!QFileInfo(out.configFile).isReadable())
            return Error{QStringLiteral("config.read"),
                         tr("Cannot read the configuration file %1.").arg(out.configFile)};
        QSettings ini(out.configFile, QSettings::IniFormat);
        if (ini.status() != QSettings::NoError)
            return Error{QStringLiteral("config.format"),
                         tr("The configuration file %1 is malformed.").arg(out.configFile)};
        out.hallCode = ini.value(QStringLiteral("hall/code")).toString();
        out.hallName = ini.value(QStringLiteral("hall/name")).toString();
        out.databasePath = ini.value(QStringLiteral("database/path"), out.databasePath).toString();
        out.logDirectory = ini.value(QStringLiteral("log/dir"), out.logDirectory).toString();
        if (ini.contains(QStringLiteral("server/listen")))
            out.listenAddress = QHostAddress(ini.value(QStringLiteral("server/listen")).toString());
        if (ini.contains(QStringLiteral("server/port")))
            out.port = static_cast<quint16>(ini.value(QStringLiteral("server/port")).toUInt());
        if (ini.contains(QStringLiteral("server/hall_port")))
            out.protocolPort = int(ini.value(QStringLiteral("server/hall_port")).toUInt() & 0xffff);
        out.tlsCertificate = ini.value(QStringLiteral("tls/certificate")).toString();
        out.tlsKey = ini.value(QStringLiteral("tls/key")).toString();
    }
    if (parser.isSet(tlsCert))
        out.tlsCertificate = parser.value(tlsCert);
    if (parser.isSet(tlsKey))
        out.tlsKey = parser.value(tlsKey);
    if (parser.isSet(protocolPort)) {
        bool ok = false;
        const uint p = parser.value(protocolPort).toUInt(&ok);
        if (!ok || p > 65535)
            return Error{QStringLiteral("config.port"),
                         tr("\"%1\" is not a TCP port.").arg(parser.value(protocolPort))};
        out.protocolPort = int(p);
    }
    if (parser.isSet(database))
        out.databasePath = parser.value(database);
    if (parser.isSet(logDir))
        out.logDirectory = parser.value(logDir);
    if (parser.isSet(listen))
        out.listenAddress = QHostAddress(parser.value(listen));
    if (parser.isSet(port)) {
        bool ok = false;
        const uint p = parser.value(port).toUInt(&ok);
        if (!ok || p > 65535)
            return Error{QStringLiteral("config.port"),
                         tr("\"%1\" is not a TCP port.").arg(parser.value(port))};
        out.port = static_cast<quint16>(p);
    }
    if (out.listenAddress.isNull())
        return Error{QStringLiteral("config.listen"), tr("The listen address is not an IP address.")};
    return out;
}

} // namespace yc
