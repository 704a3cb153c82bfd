#include "displayfeed.h"

#include "app/display/displaymirror.h"
#include "core/clock.h"

#include <QAbstractHttpServer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QWebSocket>

Q_LOGGING_CATEGORY(lcDisplay, "yc.display", QtInfoMsg)

namespace yc::display {

DisplayFeed::DisplayFeed(DisplayMirror &mirror, QAbstractHttpServer &http, QObject *parent)
    : QObject(parent)
    , m_mirror(mirror)
    , m_http(http)
{
    m_push.setSingleShot(true);
    connect(&m_push, &QTimer::timeout, this, &DisplayFeed::publish);
    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (m_push.isActive())
            return; // a state is on its way
        const QString tick = QStringLiteral("{\"type\":\"tick\",\"seq\":%1,\"time\":\"%2\"}")
                                 .arg(m_publishedSeq)
                                 .arg(toStoredTime(Clock::nowUtc()));
        for (auto it = m_displays.keyBegin(); it != m_displays.keyEnd(); ++it)
            (*it)->sendTextMessage(tick);
    });
    m_tick.start();
    // QHttpServer 6.4 hands over every WebSocket upgrade on its port,
    // whatever the path; this feed takes /display/feed and refuses the rest.
    connect(&m_http, &QAbstractHttpServer::newWebSocketConnection, this, &DisplayFeed::onNewConnections);
}

DisplayFeed::~DisplayFeed()
{
    const QList<QWebSocket *> sockets = m_displays.keys();
    m_displays.clear();
    for (QWebSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
    }
}

void DisplayFeed::onNewConnections()
{
    while (m_http.hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = m_http.nextPendingWebSocketConnection();
        if (!socket)
            return;
        if (socket->requestUrl().path() != path) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                          QStringLiteral("no WebSocket at this path; the display feed is /display/feed"));
            socket.release()->deleteLater();
            continue;
        }
        if (m_displays.size() >= kMaxDisplays) {
            qCWarning(lcDisplay) << "refusing a display: already" << m_displays.size() << "connected";
            socket->close(QWebSocketProtocol::CloseCodeBadOperation, QStringLiteral("too many displays"));
            socket.release()->deleteLater();
            continue;
        }
        accept(socket.release());
    }
}

void DisplayFeed::accept(QWebSocket *socket)
{
    socket->setParent(this);
    socket->setMaxAllowedIncomingMessageSize(quint64(kMaxMessageBytes));
    m_displays.insert(socket, Display{});
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        m_displays.remove(socket);
        socket->deleteLater();
    });
    // The only request: {"op":"state"}, at most a few a second per display.
    connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &text) {
        auto it = m_displays.find(socket);
        if (it == m_displays.end())
            return;
        const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
        if (o.value(QStringLiteral("op")).toString() != QLatin1String("state"))
            return;
        if (it->lastAsked.isValid() && it->lastAsked.elapsed() < 4 * kMinGapMs)
            return;
        it->lastAsked.start();
        sendState(socket);
    });
    qCInfo(lcDisplay) << "display connected from" << socket->peerAddress().toString() << "now"
                      << m_displays.size();
    sendState(socket);
}

void DisplayFeed::onChanged(qint64)
{
    if (m_displays.isEmpty() || m_push.isActive())
        return; // nobody to tell, or a push is already due
    const qint64 since = m_lastPush.isValid() ? m_lastPush.elapsed() : kMinGapMs;
    m_push.start(int(qMax<qint64>(0, kMinGapMs - since)));
}

QString DisplayFeed::stateText()
{
    if (auto synced = m_mirror.sync(); !synced)
        qCWarning(lcDisplay).noquote() << "display state not refreshed:" << synced.error().message;
    m_publishedSeq = m_mirror.seq();
    return QString::fromUtf8(QJsonDocument(m_mirror.publicState()).toJson(QJsonDocument::Compact));
}

void DisplayFeed::publish()
{
    m_lastPush.start();
    if (m_displays.isEmpty())
        return;
    const QString text = stateText();
    for (auto it = m_displays.keyBegin(); it != m_displays.keyEnd(); ++it)
        (*it)->sendTextMessage(text);
}

void DisplayFeed::sendState(QWebSocket *socket)
{
    socket->sendTextMessage(stateText());
}

} // namespace yc::display
