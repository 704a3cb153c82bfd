// How long after a window's call-next the waiting-hall displays have the
// call: from sending callNext to the moment the last of N display feeds
// (/display/feed on halld's HTTP port) holds a state with the call's seq,
// against the hall protocol's own notification of the same call to a window
// connection (the baseline, same run, same halld).
//
//   bench_display_latency [--displays 50] [--calls 200]
//
// Calls are 150 ms apart, more than the feed's coalescing gap (100 ms), so
// the figure is the feed's cost, not its throttle.
#include "benchsupport.h"
#include "staff/staffrepository.h"
#include "store/database.h"
#include "store/schema.h"
#include "store/sql.h"

#include <algorithm>
#include <memory>
#include <vector>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QWebSocket>

namespace {

using namespace yc::bench;

const QString kPassword = QStringLiteral("Bench2026!");

bool prepare(const QString &path)
{
    auto db = yc::Database::open(path, yc::mainSchema());
    if (!db)
        return false;
    QSqlDatabase c = db.value()->connection();
    QStringList statements{
        QStringLiteral("INSERT INTO hall (id, code, name, created_at) VALUES (1, 'B', 'bench', "
                       "'2026-01-01T00:00:00.000Z')"),
        QStringLiteral("INSERT INTO business_line (id, hall_id, prefix, name, opens_at, closes_at) "
                       "VALUES (1, 1, 'A', 'line', '00:00', '23:59')")};
    for (int w = 1; w <= 12; ++w)
        statements << QStringLiteral(
                          "INSERT INTO hall_window (hall_id, number, name, window_type) VALUES (1, "
                          "%1, 'w', 'comprehensive')")
                          .arg(w);
    for (const QString &s : statements)
        if (!yc::sql::run(c, s))
            return false;
    yc::StaffRepository staff(db.value());
    yc::StaffMember clerk;
    clerk.staffNo = QStringLiteral("1001");
    clerk.name = QStringLiteral("bench");
    clerk.roles = {QStringLiteral("clerk")};
    return staff.create(clerk, kPassword, QStringLiteral("bench")).ok();
}

// A connection that notes when it first saw a seq at or beyond the target:
// a display feed (state messages) or a hall-protocol connection (notify).
struct Listener
{
    QWebSocket socket;
    qint64 target = 0;
    qint64 hitNs = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int displays = 50;
    int calls = 200;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--displays"))
            displays = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--calls"))
            calls = args[i + 1].toInt();
    }
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("bench.db"));
    if (!prepare(dbPath)) {
        out() << "bench_display_latency: cannot prepare the database" << Qt::endl;
        return 1;
    }
    const QString conf = dir.filePath(QStringLiteral("halld.conf"));
    {
        QFile f(conf);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write("[server]\nrate_per_second=0\n");
    }
    QProcess halld;
    halld.start(QStringLiteral(YC_BENCH_HALLD),
                {QStringLiteral("--database"), dbPath, QStringLiteral("--port"), QStringLiteral("0"),
                 QStringLiteral("--hall-port"), QStringLiteral("0"), QStringLiteral("--config"), conf,
                 QStringLiteral("--log-dir"), dir.path()});
    static const QRegularExpression httpLine(QStringLiteral("listening on http://[^:]+:(\\d+)"));
    static const QRegularExpression hallLine(QStringLiteral("hall protocol on ws://[^:]+:(\\d+)"));
    QString started;
    while (halld.waitForReadyRead(20000)) {
        started += QString::fromUtf8(halld.readAllStandardOutput());
        if (httpLine.match(started).hasMatch() && hallLine.match(started).hasMatch())
            break;
    }
    if (!httpLine.match(started).hasMatch() || !hallLine.match(started).hasMatch()) {
        out() << "bench_display_latency: halld did not start: " << halld.readAllStandardError() << Qt::endl;
        return 1;
    }
    const QUrl hallUrl(QStringLiteral("ws://127.0.0.1:%1").arg(hallLine.match(started).captured(1)));
    const QUrl feedUrl(
        QStringLiteral("ws://127.0.0.1:%1/display/feed").arg(httpLine.match(started).captured(1)));

    QElapsedTimer clock;
    clock.start();
    auto listen = [&clock](Listener *l, const char *key) {
        QObject::connect(&l->socket, &QWebSocket::textMessageReceived, &l->socket,
                         [l, key, &clock](const QString &t) {
                             const QJsonObject o = QJsonDocument::fromJson(t.toUtf8()).object();
                             if (!o.contains(QLatin1String(key)))
                                 return;
                             if (l->hitNs == 0 && o.value(QStringLiteral("seq")).toInteger() >= l->target)
                                 l->hitNs = clock.nsecsElapsed();
                         });
    };
    std::vector<std::unique_ptr<Listener>> feeds;
    for (int i = 0; i < displays; ++i) {
        auto l = std::make_unique<Listener>();
        listen(l.get(), "calls");
        l->socket.open(feedUrl);
        feeds.push_back(std::move(l));
    }
    Listener notified;
    listen(&notified, "notify");
    notified.socket.open(hallUrl);
    const bool connected = spinUntil([&] {
        return notified.socket.state() == QAbstractSocket::ConnectedState &&
               std::all_of(feeds.begin(), feeds.end(),
                           [](auto &l) { return l->socket.state() == QAbstractSocket::ConnectedState; });
    });
    // The window: requests one at a time.
    QWebSocket window;
    QJsonObject reply;
    bool replied = false;
    QObject::connect(&window, &QWebSocket::textMessageReceived, &window, [&](const QString &t) {
        const QJsonObject o = QJsonDocument::fromJson(t.toUtf8()).object();
        if (!o.contains(QStringLiteral("notify"))) {
            reply = o;
            replied = true;
        }
    });
    window.open(hallUrl);
    QString token;
    int next = 0;
    auto request = [&](const QString &op, const QJsonObject &a) {
        replied = false;
        QJsonObject o{
            {QStringLiteral("id"), ++next}, {QStringLiteral("op"), op}, {QStringLiteral("args"), a}};
        if (!token.isEmpty())
            o.insert(QStringLiteral("token"), token);
        window.sendTextMessage(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
        spinUntil([&] { return replied; });
        return reply.value(QStringLiteral("result")).toObject();
    };
    if (!connected || !spinUntil([&] { return window.state() == QAbstractSocket::ConnectedState; })) {
        out() << "bench_display_latency: cannot connect" << Qt::endl;
        return 1;
    }
    token = request(QStringLiteral("login"), {{QStringLiteral("staffNo"), QStringLiteral("1001")},
                                              {QStringLiteral("password"), kPassword},
                                              {QStringLiteral("window"), 1}})
                .value(QStringLiteral("token"))
                .toString();
    qint64 seq = 0;
    for (int i = 0; i < calls; ++i)
        seq = request(QStringLiteral("issue"), {{QStringLiteral("lineId"), 1}})
                  .value(QStringLiteral("seq"))
                  .toInteger();
    if (token.isEmpty() || seq == 0) {
        out() << "bench_display_latency: cannot sign in or issue" << Qt::endl;
        return 1;
    }

    std::vector<double> feedMs;
    std::vector<double> notifyMs;
    for (int i = 0; i < calls; ++i) {
        QThread::msleep(150); // quiet: the feed's coalescing gap has passed
        QCoreApplication::processEvents();
        const qint64 target = seq + 1; // only this window changes the queue
        for (auto &l : feeds) {
            l->target = target;
            l->hitNs = 0;
        }
        notified.target = target;
        notified.hitNs = 0;
        const qint64 t0 = clock.nsecsElapsed();
        const QJsonObject call = request(QStringLiteral("callNext"), {});
        if (call.value(QStringLiteral("seq")).toInteger() != target || !spinUntil([&] {
                return notified.hitNs > 0 &&
                       std::all_of(feeds.begin(), feeds.end(), [](auto &l) { return l->hitNs > 0; });
            })) {
            out() << "bench_display_latency: call " << i << " was not delivered" << Qt::endl;
            return 1;
        }
        qint64 last = 0;
        for (auto &l : feeds)
            last = qMax(last, l->hitNs);
        feedMs.push_back(double(last - t0) / 1e6);
        notifyMs.push_back(double(notified.hitNs - t0) / 1e6);
        seq = request(QStringLiteral("finish"),
                      {{QStringLiteral("ticketId"),
                        call.value(QStringLiteral("ticket")).toObject().value(QStringLiteral("id"))}})
                  .value(QStringLiteral("seq"))
                  .toInteger();
    }
    out() << "displays=" << displays << " calls=" << calls << Qt::endl;
    line(QStringLiteral("display_call_p50"), percentile(feedMs, 0.5), QStringLiteral("ms"),
         percentile(notifyMs, 0.5));
    line(QStringLiteral("display_call_p99"), percentile(feedMs, 0.99), QStringLiteral("ms"),
         percentile(notifyMs, 0.99));
    halld.terminate();
    halld.waitForFinished(10000);
    return 0;
}
