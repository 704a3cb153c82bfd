#pragma once

#include <QProcess>
#include <QStringList>

namespace yc::test {

// yichuang-idcard-sim as a child process: its pseudo-terminal path, its
// control lines and the commands it received ("rx 3001").
class SimProcess
{
public:
    explicit SimProcess(const QStringList &arguments = {});
    ~SimProcess();

    bool isReady() const { return !m_pty.isEmpty(); }
    QString ptyPath() const { return m_pty; }
    // Sends a control line and waits for its "ok"; false on "error" or silence.
    bool control(const QString &line);
    // How many times the simulator received the command (e.g. "3001").
    int received(const QString &command);
    // Waits until the command has been received at least `count` times.
    bool waitReceived(const QString &command, int count, int timeoutMs = 20000);
    void kill();

private:
    void pump(int waitMs);

    QProcess m_process;
    QString m_pty;
    QStringList m_lines;
    QByteArray m_partial;
};

} // namespace yc::test
