#include "app/devices/camera/documentcamera.h"
#include "app/devices/camera/idcardmerge.h"
#include "capturefixture.h"

#include <QPainter>
#include <QTest>

using namespace yc;
using namespace yc::devices;

// The document camera's parts that run without a camera: the format choice
// and the ID-card merge. There is no virtual camera here (that would need
// the v4l2loopback kernel module), so capture itself is not exercised; with
// no camera the camera says so.
class TestCamera : public QObject
{
    Q_OBJECT

private slots:
    void picksTheLargestFormat_data();
    void picksTheLargestFormat();
    void mergesIdCardSidesOntoA4();
    void noCameraIsExplained();

private:
    static QImage card(QColor colour, double degrees, bool upright = false)
    {
        // A card photographed on a dark desk, slightly turned.
        QImage image(upright ? QSize(500, 700) : QSize(700, 500), QImage::Format_RGB32);
        image.fill(QColor(40, 40, 45));
        QPainter p(&image);
        p.translate(image.width() / 2.0, image.height() / 2.0);
        p.rotate(degrees);
        const QSizeF size = upright ? QSizeF(324, 514) : QSizeF(514, 324);
        p.fillRect(QRectF(QPointF(-size.width() / 2, -size.height() / 2), size), colour);
        return image;
    }
};

void TestCamera::picksTheLargestFormat_data()
{
    QTest::addColumn<QList<CameraFormatChoice>>("formats");
    QTest::addColumn<int>("expected");
    QTest::newRow("none") << QList<CameraFormatChoice>{} << -1;
    QTest::newRow("most pixels wins over frame rate")
        << QList<CameraFormatChoice>{{QSize(1920, 1080), 30}, {QSize(3264, 2448), 5}, {QSize(640, 480), 60}}
        << 1;
    QTest::newRow("equal size: faster preview")
        << QList<CameraFormatChoice>{{QSize(2592, 1944), 5}, {QSize(2592, 1944), 15}} << 1;
    QTest::newRow("empty resolutions skipped")
        << QList<CameraFormatChoice>{{QSize(), 30}, {QSize(800, 600), 30}} << 1;
}

void TestCamera::picksTheLargestFormat()
{
    QFETCH(QList<CameraFormatChoice>, formats);
    QFETCH(int, expected);
    QCOMPARE(pickLargestFormat(formats), expected);
}

void TestCamera::mergesIdCardSidesOntoA4()
{
    const QImage page =
        mergeIdCardSides(card(QColor(200, 40, 40), 4.0), card(QColor(40, 60, 200), -3.0, true));
    QCOMPARE(page.size(), QSize(2480, 3508)); // A4 at 300 dpi
    QCOMPARE(qRound(page.dotsPerMeterX() * 0.0254), 300);
    const QRect front = idCardFrontRect(300);
    const QRect back = idCardBackRect(300);
    QCOMPARE(front.size(), QSize(1011, 638)); // 85.6 × 54 mm
    QVERIFY(front.bottom() < page.height() / 2 && back.top() > page.height() / 2);
    auto near = [](QRgb a, QColor b) {
        return std::abs(qRed(a) - b.red()) < 30 && std::abs(qGreen(a) - b.green()) < 30 &&
               std::abs(qBlue(a) - b.blue()) < 30;
    };
    // Each card fills its place (cut to its edges, straightened, turned flat)...
    for (const QPoint &p :
         {front.center(), front.topLeft() + QPoint(30, 30), front.bottomRight() - QPoint(30, 30)})
        QVERIFY2(near(page.pixel(p), QColor(200, 40, 40)), qPrintable(QColor(page.pixel(p)).name()));
    for (const QPoint &p :
         {back.center(), back.topLeft() + QPoint(30, 30), back.bottomRight() - QPoint(30, 30)})
        QVERIFY2(near(page.pixel(p), QColor(40, 60, 200)), qPrintable(QColor(page.pixel(p)).name()));
    // ...and nothing of the desk reaches the page.
    for (const QPoint &p :
         {QPoint(10, 10), QPoint(front.left() - 40, front.center().y()),
          QPoint(page.width() / 2, page.height() / 2), QPoint(back.right() + 40, back.center().y())})
        QCOMPARE(page.pixel(p), qRgb(255, 255, 255));
}

void TestCamera::noCameraIsExplained()
{
    if (!DocumentCamera::cameras().isEmpty())
        QSKIP("a camera is attached here; this checks the message without one");
    DocumentCamera camera;
    auto opened = camera.open();
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, QStringLiteral("camera.no_device"));
    QVERIFY(!camera.isReadyForCapture());
    QVERIFY(!camera.capture());
    QVERIFY(camera.previewSink() != nullptr);
}

QTEST_MAIN(TestCamera)
#include "tst_camera.moc"
