// yichuang-platform-sim: the reference implementation of the province
// platform API (docs/province-api.md) over HTTPS with mutual TLS, with fault
// injection for the sync tests.
#include "app/core/logging.h"
#include "app/platform/tls.h"
#include "app/platformsim/simulator.h"
#include "store/database.h"
#include "store/schema.h"

#include <csignal>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTextStream>

namespace {

void quitOnSignal(int)
{
    QCoreApplication::quit();
}

int fail(const QString &message, int code)
{
    QTextStream(stderr) << "yichuang-platform-sim: " << message << Qt::endl;
    return code;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Yichuang"));
    QCoreApplication::setApplicationName(QStringLiteral("yichuang-platform-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(YC_VERSION));

    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Yichuang province platform simulator (docs/province-api.md)"));
    p.addHelpOption();
    p.addVersionOption();
    const auto opt = [&p](const char *name, const char *help, const char *value = "value",
                          const char *def = nullptr) {
        QCommandLineOption o(QString::fromLatin1(name), QString::fromLatin1(help),
                             QString::fromLatin1(value));
        if (def)
            o.setDefaultValue(QString::fromLatin1(def));
        p.addOption(o);
        return o;
    };
    const auto database =
        opt("database", "SQLite file (default: platform-sim.db in the data folder)", "file");
    const auto listen = opt("listen", "address to listen on", "address", "127.0.0.1");
    const auto port = opt("port", "TCP port (0 = any free port)", "port", "8443");
    const auto ca =
        opt("ca", "the platform CA certificate (PEM) that client certificates must chain to", "file");
    const auto cert = opt("cert", "the server certificate (PEM)", "file");
    const auto key = opt("key", "the server private key (PEM)", "file");
    const auto clientId = opt("client-id", "the hall client id allowed to sign", "id", "hall-01");
    const auto hmacKey = opt("hmac-key-file", "file holding the shared signing key", "file");
    const auto method = opt("signature-method", "HMAC-SHA256 or HMAC-SM3", "name", "HMAC-SHA256");
    const auto finishAfter =
        opt("finish-after", "mark every accepted case finished (办结) after N seconds", "seconds", "0");
    const auto catalog = opt("catalog", "publish this catalog document at start", "file");
    const auto logDir = opt("log-dir", "log folder", "dir");
    const auto errorRate = opt("fault-error-rate", "STATUS=RATE, e.g. 503=0.3 (repeatable)", "status=rate");
    const auto latency = opt("fault-latency-ms", "added latency per request", "ms");
    const auto spikeRate = opt("fault-spike-rate", "probability of a latency spike", "rate");
    const auto spikeMs = opt("fault-spike-ms", "length of a latency spike", "ms");
    const auto resetRate = opt("fault-reset-rate", "probability of a connection reset", "rate");
    const auto hangRate = opt("fault-hang-rate", "probability of never answering", "rate");
    const auto dupRate = opt("fault-duplicate-ack-rate", "probability of processing a batch twice", "rate");
    const auto maintenance =
        opt("fault-maintenance-seconds", "answer 503 maintenance for N seconds from start", "seconds");
    const auto seed = opt("fault-seed", "random seed of the fault injection", "n", "1");
    p.process(app);

    yc::logging::install(p.value(logDir), QStringLiteral("yichuang-platform-sim"));

    QJsonObject faults;
    QJsonObject errorRates;
    for (const QString &spec : p.values(errorRate)) {
        const QStringList parts = spec.split(u'=');
        if (parts.size() != 2)
            return fail(QStringLiteral("--fault-error-rate wants STATUS=RATE, not \"%1\"").arg(spec), 2);
        errorRates.insert(parts.at(0), parts.at(1).toDouble());
    }
    faults.insert(QStringLiteral("errorRates"), errorRates);
    for (const auto &[option, name] :
         {std::pair{&latency, "latencyMs"}, std::pair{&spikeRate, "latencySpikeRate"},
          std::pair{&spikeMs, "latencySpikeMs"}, std::pair{&resetRate, "resetRate"},
          std::pair{&hangRate, "hangRate"}, std::pair{&dupRate, "duplicateAckRate"},
          std::pair{&maintenance, "maintenanceSeconds"}, std::pair{&seed, "seed"}}) {
        if (p.isSet(*option) || option == &seed)
            faults.insert(QString::fromLatin1(name), p.value(*option).toDouble());
    }
    auto faultSettings = yc::sim::FaultSettings::fromJson(faults);
    if (!faultSettings)
        return fail(faultSettings.error().message, 2);

    QString dbPath = p.value(database);
    if (dbPath.isEmpty())
        dbPath = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                 QStringLiteral("/platform-sim.db");
    auto db = yc::Database::open(dbPath, yc::platformSimSchema());
    if (!db)
        return fail(db.error().message, 3);

    auto tls = yc::platform::Tls::configuration({p.value(ca), p.value(cert), p.value(key)});
    if (!tls)
        return fail(tls.error().message, 2);
    QFile keyFile(p.value(hmacKey));
    if (!keyFile.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("--hmac-key-file: cannot read \"%1\"").arg(p.value(hmacKey)), 2);
    auto signature = yc::platform::methodFromName(p.value(method).toLatin1());
    if (!signature)
        return fail(signature.error().message, 2);

    yc::sim::Simulator sim(db.value(), tls.value(),
                           {p.value(clientId).toUtf8(), keyFile.readAll().trimmed(), signature.value(),
                            p.value(finishAfter).toInt()});
    sim.faults().apply(faultSettings.value());
    if (p.isSet(catalog)) {
        QFile f(p.value(catalog));
        if (!f.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("--catalog: cannot read \"%1\"").arg(p.value(catalog)), 2);
        // Published through the store directly: the same path as POST /sim/v1/catalog.
        yc::sim::SimStore store(db.value());
        if (auto v = store.publishCatalog(QJsonDocument::fromJson(f.readAll()).object()); !v)
            return fail(v.error().message, 2);
    }
    const QHostAddress address(p.value(listen));
    const quint16 bound = sim.listen(address, quint16(p.value(port).toUInt()));
    if (bound == 0)
        return fail(QStringLiteral("cannot listen on %1 port %2").arg(address.toString(), p.value(port)), 4);
    std::signal(SIGTERM, quitOnSignal);
    std::signal(SIGINT, quitOnSignal);
    // Tests and scripts read the port from this line.
    QTextStream(stdout) << "yichuang-platform-sim listening on https://" << address.toString() << ':' << bound
                        << Qt::endl;
    return QCoreApplication::exec();
}
