#include "app/capture/capturepipeline.h"
#include "app/capture/imageops.h"
#include "app/capture/pagecodec.h"
#include "attachments/attachmentcheck.h"
#include "capturefixture.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace yc;
using namespace yc::capture;

// The page algorithms on synthetic pages whose answers are known: a sheet
// turned by a known angle on a desk, two grey levels, quarter turns, and the
// PDF checked by poppler.
class TestImageOps : public QObject
{
    Q_OBJECT

private slots:
    void findsSkewAndDocument_data();
    void findsSkewAndDocument();
    void straightenedPageIsUpright();
    void findsSkewOnANoisyUnevenPhoto();
    void textPageFillingTheScanKeepsItsSize();
    void blankPageIsLeftAlone();
    void otsuSplitsTwoLevels();
    void quarterTurns();
    void pdfHoldsEveryPageAtItsSize();
    void singlePageMaterialIsTheImage();
    void pipelineProducesSmallerBlackAndWhite();
};

void TestImageOps::findsSkewAndDocument_data()
{
    QTest::addColumn<double>("degrees");
    for (double d : {-8.0, -2.5, 0.0, 0.7, 1.5, 4.0, 9.0})
        QTest::addRow("%+.1f°", d) << d;
}

void TestImageOps::findsSkewAndDocument()
{
    QFETCH(double, degrees);
    const QSize paper(600, 850);
    const QImage page = test::documentOnDesk(QSize(1000, 1300), paper, degrees);
    const PageGeometry g = analysePage(page);
    QVERIFY2(std::abs(g.skewDegrees - degrees) <= 0.3,
             qPrintable(QStringLiteral("found %1°, turned %2°").arg(g.skewDegrees).arg(degrees)));
    QVERIFY(g.documentFound);
    QVERIFY2(std::abs(g.crop.width() - paper.width()) <= 12 &&
                 std::abs(g.crop.height() - paper.height()) <= 12,
             qPrintable(QStringLiteral("crop %1×%2").arg(g.crop.width()).arg(g.crop.height())));
    QVERIFY(qGray(g.background.rgb()) < 100); // the desk, not the paper
}

void TestImageOps::straightenedPageIsUpright()
{
    const QImage page = test::documentOnDesk(QSize(1200, 1500), QSize(700, 990), 5.0, true);
    const QImage upright = straighten(page, analysePage(page));
    QVERIFY(std::abs(upright.width() - 700) <= 12);
    QVERIFY(std::abs(upright.height() - 990) <= 12);
    // The corners are paper now, not desk.
    for (const QPoint &p : {QPoint(4, 4), QPoint(upright.width() - 5, 4), QPoint(4, upright.height() - 5),
                            QPoint(upright.width() - 5, upright.height() - 5)})
        QVERIFY2(
            qGray(upright.pixel(p)) > 200,
            qPrintable(
                QStringLiteral("corner %1,%2 is %3").arg(p.x()).arg(p.y()).arg(qGray(upright.pixel(p)))));
    const PageGeometry again = analysePage(upright);
    QVERIFY(std::abs(again.skewDegrees) <= 0.2);
}

void TestImageOps::findsSkewOnANoisyUnevenPhoto()
{
    // A camera picture: light falling off across the desk, sensor noise.
    const quint32 seed = 77;
    qInfo() << "seed" << seed;
    QRandomGenerator random(seed);
    QImage page = test::documentOnDesk(QSize(1200, 1600), QSize(760, 1080), -3.2);
    for (int y = 0; y < page.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(page.scanLine(y));
        for (int x = 0; x < page.width(); ++x) {
            const double light = 0.75 + 0.25 * double(x + y) / (page.width() + page.height());
            auto channel = [&](int v) {
                return std::clamp(int(v * light) + random.bounded(-18, 19), 0, 255);
            };
            line[x] = qRgb(channel(qRed(line[x])), channel(qGreen(line[x])), channel(qBlue(line[x])));
        }
    }
    const PageGeometry g = analysePage(page);
    QVERIFY2(std::abs(g.skewDegrees + 3.2) <= 0.3, qPrintable(QString::number(g.skewDegrees)));
    QVERIFY(g.documentFound);
    QVERIFY2(std::abs(g.crop.width() - 760) <= 16 && std::abs(g.crop.height() - 1080) <= 16,
             qPrintable(QStringLiteral("%1×%2").arg(g.crop.width()).arg(g.crop.height())));
}

void TestImageOps::textPageFillingTheScanKeepsItsSize()
{
    // A flatbed scan of a full page: white all the way to the edges, only
    // the text lines show the skew.
    QImage page = test::documentOnDesk(QSize(900, 1200), QSize(1400, 1700), 2.0);
    const PageGeometry g = analysePage(page);
    QVERIFY(!g.documentFound);
    QVERIFY2(std::abs(g.skewDegrees - 2.0) <= 0.3, qPrintable(QString::number(g.skewDegrees)));
    QCOMPARE(straighten(page, g).size(), page.size());
}

void TestImageOps::blankPageIsLeftAlone()
{
    QImage page(800, 1000, QImage::Format_Grayscale8);
    page.fill(240);
    const PageGeometry g = analysePage(page);
    QCOMPARE(g.skewDegrees, 0.0);
    QVERIFY(!g.documentFound);
    QCOMPARE(straighten(page, g).size(), page.size());
}

void TestImageOps::otsuSplitsTwoLevels()
{
    const quint32 seed = 20261122;
    qInfo() << "seed" << seed;
    QRandomGenerator random(seed);
    QImage grey(300, 200, QImage::Format_Grayscale8);
    for (int y = 0; y < grey.height(); ++y)
        for (int x = 0; x < grey.width(); ++x) {
            const bool ink = ((x / 10) + (y / 10)) % 3 == 0;
            grey.scanLine(y)[x] = uchar((ink ? 60 : 190) + random.bounded(-12, 13));
        }
    const int t = otsuThreshold(grey);
    QVERIFY2(t > 72 && t < 178, qPrintable(QString::number(t)));
    const QImage bw = toBilevel(grey);
    QCOMPARE(bw.format(), QImage::Format_Mono);
    for (int y = 0; y < bw.height(); ++y)
        for (int x = 0; x < bw.width(); ++x) {
            const bool ink = ((x / 10) + (y / 10)) % 3 == 0;
            QCOMPARE(qGray(bw.pixel(x, y)), ink ? 0 : 255);
        }
}

void TestImageOps::quarterTurns()
{
    QImage image(40, 20, QImage::Format_RGB32);
    image.fill(Qt::white);
    image.setPixel(0, 0, qRgb(255, 0, 0)); // top left marker
    const QImage once = rotateQuarter(image, 1);
    QCOMPARE(once.size(), QSize(20, 40));
    QCOMPARE(once.pixel(19, 0), qRgb(255, 0, 0)); // now top right
    QCOMPARE(rotateQuarter(image, 4), image);
    QCOMPARE(rotateQuarter(rotateQuarter(image, 1), -1), image);
}

void TestImageOps::pdfHoldsEveryPageAtItsSize()
{
    const QImage a4 = test::documentOnDesk(QSize(620, 877), QSize(700, 1000), 0.0, true); // 75 dpi A4
    QList<EncodedPage> pages;
    for (PageTreatment t : {PageTreatment::Colour, PageTreatment::Grey, PageTreatment::BlackWhite}) {
        auto e = PageCodec::encode(a4, t, 75);
        QVERIFY(e.ok());
        pages << e.value();
    }
    auto pdf = PageCodec::assemblePdf(pages);
    QVERIFY(pdf.ok());
    auto checked = AttachmentCheck::checkPdf(pdf.value());
    QVERIFY2(checked.ok(), checked.ok() ? "" : qPrintable(checked.error().message));
    QCOMPARE(checked->pageCount, 3);
    if (QStandardPaths::findExecutable(QStringLiteral("pdfimages")).isEmpty())
        QSKIP("poppler-utils (pdfinfo, pdfimages) not installed");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.pdf"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(pdf.value());
    f.close();
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {path});
    QVERIFY(info.waitForFinished(20000));
    QVERIFY(QString::fromUtf8(info.readAllStandardOutput()).contains(QStringLiteral("595.2 x 841.92 pts")));
    QProcess images;
    images.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
    QVERIFY(images.waitForFinished(20000));
    const QStringList lines = QString::fromUtf8(images.readAllStandardOutput()).split(u'\n');
    // page num type width height color comp bpc enc …
    auto row = [&](int page) { return lines.value(1 + page).simplified().split(u' '); };
    QCOMPARE(row(1).value(5), QStringLiteral("rgb"));
    QCOMPARE(row(1).value(8), QStringLiteral("jpeg"));
    QCOMPARE(row(2).value(5), QStringLiteral("gray"));
    QCOMPARE(row(2).value(8), QStringLiteral("jpeg"));
    QCOMPARE(row(3).value(7), QStringLiteral("1"));
    QCOMPARE(row(3).value(8), QStringLiteral("image"));
    QCOMPARE(row(3).value(3), QStringLiteral("620"));
    // Rendered, each page is a light sheet with dark text: the black-and-white
    // page's bits are not inverted, the grey JPEG is not read as colour.
    for (int page = 1; page <= 3; ++page) {
        QProcess render;
        render.start(QStringLiteral("pdftoppm"),
                     {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                      QString::number(page), QStringLiteral("-r"), QStringLiteral("30"),
                      QStringLiteral("-gray"), path});
        QVERIFY(render.waitForFinished(20000));
        const QImage shown = QImage::fromData(render.readAllStandardOutput(), "PGM");
        QVERIFY(!shown.isNull());
        double sum = 0;
        int dark = 0;
        for (int y = 0; y < shown.height(); ++y)
            for (int x = 0; x < shown.width(); ++x) {
                const int v = qGray(shown.pixel(x, y));
                sum += v;
                dark += v < 100;
            }
        const double mean = sum / (shown.width() * shown.height());
        // About a third of this page is ink; inverted, the mean would be
        // far below the middle.
        QVERIFY2(mean > 140 && dark > 0, qPrintable(QStringLiteral("page %1: mean %2").arg(page).arg(mean)));
    }
}

void TestImageOps::singlePageMaterialIsTheImage()
{
    const QImage page = test::documentOnDesk(QSize(300, 400), QSize(200, 300), 0.0);
    auto e = PageCodec::encode(page, PageTreatment::BlackWhite, 150);
    QVERIFY(e.ok());
    auto file = PageCodec::assemble({e.value()});
    QVERIFY(file.ok());
    QCOMPARE(file->mimeType, QStringLiteral("image/png"));
    QCOMPARE(file->content, e->bytes);
    QVERIFY(!PageCodec::assemble({}).ok());
}

void TestImageOps::pipelineProducesSmallerBlackAndWhite()
{
    const QImage raw = test::documentOnDesk(QSize(1240, 1754), QSize(1100, 1600), 3.0);
    ProcessOptions options;
    options.dpi = 150;
    options.treatment = PageTreatment::Colour;
    auto colour = CapturePipeline::process(raw, options);
    options.treatment = PageTreatment::BlackWhite;
    auto bw = CapturePipeline::process(raw, options);
    QVERIFY(colour.ok() && bw.ok());
    QVERIFY(std::abs(bw->geometry.skewDegrees - 3.0) <= 0.3);
    QCOMPARE(bw->encoded.format, QByteArray("png"));
    QVERIFY(bw->encoded.bytes.size() < colour->encoded.bytes.size());
    QVERIFY(!bw->thumbnail.isNull());
    QVERIFY(std::max(bw->thumbnail.width(), bw->thumbnail.height()) <= CapturePipeline::kThumbnailSide);
}

QTEST_GUILESS_MAIN(TestImageOps)
#include "tst_imageops.moc"
