// bench_capture: an A4 page at 300 dpi (2480 × 3508) through the capture
// pipeline — crop, deskew, convert, compress — and encryption, per
// treatment (black and white, grey, colour): time and bytes per page,
// against a plain JPEG encode (quality 80) of the same raw page in the same
// run. The page: a sheet turned by 1.5° on a grey desk, text lines, a seal.
// The analysis (background, skew, document box) and the straightening are
// also timed on their own.
//
//   bench_capture [--runs N] [--save FOLDER]
//     median of N runs (default 5); --save writes the raw page and what each
//     treatment stores, to look at
#include "app/capture/capturepipeline.h"
#include "crypto/fieldcipher.h"

#include <algorithm>

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImageWriter>
#include <QPainter>
#include <QTextStream>

using namespace yc;
using namespace yc::capture;

namespace {

QImage a4Page()
{
    const QSize canvas(2480, 3508);
    QImage image(canvas, QImage::Format_RGB32);
    image.fill(QColor(70, 75, 80));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(canvas.width() / 2.0, canvas.height() / 2.0);
    p.rotate(1.5);
    const QRectF sheet(-1150, -1650, 2300, 3300);
    p.fillRect(sheet, QColor(250, 250, 246));
    for (int i = 4; i < 70; ++i) {
        const double length = 1800 * (0.6 + 0.4 * ((i * 37) % 11) / 10.0);
        // Words: runs of ink with gaps, like text at 12 pt.
        for (double x = 0; x < length; x += 90)
            p.fillRect(QRectF(sheet.left() + 230 + x, sheet.top() + i * 45, 70, 24), QColor(25, 25, 25));
    }
    p.setBrush(QColor(200, 30, 30));
    p.setPen(Qt::NoPen);
    p.drawEllipse(QPointF(sheet.right() - 500, sheet.bottom() - 500), 200, 200);
    return image;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

void line(const QString &name, double value, const QString &unit, double baseline)
{
    QTextStream(stdout) << "BENCH " << name << " value=" << QString::number(value, 'f', 1) << " unit=" << unit
                        << " baseline=" << QString::number(baseline, 'f', 1)
                        << " ratio=" << QString::number(value / baseline, 'f', 3) << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    int runs = 5;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--runs")); i > 0 && i + 1 < args.size())
        runs = std::max(1, args.at(i + 1).toInt());
    QString saveTo;
    if (const qsizetype i = args.indexOf(QStringLiteral("--save")); i > 0 && i + 1 < args.size())
        saveTo = args.at(i + 1);
    const QImage raw = a4Page();
    if (!saveTo.isEmpty())
        raw.save(saveTo + QStringLiteral("/raw.jpg"), "JPEG", 80);
    const FieldCipher cipher = FieldCipher::fromKey(QByteArray(32, '\x11')).value();

    QList<double> jpegMs;
    qint64 jpegBytes = 0;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "jpeg");
        writer.setQuality(80);
        writer.write(raw);
        jpegMs << t.nsecsElapsed() / 1e6;
        jpegBytes = bytes.size();
    }
    const double baselineMs = median(jpegMs);

    // The two steps every treatment shares, on their own.
    QList<double> analyseMs;
    QList<double> straightenMs;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        const PageGeometry g = analysePage(raw);
        analyseMs << timer.nsecsElapsed() / 1e6;
        timer.restart();
        const QImage upright = straighten(raw, g);
        straightenMs << timer.nsecsElapsed() / 1e6;
        if (upright.isNull())
            return 1;
    }
    line(QStringLiteral("capture_a4_analyse_ms"), median(analyseMs), QStringLiteral("ms"), baselineMs);
    line(QStringLiteral("capture_a4_straighten_ms"), median(straightenMs), QStringLiteral("ms"), baselineMs);

    const struct
    {
        const char *name;
        PageTreatment treatment;
    } treatments[] = {
        {"bw", PageTreatment::BlackWhite}, {"grey", PageTreatment::Grey}, {"colour", PageTreatment::Colour}};
    for (const auto &t : treatments) {
        QList<double> ms;
        qint64 bytes = 0;
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer timer;
            timer.start();
            ProcessOptions options;
            options.treatment = t.treatment;
            options.dpi = 300;
            auto page = CapturePipeline::process(raw, options);
            auto sealed = cipher.encrypt(page->encoded.bytes);
            ms << timer.nsecsElapsed() / 1e6;
            bytes = sealed->size();
            if (!saveTo.isEmpty() && r == 0) {
                QFile out(saveTo + QStringLiteral("/%1.%2").arg(QLatin1String(t.name),
                                                                QString::fromLatin1(page->encoded.format)));
                if (out.open(QIODevice::WriteOnly))
                    out.write(page->encoded.bytes);
            }
        }
        line(QStringLiteral("capture_a4_%1_ms").arg(QLatin1String(t.name)), median(ms), QStringLiteral("ms"),
             baselineMs);
        line(QStringLiteral("capture_a4_%1_bytes").arg(QLatin1String(t.name)), double(bytes),
             QStringLiteral("bytes"), double(jpegBytes));
    }
    return 0;
}
