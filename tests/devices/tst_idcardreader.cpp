// The ID card reader service against yichuang-idcard-sim on a real
// pseudo-terminal: the serial backend, the polling worker thread, the audit.
#include "app/devices/idcard/idcardreader.h"
#include "idcard/samstatus.h"
#include "idcardsamples.h"
#include "simprocess.h"
#include "store/sql.h"
#include "support/testsupport.h"

#include <QSignalSpy>
#include <QtTest>

using namespace yc;
using namespace yc::devices;
using State = IdCardReader::State;

namespace {

constexpr int kWaitMs = 30000; // an upper bound on a loaded machine, never a measure

// Every log message, as the code emitted it (before the log file's own
// scrubbing), to prove no name or number is ever passed to a log call.
// The worker thread logs too.
QMutex g_messagesMutex;
QStringList g_messages;
QtMessageHandler g_previousHandler = nullptr;
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;
// Every yc.* level on, whatever QT_LOGGING_RULES (ctest) says.
void enableOurCategories(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrncmp(category->categoryName(), "yc.", 3) == 0) {
        for (const QtMsgType type : {QtDebugMsg, QtInfoMsg, QtWarningMsg, QtCriticalMsg})
            category->setEnabled(type, true);
    }
}
void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_messagesMutex);
        g_messages << QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') +
                          message;
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

IdCardReaderOptions optionsFor(const QStringList &ports)
{
    IdCardReaderOptions o;
    o.backend = IdCardReaderOptions::Backend::Serial;
    o.serial.ports = ports;
    // Generous timeouts: the machine running the tests is shared.
    o.serial.probeTimeoutMs = 1500;
    o.serial.findTimeoutMs = 1500;
    o.serial.selectTimeoutMs = 1500;
    o.serial.readTimeoutMs = 2000;
    o.pollIntervalMs = 100;
    o.reconnectIntervalMs = 300;
    // No photo decoder: this tree ships none and the tests install none.
    o.photoDecoderLibraries = {QStringLiteral("/nonexistent/libyc-no-decoder.so")};
    return o;
}

// The reader, its signals, and the database its audit goes to.
struct Bench
{
    explicit Bench(const QString &pty, IdCardReaderOptions options = {})
        : db(test::openTempDatabase(dir))
        , reader(options.serial.ports.isEmpty() ? optionsFor({pty}) : options, db,
                 [] {
                     return IdCardReader::Operator{QStringLiteral("C007"), 3};
                 })
        , cards(&reader, &IdCardReader::cardRead)
        , states(&reader, &IdCardReader::stateChanged)
    {
        reader.start();
    }

    bool waitState(State state, const QString &message = {})
    {
        return QTest::qWaitFor(
            [&] {
                for (const auto &s : std::as_const(states)) {
                    if (s.at(0).value<State>() == state &&
                        (message.isEmpty() || s.at(1).toString() == message))
                        return true;
                }
                return false;
            },
            kWaitMs);
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
    QSignalSpy states;
};

} // namespace

class TestIdCardReader : public QObject
{
    Q_OBJECT

private slots:
    void readsCardOnceAndAudits();
    void newCardAfterRemovalAndSwap();
    void threeLayouts();
    void statusPaths_data();
    void statusPaths();
    void cardSwappedMidRead_data();
    void cardSwappedMidRead();
    void splitFramesAndGarbage();
    void wrongChecksum();
    void cutOffFrame();
    void expiredCardWarned();
    void noReaderAndAutoDetection();
    void slowerBaudFound();
    void readerLost();
};

void TestIdCardReader::readsCardOnceAndAudits()
{
    g_previousFilter = QLoggingCategory::installFilter(enableOurCategories);
    {
        QMutexLocker lock(&g_messagesMutex);
        g_messages.clear();
    }
    g_previousHandler = qInstallMessageHandler(captureMessage);
    const auto restore = qScopeGuard([] {
        qInstallMessageHandler(g_previousHandler);
        QLoggingCategory::installFilter(g_previousFilter);
    });
    test::SimProcess sim;
    QVERIFY(sim.isReady());
    QVERIFY(sim.control(QStringLiteral("card ") + test::cardJsonLine(test::residentCard())));
    Bench b(sim.ptyPath());
    QVERIFY(b.waitCards(1));
    const auto card = b.card(0);
    QCOMPARE(card.number, QStringLiteral("11010519491231002X"));
    QCOMPARE(card.name, QStringLiteral("张三丰"));
    QCOMPARE(card.ethnicity, QStringLiteral("达斡尔"));
    QVERIFY(card.longTerm);
    QCOMPARE(card.wlt.size(), 1024);
    QVERIFY(card.photo.isNull());
    QVERIFY(card.photoUnavailableReason.contains(QStringLiteral("decoder")));
    QVERIFY(card.appendedAddress.isEmpty()); // the SAM answered 91
    QVERIFY(b.reader.backendDescription().contains(sim.ptyPath()));

    // The card stays on the reader for many more polls: not read again.
    const int finds = sim.received(QStringLiteral("2001"));
    QVERIFY(sim.waitReceived(QStringLiteral("2001"), finds + 5));
    QCOMPARE(b.cards.size(), 1);
    QCOMPARE(sim.received(QStringLiteral("3001")), 1);

    auto rows =
        sql::run(b.db->connection(),
                 QStringLiteral("SELECT staff_no, window_no, action, subject, detail, at FROM audit_log "
                                "WHERE action = 'idcard.read'"));
    QVERIFY(rows.ok());
    QVERIFY(rows->next());
    QCOMPARE(rows->value(0).toString(), QStringLiteral("C007"));
    QCOMPARE(rows->value(1).toInt(), 3);
    QCOMPARE(rows->value(3).toString(), QStringLiteral("1101**********002X"));
    QVERIFY(rows->value(4).toString().startsWith(QStringLiteral("resident_id serial")));
    QVERIFY(!rows->value(5).toString().isEmpty());
    QVERIFY(!rows->next());
    QCOMPARE(test::count(*b.db, QStringLiteral("audit_log"),
                         QStringLiteral("subject LIKE '%19491231%' OR detail LIKE '%19491231%'")),
             0);

    QStringList messages;
    {
        QMutexLocker lock(&g_messagesMutex);
        messages = g_messages;
    }
    QVERIFY(messages.join(QLatin1Char('\n')).contains(QStringLiteral("yc.device.idcard")));
    for (const QString &message : std::as_const(messages)) {
        QVERIFY2(!message.contains(QStringLiteral("19491231")), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("张三丰")), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("测试路")), qPrintable(message));
    }
}

void TestIdCardReader::newCardAfterRemovalAndSwap()
{
    test::SimProcess sim;
    QVERIFY(sim.isReady());
    Bench b(sim.ptyPath());
    QVERIFY(b.waitState(State::Waiting));
    QVERIFY(sim.control(QStringLiteral("card ") + test::cardJsonLine(test::residentCard())));
    QVERIFY(b.waitCards(1));
    // A failure while the card lies there does not make it a new card.
    QVERIFY(sim.control(QStringLiteral("status 2002 81 1")));
    QVERIFY(b.waitState(State::Error, idcard::samStatusMessage(idcard::sam::kSelectFailed)));
    QVERIFY(sim.waitReceived(QStringLiteral("2002"), sim.received(QStringLiteral("2002")) + 3));
    QCOMPARE(b.cards.size(), 1);
    QVERIFY(QTest::qWaitFor([&] { return b.reader.state() == State::Waiting; }, kWaitMs));
    QVERIFY(b.reader.message().contains(QStringLiteral("has been read")));
    QVERIFY(sim.control(QStringLiteral("remove")));
    QVERIFY(sim.waitReceived(QStringLiteral("2001"), sim.received(QStringLiteral("2001")) + 3));
    // The same card put back after it was taken away is a new read.
    QVERIFY(sim.control(QStringLiteral("card ") + test::cardJsonLine(test::residentCard())));
    QVERIFY(b.waitCards(2));
    // Swapped for another card without a poll in between: read at once.
    QJsonObject other = test::cardJson(test::otherResidentCard());
    other.insert(QStringLiteral("appendedAddress"), QStringLiteral("北京市海淀区新址路9号"));
    QVERIFY(sim.control(QStringLiteral("card ") +
                        QString::fromUtf8(QJsonDocument(other).toJson(QJsonDocument::Compact))));
    QVERIFY(b.waitCards(3));
    QCOMPARE(b.card(2).number, QStringLiteral("370102199003070155"));
    QCOMPARE(b.card(2).appendedAddress, QStringLiteral("北京市海淀区新址路9号"));
    QCOMPARE(b.card(2).ethnicity, QStringLiteral("德昂"));
    QCOMPARE(test::count(*b.db, QStringLiteral("audit_log"), QStringLiteral("action = 'idcard.read'")), 3);
}

void TestIdCardReader::threeLayouts()
{
    test::SimProcess sim;
    QVERIFY(sim.isReady());
    Bench b(sim.ptyPath());
    QVERIFY(sim.control(QStringLiteral("card ") + test::cardJsonLine(test::hkMacaoTaiwanCard())));
    QVERIFY(b.waitCards(1));
    QCOMPARE(b.card(0).kind, idcard::CardKind::HkMacaoTaiwanResidence);
    QCOMPARE(b.card(0).passNumber, QStringLiteral("H12345678"));
    QCOMPARE(b.card(0).idType(), QStringLiteral("hk_mo_tw_residence"));
    QVERIFY(sim.control(QStringLiteral("card ") + test::cardJsonLine(test::foreign2017Card())));
    QVERIFY(b.waitCards(2));
    QCOMPARE(b.card(1).kind, idcard::CardKind::ForeignPermanent2017);
    QCOMPARE(b.card(1).englishName, QStringLiteral("SMITH, JOHN ALEXANDER"));
    QCOMPARE(b.card(1).nationality, QStringLiteral("USA"));
    QVERIFY(sim.control(QStringLiteral("card ") + test::cardJsonLine(test::foreign2023Card())));
    QVERIFY(b.waitCards(3));
    QCOMPARE(b.card(2).kind, idcard::CardKind::ForeignPermanent2023);
    QCOMPARE(b.card(2).englishName, QStringLiteral("MARTIN-LEFEBVRE, MARIE CHRISTINE ANNE SOPHIE"));
    QCOMPARE(b.card(2).number, QStringLiteral("911840198005150021"));
}

void TestIdCardReader::statusPaths_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("visible"); // the clerk sees the message before the card is read
    using namespace idcard::sam;
    QTest::newRow("find: SAM self-test failed") << QStringLiteral("2001") << int(kSelfTestFailed) << true;
    QTest::newRow("find: SAM not authorised") << QStringLiteral("2001") << int(kNotAuthorised) << true;
    QTest::newRow("find: command refused") << QStringLiteral("2001") << int(kBadCommand) << true;
    QTest::newRow("find: not permitted") << QStringLiteral("2001") << int(kNotPermitted) << true;
    QTest::newRow("find: unknown error") << QStringLiteral("2001") << int(kUnknownError) << true;
    QTest::newRow("find: SAM saw a bad checksum (resent)")
        << QStringLiteral("2001") << int(kBadChecksum) << false;
    QTest::newRow("find: SAM saw a bad length (resent)")
        << QStringLiteral("2001") << int(kBadLength) << false;
    QTest::newRow("select failed") << QStringLiteral("2002") << int(kSelectFailed) << true;
    QTest::newRow("select: card authentication") << QStringLiteral("2002") << int(kCardAuthFailed) << true;
    QTest::newRow("read failed") << QStringLiteral("3001") << int(kReadFailed) << true;
    QTest::newRow("read: reader authentication") << QStringLiteral("3001") << int(kReaderAuthFailed) << true;
    QTest::newRow("read: verification") << QStringLiteral("3001") << int(kVerifyFailed) << true;
    QTest::newRow("read: unknown card type") << QStringLiteral("3001") << int(kUnknownCardType) << true;
    QTest::newRow("read: random number") << QStringLiteral("3001") << int(kRandomFailed) << true;
    QTest::newRow("appended address failed") << QStringLiteral("3003") << int(kReadFailed) << true;
    QTest::newRow("read: undocumented code") << QStringLiteral("3001") << 0x77 << true;
}

void TestIdCardReader::statusPaths()
{
    QFETCH(QString, command);
    QFETCH(int, status);
    QFETCH(bool, visible);
    test::SimProcess sim;
    QVERIFY(sim.isReady());
    Bench b(sim.ptyPath());
    QVERIFY(b.waitState(State::Waiting));
    QVERIFY(sim.control(QStringLiteral("status %1 %2 1").arg(command).arg(status, 2, 16, QLatin1Char('0'))));
    QVERIFY(sim.control(QStringLiteral("card ") + test::cardJsonLine(test::residentCard())));
    // After the one failure the card is read on a later poll, exactly once.
    QVERIFY(b.waitCards(1));
    QCOMPARE(b.card(0).number, QStringLiteral("11010519491231002X"));
    const QString message = idcard::samStatusMessage(quint8(status));
    bool seen = false;
    for (const auto &s : std::as_const(b.states))
        seen = seen || (s.at(0).value<State>() == State::Error && s.at(1).toString() == message);
    QCOMPARE(seen, visible);
    QVERIFY(sim.waitReceived(QStringLiteral("2001"), sim.received(QStringLiteral("2001")) + 3));
    QCOMPARE(b.cards.size(), 1);
}

void TestIdCardReader::cardSwappedMidRead_data()
{
    QTest::addColumn<QString>("when");
    QTest::newRow("between select and read") << QStringLiteral("3001");
    QTest::newRow("between read and appended address") << QStringLiteral("3003");
}

void TestIdCardReader::cardSwappedMidRead()
{
    QFETCH(QString, when);
    test::SimProcess sim;
    QVERIFY(sim.isReady());
    Bench b(sim.ptyPath());
    QVERIFY(b.waitState(State::Waiting));
    auto second = test::otherResidentCard();
    QVERIFY(sim.control(QStringLiteral("swap-on %1 %2").arg(when, test::cardJsonLine(second))));
    auto first = test::residentCard();
    QJsonObject firstJson = test::cardJson(first);
    firstJson.insert(QStringLiteral("appendedAddress"), QStringLiteral("北京市海淀区新址路9号"));
    QVERIFY(sim.control(QStringLiteral("card ") +
                        QString::fromUtf8(QJsonDocument(firstJson).toJson(QJsonDocument::Compact))));
    // The read that the swap interrupted is thrown away whole; the card now
    // on the reader is read, and nothing of the first one reaches the screen.
    QVERIFY(b.waitCards(1));
    QVERIFY(b.waitState(State::Error, idcard::samStatusMessage(idcard::sam::kReadFailed)));
    const auto card = b.card(0);
    QCOMPARE(card.number, QStringLiteral("370102199003070155"));
    QCOMPARE(card.name, QStringLiteral("李四"));
    QVERIFY(card.appendedAddress.isEmpty());
    QVERIFY(sim.waitReceived(QStringLiteral("2001"), sim.received(QStringLiteral("2001")) + 3));
    QCOMPARE(b.cards.size(), 1);
}

void TestIdCardReader::splitFramesAndGarbage()
{
    test::SimProcess sim;
    QVERIFY(sim.isReady());
    Bench b(sim.ptyPath());
    QVERIFY(b.waitState(State::Waiting));
    QVERIFY(sim.control(QStringLiteral("split 97")));
    QVERIFY(sim.control(QStringLiteral("garbage 00ffaaaa9613aaaaaa")));
    QVERIFY(sim.control(QStringLiteral("card ") + test::cardJsonLine(test::residentCard())));
    QVERIFY(b.waitCards(1));
    QCOMPARE(b.card(0).number, QStringLiteral("11010519491231002X"));
    QCOMPARE(b.card(0).address, QStringLiteral("北京市朝阳区测试路1号"));
}

void TestIdCardReader::wrongChecksum()
{
    test::SimProcess sim;
    QVERIFY(sim.isReady());
    Bench b(sim.ptyPath());
    QVERIFY(b.waitState(State::Waiting));
    // One damaged reply is asked for again; three in a row reach the clerk.
    QVERIFY(sim.control(QStringLiteral("bad-checksum 4")));
    QVERIFY(sim.control(QStringLiteral("card ") + test::cardJsonLine(test::residentCard())));
    QVERIFY(b.waitCards(1));
    QVERIFY(b.waitState(State::Error));
    bool damaged = false;
    for (const auto &s : std::as_const(b.states))
        damaged = damaged || s.at(1).toString().contains(QStringLiteral("damaged"));
    QVERIFY(damaged);
    QCOMPARE(b.card(0).number, QStringLiteral("11010519491231002X"));
}

void TestIdCardReader::cutOffFrame()
{
    test::SimProcess sim;
    QVERIFY(sim.isReady());
    Bench b(sim.ptyPath());
    QVERIFY(b.waitState(State::Waiting));
    QVERIFY(sim.control(QStringLiteral("truncate 3001 600 3")));
    QVERIFY(sim.control(QStringLiteral("card ") + test::cardJsonLine(test::residentCard())));
    QVERIFY(b.waitCards(1));
    bool incomplete = false;
    for (const auto &s : std::as_const(b.states))
        incomplete = incomplete || (s.at(0).value<State>() == State::Error &&
                                    s.at(1).toString().contains(QStringLiteral("incomplete")));
    QVERIFY(incomplete);
    QCOMPARE(b.card(0).number, QStringLiteral("11010519491231002X"));
    QCOMPARE(b.cards.size(), 1);
}

void TestIdCardReader::expiredCardWarned()
{
    test::SimProcess sim;
    QVERIFY(sim.isReady());
    auto expired = test::otherResidentCard();
    expired.validFrom = QStringLiteral("20050101");
    expired.validTo = QStringLiteral("20150101");
    QVERIFY(sim.control(QStringLiteral("card ") + test::cardJsonLine(expired)));
    Bench b(sim.ptyPath());
    QVERIFY(b.waitCards(1));
    QVERIFY(b.card(0).expired);
    QVERIFY(!b.card(0).warnings.isEmpty());
    QVERIFY(b.card(0).warnings.first().contains(QStringLiteral("2015-01-01")));
    QCOMPARE(test::count(*b.db, QStringLiteral("audit_log"), QStringLiteral("detail LIKE '% expired'")), 1);

    // A card whose data fail the checks is refused with a reason, not shown.
    auto broken = test::residentCard();
    broken.number[10] = QLatin1Char('0');
    QVERIFY(sim.control(QStringLiteral("card ") + test::cardJsonLine(broken)));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return b.reader.state() == State::Error &&
                   b.reader.message().contains(QStringLiteral("failed a check"));
        },
        kWaitMs));
    QCOMPARE(b.cards.size(), 1);
}

void TestIdCardReader::noReaderAndAutoDetection()
{
    {
        Bench b(QString(), optionsFor({QStringLiteral("/nonexistent/ttyUSB9")}));
        QVERIFY(b.waitState(State::NoReader));
        QVERIFY(b.reader.message().contains(QStringLiteral("/nonexistent/ttyUSB9")));
    }
    // Ports that are not readers are passed over: a file that is no tty, and
    // a terminal where nothing answers.
    test::SimProcess silent;
    test::SimProcess sim;
    QVERIFY(silent.isReady() && sim.isReady());
    QVERIFY(silent.control(QStringLiteral("silent 1000")));
    QVERIFY(sim.control(QStringLiteral("card ") + test::cardJsonLine(test::residentCard())));
    auto options = optionsFor({QStringLiteral("/dev/null"), silent.ptyPath(), sim.ptyPath()});
    options.serial.bauds = {115200};
    options.backend = IdCardReaderOptions::Backend::Auto;
    options.sdkLibraries = {QStringLiteral("/nonexistent/libsdtapi.so")};
    Bench b(QString(), options);
    QVERIFY(b.waitCards(1));
    QVERIFY(b.reader.backendDescription().startsWith(QStringLiteral("serial ") + sim.ptyPath()));
}

void TestIdCardReader::slowerBaudFound()
{
    test::SimProcess sim({QStringLiteral("--baud"), QStringLiteral("19200")});
    QVERIFY(sim.isReady());
    QVERIFY(sim.control(QStringLiteral("card ") + test::cardJsonLine(test::residentCard())));
    auto options = optionsFor({sim.ptyPath()});
    options.serial.probeTimeoutMs = 300;
    Bench b(QString(), options);
    QVERIFY(b.waitCards(1));
    QCOMPARE(b.reader.backendDescription(), QStringLiteral("serial %1 19200").arg(sim.ptyPath()));
}

void TestIdCardReader::readerLost()
{
    auto sim = std::make_unique<test::SimProcess>();
    QVERIFY(sim->isReady());
    Bench b(sim->ptyPath());
    QVERIFY(b.waitState(State::Waiting));
    sim.reset(); // the reader is unplugged
    QVERIFY(b.waitState(State::NoReader));
    QVERIFY(!b.reader.message().isEmpty());
    b.reader.stop();
    QVERIFY(b.waitState(State::Stopped));
}

QTEST_GUILESS_MAIN(TestIdCardReader)
#include "tst_idcardreader.moc"
