#include "hallclient.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcHallClient, "yc.hall.client", QtInfoMsg)

namespace yc {

HallClient::HallClient(const QUrl &url, QObject *parent, const std::optional<QSslConfiguration> &tls)
    : HallConnection(parent)
    , m_url(url)
{
    if (tls)
        m_socket.setSslConfiguration(*tls);
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &HallClient::open);
    m_timeouts.setInterval(1000);
    connect(&m_timeouts, &QTimer::timeout, this, [this] {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QList<Callback> expired;
        for (auto it = m_pending.begin(); it != m_pending.end();) {
            if (now - it->sentAtMs > kRequestTimeoutMs) {
                expired.append(it->done);
                it = m_pending.erase(it);
            } else {
                ++it;
            }
        }
        for (const Callback &done : expired)
            done(Error{QStringLiteral("hall.timeout"),
                       tr("The hall service did not answer in time. Check the queue before trying again.")});
    });
    m_timeouts.start();
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        m_attempt = 0;
        resume();
    });
    connect(&m_socket, &QWebSocket::disconnected, this, &HallClient::onDisconnected);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &HallClient::onMessage);
}

HallClient::~HallClient()
{
    m_wanted = false;
    m_socket.disconnect(this);
    m_socket.abort();
}

void HallClient::open()
{
    m_wanted = true;
    if (m_socket.state() != QAbstractSocket::UnconnectedState)
        return;
    setState(State::Connecting);
    m_socket.open(m_url);
}

void HallClient::close()
{
    m_wanted = false;
    m_reconnect.stop();
    m_socket.close();
}

void HallClient::send(const QJsonObject &request, Callback done)
{
    if (m_socket.state() != QAbstractSocket::ConnectedState) {
        if (done)
            done(Error{QStringLiteral("hall.offline"),
                       tr("There is no connection to the hall service; it is being restored. Try again in a "
                          "moment.")});
        return;
    }
    const QString id = request.value(QStringLiteral("id")).toString();
    m_pending.insert(id, {std::move(done), QDateTime::currentMSecsSinceEpoch()});
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact)));
}

void HallClient::onMessage(const QString &message)
{
    const QJsonObject o = QJsonDocument::fromJson(message.toUtf8()).object();
    if (o.contains(QStringLiteral("notify"))) {
        notified(o.value(QStringLiteral("seq")).toInteger());
        return;
    }
    const auto it = m_pending.find(o.value(QStringLiteral("id")).toString());
    if (it == m_pending.end())
        return; // a reply after its timeout
    Callback done = std::move(it->done);
    m_pending.erase(it);
    if (done)
        done(resultOf(o));
}

void HallClient::failPending(const Error &error)
{
    const auto pending = std::exchange(m_pending, {});
    for (const Pending &p : pending)
        if (p.done)
            p.done(error);
}

void HallClient::onDisconnected()
{
    qCInfo(lcHallClient) << "hall connection lost:" << m_socket.errorString();
    failPending(
        Error{QStringLiteral("hall.offline"),
              tr("The connection to the hall service was lost; the action may not have been carried out. "
                 "Check the queue once the connection is back.")});
    setState(State::Offline);
    if (m_wanted)
        scheduleReconnect();
}

void HallClient::scheduleReconnect()
{
    const int base = qMin(5000, 250 * (1 << qMin(m_attempt, 5)));
    ++m_attempt;
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    m_reconnect.start(int(base * jitter));
}

} // namespace yc
