#include "idcard/cardtext.h"
#include "idcard/ethnicity.h"
#include "idcard/frame.h"
#include "idcard/idcarddata.h"
#include "idcard/samstatus.h"
#include "idcardsamples.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace yc;
using namespace yc::idcard;

Q_DECLARE_METATYPE(yc::idcard::CardText)

namespace {

const QDate kToday(2026, 11, 22);

QByteArray hex(const char *h)
{
    return QByteArray::fromHex(h);
}

QList<FrameReader::Next> drain(FrameReader &reader)
{
    QList<FrameReader::Next> out;
    for (;;) {
        auto next = reader.next();
        if (next.outcome == FrameReader::Outcome::NeedMore)
            return out;
        out << next;
    }
}

QByteArray baseInfoFrame(const CardText &text)
{
    return buildResponse(sam::kOk,
                         joinBaseInfo({joinCardText(text), QByteArray(kPhotoSize, '\0'), {}}, false));
}

} // namespace

class TestIdCardParsing : public QObject
{
    Q_OBJECT

private slots:
    void commandFramesMatchPublishedBytes_data();
    void commandFramesMatchPublishedBytes();
    void responseFramesMatchPublishedBytes();
    void readBaseInfoFrameHasTheStandardSize();
    void readerCopesWithSplitFramesAndGarbage();
    void readerDropsWrongChecksumAndFindsTheNextFrame();
    void readerDropsImpossibleLength();
    void readerWaitsOnCutOffFrame();
    void baseInfoRejectsInconsistentLengths();
    void ethnicityTable();
    void residentCard();
    void hkMacaoTaiwanCard();
    void foreign2017Card();
    void foreign2023Card();
    void longTermAndExpiry();
    void refusesWrongPerson_data();
    void refusesWrongPerson();
    void unknownLayoutFlagRefused();
    void statusMessages();
    void fuzzFramesAndText();
};

void TestIdCardParsing::commandFramesMatchPublishedBytes_data()
{
    QTest::addColumn<int>("command");
    QTest::addColumn<QByteArray>("frame");
    // Frames as published in the research (checksums verified there).
    QTest::newRow("reset") << int(Command::ResetSam) << hex("aaaaaa96690003 10ff ec");
    QTest::newRow("status") << int(Command::SamStatus) << hex("aaaaaa96690003 11ff ed");
    QTest::newRow("sam id") << int(Command::SamId) << hex("aaaaaa96690003 12ff ee");
    QTest::newRow("find") << int(Command::FindCard) << hex("aaaaaa96690003 2001 22");
    QTest::newRow("select") << int(Command::SelectCard) << hex("aaaaaa96690003 2002 21");
    QTest::newRow("read base") << int(Command::ReadBase) << hex("aaaaaa96690003 3001 32");
    QTest::newRow("appended address") << int(Command::ReadAppendedAddress) << hex("aaaaaa96690003 3003 30");
    QTest::newRow("with fingerprint")
        << int(Command::ReadBaseWithFingerprint) << hex("aaaaaa96690003 3010 23");
}

void TestIdCardParsing::commandFramesMatchPublishedBytes()
{
    QFETCH(int, command);
    QFETCH(QByteArray, frame);
    QCOMPARE(buildCommand(Command(command)), frame);
    FrameReader reader;
    reader.append(frame);
    const auto next = reader.next();
    QCOMPARE(next.outcome, FrameReader::Outcome::Frame);
    const auto parsed = parseCommandBody(next.body);
    QVERIFY(parsed.ok());
    QCOMPARE(int(parsed->command()), command);
}

void TestIdCardParsing::responseFramesMatchPublishedBytes()
{
    QCOMPARE(buildResponse(sam::kOk), hex("aaaaaa9669000400009094"));
    QCOMPARE(buildResponse(sam::kSelfTestFailed), hex("aaaaaa9669000400006064"));
    QCOMPARE(buildResponse(sam::kFindFailed), hex("aaaaaa9669000400008084"));
    QCOMPARE(buildResponse(sam::kSelectFailed), hex("aaaaaa9669000400008185"));
    QCOMPARE(buildResponse(sam::kNoContent), hex("aaaaaa9669000400009195"));
    QCOMPARE(buildResponse(sam::kCardFound, QByteArray(4, '\0')), hex("aaaaaa96690008 00009f 00000000 97"));
    QCOMPARE(buildResponse(sam::kOk, QByteArray(8, '\0')), hex("aaaaaa9669000c 000090 0000000000000000 9c"));
}

void TestIdCardParsing::readBaseInfoFrameHasTheStandardSize()
{
    const QByteArray frame = baseInfoFrame(test::residentCard());
    QCOMPARE(frame.size(), 1295);
    QCOMPARE(frame.mid(5, 9), hex("0508 000090 0100 0400"));
}

void TestIdCardParsing::readerCopesWithSplitFramesAndGarbage()
{
    const QByteArray a = baseInfoFrame(test::residentCard());
    const QByteArray b = buildResponse(sam::kFindFailed);
    // Noise that contains parts of a preamble, then a frame split at every
    // awkward place (inside the preamble, inside the length, inside the body).
    const QByteArray stream = hex("00ffaaaa9613aaaaaa96") + a + hex("aa") + b;
    FrameReader reader;
    QList<FrameReader::Next> frames;
    qsizetype pos = 0;
    int step = 1;
    while (pos < stream.size()) {
        reader.append(stream.mid(pos, step));
        pos += step;
        step = step % 13 + 1;
        frames << drain(reader);
    }
    QCOMPARE(frames.size(), 2);
    QCOMPARE(frames.at(0).outcome, FrameReader::Outcome::Frame);
    QCOMPARE(frames.at(0).body, a.mid(7, a.size() - 8));
    QCOMPARE(frames.at(1).body, b.mid(7, b.size() - 8));
    QCOMPARE(reader.pending(), 0);
    QCOMPARE(reader.discarded(), 11);
}

void TestIdCardParsing::readerDropsWrongChecksumAndFindsTheNextFrame()
{
    QByteArray damaged = baseInfoFrame(test::residentCard());
    damaged[200] = char(damaged.at(200) ^ 0x01); // one bit in the name
    const QByteArray good = baseInfoFrame(test::otherResidentCard());
    FrameReader reader;
    reader.append(damaged + good);
    const auto out = drain(reader);
    QCOMPARE(out.size(), 2);
    QCOMPARE(out.at(0).outcome, FrameReader::Outcome::BadChecksum);
    QCOMPARE(out.at(1).outcome, FrameReader::Outcome::Frame);
    const auto response = parseResponseBody(out.at(1).body);
    QVERIFY(response.ok());
    const auto card = parseCard(splitBaseInfo(response->data, false)->text, {}, kToday);
    QVERIFY(card.ok());
    QCOMPARE(card->number, QStringLiteral("370102199003070155"));
}

void TestIdCardParsing::readerDropsImpossibleLength()
{
    FrameReader reader;
    reader.append(hex("aaaaaa9669ffff00009094") + buildResponse(sam::kOk));
    const auto out = drain(reader);
    QCOMPARE(out.size(), 2);
    QCOMPARE(out.at(0).outcome, FrameReader::Outcome::BadLength);
    QCOMPARE(out.at(1).outcome, FrameReader::Outcome::Frame);
}

void TestIdCardParsing::readerWaitsOnCutOffFrame()
{
    const QByteArray frame = baseInfoFrame(test::residentCard());
    FrameReader reader;
    reader.append(frame.left(700));
    QVERIFY(drain(reader).isEmpty());
    QCOMPARE(reader.pending(), 700);
    reader.clear();
    QCOMPARE(reader.pending(), 0);
}

void TestIdCardParsing::baseInfoRejectsInconsistentLengths()
{
    const QByteArray data = joinBaseInfo({QByteArray(256, ' '), QByteArray(1024, '\0'), {}}, false);
    QVERIFY(splitBaseInfo(data, false).ok());
    QVERIFY(!splitBaseInfo(data.left(data.size() - 1), false).ok());
    QVERIFY(!splitBaseInfo(data + 'x', false).ok());
    QVERIFY(!splitBaseInfo(hex("01"), false).ok());
    const QByteArray fp =
        joinBaseInfo({QByteArray(256, ' '), QByteArray(1024, '\0'), QByteArray(512, 'f')}, true);
    const auto split = splitBaseInfo(fp, true);
    QVERIFY(split.ok());
    QCOMPARE(split->fingerprint.size(), 512);
}

void TestIdCardParsing::ethnicityTable()
{
    QCOMPARE(ethnicityName(QStringLiteral("01")), QStringLiteral("汉"));
    QCOMPARE(ethnicityName(QStringLiteral("31")), QStringLiteral("达斡尔"));
    QCOMPARE(ethnicityName(QStringLiteral("46")), QStringLiteral("德昂"));
    QCOMPARE(ethnicityName(QStringLiteral("56")), QStringLiteral("基诺"));
    QCOMPARE(ethnicityName(QStringLiteral("97")), QStringLiteral("其他"));
    QCOMPARE(ethnicityName(QStringLiteral("98")), QStringLiteral("外国血统中国籍人士"));
    QVERIFY(ethnicityName(QStringLiteral("00")).isEmpty());
    QVERIFY(ethnicityName(QStringLiteral("57")).isEmpty());
    QVERIFY(ethnicityName(QStringLiteral("1")).isEmpty());
    QVERIFY(ethnicityName(QStringLiteral("０１")).isEmpty());
    QSet<QString> names;
    for (int code = 1; code <= 56; ++code)
        names.insert(ethnicityName(QStringLiteral("%1").arg(code, 2, 10, QLatin1Char('0'))));
    QCOMPARE(names.size(), 56);
}

void TestIdCardParsing::residentCard()
{
    const QByteArray block = joinCardText(test::residentCard());
    QCOMPARE(block.size(), 256);
    // Name at 0, number at 122, type flag ' ' at 248, all UCS-2 LE.
    QCOMPARE(block.mid(0, 2), hex("205f")); // 张 U+5F20
    QCOMPARE(block.mid(122, 4), hex("31003100"));
    QCOMPARE(block.mid(248, 2), hex("2000"));
    const auto card = parseCard(block, QByteArray(1024, 'w'), kToday);
    QVERIFY2(card.ok(), qPrintable(card.error().message));
    QCOMPARE(card->kind, CardKind::Resident);
    QCOMPARE(card->name, QStringLiteral("张三丰"));
    QCOMPARE(card->gender, QStringLiteral("female"));
    QCOMPARE(card->ethnicityCode, QStringLiteral("31"));
    QCOMPARE(card->ethnicity, QStringLiteral("达斡尔"));
    QCOMPARE(card->birthDate, QDate(1949, 12, 31));
    QCOMPARE(card->address, QStringLiteral("北京市朝阳区测试路1号"));
    QCOMPARE(card->number, QStringLiteral("11010519491231002X"));
    QCOMPARE(card->authority, QStringLiteral("北京市公安局朝阳分局"));
    QCOMPARE(card->validFrom, QDate(2020, 1, 1));
    QVERIFY(card->longTerm);
    QVERIFY(!card->expired);
    QVERIFY(card->warnings.isEmpty());
    QCOMPARE(card->wlt, QByteArray(1024, 'w'));
    QCOMPARE(card->idType(), QStringLiteral("resident_id"));

    auto withNewAddress = card.value();
    QCOMPARE(applicantFromCard(withNewAddress).address, QStringLiteral("北京市朝阳区测试路1号"));
    withNewAddress.appendedAddress = QStringLiteral("北京市海淀区新址路9号");
    const ApplicantInput applicant = applicantFromCard(withNewAddress);
    QCOMPARE(applicant.name, QStringLiteral("张三丰"));
    QCOMPARE(applicant.idType, QStringLiteral("resident_id"));
    QCOMPARE(applicant.idNumber, QStringLiteral("11010519491231002X"));
    QCOMPARE(applicant.address, QStringLiteral("北京市海淀区新址路9号"));
}

void TestIdCardParsing::hkMacaoTaiwanCard()
{
    const QByteArray block = joinCardText(test::hkMacaoTaiwanCard());
    QCOMPARE(block.mid(248, 2), hex("4a00"));
    QCOMPARE(block.mid(220, 2), hex("4800")); // 'H' of the pass number
    const auto card = parseCard(block, {}, QDate(2025, 6, 1));
    QVERIFY2(card.ok(), qPrintable(card.error().message));
    QCOMPARE(card->kind, CardKind::HkMacaoTaiwanResidence);
    QCOMPARE(card->name, QStringLiteral("陈大文"));
    QCOMPARE(card->gender, QStringLiteral("male"));
    QVERIFY(card->ethnicity.isEmpty());
    QCOMPARE(card->passNumber, QStringLiteral("H12345678"));
    QCOMPARE(card->issueCount, QStringLiteral("01"));
    QCOMPARE(card->number, QStringLiteral("810000198506150012"));
    QCOMPARE(card->validTo, QDate(2026, 1, 1));
    QCOMPARE(card->idType(), QStringLiteral("hk_mo_tw_residence"));
}

void TestIdCardParsing::foreign2017Card()
{
    const QByteArray block = joinCardText(test::foreign2017Card());
    QCOMPARE(block.mid(248, 2), hex("4900"));
    QCOMPARE(block.mid(0, 2), hex("5300"));       // 'S' of the English name at 0
    QCOMPARE(block.mid(152, 2), hex("5500"));     // 'U' of the nationality at 152
    QCOMPARE(block.mid(220, 4), hex("31003900")); // birth date at 220
    const auto card = parseCard(block, {}, kToday);
    QVERIFY2(card.ok(), qPrintable(card.error().message));
    QCOMPARE(card->kind, CardKind::ForeignPermanent2017);
    QCOMPARE(card->englishName, QStringLiteral("SMITH, JOHN ALEXANDER"));
    QCOMPARE(card->name, QStringLiteral("史密斯"));
    QCOMPARE(card->nationality, QStringLiteral("USA"));
    QCOMPARE(card->birthDate, QDate(1980, 5, 15));
    QCOMPARE(card->number, QStringLiteral("USA110080051512"));
    QCOMPARE(card->cardVersion, QStringLiteral("01"));
    QCOMPARE(card->acceptingAuthority, QStringLiteral("1100"));
    QVERIFY(card->authority.isEmpty());
    QCOMPARE(card->idType(), QStringLiteral("foreign_permanent"));
    // Without the Chinese name the English one is shown.
    auto noChinese = test::foreign2017Card();
    noChinese.name.clear();
    const auto english = parseCard(joinCardText(noChinese), {}, kToday);
    QVERIFY(english.ok());
    QCOMPARE(english->displayName(), QStringLiteral("SMITH, JOHN ALEXANDER"));
}

void TestIdCardParsing::foreign2023Card()
{
    const QByteArray block = joinCardText(test::foreign2023Card());
    QCOMPARE(block.mid(248, 2), hex("5900"));
    const auto card = parseCard(block, {}, kToday);
    QVERIFY2(card.ok(), qPrintable(card.error().message));
    QCOMPARE(card->kind, CardKind::ForeignPermanent2023);
    QCOMPARE(card->name, QStringLiteral("玛丽"));
    QCOMPARE(card->englishName, QStringLiteral("MARTIN-LEFEBVRE, MARIE CHRISTINE ANNE SOPHIE"));
    QCOMPARE(card->gender, QStringLiteral("female"));
    QCOMPARE(card->nationality, QStringLiteral("FRA"));
    QCOMPARE(card->renewalCount, QStringLiteral("00"));
    QCOMPARE(card->number, QStringLiteral("911840198005150021"));
    // A name that breaks at a space between the two slots keeps the space.
    auto spaced = test::foreign2023Card();
    spaced.englishName = QString(34, QLatin1Char('A')) + QStringLiteral(" BCD");
    const auto split = splitCardText(joinCardText(spaced));
    QVERIFY(split.ok());
    QCOMPARE(split->englishName, spaced.englishName);
}

void TestIdCardParsing::longTermAndExpiry()
{
    auto t = test::otherResidentCard(); // valid to 2035-03-01
    auto card = checkCard(t, QDate(2035, 3, 1));
    QVERIFY(card.ok());
    QVERIFY(!card->expired);
    card = checkCard(t, QDate(2035, 3, 2));
    QVERIFY(card.ok());
    QVERIFY(card->expired);
    QCOMPARE(card->warnings.size(), 1);
    QVERIFY(card->warnings.first().contains(QStringLiteral("2035-03-01")));

    t.validTo = QStringLiteral("长期");
    card = checkCard(t, QDate(2090, 1, 1));
    QVERIFY(card.ok());
    QVERIFY(card->longTerm);
    QVERIFY(!card->validTo.isValid());
    QVERIFY(!card->expired);
}

void TestIdCardParsing::refusesWrongPerson_data()
{
    QTest::addColumn<CardText>("text");
    QTest::addColumn<QString>("code");
    auto t = test::residentCard();
    t.number[5] = QLatin1Char('6');
    QTest::newRow("check digit") << t << QStringLiteral("idcard.number");
    t = test::residentCard();
    t.birthDate = QStringLiteral("19491230");
    QTest::newRow("birth date differs from number") << t << QStringLiteral("idcard.number");
    t = test::residentCard();
    t.gender = QStringLiteral("1");
    QTest::newRow("gender differs from number") << t << QStringLiteral("idcard.number");
    t = test::residentCard();
    t.number = QStringLiteral("810000198506150012");
    t.birthDate = QStringLiteral("19850615");
    t.gender = QStringLiteral("1");
    QTest::newRow("permit number on a resident card") << t << QStringLiteral("idcard.number");
    t = test::residentCard();
    t.name.clear();
    QTest::newRow("empty name") << t << QStringLiteral("idcard.name");
    t = test::residentCard();
    t.name = QStringLiteral("张\u0007三");
    QTest::newRow("control character") << t << QStringLiteral("idcard.text");
    t = test::residentCard();
    t.gender = QStringLiteral("5");
    QTest::newRow("gender code") << t << QStringLiteral("idcard.gender");
    t = test::residentCard();
    t.validFrom = QStringLiteral("20201301");
    QTest::newRow("validity start") << t << QStringLiteral("idcard.validity");
    t = test::residentCard();
    t.validTo = QStringLiteral("20100101");
    QTest::newRow("validity ends before it starts") << t << QStringLiteral("idcard.validity");
    t = test::residentCard();
    t.validTo = QStringLiteral("长 期");
    QTest::newRow("validity text") << t << QStringLiteral("idcard.validity");
    t = test::residentCard();
    t.birthDate = QStringLiteral("1949123１");
    QTest::newRow("full-width digit in a date") << t << QStringLiteral("idcard.birth_date");
    t = test::foreign2017Card();
    t.number = QStringLiteral("911840198005150021");
    QTest::newRow("2023 number on a 2017 card") << t << QStringLiteral("idcard.number");
}

void TestIdCardParsing::refusesWrongPerson()
{
    QFETCH(CardText, text);
    QFETCH(QString, code);
    const auto card = checkCard(text, kToday);
    QVERIFY(!card.ok());
    QCOMPARE(card.error().code, code);
    QVERIFY(!card.error().message.isEmpty());
    QVERIFY(!card.error().message.contains(text.number));
}

void TestIdCardParsing::unknownLayoutFlagRefused()
{
    QByteArray block = joinCardText(test::residentCard());
    block[248] = 'Z';
    QCOMPARE(splitCardText(block).error().code, QStringLiteral("idcard.kind"));
    QCOMPARE(splitCardText(block.left(255)).error().code, QStringLiteral("idcard.text"));
    auto t = test::residentCard();
    t.ethnicity = QStringLiteral("77");
    const auto card = checkCard(t, kToday);
    QVERIFY(card.ok());
    QCOMPARE(card->warnings.size(), 1);
}

void TestIdCardParsing::statusMessages()
{
    for (const quint8 code :
         {sam::kBadChecksum, sam::kBadLength, sam::kBadCommand, sam::kNotPermitted, sam::kUnknownError,
          sam::kCardAuthFailed, sam::kReaderAuthFailed, sam::kVerifyFailed, sam::kUnknownCardType,
          sam::kReadFailed, sam::kRandomFailed, sam::kSelfTestFailed, sam::kNotAuthorised, sam::kFindFailed,
          sam::kSelectFailed}) {
        QVERIFY(!samStatusMessage(code).isEmpty());
        QVERIFY(!samStatusMessage(code).contains(QStringLiteral("0x")));
    }
    QVERIFY(samStatusMessage(0x77).contains(QStringLiteral("0x77")));
    QVERIFY(samStatusIsTransient(sam::kReadFailed));
    QVERIFY(!samStatusIsTransient(sam::kNotAuthorised));
}

void TestIdCardParsing::fuzzFramesAndText()
{
    constexpr quint32 kSeed = 20261122;
    constexpr int kRounds = 20000;
    qInfo("fuzz seed %u, %d rounds", kSeed, kRounds);
    QRandomGenerator rng(kSeed);
    const auto randomBytes = [&rng](qsizetype n) {
        QByteArray b(n, '\0');
        for (char &c : b)
            c = char(rng.bounded(256));
        return b;
    };
    const CardText samples[] = {test::residentCard(), test::otherResidentCard(), test::hkMacaoTaiwanCard(),
                                test::foreign2017Card(), test::foreign2023Card()};
    const QByteArray preamble = QByteArray::fromRawData(kPreamble, kPreambleSize);
    int frames = 0;
    int people = 0;
    for (int round = 0; round < kRounds; ++round) {
        // 1. Valid frames between random noise, cut into random pieces: each
        //    body comes back exactly, in order.
        QList<QByteArray> bodies;
        QByteArray stream;
        const int count = rng.bounded(1, 4);
        for (int i = 0; i < count; ++i) {
            QByteArray noise = randomBytes(rng.bounded(0, 20));
            noise.replace(preamble, QByteArray("x"));
            bodies << randomBytes(rng.bounded(2, 1400));
            stream += noise + buildFrame(bodies.last());
        }
        FrameReader reader;
        QList<QByteArray> got;
        for (qsizetype pos = 0; pos < stream.size();) {
            const qsizetype step = rng.bounded(1, 300);
            reader.append(stream.mid(pos, step));
            pos += step;
            for (const auto &n : drain(reader)) {
                if (n.outcome == FrameReader::Outcome::Frame)
                    got << n.body;
            }
        }
        QCOMPARE(got, bodies);
        frames += int(got.size());

        // 2. Pure noise, and noise with planted preambles: never a crash,
        //    every frame found re-encodes to bytes that were in the input.
        QByteArray noise = randomBytes(rng.bounded(0, 2000));
        for (int i = rng.bounded(0, 4); i > 0; --i)
            noise.insert(rng.bounded(qsizetype(noise.size()) + 1), preamble);
        FrameReader noisy;
        noisy.append(noise);
        for (const auto &n : drain(noisy)) {
            if (n.outcome == FrameReader::Outcome::Frame) {
                QVERIFY(noise.contains(buildFrame(n.body)));
                (void)parseResponseBody(n.body);
                (void)parseCommandBody(n.body);
            }
        }

        // 3. A real card frame with one byte changed: never a different
        //    person (the checksum catches every single-byte change).
        const CardText &person = samples[rng.bounded(int(std::size(samples)))];
        QByteArray frame = baseInfoFrame(person);
        const qsizetype at = rng.bounded(qsizetype(frame.size()));
        frame[at] = char(frame.at(at) ^ char(rng.bounded(1, 256)));
        FrameReader one;
        one.append(frame);
        for (const auto &n : drain(one)) {
            if (n.outcome != FrameReader::Outcome::Frame)
                continue;
            const auto r = parseResponseBody(n.body);
            const auto info = r.ok() ? splitBaseInfo(r->data, false) : Result<BaseInfo>(Error{});
            if (!info.ok())
                continue;
            const auto card = parseCard(info->text, info->photo, kToday);
            QVERIFY(!card.ok() || card->number == person.number);
        }

        // 4. Random text blocks with each layout flag: split and check never
        //    crash, and what splits re-joins to the same fields.
        QByteArray block = randomBytes(kTextBlockSize);
        const char flags[] = {' ', 'J', 'I', 'Y', 'Q', '\0'};
        block[248] = flags[rng.bounded(int(sizeof flags))];
        block[249] = rng.bounded(4) == 0 ? char(rng.bounded(256)) : '\0';
        const auto split = splitCardText(block);
        if (split.ok()) {
            const auto again = splitCardText(joinCardText(split.value()));
            QVERIFY(again.ok());
            QCOMPARE(again.value(), split.value());
            if (checkCard(split.value(), kToday).ok())
                ++people;
        }

        // 5. Round trip of random field values that fit their slots.
        CardText t = samples[rng.bounded(int(std::size(samples)))];
        const auto randomText = [&rng](int maxChars) {
            static const QString alphabet = QStringLiteral("ABCxyz0189 张三丰北京路号·-長");
            QString s;
            const int n = rng.bounded(0, maxChars + 1);
            for (int i = 0; i < n; ++i)
                s.append(alphabet.at(rng.bounded(int(alphabet.size()))));
            return s.trimmed();
        };
        t.name = randomText(t.kind == CardKind::ForeignPermanent2017 ? 15 : 15);
        t.address = t.kind == CardKind::Resident || t.kind == CardKind::HkMacaoTaiwanResidence
                        ? randomText(35)
                        : QString();
        if (t.kind == CardKind::ForeignPermanent2023)
            t.englishName = randomText(46);
        else if (t.kind == CardKind::ForeignPermanent2017)
            t.englishName = randomText(60);
        const auto back = splitCardText(joinCardText(t));
        QVERIFY(back.ok());
        QCOMPARE(back.value(), t);
    }
    qInfo("fuzz: %d frames round-tripped, %d random blocks passed all checks", frames, people);
    QVERIFY(frames >= kRounds);
}

QTEST_GUILESS_MAIN(TestIdCardParsing)
#include "tst_idcardparsing.moc"
