#include "app/capture/capturesession.h"
#include "app/capture/materialslot.h"
#include "app/capture/pageprocessor.h"
#include "attachments/attachmentstore.h"
#include "capturefixture.h"
#include "support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QDir>
#include <QImageWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace yc;
using namespace yc::capture;

// The pages of one material: order, delete, rotate, size before saving, the
// limit, file import (pictures through the pipeline, PDFs as they are) and
// refusal of damaged files with nothing added.
class TestMaterialSlot : public QObject
{
    Q_OBJECT

private slots:
    void pagesKeepTheirOrder();
    void rotatesAPage();
    void mergesTheIdCardSidesIntoOnePage();
    void sizeIsTheStoredFilesSize();
    void limitIsExplained();
    void importsPicturesThroughThePipeline();
    void importsAPdfAsItIs();
    void refusesDamagedFilesAndAddsNothing_data();
    void refusesDamagedFilesAndAddsNothing();
    void sessionStoresEverySlotOrNothingOverLimit();
    void processorKeepsTheOrderOffTheGuiThread();

private:
    static QImage marked(int width)
    {
        // Each page a different width, so its place can be checked.
        QImage image(width, 300, QImage::Format_Grayscale8);
        image.fill(255);
        return image;
    }
    static QByteArray encoded(const QImage &image, const char *format)
    {
        QByteArray bytes;
        QBuffer b(&bytes);
        b.open(QIODevice::WriteOnly);
        image.save(&b, format);
        return bytes;
    }
    static QList<int> widths(const MaterialSlot &slot)
    {
        QList<int> out;
        for (int i = 0; i < slot.rowCount(); ++i)
            out << slot.data(slot.index(i), MaterialSlot::PixelSizeRole).toSize().width();
        return out;
    }
};

void TestMaterialSlot::pagesKeepTheirOrder()
{
    MaterialSlot slot(QStringLiteral("m1"), QStringLiteral("身份证"), AttachmentCheck::kDefaultMaxBytes);
    QAbstractItemModelTester tester(&slot, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int w : {201, 202, 203, 204})
        QVERIFY(slot.addRawPage(marked(w), 100, PageSource::Scanner).ok());
    QCOMPARE(widths(slot), (QList<int>{201, 202, 203, 204}));
    QVERIFY(slot.movePage(0, 2));
    QCOMPARE(widths(slot), (QList<int>{202, 203, 201, 204}));
    QVERIFY(slot.movePage(3, 0));
    QCOMPARE(widths(slot), (QList<int>{204, 202, 203, 201}));
    QVERIFY(!slot.movePage(0, 4));
    QVERIFY(!slot.movePage(-1, 0));
    QVERIFY(slot.removePage(1));
    QCOMPARE(widths(slot), (QList<int>{204, 203, 201}));
    QVERIFY(!slot.removePage(3));
    QCOMPARE(slot.pageCount(), 3);
    auto file = slot.materialFile();
    QVERIFY(file.ok());
    QCOMPARE(file->mimeType, QStringLiteral("application/pdf"));
    QCOMPARE(file->pageCount, 3);
    slot.clear();
    QVERIFY(slot.isEmpty());
}

void TestMaterialSlot::rotatesAPage()
{
    MaterialSlot slot(QStringLiteral("m1"), QStringLiteral("户口簿"), AttachmentCheck::kDefaultMaxBytes);
    QAbstractItemModelTester tester(&slot, QAbstractItemModelTester::FailureReportingMode::QtTest);
    slot.setTreatment(PageTreatment::BlackWhite);
    QVERIFY(slot.addRawPage(marked(210), 100, PageSource::Camera).ok());
    QVERIFY(slot.rotatePage(0, 1).ok());
    QCOMPARE(slot.data(slot.index(0), MaterialSlot::PixelSizeRole).toSize(), QSize(300, 210));
    QCOMPARE(slot.pages().first().encoded.format, QByteArray("png"));
    QVERIFY(!slot.rotatePage(1, 1).ok());
}

void TestMaterialSlot::mergesTheIdCardSidesIntoOnePage()
{
    MaterialSlot slot(QStringLiteral("m1"), QStringLiteral("身份证"), AttachmentCheck::kDefaultMaxBytes);
    QAbstractItemModelTester tester(&slot, QAbstractItemModelTester::FailureReportingMode::QtTest);
    slot.setTreatment(PageTreatment::Colour);
    QVERIFY(slot.addRawPage(marked(201), 100, PageSource::Scanner).ok());
    const QImage side = test::documentOnDesk(QSize(700, 500), QSize(428, 270), 3.0, true);
    QVERIFY(slot.addRawPage(side, 0, PageSource::Camera).ok());
    QVERIFY(slot.addRawPage(side, 0, PageSource::Camera).ok());

    QCOMPARE(slot.mergeIdCardSides(2).error().code, QStringLiteral("capture.merge_pages")); // no back
    QCOMPARE(slot.rowCount(), 3);
    QVERIFY(slot.mergeIdCardSides(1).ok());
    QCOMPARE(slot.rowCount(), 2);
    QCOMPARE(widths(slot).first(), 201);
    QCOMPARE(slot.data(slot.index(1), MaterialSlot::PixelSizeRole).toSize(),
             QSize(2480, 3508)); // A4, 300 dpi
    QCOMPARE(slot.pages().at(1).encoded.dpi, 300.0);
    QCOMPARE(slot.pages().at(1).source, PageSource::Camera);
    QVERIFY(!slot.pages().at(1).thumbnail.isNull());
    QCOMPARE(slot.materialFile()->pageCount, 2);
}

void TestMaterialSlot::sizeIsTheStoredFilesSize()
{
    MaterialSlot slot(QStringLiteral("m1"), QStringLiteral("合同"), AttachmentCheck::kDefaultMaxBytes);
    QList<qint64> announced;
    connect(&slot, &MaterialSlot::materialBytesChanged, this, [&](qint64 b) { announced << b; });
    const QImage page = test::documentOnDesk(QSize(600, 800), QSize(500, 700), 2.0);
    QVERIFY(slot.addRawPage(page, 75, PageSource::Scanner).ok());
    QCOMPARE(slot.materialBytes(), qint64(slot.materialFile()->content.size()));
    QVERIFY(slot.addRawPage(page, 75, PageSource::Scanner).ok());
    QCOMPARE(slot.materialBytes(), qint64(slot.materialFile()->content.size()));
    QCOMPARE(announced.size(), 2);
    QCOMPARE(announced.last(), slot.materialBytes());
    QCOMPARE(slot.suggestedFileName(), QStringLiteral("合同.pdf"));
}

void TestMaterialSlot::limitIsExplained()
{
    MaterialSlot slot(QStringLiteral("m1"), QStringLiteral("照片"), 2000);
    slot.setTreatment(PageTreatment::Colour);
    QVERIFY(slot.limitMessage().isEmpty());
    QVERIFY(slot.addRawPage(test::documentOnDesk(QSize(400, 500), QSize(300, 400), 0, true), 0,
                            PageSource::Camera)
                .ok());
    QVERIFY(slot.overLimit());
    QVERIFY(slot.limitMessage().contains(AttachmentCheck::humanSize(2000)));
    QVERIFY(slot.limitMessage().contains(AttachmentCheck::humanSize(slot.materialBytes())));
}

void TestMaterialSlot::importsPicturesThroughThePipeline()
{
    QTemporaryDir dir;
    // A TIFF as scanner software saves it, then a PNG: each picture a page.
    const QString tiff = dir.filePath(QStringLiteral("scan.tiff"));
    {
        QImageWriter writer(tiff, "tiff");
        QVERIFY(writer.write(test::documentOnDesk(QSize(500, 700), QSize(400, 560), 3.0)));
    }
    MaterialSlot slot(QStringLiteral("m1"), QStringLiteral("营业执照"), AttachmentCheck::kDefaultMaxBytes);
    QAbstractItemModelTester tester(&slot, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(slot.importFile(tiff).ok());
    QCOMPARE(slot.pageCount(), 1);
    QCOMPARE(slot.pages().first().source, PageSource::File);
    QVERIFY(std::abs(slot.pages().first().geometry.skewDegrees - 3.0) <= 0.3);
    const QString png = dir.filePath(QStringLiteral("photo.png"));
    QVERIFY(marked(333).save(png));
    QVERIFY(slot.importFile(png).ok());
    QCOMPARE(slot.pageCount(), 2);
}

void TestMaterialSlot::importsAPdfAsItIs()
{
    MaterialSlot pages(QStringLiteral("x"), QStringLiteral("x"), AttachmentCheck::kDefaultMaxBytes);
    QVERIFY(pages.addRawPage(marked(210), 100, PageSource::Scanner).ok());
    QVERIFY(pages.addRawPage(marked(220), 100, PageSource::Scanner).ok());
    const QByteArray pdf = pages.materialFile()->content;

    MaterialSlot slot(QStringLiteral("m1"), QStringLiteral("申请书"), AttachmentCheck::kDefaultMaxBytes);
    QAbstractItemModelTester tester(&slot, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(slot.importContent(pdf).ok());
    QCOMPARE(slot.rowCount(), 1);
    QCOMPARE(slot.pageCount(), 2);
    QCOMPARE(slot.materialFile()->content, pdf);
    QCOMPARE(slot.materialBytes(), qint64(pdf.size()));
    // Pages do not mix into an imported PDF.
    QCOMPARE(slot.addRawPage(marked(230), 100, PageSource::Scanner).error().code,
             QStringLiteral("capture.pdf_slot"));
    QVERIFY(slot.removePage(0));
    QVERIFY(slot.isEmpty());
}

void TestMaterialSlot::refusesDamagedFilesAndAddsNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("code");
    const QByteArray jpeg = encoded(test::documentOnDesk(QSize(300, 400), QSize(200, 300), 0), "JPEG");
    const QByteArray png = encoded(marked(200), "PNG");
    MaterialSlot pages(QStringLiteral("x"), QStringLiteral("x"), AttachmentCheck::kDefaultMaxBytes);
    QVERIFY(pages.addRawPage(marked(210), 100, PageSource::Scanner).ok());
    QVERIFY(pages.addRawPage(marked(220), 100, PageSource::Scanner).ok());
    const QByteArray pdf = pages.materialFile()->content;
    // The cross-reference points into the middle of an object.
    QByteArray flipped = pdf;
    const qsizetype at = flipped.lastIndexOf("startxref\n") + 10;
    flipped.replace(at, flipped.indexOf('\n', at) - at, "100");
    QTest::newRow("cut-off JPEG") << jpeg.left(jpeg.size() / 2) << QStringLiteral("attachment.damaged");
    QTest::newRow("cut-off PNG") << png.left(png.size() - 20) << QStringLiteral("attachment.damaged");
    QTest::newRow("cut-off PDF") << pdf.left(pdf.size() * 2 / 3) << QStringLiteral("attachment.damaged");
    QTest::newRow("PDF with a broken cross-reference") << flipped << QStringLiteral("attachment.damaged");
    QTest::newRow("not a document") << QByteArray("PK\x03\x04 a zip file")
                                    << QStringLiteral("attachment.type");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("attachment.type");
}

void TestMaterialSlot::refusesDamagedFilesAndAddsNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, code);
    MaterialSlot slot(QStringLiteral("m1"), QStringLiteral("申请书"), AttachmentCheck::kDefaultMaxBytes);
    QVERIFY(slot.addRawPage(marked(250), 100, PageSource::Scanner).ok());
    const qint64 before = slot.materialBytes();
    auto result = slot.importContent(content);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, code);
    QVERIFY(!result.error().message.isEmpty());
    QCOMPARE(slot.pageCount(), 1);
    QCOMPARE(slot.materialBytes(), before);
    // The store refuses the same bytes on its own.
    if (!content.isEmpty())
        QVERIFY(!AttachmentCheck::check(content).ok());
}

void TestMaterialSlot::sessionStoresEverySlotOrNothingOverLimit()
{
    QTemporaryDir dir;
    test::CaseFixture fx;
    QVERIFY(fx.setUp(dir));
    AttachmentStore store(fx.db, &*fx.cipher, dir.filePath(QStringLiteral("att")), 3000);
    CaptureSession session(AttachmentCheck::kDefaultMaxBytes);
    QVERIFY(session.slot(fx.materialCodes.first(), QStringLiteral("身份证"))
                ->addRawPage(marked(200), 100, PageSource::Scanner)
                .ok());
    MaterialSlot *big = session.slot(fx.materialCodes.at(1), QStringLiteral("照片"));
    big->setTreatment(PageTreatment::Colour);
    QVERIFY(big->addRawPage(test::documentOnDesk(QSize(500, 600), QSize(400, 500), 0, true), 0,
                            PageSource::Camera)
                .ok());
    auto refused = session.saveToCase(store, fx.caseId, QStringLiteral("1001"), 3);
    QVERIFY(refused.error);
    QCOMPARE(refused.error->code, QStringLiteral("attachment.too_large"));
    QVERIFY(refused.error->message.startsWith(QStringLiteral("照片")));
    QVERIFY(refused.stored.isEmpty());
    QCOMPARE(test::count(*fx.db, QStringLiteral("attachment")), 0);
    QVERIFY(QDir(dir.filePath(QStringLiteral("att"))).isEmpty());

    big->clear();
    auto saved = session.saveToCase(store, fx.caseId, QStringLiteral("1001"), 3);
    QVERIFY(!saved.error);
    QCOMPARE(saved.stored.size(), 1);
    QCOMPARE(saved.stored.first().materialCode, fx.materialCodes.first());
}

void TestMaterialSlot::processorKeepsTheOrderOffTheGuiThread()
{
    MaterialSlot slot(QStringLiteral("m1"), QStringLiteral("合同"), AttachmentCheck::kDefaultMaxBytes);
    QAbstractItemModelTester tester(&slot, QAbstractItemModelTester::FailureReportingMode::QtTest);
    PageProcessor processor;
    QStringList failures;
    connect(&processor, &PageProcessor::failed, this,
            [&](const QString &code, const Error &e) { failures << code + e.code; });
    processor.submit(&slot, marked(201), 100, PageSource::Scanner);
    processor.submit(&slot, QImage(), 100, PageSource::Scanner); // refused, the rest still come
    processor.submit(&slot, marked(203), 100, PageSource::Scanner);
    processor.submit(&slot, marked(204), 100, PageSource::Scanner);
    QCOMPARE(processor.pending(), 4);
    QTRY_COMPARE_WITH_TIMEOUT(processor.pending(), 0, 30000);
    QCOMPARE(widths(slot), (QList<int>{201, 203, 204}));
    QCOMPARE(failures, QStringList{QStringLiteral("m1capture.empty_page")});
}

QTEST_MAIN(TestMaterialSlot)
#include "tst_materialslot.moc"
