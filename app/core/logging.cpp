#include "logging.h"

#include "core/clock.h"
#include "core/pii.h"

#include <cstdio>

#include <QDir>
#include <QFile>
#include <QMutex>

namespace yc::logging {

namespace {

struct Sink
{
    QMutex mutex;
    QFile file;
    QString base;
    qint64 maxBytes = 0;
    int keep = 0;
    QtMessageHandler previous = nullptr;
};

Sink &sink()
{
    static Sink s;
    return s;
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "DEBUG";
    case QtInfoMsg:
        return "INFO ";
    case QtWarningMsg:
        return "WARN ";
    case QtCriticalMsg:
        return "ERROR";
    case QtFatalMsg:
        return "FATAL";
    }
    return "?";
}

void rotate(Sink &s)
{
    s.file.close();
    QFile::remove(QStringLiteral("%1.%2").arg(s.base).arg(s.keep));
    for (int i = s.keep - 1; i >= 1; --i)
        QFile::rename(QStringLiteral("%1.%2").arg(s.base).arg(i),
                      QStringLiteral("%1.%2").arg(s.base).arg(i + 1));
    QFile::rename(s.base, s.base + QStringLiteral(".1"));
    s.file.setFileName(s.base);
    s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray line =
        QStringLiteral("%1 %2 %3: %4\n")
            .arg(toStoredTime(Clock::nowUtc()), QLatin1String(levelName(type)),
                 QLatin1String(context.category ? context.category : "default"), pii::scrub(message))
            .toUtf8();
    Sink &s = sink();
    {
        QMutexLocker lock(&s.mutex);
        if (s.file.isOpen()) {
            if (s.file.size() + line.size() > s.maxBytes)
                rotate(s);
            s.file.write(line);
            s.file.flush();
        }
    }
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

void install(const QString &directory, const QString &program, qint64 maxBytes, int keep)
{
    Sink &s = sink();
    {
        QMutexLocker lock(&s.mutex);
        QDir().mkpath(directory);
        s.file.close();
        s.base = QDir(directory).filePath(program + QStringLiteral(".log"));
        s.maxBytes = maxBytes;
        s.keep = qMax(1, keep);
        s.file.setFileName(s.base);
        s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
    }
    QtMessageHandler previous = qInstallMessageHandler(handler);
    if (previous != handler)
        s.previous = previous;
}

void uninstall()
{
    Sink &s = sink();
    qInstallMessageHandler(s.previous);
    QMutexLocker lock(&s.mutex);
    s.file.close();
}

QString currentFile()
{
    return sink().base;
}

} // namespace yc::logging
