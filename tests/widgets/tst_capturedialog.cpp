#include "app/capture/capturesession.h"
#include "app/capture/imageops.h"
#include "app/capture/pageprocessor.h"
#include "app/devices/camera/documentcamera.h"
#include "app/devices/scanner/sanescanner.h"
#include "attachments/attachmentcheck.h"
#include "attachments/attachmentstore.h"
#include "capture/capturefixture.h"
#include "widgets/capture/materialcapturedialog.h"
#include "widgets/capture/materialpagesstrip.h"
#include "widgets/capture/pagethumbnailview.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace yc;
using capture::MaterialSlot;

// The capture dialog against the real SANE `test` driver (SANE_CONFIG_DIR is
// tests/capture/sane, set by CMake), the real pipeline in its worker thread
// and the real attachment store. No document camera can run here (no
// v4l2loopback), so the camera is passed as absent.
class TestCaptureDialog : public QObject
{
    Q_OBJECT

private slots:
    void scanEditImportAndSave();
    void overTheLimitIsSaid();
    void withoutDevicesTheReasonIsShown();
    void idCardSidesBecomeOnePage();

private:
    template <typename T>
    static T *find(QWidget &root, const char *name)
    {
        auto *w = root.findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning() << "no widget" << name;
        return w;
    }
    static QList<QByteArray> pageBytes(const MaterialSlot &slot)
    {
        QList<QByteArray> out;
        for (const capture::CapturedPage &p : slot.pages())
            out << p.encoded.bytes;
        return out;
    }
};

void TestCaptureDialog::scanEditImportAndSave()
{
    QTemporaryDir dir;
    test::CaseFixture fx;
    QVERIFY(fx.setUp(dir));
    AttachmentStore store(fx.db, &*fx.cipher, dir.filePath(QStringLiteral("attachments")));
    capture::CaptureSession session;
    MaterialSlot *slot = session.slot(fx.materialCodes.first(), QStringLiteral("Business licence"));
    devices::SaneScanner scanner;
    capture::PageProcessor processor;

    MaterialCaptureDialog dialog(slot, &scanner, nullptr, processor);
    dialog.setRequirement(QStringLiteral("Original and one copy"));
    MaterialPagesStrip strip(slot);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(find<QLabel>(dialog, "materialName")->text(), QStringLiteral("Business licence"));
    QCOMPARE(find<QLabel>(dialog, "materialRequirement")->text(), QStringLiteral("Original and one copy"));
    // No camera: the button says why.
    auto *cameraButton = find<QPushButton>(dialog, "cameraButton");
    QVERIFY(!cameraButton->isEnabled());
    QVERIFY(!cameraButton->toolTip().isEmpty());

    auto *scan = find<QPushButton>(dialog, "scanButton");
    auto *sizeLabel = find<QLabel>(dialog, "sizeLabel");
    auto *message = find<QLabel>(dialog, "messageLabel");
    auto *pages = find<PageThumbnailView>(dialog, "pageList");
    QTRY_VERIFY_WITH_TIMEOUT(scan->isEnabled(), 20000); // the test device is listed
    auto *device = find<QComboBox>(dialog, "scannerDevice");
    QCOMPARE(device->currentData().toString(), QStringLiteral("test:0"));
    // The lowest resolution the driver offers keeps the test quick.
    auto *resolution = find<QComboBox>(dialog, "scanResolution");
    QTRY_VERIFY_WITH_TIMEOUT(resolution->findData(75) >= 0, 20000);
    resolution->setCurrentIndex(resolution->findData(75));

    // Two pages from the glass, different pictures so their order shows.
    const auto scanOnce = [&](const QString &picture, int expectedRows) {
        dialog.setScanBackendOptions({{QStringLiteral("test-picture"), picture}});
        QTest::mouseClick(scan, Qt::LeftButton);
        QVERIFY(find<QPushButton>(dialog, "cancelScanButton")->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(scan->isEnabled(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(processor.pending(), 0, 30000);
        QTRY_VERIFY(!find<QProgressBar>(dialog, "busyIndicator")->isVisible());
        QCOMPARE(slot->rowCount(), expectedRows);
        QVERIFY2(message->styleSheet().isEmpty(), qPrintable(message->text())); // not a problem
    };
    find<QComboBox>(dialog, "treatmentCombo")
        ->setCurrentIndex(
            find<QComboBox>(dialog, "treatmentCombo")->findData(int(capture::PageTreatment::Colour)));
    QCOMPARE(slot->treatment(), capture::PageTreatment::Colour);
    scanOnce(QStringLiteral("Grid"), 1);
    if (QTest::currentTestFailed())
        return;
    scanOnce(QStringLiteral("Color pattern"), 2);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(sizeLabel->text().contains(AttachmentCheck::humanSize(slot->materialBytes())));
    QVERIFY(strip.summary().contains(AttachmentCheck::humanSize(slot->materialBytes())));
    const QList<QByteArray> scanned = pageBytes(*slot);

    // Rotate the first page clockwise with its button.
    pages->setFocus();
    pages->setCurrentIndex(slot->index(0));
    const QImage before = slot->data(slot->index(0), MaterialSlot::ThumbnailRole).value<QImage>();
    const qint64 sizeBefore = slot->materialBytes();
    QTest::mouseClick(find<QPushButton>(dialog, "rotateRightButton"), Qt::LeftButton);
    QCOMPARE(slot->data(slot->index(0), MaterialSlot::ThumbnailRole).value<QImage>(),
             capture::rotateQuarter(before, 1));
    QVERIFY(slot->pages().at(0).encoded.bytes != scanned.at(0));
    QCOMPARE(slot->pages().at(1).encoded.bytes, scanned.at(1));
    if (slot->materialBytes() != sizeBefore)
        QVERIFY(sizeLabel->text().contains(AttachmentCheck::humanSize(slot->materialBytes())));
    const QByteArray rotated = slot->pages().at(0).encoded.bytes;

    // Move it later with the keyboard: the pages swap, the selection follows.
    pages->setFocus();
    QTest::keyClick(pages, Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(pageBytes(*slot), (QList<QByteArray>{scanned.at(1), rotated}));
    QCOMPARE(pages->currentPage(), 1);
    QVERIFY(!find<QPushButton>(dialog, "moveLaterButton")->isEnabled());
    QTest::mouseClick(find<QPushButton>(dialog, "moveEarlierButton"), Qt::LeftButton);
    QCOMPARE(pageBytes(*slot), (QList<QByteArray>{rotated, scanned.at(1)}));
    QTest::mouseClick(find<QPushButton>(dialog, "moveLaterButton"), Qt::LeftButton);

    // Delete the rotated page (now the second) with the Delete key.
    pages->setFocus();
    QTest::keyClick(pages, Qt::Key_Delete);
    QCOMPARE(pageBytes(*slot), QList<QByteArray>{scanned.at(1)});
    QCOMPARE(find<QLabel>(dialog, "pageCountLabel")->text(),
             MaterialCaptureDialog::tr("%n page(s)", nullptr, 1));
    QVERIFY(sizeLabel->text().contains(AttachmentCheck::humanSize(slot->materialBytes())));

    // A PNG is added; a damaged file is refused with its reason, nothing added.
    const QString png = dir.filePath(QStringLiteral("page.png"));
    QVERIFY(test::documentOnDesk(QSize(600, 800), QSize(500, 700), 2, true).save(png));
    QVERIFY(dialog.importFiles({png}));
    QCOMPARE(slot->rowCount(), 2);
    QVERIFY(sizeLabel->text().contains(AttachmentCheck::humanSize(slot->materialBytes())));
    const QList<QByteArray> good = pageBytes(*slot);
    const qint64 goodSize = slot->materialBytes();

    QFile pngFile(png);
    QVERIFY(pngFile.open(QIODevice::ReadOnly));
    QByteArray damaged = pngFile.readAll();
    damaged.truncate(damaged.size() / 2);
    const QString corrupt = dir.filePath(QStringLiteral("damaged.png"));
    QFile out(corrupt);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(damaged);
    out.close();
    QVERIFY(!dialog.importFiles({corrupt}));
    const auto refusal = slot->importFile(corrupt); // the same refusal, as the slot gives it
    QVERIFY(!refusal.ok());
    QCOMPARE(dialog.message(), refusal.error().message);
    QCOMPARE(pageBytes(*slot), good);
    QCOMPARE(slot->materialBytes(), goodSize);

    // The busy indicator follows the processor.
    processor.submit(slot, test::documentOnDesk(QSize(400, 500), QSize(300, 400), 0), 0,
                     capture::PageSource::Camera);
    QVERIFY(find<QProgressBar>(dialog, "busyIndicator")->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(processor.pending(), 0, 30000);
    QVERIFY(!find<QProgressBar>(dialog, "busyIndicator")->isVisible());
    QCOMPARE(slot->rowCount(), 3);
    QVERIFY(sizeLabel->text().contains(AttachmentCheck::humanSize(slot->materialBytes())));
    QVERIFY(strip.summary().contains(AttachmentCheck::humanSize(slot->materialBytes())));

    if (const QString preview = qEnvironmentVariable("YC_SCREEN_PREVIEW"); !preview.isEmpty()) {
        QVERIFY(dialog.grab().save(preview, "PNG"));
        QVERIFY(strip.grab().save(
            QString(preview).replace(QStringLiteral(".png"), QStringLiteral("-strip.png")), "PNG"));
    }

    // Into the case and back out, byte for byte.
    auto file = slot->materialFile();
    QVERIFY(file.ok());
    const QByteArray expected = file->content;
    QCOMPARE(qint64(expected.size()), slot->materialBytes());
    auto saved = session.saveToCase(store, fx.caseId, QStringLiteral("1001"), 3);
    QVERIFY2(!saved.error, saved.error ? qPrintable(saved.error->message) : "");
    QCOMPARE(saved.stored.size(), 1);
    auto back = store.read(saved.stored.first().id, QStringLiteral("1001"), 3);
    QVERIFY(back.ok());
    QCOMPARE(back.value(), expected);
    QCOMPARE(saved.stored.first().mimeType, QStringLiteral("application/pdf"));

    QTest::mouseClick(find<QPushButton>(dialog, "closeButton"), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
}

void TestCaptureDialog::overTheLimitIsSaid()
{
    QTemporaryDir dir;
    capture::CaptureSession session(2000); // bytes per material
    MaterialSlot *slot = session.slot(QStringLiteral("m1"), QStringLiteral("Photo"));
    capture::PageProcessor processor;
    MaterialCaptureDialog dialog(slot, nullptr, nullptr, processor);
    dialog.show();
    auto *limit = find<QLabel>(dialog, "limitLabel");
    QVERIFY(!limit->isVisible());
    const QString png = dir.filePath(QStringLiteral("photo.png"));
    QVERIFY(test::documentOnDesk(QSize(600, 800), QSize(500, 700), 0, true).save(png));
    QVERIFY(dialog.importFiles({png}));
    QVERIFY(slot->overLimit());
    QVERIFY(limit->isVisible());
    QCOMPARE(limit->text(), slot->limitMessage());
    find<PageThumbnailView>(dialog, "pageList")->setCurrentIndex(slot->index(0));
    QTest::mouseClick(find<QPushButton>(dialog, "deletePageButton"), Qt::LeftButton);
    QCOMPARE(slot->rowCount(), 0);
    QVERIFY(!limit->isVisible());
}

void TestCaptureDialog::withoutDevicesTheReasonIsShown()
{
    capture::CaptureSession session;
    MaterialSlot *slot = session.slot(QStringLiteral("m1"), QStringLiteral("Contract"));
    capture::PageProcessor processor;
    MaterialCaptureDialog dialog(slot, nullptr, nullptr, processor);
    dialog.show();
    auto *scan = find<QPushButton>(dialog, "scanButton");
    QVERIFY(!scan->isEnabled());
    QCOMPARE(scan->parentWidget()->toolTip(), devices::ScannerText::noScanner().message);
    QCOMPARE(find<QPushButton>(dialog, "cameraButton")->toolTip(), devices::CameraText::noCamera().message);
    QVERIFY(find<QPushButton>(dialog, "importButton")->isEnabled());
}

void TestCaptureDialog::idCardSidesBecomeOnePage()
{
    QTemporaryDir dir;
    capture::CaptureSession session;
    MaterialSlot *slot = session.slot(QStringLiteral("m1"), QStringLiteral("ID card"));
    capture::PageProcessor processor;
    MaterialCaptureDialog dialog(slot, nullptr, nullptr, processor);
    dialog.show();
    const QString front = dir.filePath(QStringLiteral("front.png"));
    const QString back = dir.filePath(QStringLiteral("back.png"));
    QVERIFY(test::documentOnDesk(QSize(700, 500), QSize(428, 270), 2.0, true).save(front));
    QVERIFY(test::documentOnDesk(QSize(700, 500), QSize(428, 270), -2.0, true).save(back));
    auto *merge = find<QPushButton>(dialog, "mergeIdCardButton");
    auto *pages = find<PageThumbnailView>(dialog, "pageList");
    QVERIFY(dialog.importFiles({front}));
    pages->setCurrentIndex(slot->index(0));
    QVERIFY(!merge->isEnabled()); // nothing after the front yet
    QVERIFY(dialog.importFiles({back}));
    pages->setCurrentIndex(slot->index(0));
    QVERIFY(merge->isEnabled());
    QTest::mouseClick(merge, Qt::LeftButton);
    QCOMPARE(slot->rowCount(), 1);
    QCOMPARE(slot->data(slot->index(0), MaterialSlot::PixelSizeRole).toSize(), QSize(2480, 3508));
    QVERIFY(!merge->isEnabled());
}

QTEST_MAIN(TestCaptureDialog)
#include "tst_capturedialog.moc"
