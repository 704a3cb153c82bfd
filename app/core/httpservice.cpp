#include "httpservice.h"

#include "app/core/logging.h"
#include "app/core/serviceoptions.h"
#include "core/clock.h"
#include "store/database.h"
#include "store/sql.h"

#include <csignal>

#include <QFile>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSslKey>
#include <QTextStream>

Q_LOGGING_CATEGORY(lcService, "yc.service", QtInfoMsg)

namespace yc {

HttpService::HttpService(QString serviceName, std::shared_ptr<Database> db, QString hallCode)
    : m_name(std::move(serviceName))
    , m_db(std::move(db))
    , m_hallCode(std::move(hallCode))
{
    m_server.route(QStringLiteral("/health"), QHttpServerRequest::Method::Get, [this] {
        const QJsonObject body = health();
        return QHttpServerResponse(body, body.value(QStringLiteral("status")) == QLatin1String("ok")
                                             ? QHttpServerResponder::StatusCode::Ok
                                             : QHttpServerResponder::StatusCode::ServiceUnavailable);
    });
}

QJsonObject HttpService::health() const
{
    auto probe = sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM sqlite_master"));
    QJsonObject body{
        {QStringLiteral("service"), m_name},
        {QStringLiteral("version"), QStringLiteral(YC_VERSION)},
        {QStringLiteral("schemaVersion"), m_db->schemaVersion()},
        {QStringLiteral("database"), probe ? QStringLiteral("ok") : QStringLiteral("error")},
        {QStringLiteral("status"), probe ? QStringLiteral("ok") : QStringLiteral("degraded")},
        {QStringLiteral("time"), toStoredTime(Clock::nowUtc())},
    };
    if (!m_hallCode.isEmpty())
        body.insert(QStringLiteral("hall"), m_hallCode);
    return body;
}

Result<quint16> HttpService::listen(const QHostAddress &address, quint16 port,
                                    const std::optional<QSslConfiguration> &tls)
{
    if (!address.isLoopback() && !tls)
        return Error{
            QStringLiteral("service.tls_required"),
            tr("Listening on %1 would expose the service without TLS; use a loopback address or configure "
               "the hall certificate (tls/certificate, tls/key).")
                .arg(address.toString())};
    if (tls)
        m_server.sslSetup(*tls);
    const quint16 bound = m_server.listen(address, port);
    if (bound == 0)
        return Error{
            QStringLiteral("service.listen"),
            tr("Cannot listen on %1 port %2 (in use or not permitted).").arg(address.toString()).arg(port)};
    return bound;
}

Result<std::optional<QSslConfiguration>> loadServiceTls(const ServiceOptions &options)
{
    if (options.tlsCertificate.isEmpty() && options.tlsKey.isEmpty())
        return std::optional<QSslConfiguration>();
    QFile certFile(options.tlsCertificate);
    QFile keyFile(options.tlsKey);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("config.tls"),
                     HttpService::tr("Cannot read the hall certificate %1 or its key %2.")
                         .arg(options.tlsCertificate, options.tlsKey)};
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (chain.isEmpty() || key.isNull())
        return Error{
            QStringLiteral("config.tls"),
            HttpService::tr("The hall certificate %1 or its key %2 is not a PEM certificate and key.")
                .arg(options.tlsCertificate, options.tlsKey)};
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate with staff sessions
    return std::optional<QSslConfiguration>(tls);
}

namespace {

void quitOnSignal(int)
{
    QCoreApplication::quit();
}

} // namespace

int runService(int argc, char **argv, const ServiceSpec &spec)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Yichuang"));
    QCoreApplication::setApplicationName(spec.program);
    QCoreApplication::setApplicationVersion(QStringLiteral(YC_VERSION));
    QTextStream err(stderr);

    auto options = ServiceOptionsParser::parse(QCoreApplication::arguments(), spec.description,
                                               spec.defaultDatabase, spec.defaultPort);
    if (!options) {
        err << spec.program << ": " << options.error().message << Qt::endl;
        return 2;
    }
    logging::install(options->logDirectory, spec.program);

    auto db = Database::open(options->databasePath, *spec.schema);
    if (!db) {
        qCCritical(lcService).noquote() << db.error().message;
        return 3;
    }
    auto tls = loadServiceTls(options.value());
    if (!tls) {
        qCCritical(lcService).noquote() << tls.error().message;
        return 2;
    }
    HttpService service(spec.program, db.value(), options->hallCode);
    std::shared_ptr<QObject> parts;
    if (spec.setup) {
        ServiceContext context{options.value(), db.value(), service, tls.value()};
        auto built = spec.setup(context);
        if (!built) {
            qCCritical(lcService).noquote() << built.error().message;
            return built.error().code == QLatin1String("service.tls_required") ? 4 : 5;
        }
        parts = built.value();
    }
    auto port = service.listen(options->listenAddress, options->port, tls.value());
    if (!port) {
        qCCritical(lcService).noquote() << port.error().message;
        return 4;
    }
    std::signal(SIGTERM, quitOnSignal);
    std::signal(SIGINT, quitOnSignal);
    // Tests and scripts read the port from this line.
    QTextStream(stdout) << spec.program << " listening on " << (tls.value() ? "https" : "http") << "://"
                        << options->listenAddress.toString() << ':' << port.value() << Qt::endl;
    qCInfo(lcService) << spec.program << "ready; database" << options->databasePath << "schema"
                      << db.value()->schemaVersion();
    const int rc = QCoreApplication::exec();
    parts.reset();
    qCInfo(lcService) << spec.program << "stopped";
    return rc;
}

} // namespace yc
