#pragma once

#include <functional>
#include <memory>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSslServer>

class QSslSocket;

namespace yc::sim {

struct HttpRequest
{
    QByteArray method;
    QByteArray target;                     // path with query, as sent
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;

    QByteArray path() const
    {
        return target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
    }
};

// Answers one request. The server holds no request until the exchange ends,
// so a fault can answer late, never, or by dropping the connection.
class HttpExchange
{
public:
    explicit HttpExchange(QSslSocket *socket);

    void respond(int status, const QByteArray &body,
                 const QList<QPair<QByteArray, QByteArray>> &headers = {});
    // Drops the connection without an answer (TCP reset).
    void reset();
    // Never answers; the connection is closed by the client or after 2 minutes.
    void hang();
    bool open() const;

private:
    QPointer<QSslSocket> m_socket;
};

// A small HTTP/1.1 server over TLS (keep-alive, Content-Length bodies) for
// the simulator, written on QSslServer instead of QHttpServer so that fault
// injection can hold, delay or reset a connection at any point.
class HttpsServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(const HttpRequest &, std::shared_ptr<HttpExchange>)>;
    static constexpr qsizetype kMaxHeaderBytes = 16 * 1024;
    static constexpr qsizetype kMaxBodyBytes = 8 * 1024 * 1024;

    HttpsServer(const QSslConfiguration &configuration, Handler handler, QObject *parent = nullptr);

    quint16 listen(const QHostAddress &address, quint16 port);

private:
    void accept();
    void readFrom(QSslSocket *socket);

    QSslServer m_server;
    Handler m_handler;
};

} // namespace yc::sim
