#pragma once

#include "app/hall/hallconnection.h"

#include <optional>

#include <QHash>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

namespace yc {

// The window's connection to yichuang-halld over the hall protocol
// (ws:// on loopback, wss:// with the hall CA otherwise). It opens by
// itself, reconnects with growing waits (0.25 s doubling to 5 s, ±20 %)
// after any loss, keeps the session token across reconnects and halld
// restarts, and catches up from its last seq. Requests that were in flight
// when the connection dropped fail with "hall.offline": the caller may
// repeat them, since call-next is idempotent per window.
class HallClient : public HallConnection
{
    Q_OBJECT

public:
    explicit HallClient(const QUrl &url, QObject *parent = nullptr,
                        const std::optional<QSslConfiguration> &tls = std::nullopt);
    ~HallClient() override;

    QUrl url() const { return m_url; }
    void open();
    void close();
    // Requests with no reply after this long fail with "hall.timeout".
    static constexpr int kRequestTimeoutMs = 15000;

protected:
    void send(const QJsonObject &request, Callback done) override;

private:
    void onMessage(const QString &message);
    void onDisconnected();
    void failPending(const Error &error);
    void scheduleReconnect();

    QUrl m_url;
    QWebSocket m_socket;
    QTimer m_reconnect;
    QTimer m_timeouts;
    int m_attempt = 0;
    bool m_wanted = false;
    struct Pending
    {
        Callback done;
        qint64 sentAtMs = 0;
    };
    QHash<QString, Pending> m_pending;
};

} // namespace yc
