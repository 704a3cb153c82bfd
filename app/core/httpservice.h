#pragma once

#include "core/result.h"

#include <functional>
#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QHostAddress>
#include <QHttpServer>
#include <QSslConfiguration>

namespace yc {

class Database;
struct Schema;
struct ServiceOptions;

// The HTTP side shared by the console services: a QHttpServer with the
// /health endpoint (service, version, schema and whether the database
// answers). The services add their own routes to server().
class HttpService
{
    Q_DECLARE_TR_FUNCTIONS(yc::HttpService)

public:
    HttpService(QString serviceName, std::shared_ptr<Database> db, QString hallCode = {});

    QHttpServer &server() { return m_server; }
    // Listening beyond loopback needs TLS (the hall certificate).
    Result<quint16> listen(const QHostAddress &address, quint16 port,
                           const std::optional<QSslConfiguration> &tls = std::nullopt);
    QJsonObject health() const;

private:
    QString m_name;
    std::shared_ptr<Database> m_db;
    QString m_hallCode;
    QHttpServer m_server;
};

// The hall certificate and key named in the options, or none when the
// options name none; an error when they are named but cannot be used.
Result<std::optional<QSslConfiguration>> loadServiceTls(const ServiceOptions &options);

// What a service's own parts are built from, after the database opened and
// before the health server listens.
struct ServiceContext
{
    const ServiceOptions &options;
    std::shared_ptr<Database> db;
    HttpService &http;
    const std::optional<QSslConfiguration> &tls;
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
    // Builds the service's own parts (halld: the queue and the hall
    // protocol); they live until the event loop ends.
    std::function<Result<std::shared_ptr<QObject>>(ServiceContext &)> setup = {};
};

int runService(int argc, char **argv, const ServiceSpec &spec);

} // namespace yc
