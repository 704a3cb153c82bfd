#include "httpsserver.h"

#include <QLoggingCategory>
#include <QSslSocket>
#include <QTimer>

Q_LOGGING_CATEGORY(lcHttps, "yc.sim.https", QtInfoMsg)

namespace yc::sim {

namespace {

// Per-connection parsing state, kept on the socket.
constexpr const char *kBuffer = "yc_buffer";
constexpr const char *kBusy = "yc_busy";

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

} // namespace

HttpExchange::HttpExchange(QSslSocket *socket)
    : m_socket(socket)
{}

bool HttpExchange::open() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void HttpExchange::respond(int status, const QByteArray &body,
                           const QList<QPair<QByteArray, QByteArray>> &headers)
{
    if (!open())
        return;
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) +
        "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &[name, value] : headers)
        head += name + ": " + value + "\r\n";
    m_socket->write(head + "\r\n" + body);
    m_socket->setProperty(kBusy, false);
    // The next pipelined request, if any, is already buffered.
    QSslSocket *socket = m_socket;
    QTimer::singleShot(0, socket, [socket] { emit socket->readyRead(); });
}

void HttpExchange::reset()
{
    if (m_socket)
        m_socket->abort();
}

void HttpExchange::hang()
{
    if (m_socket)
        QTimer::singleShot(120000, m_socket.data(), [s = m_socket] {
            if (s)
                s->abort();
        });
}

HttpsServer::HttpsServer(const QSslConfiguration &configuration, Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{
    m_server.setSslConfiguration(configuration);
    m_server.setHandshakeTimeout(10000);
    connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, &HttpsServer::accept);
    connect(&m_server, &QSslServer::sslErrors, this, [](QSslSocket *, const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            qCInfo(lcHttps) << "refused a client:" << e.errorString();
    });
}

quint16 HttpsServer::listen(const QHostAddress &address, quint16 port)
{
    return m_server.listen(address, port) ? m_server.serverPort() : 0;
}

void HttpsServer::accept()
{
    while (QTcpSocket *tcp = m_server.nextPendingConnection()) {
        auto *socket = qobject_cast<QSslSocket *>(tcp);
        if (!socket) {
            tcp->deleteLater();
            continue;
        }
        socket->setParent(this);
        connect(socket, &QSslSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        readFrom(socket);
    }
}

void HttpsServer::readFrom(QSslSocket *socket)
{
    if (socket->property(kBusy).toBool())
        return; // one request at a time per connection; the rest waits in the buffer
    QByteArray buffer = socket->property(kBuffer).toByteArray() + socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (buffer.size() > kMaxHeaderBytes)
            socket->abort();
        else
            socket->setProperty(kBuffer, buffer);
        return;
    }
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    HttpRequest request;
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    auto exchange = std::make_shared<HttpExchange>(socket);
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        exchange->respond(
            400, R"({"error":{"code":"request.malformed","message":"bad request line","retryable":false}})");
        socket->disconnectFromHost();
        return;
    }
    request.method = requestLine.at(0);
    request.target = requestLine.at(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                   lines.at(i).mid(colon + 1).trimmed());
    }
    bool numeric = true;
    const QByteArray lengthText = request.headers.value("content-length", "0");
    const qsizetype length = lengthText.toLongLong(&numeric);
    if (!numeric || length < 0 || length > kMaxBodyBytes || request.headers.contains("transfer-encoding")) {
        exchange->respond(
            413,
            R"({"error":{"code":"request.too_large","message":"body too large or not sized","retryable":false}})");
        socket->disconnectFromHost();
        return;
    }
    if (buffer.size() < headerEnd + 4 + length) {
        socket->setProperty(kBuffer, buffer);
        return;
    }
    request.body = buffer.mid(headerEnd + 4, length);
    socket->setProperty(kBuffer, buffer.mid(headerEnd + 4 + length));
    socket->setProperty(kBusy, true);
    m_handler(request, exchange);
}

} // namespace yc::sim
