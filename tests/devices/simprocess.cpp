#include "simprocess.h"

#include <QDeadlineTimer>
#include <QTest>

namespace yc::test {

SimProcess::SimProcess(const QStringList &arguments)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QStringLiteral(YC_IDCARD_SIM), arguments);
    const QString prefix = QStringLiteral("yichuang-idcard-sim pty ");
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired() && m_pty.isEmpty()) {
        pump(100);
        for (const QString &line : std::as_const(m_lines)) {
            if (line.startsWith(prefix))
                m_pty = line.mid(prefix.size());
        }
    }
}

SimProcess::~SimProcess()
{
    kill();
}

void SimProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel(); // the simulator quits on end of input
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void SimProcess::pump(int waitMs)
{
    // The Qt event loop keeps running meanwhile: the reader's signals arrive.
    QTest::qWait(waitMs);
    m_partial += m_process.readAllStandardOutput();
    qsizetype nl;
    while ((nl = m_partial.indexOf('\n')) >= 0) {
        m_lines << QString::fromUtf8(m_partial.left(nl));
        m_partial.remove(0, nl + 1);
    }
}

bool SimProcess::control(const QString &line)
{
    const QString verb = line.section(QLatin1Char(' '), 0, 0);
    const qsizetype before = m_lines.size();
    m_process.write(line.toUtf8() + '\n');
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        pump(50);
        for (qsizetype i = before; i < m_lines.size(); ++i) {
            if (m_lines.at(i) == QStringLiteral("ok ") + verb)
                return true;
            if (m_lines.at(i).startsWith(QLatin1String("error"))) {
                qWarning("simulator: %s", qPrintable(m_lines.at(i)));
                return false;
            }
        }
    }
    return false;
}

int SimProcess::received(const QString &command)
{
    pump(0);
    return int(m_lines.count(QStringLiteral("rx ") + command));
}

bool SimProcess::waitReceived(const QString &command, int count, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (received(command) < count) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(20);
    }
    return true;
}

} // namespace yc::test
