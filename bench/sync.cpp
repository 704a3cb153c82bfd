// bench_sync: the outbox and the sync worker against yichuang-platform-sim
// over HTTPS with mutual TLS on loopback (test certificates made at start).
//
//   BENCH sync_enqueue_intake       ms per intake transaction with its outbox
//                                   events; baseline: one bare row committed
//                                   in its own transaction, same pragmas
//   BENCH sync_drain_<N>            events/s draining a backlog of N events;
//                                   baseline: a minimal client's signed
//                                   one-event requests/s to the same simulator
//   BENCH sync_latency_p50 / _p99   ms from the intake's commit to the
//                                   platform's acknowledgement; baseline: the
//                                   minimal client's round trip p50 / p99
//
// Options: --events N (default 100000), --samples S (default 200).
#include "../tests/sync/intakedriver.h"
#include "app/platform/signing.h"
#include "app/platform/tls.h"
#include "app/sync/syncservice.h"
#include "core/clock.h"
#include "crypto/fieldcipher.h"
#include "intake/intakeservice.h"
#include "outbox/outboxwriter.h"
#include "store/database.h"
#include "store/schema.h"
#include "store/sql.h"
#include "store/transaction.h"

#include <algorithm>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QUuid>

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QString num(double v)
{
    return QString::number(v, 'f', 2);
}

void bench(const QString &name, double value, const QString &unit, double baseline)
{
    out() << "BENCH " << name << " value=" << num(value) << " unit=" << unit << " baseline=" << num(baseline)
          << " ratio=" << num(baseline > 0 ? value / baseline : 0) << Qt::endl;
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(qMin(v.size() - 1, qsizetype(p * double(v.size() - 1) + 0.5)));
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

[[noreturn]] void die(const QString &message)
{
    QTextStream(stderr) << "bench_sync: " << message << Qt::endl;
    std::exit(1);
}

template <typename T>
T must(yc::Result<T> r, const char *what)
{
    if (!r)
        die(QString::fromLatin1(what) + QStringLiteral(": ") + r.error().message);
    return std::move(r).value();
}

void must(yc::Result<void> r, const char *what)
{
    if (!r)
        die(QString::fromLatin1(what) + QStringLiteral(": ") + r.error().message);
}

QJsonObject sampleData()
{
    QFile f(QStringLiteral(YC_SOURCE_DIR "/tests/sync/data/case-accepted.json"));
    if (!f.open(QIODevice::ReadOnly))
        die(QStringLiteral("cannot read the sample event"));
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("data")).toObject();
}

// The minimal client: one signed event per request, sequential, keep-alive.
class RawClient
{
public:
    RawClient(const QString &url, const QSslConfiguration &tls, const QByteArray &key)
        : m_url(url)
        , m_tls(tls)
        , m_signer("hall-01", key, yc::platform::SignatureMethod::HmacSha256)
    {}

    // Round-trip times in ms of n requests.
    QList<double> run(int n)
    {
        const QJsonObject data = sampleData();
        QList<double> times;
        for (int i = 0; i < n; ++i) {
            const QJsonObject event{
                {QStringLiteral("eventId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                {QStringLiteral("caseKey"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                {QStringLiteral("caseSeq"), 1},
                {QStringLiteral("type"), QStringLiteral("case.accepted")},
                {QStringLiteral("occurredAt"), yc::toStoredTime(yc::Clock::nowUtc())},
                {QStringLiteral("data"), data}};
            const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("events"), QJsonArray{event}}})
                                        .toJson(QJsonDocument::Compact);
            QElapsedTimer t;
            t.start();
            QNetworkRequest request(QUrl(m_url + QStringLiteral("/api/v1/events")));
            request.setSslConfiguration(m_tls);
            request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            for (const auto &[name, value] :
                 m_signer.sign("POST", "/api/v1/events", body, QDateTime::currentSecsSinceEpoch()))
                request.setRawHeader(name, value);
            QNetworkReply *reply = m_nam.post(request, body);
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                die(QStringLiteral("raw client: ") + reply->errorString());
            times << double(t.nsecsElapsed()) / 1e6;
            delete reply;
        }
        return times;
    }

private:
    QString m_url;
    QSslConfiguration m_tls;
    yc::platform::Signer m_signer;
    QNetworkAccessManager m_nam;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    const QCommandLineOption eventsOption(QStringLiteral("events"), QStringLiteral("backlog size"),
                                          QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption samplesOption(QStringLiteral("samples"), QStringLiteral("intakes timed"),
                                           QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption runsOption(
        QStringLiteral("runs"), QStringLiteral("ignored (scripts/bench passes it)"), QStringLiteral("n"));
    p.addOptions({eventsOption, samplesOption, runsOption});
    p.process(app);
    const int events = qMax(100, p.value(eventsOption).toInt());
    const int samples = qMax(20, p.value(samplesOption).toInt());

    QTemporaryDir dir;
    const QString pki = dir.filePath(QStringLiteral("pki"));
    if (QProcess::execute(QStringLiteral("sh"), {QStringLiteral(YC_MAKE_PKI), pki}) != 0)
        die(QStringLiteral("make-pki.sh failed"));
    QFile keyFile(pki + QStringLiteral("/signing.key"));
    if (!keyFile.open(QIODevice::ReadOnly))
        die(QStringLiteral("no signing key"));
    const QByteArray key = keyFile.readAll();
    const yc::platform::TlsFiles tlsFiles{pki + QStringLiteral("/ca.pem"),
                                          pki + QStringLiteral("/client.pem"),
                                          pki + QStringLiteral("/client.key")};
    const QSslConfiguration tls = must(yc::platform::Tls::configuration(tlsFiles), "tls");

    QProcess sim;
    sim.start(QStringLiteral(YC_PLATFORM_SIM),
              {QStringLiteral("--database"), dir.filePath(QStringLiteral("sim.db")), QStringLiteral("--port"),
               QStringLiteral("0"), QStringLiteral("--log-dir"), dir.path(), QStringLiteral("--ca"),
               pki + QStringLiteral("/ca.pem"), QStringLiteral("--cert"), pki + QStringLiteral("/server.pem"),
               QStringLiteral("--key"), pki + QStringLiteral("/server.key"),
               QStringLiteral("--hmac-key-file"), pki + QStringLiteral("/signing.key")});
    QString banner;
    static const QRegularExpression line(QStringLiteral("listening on (https://[^\\s]+)"));
    while (!line.match(banner).hasMatch() && sim.waitForReadyRead(20000))
        banner += QString::fromUtf8(sim.readAllStandardOutput());
    const QString url = line.match(banner).captured(1);
    if (url.isEmpty())
        die(QStringLiteral("the simulator did not start"));

    yc::SyncConfig config;
    config.baseUrl = QUrl(url);
    config.tls = tlsFiles;
    config.clientId = "hall-01";
    config.signingKey = key;
    config.pullCatalog = false;
    config.pullStatus = false;
    const auto cipher = must(yc::FieldCipher::fromKey(QByteArray(32, '\x55')), "cipher");

    // 1. Enqueue: an intake with its outbox events against a bare commit.
    auto db =
        must(yc::Database::open(dir.filePath(QStringLiteral("client.db")), yc::mainSchema()), "client db");
    must(yc::test::prepareHall(*db), "hall");
    must(yc::sql::run(db->connection(),
                      QStringLiteral("CREATE TABLE bench_bare (id INTEGER PRIMARY KEY, v TEXT)")),
         "bare table");
    yc::IntakeService intake(db, &cipher,
                             [](const QDate &d, const yc::TimeLimit &l) { return d.addDays(l.value); });
    QList<double> intakeMs, bareMs;
    for (int i = 0; i < samples; ++i) {
        QElapsedTimer t;
        t.start();
        must(yc::test::acceptOneCase(intake, db, i), "intake");
        intakeMs << double(t.nsecsElapsed()) / 1e6;
        t.restart();
        {
            yc::Transaction tx(db->connection());
            must(yc::sql::run(db->connection(), QStringLiteral("INSERT INTO bench_bare (v) VALUES (?)"),
                              {QStringLiteral("x")}),
                 "bare insert");
            must(tx.commit(), "bare commit");
        }
        bareMs << double(t.nsecsElapsed()) / 1e6;
    }
    bench(QStringLiteral("sync_enqueue_intake"), percentile(intakeMs, 0.5), QStringLiteral("ms"),
          percentile(bareMs, 0.5));

    // The minimal client's rate and round trip, measured now and after the drain.
    RawClient raw(url, tls, key);
    QElapsedTimer rawClock;
    rawClock.start();
    QList<double> rawTimes = raw.run(1000);
    double rawRate = 1000.0 / (double(rawClock.nsecsElapsed()) / 1e9);

    // 2. Action → acknowledgement, with the worker running and notified.
    {
        yc::SyncService sync(db, config, &cipher, std::nullopt);
        must(sync.start(), "sync start");
        if (!waitUntil([&] { return sync.snapshot().pending == 0 && sync.snapshot().running; }, 60000))
            die(QStringLiteral("the intake backlog was not delivered"));
        QList<double> latency;
        for (int i = 0; i < samples; ++i) {
            const QString caseKey = must(yc::test::acceptOneCase(intake, db, samples + i), "intake");
            QElapsedTimer t;
            t.start();
            sync.notify();
            const auto delivered = [&] {
                return yc::sql::scalar(
                           db->connection(),
                           QStringLiteral("SELECT state = 'delivered' FROM outbox WHERE case_key = ? AND "
                                          "destination = 'platform'"),
                           {caseKey})
                    ->toBool();
            };
            while (!delivered()) {
                QThread::usleep(200);
                if (t.elapsed() > 30000)
                    die(QStringLiteral("an event was not acknowledged within 30 s"));
            }
            latency << double(t.nsecsElapsed()) / 1e6;
            QThread::msleep(20);
        }
        sync.stop();
        bench(QStringLiteral("sync_latency_p50"), percentile(latency, 0.5), QStringLiteral("ms"),
              percentile(rawTimes, 0.5));
        bench(QStringLiteral("sync_latency_p99"), percentile(latency, 0.99), QStringLiteral("ms"),
              percentile(rawTimes, 0.99));
    }

    // 3. Drain a backlog: two events per case (accepted, material supplied).
    auto drainDb =
        must(yc::Database::open(dir.filePath(QStringLiteral("drain.db")), yc::mainSchema()), "drain db");
    const QJsonObject data = sampleData();
    const QJsonObject supplied{{QStringLiteral("projectNo"), data.value(QStringLiteral("projectNo"))},
                               {QStringLiteral("materialCode"), QStringLiteral("m1")},
                               {QStringLiteral("suppliedAt"), yc::toStoredTime(yc::Clock::nowUtc())}};
    for (int i = 0; i < events; i += 2) {
        if (i % 10000 == 0) {
            if (i > 0)
                must(yc::sql::run(drainDb->connection(), QStringLiteral("COMMIT")), "commit");
            must(yc::sql::run(drainDb->connection(), QStringLiteral("BEGIN")), "begin");
        }
        const QString caseKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        must(yc::enqueueEvent(drainDb->connection(), {caseKey, QStringLiteral("case.accepted"), data}),
             "enqueue");
        must(yc::enqueueEvent(drainDb->connection(),
                              {caseKey, QStringLiteral("case.material_supplied"), supplied}),
             "enqueue");
    }
    must(yc::sql::run(drainDb->connection(), QStringLiteral("COMMIT")), "commit");
    const auto delivered = [&] {
        return yc::sql::scalar(
                   drainDb->connection(),
                   QStringLiteral("SELECT count(*) FROM outbox WHERE destination = 'platform' AND state = "
                                  "'delivered'"))
            ->toLongLong();
    };
    {
        yc::SyncService sync(drainDb, config, &cipher, std::nullopt);
        QElapsedTimer t;
        t.start();
        must(sync.start(), "sync start");
        if (!waitUntil([&] { return delivered() >= events; }, 1800000))
            die(QStringLiteral("the backlog was not drained in 30 minutes"));
        const double rate = double(events) / (double(t.nsecsElapsed()) / 1e9);
        sync.stop();
        // The raw rate again, on the simulator's now larger database; the
        // lower of the two is the fairer baseline.
        rawClock.restart();
        rawTimes += raw.run(1000);
        rawRate = qMin(rawRate, 1000.0 / (double(rawClock.nsecsElapsed()) / 1e9));
        bench(QStringLiteral("sync_drain_%1")
                  .arg(events >= 1000 ? QString::number(events / 1000) + u'k' : QString::number(events)),
              rate, QStringLiteral("events/s"), rawRate);
    }
    sim.terminate();
    sim.waitForFinished(10000);
    return 0;
}
