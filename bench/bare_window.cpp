// bench_bare_window: the baseline of the start-up benchmarks. A bare Qt
// Widgets window (QApplication, a QMainWindow with a label, the client's
// window size) started the same way as the client: the clock starts at the
// top of main(), the window is shown, and once the event loop has run
// (QTimer::singleShot(0) after show(), as ClientShell does) it prints
//   YC_READY ms=<ms since main() started> rss_kib=<VmRSS>
// and exits. Command-line arguments are accepted and ignored, so the driver
// can start both programs alike.
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QMainWindow>
#include <QTextStream>
#include <QTimer>

namespace {

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);

    QMainWindow window;
    auto *label = new QLabel(QStringLiteral("一窗 baseline"), &window);
    label->setAlignment(Qt::AlignCenter);
    window.setCentralWidget(label);
    window.resize(1280, 800);
    window.show();
    QTimer::singleShot(0, &app, [&sinceStart] {
        QTextStream(stdout) << "YC_READY ms=" << sinceStart.elapsed() << " rss_kib=" << residentKiB()
                            << Qt::endl;
        QApplication::quit();
    });
    return QApplication::exec();
}
