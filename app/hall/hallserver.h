#pragma once

#include "core/result.h"

#include <optional>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <QStringList>
#include <QTimer>

class QWebSocket;
class QWebSocketServer;

namespace yc {

class HallDispatcher;
namespace queue {
class QueueEngine;
}

// The socket side of the hall protocol (docs/hall-protocol.md): a
// QWebSocketServer, plain on loopback and TLS beyond it. Each text message
// is one request for the dispatcher; each change is broadcast to every
// connection as {"notify":"seq","seq":N}, and clients pull what they missed.
// A connection that floods gets "rate limited" replies and, if it goes on,
// is closed; the others are served meanwhile.
class HallServer : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        qint64 maxMessageBytes = 64 * 1024;
        double ratePerSecond = 50;     // sustained requests per connection
        double burst = 200;            // requests a connection may send at once
        int closeAfterRejected = 1000; // refused requests in a row before closing
    };

    HallServer(HallDispatcher &dispatcher, queue::QueueEngine &engine, Limits limits,
               QObject *parent = nullptr);
    ~HallServer() override;

    Result<quint16> listen(const QHostAddress &address, quint16 port,
                           const std::optional<QSslConfiguration> &tls = std::nullopt);
    bool isSecure() const;
    int connectionCount() const { return int(m_clients.size()); }
    // Notifies every connection of a new seq, and the in-process listeners
    // (the display feed, the announcer) through changed().
    void broadcast(qint64 seq);

signals:
    void changed(qint64 seq);

private:
    struct Client
    {
        double tokens = 0;
        QElapsedTimer refilled;
        int rejectedInARow = 0;
        // Requests not yet handled: replies go out in request order, so
        // while one is answered later (a sign-in being checked) the next
        // ones of this connection wait; other connections do not.
        QStringList queued;
        bool waiting = false; // a request's reply is still to come
        bool pumping = false; // pump() is running for this connection
    };
    void onNewConnection();
    void onMessage(QWebSocket *socket, const QString &message);
    // Handles the connection's queued requests until one has to wait.
    void pump(QWebSocket *socket);
    void reply(QWebSocket *socket, const QJsonObject &reply);
    bool admit(Client &client);

    HallDispatcher &m_dispatcher;
    queue::QueueEngine &m_engine;
    Limits m_limits;
    QWebSocketServer *m_server = nullptr;
    QHash<QWebSocket *, Client> m_clients;
    QTimer m_rolloverTimer;
};

} // namespace yc
