// yichuang-idcard-sim: a simulated ID card reader module on a pseudo-terminal.
// Prints "yichuang-idcard-sim pty <slave path>" on stdout, then serves the
// GA/T 467 protocol on it; stdin takes control lines (card, remove, status,
// swap-on, split, garbage, bad-checksum, truncate, silent, baud, quit), each
// acknowledged with "ok …" or "error …"; received commands appear as
// "rx <cmd>". See docs/devices.md.
#include "samsimulator.h"

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <pty.h>
#include <termios.h>
#include <unistd.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <QTimer>

using namespace yc::idcardsim;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

int baudOf(int fd)
{
    termios t{};
    if (tcgetattr(fd, &t) != 0)
        return 0;
    switch (cfgetospeed(&t)) {
    case B9600:
        return 9600;
    case B19200:
        return 19200;
    case B38400:
        return 38400;
    case B57600:
        return 57600;
    case B115200:
        return 115200;
    default:
        return -1;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    app.setApplicationName(QStringLiteral("yichuang-idcard-sim"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A simulated second-generation ID card reader on a pseudo-terminal."));
    parser.addHelpOption();
    QCommandLineOption cardFile(QStringLiteral("card"),
                                QStringLiteral("Card on the reader at start (JSON file)."),
                                QStringLiteral("file"));
    QCommandLineOption baud(QStringLiteral("baud"),
                            QStringLiteral("Line speed the module answers at (0 = any)."),
                            QStringLiteral("rate"), QStringLiteral("0"));
    parser.addOption(cardFile);
    parser.addOption(baud);
    // Every card field as an option too: --name, --number, --kind …
    QList<QCommandLineOption> fieldOptions;
    for (const QString &key : cardJsonKeys()) {
        fieldOptions << QCommandLineOption(key, QStringLiteral("Card field ") + key + QStringLiteral("."),
                                           QStringLiteral("value"));
        parser.addOption(fieldOptions.last());
    }
    parser.process(app);

    SamSimulator sim;
    sim.setRequiredBaud(parser.value(baud).toInt());
    QJsonObject cardJson;
    if (parser.isSet(cardFile)) {
        QFile f(parser.value(cardFile));
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(f.fileName()));
            return 2;
        }
        cardJson = QJsonDocument::fromJson(f.readAll()).object();
    }
    for (const auto &option : fieldOptions) {
        if (parser.isSet(option))
            cardJson.insert(option.names().constFirst(), parser.value(option));
    }
    if (!cardJson.isEmpty()) {
        auto card = cardFromJson(cardJson);
        if (!card) {
            std::fprintf(stderr, "%s\n", qPrintable(card.error().message));
            return 2;
        }
        sim.setCard(card.value());
    }

    int master = -1;
    int slave = -1;
    char name[256] = {};
    if (openpty(&master, &slave, name, nullptr, nullptr) != 0) {
        std::perror("openpty");
        return 1;
    }
    termios raw{};
    tcgetattr(slave, &raw);
    cfmakeraw(&raw);
    tcsetattr(slave, TCSANOW, &raw);
    fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK);
    // The slave stays open here, so the master never sees a hang-up while the
    // client opens and closes the port.
    say(QStringLiteral("yichuang-idcard-sim pty ") + QString::fromLocal8Bit(name));

    QList<QByteArray> pendingChunks;
    QTimer drain;
    drain.setInterval(15);
    const auto writeAll = [master](const QByteArray &bytes) {
        qsizetype done = 0;
        while (done < bytes.size()) {
            const ssize_t n = ::write(master, bytes.constData() + done, size_t(bytes.size() - done));
            if (n < 0 && errno == EAGAIN) {
                usleep(1000);
                continue;
            }
            if (n <= 0)
                return;
            done += n;
        }
    };
    QObject::connect(&drain, &QTimer::timeout, &app, [&] {
        if (pendingChunks.isEmpty()) {
            drain.stop();
            return;
        }
        writeAll(pendingChunks.takeFirst());
    });

    QSocketNotifier fromHost(master, QSocketNotifier::Read);
    QObject::connect(&fromHost, &QSocketNotifier::activated, &app, [&] {
        char buf[4096];
        const ssize_t n = ::read(master, buf, sizeof buf);
        if (n <= 0)
            return;
        const auto out = sim.feed(QByteArray(buf, int(n)), baudOf(slave));
        for (const QString &event : out.events)
            say(event);
        if (out.reply.isEmpty())
            return;
        if (sim.splitSize() <= 0) {
            writeAll(out.reply);
            return;
        }
        for (qsizetype i = 0; i < out.reply.size(); i += sim.splitSize())
            pendingChunks << out.reply.mid(i, sim.splitSize());
        if (!drain.isActive())
            drain.start();
    });

    QSocketNotifier fromStdin(STDIN_FILENO, QSocketNotifier::Read);
    QByteArray stdinBuffer;
    QObject::connect(&fromStdin, &QSocketNotifier::activated, &app, [&] {
        char buf[8192];
        const ssize_t n = ::read(STDIN_FILENO, buf, sizeof buf);
        if (n <= 0) { // the controlling process went away
            fromStdin.setEnabled(false);
            app.quit();
            return;
        }
        stdinBuffer.append(buf, int(n));
        qsizetype nl;
        while ((nl = stdinBuffer.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(stdinBuffer.left(nl));
            stdinBuffer.remove(0, nl + 1);
            if (line.trimmed().isEmpty())
                continue;
            say(sim.control(line));
            if (sim.quitRequested())
                app.quit();
        }
    });

    const int rc = app.exec();
    ::close(master);
    ::close(slave);
    return rc;
}
