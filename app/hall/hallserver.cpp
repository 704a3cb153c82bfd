#include "hallserver.h"

#include "app/hall/halldispatcher.h"
#include "queue/queueengine.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QWebSocket>
#include <QWebSocketServer>

Q_LOGGING_CATEGORY(lcHallServer, "yc.hall.server", QtInfoMsg)

namespace yc {

HallServer::HallServer(HallDispatcher &dispatcher, queue::QueueEngine &engine, Limits limits, QObject *parent)
    : QObject(parent)
    , m_dispatcher(dispatcher)
    , m_engine(engine)
    , m_limits(limits)
{
    // The business day rolls over at night with nobody calling; displays
    // still learn of it.
    m_rolloverTimer.setInterval(60 * 1000);
    connect(&m_rolloverTimer, &QTimer::timeout, this, [this] {
        auto seq = m_engine.rollOver();
        if (seq && seq.value() > 0)
            broadcast(seq.value());
    });
}

HallServer::~HallServer()
{
    const QList<QWebSocket *> sockets = m_clients.keys();
    m_clients.clear();
    for (QWebSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
    }
}

Result<quint16> HallServer::listen(const QHostAddress &address, quint16 port,
                                   const std::optional<QSslConfiguration> &tls)
{
    if (!address.isLoopback() && !tls)
        return Error{QStringLiteral("service.tls_required"),
                     QCoreApplication::translate(
                         "yc::HallServer", "The hall protocol on %1 needs TLS: set tls/certificate and "
                                           "tls/key in the configuration, or listen on a loopback address.")
                         .arg(address.toString())};
    m_server =
        new QWebSocketServer(QStringLiteral("yichuang-halld"),
                             tls ? QWebSocketServer::SecureMode : QWebSocketServer::NonSecureMode, this);
    if (tls)
        m_server->setSslConfiguration(*tls);
    if (!m_server->listen(address, port))
        return Error{
            QStringLiteral("service.listen"),
            QCoreApplication::translate("yc::HallServer", "Cannot open the hall protocol on %1 port %2: %3")
                .arg(address.toString())
                .arg(port)
                .arg(m_server->errorString())};
    connect(m_server, &QWebSocketServer::newConnection, this, &HallServer::onNewConnection);
    connect(m_server, &QWebSocketServer::sslErrors, this, [](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            qCWarning(lcHallServer).noquote() << "TLS:" << e.errorString();
    });
    m_rolloverTimer.start();
    return m_server->serverPort();
}

bool HallServer::isSecure() const
{
    return m_server && m_server->secureMode() == QWebSocketServer::SecureMode;
}

void HallServer::onNewConnection()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        socket->setMaxAllowedIncomingMessageSize(quint64(m_limits.maxMessageBytes));
        Client client;
        client.tokens = m_limits.burst;
        client.refilled.start();
        m_clients.insert(socket, client);
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, socket](const QString &message) { onMessage(socket, message); });
        connect(socket, &QWebSocket::binaryMessageReceived, this, [this, socket](const QByteArray &) {
            socket->sendTextMessage(QString::fromUtf8(
                QJsonDocument(
                    HallDispatcher::errorReply(
                        QJsonValue(), {QStringLiteral("proto.malformed"),
                                       tr("The hall protocol takes JSON text messages, not binary.")}))
                    .toJson(QJsonDocument::Compact)));
        });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            m_clients.remove(socket);
            socket->deleteLater();
        });
    }
}

bool HallServer::admit(Client &client)
{
    if (m_limits.ratePerSecond <= 0)
        return true;
    const double elapsed = double(client.refilled.restart()) / 1000.0;
    client.tokens = qMin(m_limits.burst, client.tokens + elapsed * m_limits.ratePerSecond);
    if (client.tokens < 1)
        return false;
    client.tokens -= 1;
    return true;
}

void HallServer::onMessage(QWebSocket *socket, const QString &message)
{
    auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return;
    if (it->waiting && it->queued.size() >= m_limits.burst) {
        qCWarning(lcHallServer) << "closing a connection from" << socket->peerAddress().toString()
                                << "that flooded while its sign-in was checked";
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("too many requests"));
        return;
    }
    it->queued.append(message);
    pump(socket);
}

void HallServer::pump(QWebSocket *socket)
{
    auto it = m_clients.find(socket);
    if (it == m_clients.end() || it->pumping)
        return;
    it->pumping = true;
    // Looked up again each time: closing a socket may remove it on the spot.
    while ((it = m_clients.find(socket)) != m_clients.end() && !it->waiting && !it->queued.isEmpty()) {
        const QString message = it->queued.takeFirst();
        if (!admit(it.value())) {
            if (++it->rejectedInARow >= m_limits.closeAfterRejected) {
                qCWarning(lcHallServer) << "closing a connection from" << socket->peerAddress().toString()
                                        << "that kept flooding";
                it->pumping = false;
                socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                              QStringLiteral("too many requests"));
                return;
            }
            // Answer with the id when it can be read cheaply, so the client
            // knows which request was refused.
            const QJsonValue id =
                QJsonDocument::fromJson(message.toUtf8()).object().value(QStringLiteral("id"));
            reply(socket, HallDispatcher::errorReply(id, HallDispatcher::rateLimited()));
            continue;
        }
        it->rejectedInARow = 0;
        it->waiting = true;
        QPointer<QWebSocket> guard(socket);
        m_dispatcher.handle(message.toUtf8(), [this, guard](const HallDispatcher::Outcome &outcome) {
            if (!guard)
                return; // the connection went while its sign-in was checked
            QWebSocket *s = guard.data();
            auto c = m_clients.find(s);
            if (c == m_clients.end())
                return;
            c->waiting = false;
            const bool later = !c->pumping;
            reply(s, outcome.reply);
            if (outcome.changedSeq > 0)
                broadcast(outcome.changedSeq);
            if (later)
                pump(s); // answered after pump() returned: carry on with what queued meanwhile
        });
    }
    if (it != m_clients.end())
        it->pumping = false;
}

void HallServer::reply(QWebSocket *socket, const QJsonObject &reply)
{
    socket->sendTextMessage(QString::fromUtf8(QJsonDocument(reply).toJson(QJsonDocument::Compact)));
}

void HallServer::broadcast(qint64 seq)
{
    const QString notify = QStringLiteral("{\"notify\":\"seq\",\"seq\":%1}").arg(seq);
    for (auto it = m_clients.keyBegin(); it != m_clients.keyEnd(); ++it)
        (*it)->sendTextMessage(notify);
    emit changed(seq);
}

} // namespace yc
