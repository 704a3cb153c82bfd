#pragma once

#include <QHash>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QWebSocket>

namespace yc::test {

// A real headless Chromium driven over the DevTools protocol (CDP) on a
// QWebSocket: navigate, evaluate JavaScript in the page, take screenshots.
class Chromium
{
public:
    ~Chromium();
    // YC_CHROMIUM, else chromium-headless-shell or chromium on the PATH;
    // empty when none is installed (scripts/deps installs it).
    static QString executable();
    // Starts the browser with a fresh profile in `profile` and attaches to
    // its page; false with the reason in *error.
    bool start(const QString &profile, QString *error);
    // A CDP command's result; empty (and *error set) on an error or timeout.
    QJsonObject call(const QString &method, const QJsonObject &params = {}, int timeoutMs = 15000,
                     QString *error = nullptr);
    // The value of a JavaScript expression in the page.
    QJsonValue evaluate(const QString &expression);

private:
    QProcess m_process;
    QWebSocket m_socket;
    int m_next = 0;
    QHash<int, QJsonObject> m_replies;
};

} // namespace yc::test
