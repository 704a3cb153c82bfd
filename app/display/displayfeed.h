#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

class QAbstractHttpServer;
class QWebSocket;

namespace yc::display {

class DisplayMirror;

// The public, read-only WebSocket feed of the waiting-hall page, on halld's
// HTTP port at /display/feed (ws://, or wss:// when the HTTP side has the
// hall certificate). No token: it carries only what the hall screen shows.
//
// On connect a display gets the full state; after every change of the queue
// (HallServer::changed) every display gets a fresh state with its seq,
// coalesced to at most one per kMinGapMs; every kTickMs a {"type":"tick"}
// with the seq of the last state, so a page that missed one asks again with
// {"op":"state"}. docs/hall-display.md has the messages.
class DisplayFeed : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMinGapMs = 100;
    static constexpr int kTickMs = 10 * 1000;
    static constexpr int kMaxDisplays = 200;
    static constexpr qint64 kMaxMessageBytes = 1024;
    static inline const QString path = QStringLiteral("/display/feed");

    DisplayFeed(DisplayMirror &mirror, QAbstractHttpServer &http, QObject *parent = nullptr);
    ~DisplayFeed() override;

    // A change of the queue: the displays get a fresh state shortly.
    void onChanged(qint64 seq);
    int displayCount() const { return int(m_displays.size()); }

private:
    struct Display
    {
        QElapsedTimer lastAsked;
    };
    void onNewConnections();
    void accept(QWebSocket *socket);
    void publish();
    void sendState(QWebSocket *socket);
    QString stateText();

    DisplayMirror &m_mirror;
    QAbstractHttpServer &m_http;
    QHash<QWebSocket *, Display> m_displays;
    QTimer m_push;
    QTimer m_tick;
    QElapsedTimer m_lastPush;
    qint64 m_publishedSeq = -1;
};

} // namespace yc::display
