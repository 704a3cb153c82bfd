#include "app/capture/capturesession.h"
#include "app/devices/scanner/sanescanner.h"
#include "app/devices/scanner/saneworker.h"
#include "attachments/attachmentstore.h"
#include "capturefixture.h"
#include "support/testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace yc;
using namespace yc::devices;

// The SANE backend against SANE's own `test` driver (libsane-test), enabled
// through tests/capture/sane as SANE_CONFIG_DIR: flatbed and feeder scans,
// cancel, and the faults the driver can simulate, then scans through the
// pipeline into a case and back out.
class TestSaneScanner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsTheTestDevice();
    void reportsCapabilities();
    void scansFlatbedInColour();
    void scansEveryFeederPage();
    void stopsAtMaxPages();
    void readsThreePassAndLineart();
    void cancelsBeforeTheFirstPage();
    void cancelsBetweenFeederPages();
    void mapsDeviceFaults_data();
    void mapsDeviceFaults();
    void unknownDeviceIsExplained();
    void noScannerIsExplained();
    void scansGoIntoTheCaseAndComeBackIdentical();

private:
    struct Run
    {
        QList<QImage> pages;
        QList<double> dpis;
        bool done = false;
        bool cancelled = false;
        Error error;
    };
    // Runs one scan to its end (bounded); `onPage` may act on each page.
    Run scan(const ScanRequest &request, std::function<void(SaneScanner &, int)> onPage = {});

    std::unique_ptr<SaneScanner> m_scanner;
};

void TestSaneScanner::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("SANE_CONFIG_DIR"), "run through ctest (SANE_CONFIG_DIR)");
}

void TestSaneScanner::init()
{
    // A fresh SANE session per test: the test driver keeps its options and
    // its feeder count between scans (as a real device keeps its state) and
    // resets them only at sane_init.
    m_scanner = std::make_unique<SaneScanner>();
}

void TestSaneScanner::cleanup()
{
    m_scanner.reset();
}

TestSaneScanner::Run TestSaneScanner::scan(const ScanRequest &request,
                                           std::function<void(SaneScanner &, int)> onPage)
{
    Run run;
    QObject context;
    connect(m_scanner.get(), &Scanner::pageScanned, &context, [&](int index, const QImage &page, double dpi) {
        run.pages << page;
        run.dpis << dpi;
        if (onPage)
            onPage(*m_scanner, index);
    });
    connect(m_scanner.get(), &Scanner::scanFinished, &context,
            [&](int pages, bool cancelled, const Error &error) {
                run.done = true;
                run.cancelled = cancelled;
                run.error = error;
                if (pages != run.pages.size())
                    run.error.code = QStringLiteral("count mismatch");
            });
    if (!m_scanner->startScan(request))
        return run;
    // Callers check what arrived; a scan that never ends leaves done false.
    (void)QTest::qWaitFor([&] { return run.done; }, 60000);
    return run;
}

void TestSaneScanner::listsTheTestDevice()
{
    QList<ScannerInfo> found;
    bool done = false;
    QObject context;
    connect(m_scanner.get(), &Scanner::devicesListed, &context, [&](const QList<ScannerInfo> &d) {
        found = d;
        done = true;
    });
    m_scanner->listDevices();
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().name, QStringLiteral("test:0"));
    QCOMPARE(found.first().vendor, QStringLiteral("Noname"));
}

void TestSaneScanner::reportsCapabilities()
{
    ScannerCapabilities caps;
    bool done = false;
    QObject context;
    connect(m_scanner.get(), &Scanner::capabilitiesReady, &context,
            [&](const QString &, const ScannerCapabilities &c) {
                caps = c;
                done = true;
            });
    m_scanner->queryCapabilities(QStringLiteral("test:0"));
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QVERIFY(caps.colour && caps.grey && caps.feeder && caps.flatbed);
    QVERIFY(caps.resolutions.contains(300));
}

void TestSaneScanner::scansFlatbedInColour()
{
    ScanRequest r;
    r.dpi = 50;
    r.colour = ScanColour::Colour;
    r.backendOptions = {{QStringLiteral("test-picture"), QStringLiteral("Color pattern")}};
    const Run run = scan(r);
    QVERIFY2(run.error.code.isEmpty(), qPrintable(run.error.message));
    QCOMPARE(run.pages.size(), 1);
    QCOMPARE(run.dpis.first(), 50.0);
    // The whole glass: 200 mm at 50 dpi.
    QCOMPARE(run.pages.first().width(), 393);
    QVERIFY(!run.pages.first().allGray());
    QCOMPARE(qRound(run.pages.first().dotsPerMeterX() * 0.0254), 50);
}

void TestSaneScanner::scansEveryFeederPage()
{
    ScanRequest r;
    r.dpi = 25;
    r.feeder = true;
    r.backendOptions = {{QStringLiteral("test-picture"), QStringLiteral("Grid")}};
    const Run run = scan(r);
    QVERIFY2(run.error.code.isEmpty(), qPrintable(run.error.message));
    QVERIFY(!run.cancelled);
    QCOMPARE(run.pages.size(), 10); // the test driver's feeder holds ten sheets
    QCOMPARE(run.pages.first().format(), QImage::Format_Grayscale8);
}

void TestSaneScanner::stopsAtMaxPages()
{
    ScanRequest r;
    r.dpi = 25;
    r.feeder = true;
    r.maxPages = 3;
    QCOMPARE(scan(r).pages.size(), 3);
}

void TestSaneScanner::readsThreePassAndLineart()
{
    ScanRequest colour;
    colour.dpi = 25;
    colour.colour = ScanColour::Colour;
    colour.backendOptions = {{QStringLiteral("three-pass"), true},
                             {QStringLiteral("test-picture"), QStringLiteral("Color pattern")}};
    const Run three = scan(colour);
    QVERIFY2(three.error.code.isEmpty(), qPrintable(three.error.message));
    QVERIFY(!three.pages.first().allGray());

    ScanRequest lineart;
    lineart.dpi = 25;
    lineart.backendOptions = {{QStringLiteral("depth"), 1},
                              {QStringLiteral("test-picture"), QStringLiteral("Grid")}};
    const Run bits = scan(lineart);
    QVERIFY2(bits.error.code.isEmpty(), qPrintable(bits.error.message));
    const QImage &grid = bits.pages.first();
    // A 10 mm black/white grid: both colours, nothing in between.
    bool black = false;
    bool white = false;
    for (int y = 0; y < grid.height(); ++y)
        for (int x = 0; x < grid.width(); ++x) {
            const int v = qGray(grid.pixel(x, y));
            QVERIFY(v == 0 || v == 255);
            (v == 0 ? black : white) = true;
        }
    QVERIFY(black && white);
}

void TestSaneScanner::cancelsBeforeTheFirstPage()
{
    ScanRequest r;
    r.dpi = 25;
    r.feeder = true;
    Run run;
    QObject context;
    connect(m_scanner.get(), &Scanner::pageScanned, &context,
            [&](int, const QImage &page, double) { run.pages << page; });
    connect(m_scanner.get(), &Scanner::scanFinished, &context, [&](int, bool cancelled, const Error &error) {
        run.done = true;
        run.cancelled = cancelled;
        run.error = error;
    });
    // Cancelled before the worker takes the request: deterministic.
    QVERIFY(m_scanner->startScan(r));
    QVERIFY(!m_scanner->startScan(r)); // one scan at a time
    m_scanner->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(run.done, 20000);
    QVERIFY(run.cancelled);
    QVERIFY(run.error.code.isEmpty());
    QVERIFY(run.pages.isEmpty());
    QVERIFY(!m_scanner->isBusy());
}

void TestSaneScanner::cancelsBetweenFeederPages()
{
    // Slow pages (about 0.6 s each here: the driver waits between buffers),
    // cancel on the first: nine pages' time for the cancel to arrive.
    ScanRequest r;
    r.dpi = 50;
    r.feeder = true;
    r.backendOptions = {{QStringLiteral("read-limit"), true},
                        {QStringLiteral("read-limit-size"), 1024},
                        {QStringLiteral("read-delay"), true},
                        {QStringLiteral("read-delay-duration"), 200000}};
    const Run run = scan(r, [](SaneScanner &s, int index) {
        if (index == 0)
            s.cancel();
    });
    QVERIFY(run.cancelled);
    QVERIFY(run.error.code.isEmpty());
    QVERIFY2(run.pages.size() >= 1 && run.pages.size() < 10, qPrintable(QString::number(run.pages.size())));
}

void TestSaneScanner::mapsDeviceFaults_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("jam") << QStringLiteral("SANE_STATUS_JAMMED") << QStringLiteral("scanner.jammed");
    QTest::newRow("cover open") << QStringLiteral("SANE_STATUS_COVER_OPEN")
                                << QStringLiteral("scanner.cover_open");
    QTest::newRow("feeder empty") << QStringLiteral("SANE_STATUS_NO_DOCS")
                                  << QStringLiteral("scanner.feeder_empty");
    QTest::newRow("busy") << QStringLiteral("SANE_STATUS_DEVICE_BUSY") << QStringLiteral("scanner.busy");
    QTest::newRow("i/o") << QStringLiteral("SANE_STATUS_IO_ERROR") << QStringLiteral("scanner.io");
    QTest::newRow("denied") << QStringLiteral("SANE_STATUS_ACCESS_DENIED")
                            << QStringLiteral("scanner.denied");
}

void TestSaneScanner::mapsDeviceFaults()
{
    QFETCH(QString, status);
    QFETCH(QString, code);
    ScanRequest r;
    r.dpi = 25;
    r.backendOptions = {{QStringLiteral("read-return-value"), status}};
    const Run run = scan(r);
    QVERIFY(run.done);
    QCOMPARE(run.error.code, code);
    QVERIFY(!run.error.message.isEmpty());
    QVERIFY(run.pages.isEmpty());
    QVERIFY(!m_scanner->isBusy());
    // The scanner is usable again after a fault (once the simulated fault
    // is switched off: the driver keeps its options).
    ScanRequest again;
    again.dpi = 25;
    again.backendOptions = {{QStringLiteral("read-return-value"), QStringLiteral("Default")}};
    QCOMPARE(scan(again).pages.size(), 1);
}

void TestSaneScanner::unknownDeviceIsExplained()
{
    ScanRequest r;
    r.device = QStringLiteral("nosuchbackend:usb:001");
    const Run run = scan(r);
    QCOMPARE(run.error.code, QStringLiteral("scanner.no_device"));
    QVERIFY(run.error.message.contains(r.device));
    QCOMPARE(SaneWorker::errorFor(SANE_STATUS_JAMMED).code, QStringLiteral("scanner.jammed"));
}

void TestSaneScanner::noScannerIsExplained()
{
    if (!qEnvironmentVariableIsSet("YC_EXPECT_NO_SCANNER"))
        QSKIP("runs as tst_sanescanner_none, with a SANE configuration that has no driver");
    bool listed = false;
    Error error;
    QObject context;
    connect(m_scanner.get(), &Scanner::devicesListed, &context,
            [&](const QList<ScannerInfo> &d) { listed = d.isEmpty(); });
    connect(m_scanner.get(), &Scanner::deviceError, &context, [&](const Error &e) { error = e; });
    m_scanner->listDevices();
    QTRY_VERIFY_WITH_TIMEOUT(!error.code.isEmpty(), 20000);
    QVERIFY(listed);
    QCOMPARE(error.code, QStringLiteral("scanner.no_device"));
    // Scanning without naming a device says the same.
    const Run run = scan(ScanRequest{});
    QCOMPARE(run.error.code, QStringLiteral("scanner.no_device"));
    QVERIFY(run.pages.isEmpty());
}

void TestSaneScanner::scansGoIntoTheCaseAndComeBackIdentical()
{
    QTemporaryDir dir;
    test::CaseFixture fx;
    QVERIFY(fx.setUp(dir));
    AttachmentStore store(fx.db, &*fx.cipher, dir.filePath(QStringLiteral("attachments")));
    capture::CaptureSession session;

    // A three-sheet material from the feeder, in black and white.
    capture::MaterialSlot *contract = session.slot(fx.materialCodes.first(), QStringLiteral("合同"));
    contract->setTreatment(capture::PageTreatment::BlackWhite);
    ScanRequest feeder;
    feeder.dpi = 75;
    feeder.feeder = true;
    feeder.maxPages = 3;
    feeder.backendOptions = {{QStringLiteral("test-picture"), QStringLiteral("Grid")}};
    const Run sheets = scan(feeder);
    QCOMPARE(sheets.pages.size(), 3);
    for (int i = 0; i < sheets.pages.size(); ++i)
        QVERIFY(
            contract->addRawPage(sheets.pages.at(i), sheets.dpis.at(i), capture::PageSource::Scanner).ok());

    // One colour page from the glass.
    capture::MaterialSlot *licence = session.slot(fx.materialCodes.at(1), QStringLiteral("执照"));
    licence->setTreatment(capture::PageTreatment::Colour);
    ScanRequest flatbed;
    flatbed.dpi = 75;
    flatbed.colour = ScanColour::Colour;
    flatbed.backendOptions = {{QStringLiteral("test-picture"), QStringLiteral("Color pattern")}};
    const Run glass = scan(flatbed);
    QCOMPARE(glass.pages.size(), 1);
    QVERIFY(licence->addRawPage(glass.pages.first(), glass.dpis.first(), capture::PageSource::Scanner).ok());

    const QByteArray contractFile = contract->materialFile()->content;
    const QByteArray licenceFile = licence->materialFile()->content;
    QCOMPARE(contract->materialBytes(), qint64(contractFile.size()));
    auto saved = session.saveToCase(store, fx.caseId, QStringLiteral("1001"), 3);
    QVERIFY2(!saved.error, saved.error ? qPrintable(saved.error->message) : "");
    QCOMPARE(saved.stored.size(), 2);

    auto listed = store.list(fx.caseId);
    QVERIFY(listed.ok());
    for (const AttachmentInfo &a : listed.value()) {
        const QByteArray expected = a.materialCode == fx.materialCodes.first() ? contractFile : licenceFile;
        auto back = store.read(a.id, QStringLiteral("1001"), 3);
        QVERIFY(back.ok());
        QCOMPARE(back.value(), expected);
        QCOMPARE(a.sha256, AttachmentStore::sha256Hex(expected));
    }
    const AttachmentInfo &pdf = listed->first();
    QCOMPARE(pdf.mimeType, QStringLiteral("application/pdf"));
    QCOMPARE(pdf.pageCount, 3);
    QVERIFY(!store.thumbnail(pdf.id)->isNull());
}

QTEST_MAIN(TestSaneScanner)
#include "tst_sanescanner.moc"
