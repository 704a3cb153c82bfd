#include "chromium.h"

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTest>

namespace yc::test {

Chromium::~Chromium()
{
    m_socket.abort();
    if (m_process.state() == QProcess::NotRunning)
        return;
    // Debian's chromium-headless-shell is a shell script that starts the real
    // browser as its child: stop the whole process group, not only the script,
    // or the browser outlives the test.
    const pid_t group = pid_t(m_process.processId());
    ::kill(-group, SIGTERM);
    if (!m_process.waitForFinished(5000))
        ::kill(-group, SIGKILL);
    m_process.waitForFinished(5000);
}

QString Chromium::executable()
{
    const QString configured = qEnvironmentVariable("YC_CHROMIUM");
    if (!configured.isEmpty())
        return configured;
    for (const QString &name : {QStringLiteral("chromium-headless-shell"), QStringLiteral("chromium")}) {
        const QString path = QStandardPaths::findExecutable(name);
        if (!path.isEmpty())
            return path;
    }
    return {};
}

bool Chromium::start(const QString &profile, QString *error)
{
    const QString program = executable();
    QStringList args{QStringLiteral("--no-sandbox"), // tests may run as root in a container
                     QStringLiteral("--disable-gpu"),
                     QStringLiteral("--disable-dev-shm-usage"),
                     QStringLiteral("--no-first-run"),
                     QStringLiteral("--remote-debugging-address=127.0.0.1"),
                     QStringLiteral("--remote-debugging-port=0"),
                     QStringLiteral("--user-data-dir=") + profile,
                     QStringLiteral("--window-size=1920,1080"),
                     QStringLiteral("about:blank")};
    if (!program.endsWith(QLatin1String("headless-shell")))
        args.prepend(QStringLiteral("--headless=new"));
    m_process.setProgram(program);
    m_process.setChildProcessModifier([] { ::setpgid(0, 0); }); // its own group: see ~Chromium
    m_process.setArguments(args);
    // Chromium logs a lot to stderr; a file keeps it for a failure message.
    const QString log = profile + QStringLiteral(".log");
    m_process.setStandardOutputFile(log);
    m_process.setStandardErrorFile(log);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(program, m_process.errorString());
        return false;
    }
    // Chromium writes the port it chose to <profile>/DevToolsActivePort.
    QFile portFile(profile + QStringLiteral("/DevToolsActivePort"));
    QString port;
    const bool opened = QTest::qWaitFor(
        [&] {
            if (!portFile.open(QIODevice::ReadOnly))
                return m_process.state() != QProcess::Running;
            port = QString::fromLatin1(portFile.readLine()).trimmed();
            portFile.close();
            return !port.isEmpty();
        },
        30000);
    if (!opened || port.isEmpty()) {
        QFile logFile(log);
        (void)logFile.open(QIODevice::ReadOnly);
        *error = QStringLiteral("%1 did not open its DevTools port: %2")
                     .arg(program, QString::fromUtf8(logFile.readAll().right(2000)));
        return false;
    }

    QNetworkAccessManager net;
    QNetworkReply *reply =
        net.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/json/list").arg(port))));
    (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000);
    QString pageUrl;
    for (const QJsonValue &v : QJsonDocument::fromJson(reply->readAll()).array())
        if (v.toObject().value(QStringLiteral("type")) == QLatin1String("page"))
            pageUrl = v.toObject().value(QStringLiteral("webSocketDebuggerUrl")).toString();
    delete reply;
    if (pageUrl.isEmpty()) {
        *error = QStringLiteral("no page target on the DevTools port %1").arg(port);
        return false;
    }
    QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &m_socket, [this](const QString &text) {
        const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
        if (o.contains(QStringLiteral("id")))
            m_replies.insert(o.value(QStringLiteral("id")).toInt(), o);
    });
    m_socket.open(QUrl(pageUrl));
    if (!QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, 10000)) {
        *error = QStringLiteral("cannot attach to the page at %1").arg(pageUrl);
        return false;
    }
    return true;
}

QJsonObject Chromium::call(const QString &method, const QJsonObject &params, int timeoutMs, QString *error)
{
    const int id = ++m_next;
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("id"), id},
                                                                         {QStringLiteral("method"), method},
                                                                         {QStringLiteral("params"), params}})
                                                   .toJson(QJsonDocument::Compact)));
    if (!QTest::qWaitFor([&] { return m_replies.contains(id); }, timeoutMs)) {
        if (error)
            *error = QStringLiteral("%1: no answer").arg(method);
        return {};
    }
    const QJsonObject reply = m_replies.take(id);
    if (reply.contains(QStringLiteral("error"))) {
        if (error)
            *error = QString::fromUtf8(QJsonDocument(reply).toJson(QJsonDocument::Compact));
        return {};
    }
    return reply.value(QStringLiteral("result")).toObject();
}

QJsonValue Chromium::evaluate(const QString &expression)
{
    const QJsonObject result =
        call(QStringLiteral("Runtime.evaluate"),
             {{QStringLiteral("expression"), expression}, {QStringLiteral("returnByValue"), true}});
    return result.value(QStringLiteral("result")).toObject().value(QStringLiteral("value"));
}

} // namespace yc::test
