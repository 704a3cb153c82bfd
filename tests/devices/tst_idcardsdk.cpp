// The vendor SDK backends and the photo decoder, loaded with QLibrary from
// stand-in libraries (see fakevendor/): found by their exports whatever the
// file is called, unavailable when absent, and a card read through them is
// checked and audited like one from the serial line.
#include "app/devices/idcard/idcardreader.h"
#include "app/devices/idcard/photodecoder.h"
#include "idcardsamples.h"
#include "support/testsupport.h"

#include <QLibrary>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QtTest>

using namespace yc;
using namespace yc::devices;
using State = IdCardReader::State;

namespace {

constexpr int kWaitMs = 30000;

IdCardReaderOptions sdkOptions(IdCardReaderOptions::Backend backend, const QStringList &libraries)
{
    IdCardReaderOptions o;
    o.backend = backend;
    o.sdkLibraries = libraries;
    o.serial.ports = {QStringLiteral("/nonexistent/ttyS9")};
    o.photoDecoderLibraries = {QStringLiteral("/nonexistent/libyc-no-decoder.so")};
    o.pollIntervalMs = 100;
    o.reconnectIntervalMs = 300;
    return o;
}

struct Bench
{
    explicit Bench(const IdCardReaderOptions &options)
        : db(test::openTempDatabase(dir))
        , reader(options, db,
                 [] {
                     return IdCardReader::Operator{QStringLiteral("C009"), 5};
                 })
        , cards(&reader, &IdCardReader::cardRead)
    {
        reader.start();
    }
    bool waitCards(int n)
    {
        return QTest::qWaitFor([&] { return cards.size() >= n; }, kWaitMs);
    }
    idcard::IdCardData card(int i) const { return cards.at(i).at(0).value<idcard::IdCardData>(); }

    QTemporaryDir dir;
    std::shared_ptr<Database> db;
    IdCardReader reader;
    QSignalSpy cards;
};

QByteArray gb18030(const QString &s)
{
    QStringEncoder encoder("GB18030");
    return encoder(s);
}

} // namespace

class TestIdCardSdk : public QObject
{
    Q_OBJECT

private slots:
    void sdtApiFoundByExports();
    void photoDecodedOnlyByVendorDecoder();
    void termbFields();
    void absentOrForeignLibraryIsUnavailable();
};

void TestIdCardSdk::sdtApiFoundByExports()
{
    QLibrary fake(QStringLiteral(YC_FAKE_SDTAPI));
    QVERIFY(fake.load());
    const auto setCard = reinterpret_cast<void (*)(const unsigned char *, const unsigned char *)>(
        fake.resolve("yc_fake_set_card"));
    const auto reads = reinterpret_cast<int (*)()>(fake.resolve("yc_fake_reads"));
    QVERIFY(setCard && reads);
    const QByteArray text = idcard::joinCardText(test::residentCard());
    const QByteArray wlt(1024, '\x11');
    setCard(reinterpret_cast<const unsigned char *>(text.constData()),
            reinterpret_cast<const unsigned char *>(wlt.constData()));

    // The decoder stand-in comes first in the list: it lacks the SDT_*
    // exports and is passed over.
    Bench b(sdkOptions(IdCardReaderOptions::Backend::Auto,
                       {QStringLiteral(YC_FAKE_DECODER), QStringLiteral(YC_FAKE_SDTAPI)}));
    QVERIFY(b.waitCards(1));
    QVERIFY(b.reader.backendDescription().startsWith(QStringLiteral("sdtapi ")));
    QVERIFY(b.reader.backendDescription().contains(QStringLiteral("port 1001")));
    QCOMPARE(b.card(0).number, QStringLiteral("11010519491231002X"));
    QCOMPARE(b.card(0).wlt, wlt);

    // This library reports no chip serial: the card left on the reader is
    // read again at each poll but delivered and audited once.
    const int before = reads();
    QSignalSpy states(&b.reader, &IdCardReader::stateChanged);
    QVERIFY(QTest::qWaitFor([&] { return reads() >= before + 3; }, kWaitMs));
    QCOMPARE(b.cards.size(), 1);
    QVERIFY(states.isEmpty()); // no "reading" flicker on the screen either
    QCOMPARE(
        test::count(*b.db, QStringLiteral("audit_log"),
                    QStringLiteral("action = 'idcard.read' AND subject = '1101**********002X' AND staff_no = "
                                   "'C009' AND window_no = 5")),
        1);
    // Another card on the same reader is delivered.
    const QByteArray other = idcard::joinCardText(test::otherResidentCard());
    setCard(reinterpret_cast<const unsigned char *>(other.constData()),
            reinterpret_cast<const unsigned char *>(wlt.constData()));
    QVERIFY(b.waitCards(2));
    QCOMPARE(b.card(1).number, QStringLiteral("370102199003070155"));
}

void TestIdCardSdk::photoDecodedOnlyByVendorDecoder()
{
    QByteArray wlt(1024, '\0');
    wlt[0] = char(0x10);
    wlt[1] = char(0x80);
    wlt[2] = char(0xF0);
    QString reason;
    PhotoDecoder missing({QStringLiteral("/nonexistent/libwlt2bmp.so"), QStringLiteral(YC_FAKE_SDTAPI)});
    QVERIFY(!missing.isAvailable());
    QVERIFY(missing.decode(wlt, &reason).isNull());
    QVERIFY(reason.contains(QStringLiteral("no licensed photo decoder")));

    PhotoDecoder decoder({QStringLiteral(YC_FAKE_DECODER)});
    QVERIFY(decoder.isAvailable());
    reason.clear();
    const QImage photo = decoder.decode(wlt, &reason);
    QVERIFY2(!photo.isNull(), qPrintable(reason));
    QCOMPARE(photo.size(), QSize(102, 126));
    QCOMPARE(photo.pixelColor(50, 60), QColor(0xF0, 0x80, 0x10)); // BGR in, RGB out
    QVERIFY(decoder.decode(wlt.left(1000), &reason).isNull());
    QVERIFY(reason.contains(QStringLiteral("did not deliver")));
}

void TestIdCardSdk::termbFields()
{
    QLibrary fake(QStringLiteral(YC_FAKE_TERMB));
    QVERIFY(fake.load());
    const auto set =
        reinterpret_cast<void (*)(const char *, const char *)>(fake.resolve("yc_fake_termb_set"));
    const auto present = reinterpret_cast<void (*)(int)>(fake.resolve("yc_fake_termb_card"));
    QVERIFY(set && present);
    const auto put = [&](const char *getter, const QString &value) {
        set(getter, gb18030(value).constData());
    };
    put("GetPeopleName", QStringLiteral("张三丰"));
    put("GetPeopleSex", QStringLiteral("女"));
    put("GetPeopleNation", QStringLiteral("达斡尔"));
    put("GetPeopleBirthday", QStringLiteral("1949-12-31"));
    put("GetPeopleAddress", QStringLiteral("北京市朝阳区测试路1号"));
    put("GetPeopleIDCode", QStringLiteral("11010519491231002X"));
    put("GetDepartment", QStringLiteral("北京市公安局朝阳分局"));
    put("GetStartDate", QStringLiteral("2020.01.01"));
    put("GetEndDate", QStringLiteral("长期"));
    present(1);

    auto options = sdkOptions(IdCardReaderOptions::Backend::Termb, {QStringLiteral(YC_FAKE_TERMB)});
    options.photoDecoderLibraries = {QStringLiteral(YC_FAKE_DECODER)};
    Bench b(options);
    QVERIFY(b.waitCards(1));
    const auto card = b.card(0);
    QVERIFY(b.reader.backendDescription().startsWith(QStringLiteral("termb ")));
    QCOMPARE(card.name, QStringLiteral("张三丰"));
    QCOMPARE(card.gender, QStringLiteral("female"));
    QCOMPARE(card.ethnicityCode, QStringLiteral("31"));
    QCOMPARE(card.birthDate, QDate(1949, 12, 31));
    QCOMPARE(card.validFrom, QDate(2020, 1, 1));
    QVERIFY(card.longTerm);
    QCOMPARE(card.authority, QStringLiteral("北京市公安局朝阳分局"));
    // termb gives no raw WLT; without its own decoded photo there is none.
    QVERIFY(card.photo.isNull());
    QVERIFY(!card.photoUnavailableReason.isEmpty());
    present(0);
}

void TestIdCardSdk::absentOrForeignLibraryIsUnavailable()
{
    for (const QString &library :
         {QStringLiteral("/nonexistent/libsdtapi.so"), QStringLiteral(YC_FAKE_TERMB)}) {
        Bench b(sdkOptions(IdCardReaderOptions::Backend::SdtApi, {library}));
        QVERIFY(QTest::qWaitFor([&] { return b.reader.state() == State::NoReader; }, kWaitMs));
        QCOMPARE(b.reader.message(), QStringLiteral("The SDTAPI card reader library is not installed."));
        QVERIFY(b.cards.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestIdCardSdk)
#include "tst_idcardsdk.moc"
