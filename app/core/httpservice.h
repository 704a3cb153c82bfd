#pragma once

#include "core/result.h"

#include <memory>

#include <QCoreApplication>
#include <QHostAddress>
#include <QHttpServer>

namespace yc {

class Database;
struct Schema;

// The HTTP side shared by the console services: a QHttpServer with the
// /health endpoint (service, version, schema and whether the database
// answers). The services add their own routes to server().
class HttpService
{
    Q_DECLARE_TR_FUNCTIONS(yc::HttpService)

public:
    HttpService(QString serviceName, std::shared_ptr<Database> db, QString hallCode = {});

    QHttpServer &server() { return m_server; }
    // Listening beyond loopback needs TLS, which comes with the hall
    // protocol; until then only loopback is allowed.
    Result<quint16> listen(const QHostAddress &address, quint16 port);
    QJsonObject health() const;

private:
    QString m_name;
    std::shared_ptr<Database> m_db;
    QString m_hallCode;
    QHttpServer m_server;
};

// The whole life of a console service: options, logging, database, health
// server, "listening on" line on stdout, event loop.
struct ServiceSpec
{
    QString program;     // "yichuang-halld"
    QString description; // for --help
    QString defaultDatabase;
    quint16 defaultPort = 0;
    const Schema *schema = nullptr;
};

int runService(int argc, char **argv, const ServiceSpec &spec);

} // namespace yc
