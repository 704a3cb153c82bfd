#pragma once

#include "../queue/halldprocess.h"

#include <functional>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QWebSocket>

namespace yc::test {

// A hall for the display tests on a fresh database: windows 1..4, lines
// A 综合受理, B 企业开办, C 不动产登记, the clerk 1001 and the supervisor
// 3001 (password kDisplayPassword), and halld's INI with the hall name.
inline const QString kDisplayPassword = QStringLiteral("Display2026!");
inline const QString kDisplayHallName = QStringLiteral("市中区政务服务中心");
struct DisplayHall
{
    QString database;
    QString config;
};
DisplayHall makeDisplayHall(const QString &directory);

// A staff member signed in at a window over the hall protocol.
class WindowSession
{
public:
    bool signIn(const QUrl &hallUrl, const QString &staffNo, int window);
    // Reopens the socket (after a restart of halld) with the same session.
    bool reopen(const QUrl &hallUrl);
    // The reply's "result", or an empty object (and a QWARN) on an error.
    QJsonObject request(const QString &op, const QJsonObject &args = {});

private:
    RawSocket m_socket;
    QString m_token;
    int m_next = 0;
};

// The public display feed as a page would see it: every message kept, raw.
class FeedSocket
{
public:
    bool open(quint16 httpPort, const QString &path = QStringLiteral("/display/feed"));
    // Takes state messages as they came until one satisfies the predicate.
    QJsonObject waitForState(const std::function<bool(const QJsonObject &)> &wanted, int timeoutMs = 10000);
    // The last state after the feed has been quiet for settleMs.
    QJsonObject latestState(int settleMs);
    QWebSocket &socket() { return m_socket; }
    const QStringList &raw() const { return m_raw; }

private:
    QWebSocket m_socket;
    QStringList m_raw;
    QList<QJsonObject> m_states;
};

// The object in an array whose key has the value.
QJsonObject findIn(const QJsonObject &state, const char *array, const char *key, const QJsonValue &value);

} // namespace yc::test
