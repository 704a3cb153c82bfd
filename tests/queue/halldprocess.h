#pragma once

#include <memory>

#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>
#include <QWebSocket>

namespace yc::test {

// The real yichuang-halld as a child process on loopback.
class HalldProcess
{
public:
    ~HalldProcess();
    // Starts halld on the database (and optional INI file); true once both
    // the HTTP and the hall-protocol ports are known. hallPort 0 = any.
    bool start(const QString &database, const QString &config = {}, quint16 hallPort = 0,
               const QStringList &extra = {});
    void killHard(); // SIGKILL, as a crash would
    void stop();     // SIGTERM and wait
    QString output() const { return m_output; }
    quint16 hallPort() const { return m_hallPort; }
    quint16 httpPort() const { return m_httpPort; }
    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_hallPort)); }
    QProcess *process() { return m_process.get(); }

private:
    std::unique_ptr<QProcess> m_process;
    QString m_output;
    quint16 m_hallPort = 0;
    quint16 m_httpPort = 0;
};

// A raw WebSocket for bad-input tests: sends text, waits for the next reply
// that is not a notification.
class RawSocket
{
public:
    bool open(const QUrl &url);
    QJsonObject roundTrip(const QString &text, int timeoutMs = 10000);
    QWebSocket &socket() { return m_socket; }
    QList<QJsonObject> &replies() { return m_replies; }

private:
    QWebSocket m_socket;
    QList<QJsonObject> m_replies;
};

QString requestText(const QString &id, const QString &op, const QString &token, const QJsonObject &args = {});

} // namespace yc::test
