#include "halldprocess.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

namespace yc::test {

HalldProcess::~HalldProcess()
{
    stop();
}

void HalldProcess::stop()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000))
            m_process->kill();
        m_process->waitForFinished(5000);
    }
}

bool HalldProcess::start(const QString &database, const QString &config, quint16 hallPort,
                         const QStringList &extra)
{
    stop();
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(QStringLiteral(YC_HALLD));
    QStringList args{QStringLiteral("--database"),  database,
                     QStringLiteral("--port"),      QStringLiteral("0"),
                     QStringLiteral("--hall-port"), QString::number(hallPort),
                     QStringLiteral("--log-dir"),   database + QStringLiteral(".logs")};
    if (!config.isEmpty())
        args << QStringLiteral("--config") << config;
    m_process->setArguments(args + extra);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_output.clear();
    m_process->start();
    if (!m_process->waitForStarted(10000))
        return false;
    static const QRegularExpression http(QStringLiteral("listening on https?://[^:]+:(\\d+)"));
    static const QRegularExpression hall(QStringLiteral("hall protocol on wss?://[^:]+:(\\d+)"));
    while (m_process->state() == QProcess::Running && m_process->waitForReadyRead(20000)) {
        m_output += QString::fromUtf8(m_process->readAllStandardOutput());
        const auto h = http.match(m_output);
        const auto w = hall.match(m_output);
        if (h.hasMatch() && w.hasMatch()) {
            m_httpPort = quint16(h.captured(1).toUInt());
            m_hallPort = quint16(w.captured(1).toUInt());
            return true;
        }
    }
    m_output += QString::fromUtf8(m_process->readAllStandardError());
    return false;
}

void HalldProcess::killHard()
{
    m_process->kill();
    m_process->waitForFinished(10000);
}

bool RawSocket::open(const QUrl &url)
{
    QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &m_socket, [this](const QString &text) {
        const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
        if (!o.contains(QStringLiteral("notify")))
            m_replies.append(o);
    });
    m_socket.open(url);
    return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, 10000);
}

QJsonObject RawSocket::roundTrip(const QString &text, int timeoutMs)
{
    m_replies.clear();
    m_socket.sendTextMessage(text);
    if (!QTest::qWaitFor([this] { return !m_replies.isEmpty(); }, timeoutMs))
        return {};
    return m_replies.takeFirst();
}

QString requestText(const QString &id, const QString &op, const QString &token, const QJsonObject &args)
{
    QJsonObject o{{QStringLiteral("id"), id}, {QStringLiteral("op"), op}, {QStringLiteral("args"), args}};
    if (!token.isEmpty())
        o.insert(QStringLiteral("token"), token);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace yc::test
