// Call-next latency of yichuang-halld, from the request to the moment every
// one of 200 connected clients has its notification, against a raw
// WebSocket echo round trip on the same machine in the same run; and
// sustained queue operations per second (ten windows calling and finishing
// back to back) against echo messages per second.
//
//   bench_hall_latency [--clients 200] [--calls 300] [--seconds 5]
//
// halld runs as its real executable on a temporary database (WAL,
// synchronous=FULL, so each operation waits for its fsync). The echo server
// runs in this process on its own thread.
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
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QWebSocket>
#include <QWebSocketServer>

namespace {

using namespace yc::bench;

const QString kPassword = QStringLiteral("Bench2026!");

bool prepare(const QString &path, int windows)
{
    auto db = yc::Database::open(path, yc::mainSchema());
    if (!db)
        return false;
    QSqlDatabase c = db.value()->connection();
    QStringList statements{
        QStringLiteral("INSERT INTO hall (id, code, name, created_at) VALUES (1, 'B', 'bench', "
                       "'2026-01-01T00:00:00.000Z')")};
    for (int w = 1; w <= windows; ++w)
        statements << QStringLiteral(
                          "INSERT INTO hall_window (hall_id, number, name, window_type) VALUES (1, %1, "
                          "'w', 'comprehensive')")
                          .arg(w);
    for (int l = 0; l < 5; ++l)
        statements << QStringLiteral(
                          "INSERT INTO business_line (id, hall_id, prefix, name, opens_at, closes_at) "
                          "VALUES (%1, 1, '%2', 'line', '00:00', '23:59')")
                          .arg(l + 1)
                          .arg(QChar(u'A' + l));
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

// A signed-in connection that sends one request at a time.
struct Caller
{
    QWebSocket socket;
    QString token;
    QJsonObject reply;
    bool replied = false;
    int next = 0;

    bool open(const QUrl &url)
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket, [this](const QString &text) {
            const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
            if (!o.contains(QStringLiteral("notify"))) {
                reply = o;
                replied = true;
            }
        });
        socket.open(url);
        return spinUntil([this] { return socket.state() == QAbstractSocket::ConnectedState; });
    }
    void send(const QString &op, const QJsonObject &args = {})
    {
        replied = false;
        QJsonObject o{
            {QStringLiteral("id"), ++next}, {QStringLiteral("op"), op}, {QStringLiteral("args"), args}};
        if (!token.isEmpty())
            o.insert(QStringLiteral("token"), token);
        socket.sendTextMessage(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    }
    QJsonObject call(const QString &op, const QJsonObject &args = {})
    {
        send(op, args);
        spinUntil([this] { return replied; });
        return reply;
    }
    bool login(int window)
    {
        token = call(QStringLiteral("login"),
                     {{QStringLiteral("staffNo"), QStringLiteral("1001")},
                      {QStringLiteral("password"), kPassword},
                      {QStringLiteral("window"), window}})[QStringLiteral("result")][QStringLiteral("token")]
                    .toString();
        return !token.isEmpty();
    }
};

struct Observer
{
    QWebSocket socket;
    qint64 seq = 0;
    qint64 atNs = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int clients = 200;
    int calls = 300;
    int seconds = 5;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--clients"))
            clients = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--calls"))
            calls = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--seconds"))
            seconds = args[i + 1].toInt();
    }
    const int windows = 10;
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("bench.db"));
    if (!prepare(dbPath, windows)) {
        out() << "bench_hall_latency: cannot prepare the database" << Qt::endl;
        return 1;
    }
    const QString conf = dir.filePath(QStringLiteral("halld.conf"));
    {
        QFile f(conf);
        f.open(QIODevice::WriteOnly);
        f.write("[server]\nrate_per_second=0\n");
    }
    QProcess halld;
    halld.start(QStringLiteral(YC_BENCH_HALLD),
                {QStringLiteral("--database"), dbPath, QStringLiteral("--port"), QStringLiteral("0"),
                 QStringLiteral("--hall-port"), QStringLiteral("0"), QStringLiteral("--config"), conf,
                 QStringLiteral("--log-dir"), dir.path()});
    QString started;
    static const QRegularExpression portLine(QStringLiteral("hall protocol on ws://[^:]+:(\\d+)"));
    QRegularExpressionMatch m;
    while (halld.waitForReadyRead(20000)) {
        started += QString::fromUtf8(halld.readAllStandardOutput());
        m = portLine.match(started);
        if (m.hasMatch())
            break;
    }
    if (!m.hasMatch()) {
        out() << "bench_hall_latency: halld did not start: " << halld.readAllStandardError() << Qt::endl;
        return 1;
    }
    const QUrl url(QStringLiteral("ws://127.0.0.1:%1").arg(m.captured(1)));

    // The baseline: an echo server on its own thread.
    QThread echoThread;
    auto *echo = new QWebSocketServer(QStringLiteral("echo"), QWebSocketServer::NonSecureMode);
    echo->listen(QHostAddress::LocalHost, 0);
    const QUrl echoUrl(QStringLiteral("ws://127.0.0.1:%1").arg(echo->serverPort()));
    QObject::connect(echo, &QWebSocketServer::newConnection, echo, [echo] {
        while (QWebSocket *s = echo->nextPendingConnection())
            QObject::connect(s, &QWebSocket::textMessageReceived, s,
                             [s](const QString &t) { s->sendTextMessage(t); });
    });
    echo->moveToThread(&echoThread);
    QObject::connect(&echoThread, &QThread::finished, echo, &QObject::deleteLater);
    echoThread.start();

    QElapsedTimer clock;
    clock.start();
    std::vector<std::unique_ptr<Observer>> observers;
    for (int i = 0; i < clients; ++i) {
        auto o = std::make_unique<Observer>();
        Observer *raw = o.get();
        QObject::connect(&raw->socket, &QWebSocket::textMessageReceived, &raw->socket,
                         [raw, &clock](const QString &t) {
                             const QJsonObject n = QJsonDocument::fromJson(t.toUtf8()).object();
                             raw->seq = qMax(raw->seq, n.value(QStringLiteral("seq")).toInteger());
                             raw->atNs = clock.nsecsElapsed();
                         });
        raw->socket.open(url);
        observers.push_back(std::move(o));
    }
    if (!spinUntil([&] {
            return std::all_of(observers.begin(), observers.end(),
                               [](auto &o) { return o->socket.state() == QAbstractSocket::ConnectedState; });
        })) {
        out() << "bench_hall_latency: observers did not connect" << Qt::endl;
        return 1;
    }
    Caller kiosk;
    Caller window;
    if (!kiosk.open(url) || !window.open(url) || !kiosk.login(0) || !window.login(1)) {
        out() << "bench_hall_latency: cannot sign in" << Qt::endl;
        return 1;
    }
    for (int i = 0; i < calls; ++i)
        kiosk.call(QStringLiteral("issue"), {{QStringLiteral("lineId"), i % 5 + 1}});
    auto allAt = [&](qint64 seq) {
        return std::all_of(observers.begin(), observers.end(), [seq](auto &o) { return o->seq >= seq; });
    };

    // Call next → every observer notified.
    std::vector<double> callMs;
    for (int i = 0; i < calls; ++i) {
        const qint64 t0 = clock.nsecsElapsed();
        const QJsonObject r = window.call(QStringLiteral("callNext"));
        const qint64 seq = r[QStringLiteral("result")][QStringLiteral("seq")].toInteger();
        if (seq == 0 || !spinUntil([&] { return allAt(seq); })) {
            out() << "bench_hall_latency: call " << i << " failed" << Qt::endl;
            return 1;
        }
        qint64 last = 0;
        for (auto &o : observers)
            last = qMax(last, o->atNs);
        callMs.push_back(double(last - t0) / 1e6);
        const QJsonObject f =
            window.call(QStringLiteral("finish"),
                        {{QStringLiteral("ticketId"),
                          r[QStringLiteral("result")][QStringLiteral("ticket")][QStringLiteral("id")]}});
        spinUntil([&] { return allAt(f[QStringLiteral("result")][QStringLiteral("seq")].toInteger()); });
    }

    // Raw echo round trips.
    Caller echoClient;
    echoClient.open(echoUrl);
    std::vector<double> echoMs;
    for (int i = 0; i < calls; ++i) {
        const qint64 t0 = clock.nsecsElapsed();
        echoClient.call(QStringLiteral("ping"));
        echoMs.push_back(double(clock.nsecsElapsed() - t0) / 1e6);
    }
    line(QStringLiteral("hall_call_notify_%1_clients_p50").arg(clients), percentile(callMs, 0.5),
         QStringLiteral("ms"), percentile(echoMs, 0.5));
    line(QStringLiteral("hall_call_notify_%1_clients_p99").arg(clients), percentile(callMs, 0.99),
         QStringLiteral("ms"), percentile(echoMs, 0.99));

    // Sustained operations: ten windows issue, call and finish back to back.
    observers.clear();
    std::vector<std::unique_ptr<Caller>> callers;
    for (int w = 1; w <= windows; ++w) {
        auto c = std::make_unique<Caller>();
        if (!c->open(url) || !c->login(w))
            return 1;
        callers.push_back(std::move(c));
    }
    qint64 ops = 0;
    std::vector<int> phase(callers.size(), 0);
    std::vector<QJsonValue> current(callers.size());
    auto step = [&](size_t i) {
        Caller &c = *callers[i];
        if (phase[i] == 0)
            c.send(QStringLiteral("issue"), {{QStringLiteral("lineId"), int(i % 5) + 1}});
        else if (phase[i] == 1)
            c.send(QStringLiteral("callNext"));
        else
            c.send(QStringLiteral("finish"), {{QStringLiteral("ticketId"), current[i]}});
    };
    for (size_t i = 0; i < callers.size(); ++i)
        step(i);
    QElapsedTimer sustained;
    sustained.start();
    while (sustained.elapsed() < seconds * 1000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        for (size_t i = 0; i < callers.size(); ++i) {
            Caller &c = *callers[i];
            if (!c.replied)
                continue;
            ++ops;
            if (phase[i] == 1)
                current[i] =
                    c.reply[QStringLiteral("result")][QStringLiteral("ticket")][QStringLiteral("id")];
            phase[i] = (phase[i] + 1) % 3;
            step(i);
        }
    }
    const double opsPerSecond = double(ops) * 1000.0 / double(sustained.elapsed());
    // Echo messages per second, one connection per window as above.
    std::vector<std::unique_ptr<Caller>> echoes;
    for (int w = 0; w < windows; ++w) {
        echoes.push_back(std::make_unique<Caller>());
        echoes.back()->open(echoUrl);
        echoes.back()->send(QStringLiteral("ping"));
    }
    qint64 echoed = 0;
    QElapsedTimer echoTimer;
    echoTimer.start();
    while (echoTimer.elapsed() < seconds * 1000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        for (auto &e : echoes)
            if (e->replied) {
                ++echoed;
                e->send(QStringLiteral("ping"));
            }
    }
    line(QStringLiteral("hall_queue_ops_per_second"), opsPerSecond, QStringLiteral("ops/s"),
         double(echoed) * 1000.0 / double(echoTimer.elapsed()));

    echoThread.quit();
    echoThread.wait();
    halld.terminate();
    halld.waitForFinished(10000);
    return 0;
}
