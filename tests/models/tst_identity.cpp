#include "identity/identitynumbers.h"

#include <QTest>

using namespace yc;
using namespace yc::identity;

// Every valid number here was made up and its check character computed with
// the algorithm of its standard (the python one-liners are in the comments);
// none is copied from a real document. 932682198501010017 is the example the
// National Immigration Administration's 2023 notes and public validators use.
//
// GB 11643: check = "10X98765432"[sum(d[i] * (2^(17-i) mod 11)) mod 11]
// GB 32100: check = alphabet[(31 - sum(value(c[i]) * 3^i mod 31) mod 31) mod 31]

Q_DECLARE_METATYPE(yc::identity::IdKind)

namespace {

const QDate kToday(2026, 3, 2);

} // namespace

class TestIdentity : public QObject
{
    Q_OBJECT

private slots:
    void acceptsValidIdNumbers_data();
    void acceptsValidIdNumbers();
    void refusesInvalidIdNumbers_data();
    void refusesInvalidIdNumbers();
    void doesNotRevealTheExpectedCheckCharacter();
    void checksCreditCodes_data();
    void checksCreditCodes();
    void checksPhones_data();
    void checksPhones();
};

void TestIdentity::acceptsValidIdNumbers_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<IdKind>("kind");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<QString>("gender");
    QTest::addColumn<QString>("region");

    const QString male = QStringLiteral("male");
    const QString female = QStringLiteral("female");
    // 37010219900307018 -> check X (sequence 018: even, female).
    QTest::newRow("18 digits ending in X")
        << QStringLiteral("37010219900307018X") << IdKind::Resident18 << QStringLiteral("37010219900307018X")
        << QDate(1990, 3, 7) << female << QStringLiteral("370102");
    QTest::newRow("lower-case x") << QStringLiteral("37010219900307018x") << IdKind::Resident18
                                  << QStringLiteral("37010219900307018X") << QDate(1990, 3, 7) << female
                                  << QStringLiteral("370102");
    // 44030419851124046 -> check 1.
    QTest::newRow("18 digits, digit check")
        << QStringLiteral("440304198511240461") << IdKind::Resident18 << QStringLiteral("440304198511240461")
        << QDate(1985, 11, 24) << female << QStringLiteral("440304");
    // 11010120000229007 -> check 7: 2000 was a leap year.
    QTest::newRow("born on 29 February 2000")
        << QStringLiteral("110101200002290077") << IdKind::Resident18 << QStringLiteral("110101200002290077")
        << QDate(2000, 2, 29) << male << QStringLiteral("110101");
    // 11010120260302005 -> check 5: born today.
    QTest::newRow("born today") << QStringLiteral("110101202603020055") << IdKind::Resident18
                                << QStringLiteral("110101202603020055") << kToday << male
                                << QStringLiteral("110101");
    QTest::newRow("full-width digits and x")
        << QStringLiteral("３７０１０２１９９００３０７０１８ｘ") << IdKind::Resident18
        << QStringLiteral("37010219900307018X") << QDate(1990, 3, 7) << female << QStringLiteral("370102");
    QTest::newRow("spaces inside and around")
        << QStringLiteral("  370102 19900307 018X\t") << IdKind::Resident18
        << QStringLiteral("37010219900307018X") << QDate(1990, 3, 7) << female << QStringLiteral("370102");
    QTest::newRow("ideographic spaces")
        << QStringLiteral("370102\u300019900307\u3000018X") << IdKind::Resident18
        << QStringLiteral("37010219900307018X") << QDate(1990, 3, 7) << female << QStringLiteral("370102");
    QTest::newRow("15-digit first-generation number")
        << QStringLiteral("370102900307123") << IdKind::Resident15 << QStringLiteral("370102900307123")
        << QDate(1990, 3, 7) << male << QStringLiteral("370102");
    // 81000019850615001 -> 2, 82000019920229002 -> 0, 83000020000101003 -> 4.
    QTest::newRow("Hong Kong residence permit")
        << QStringLiteral("810000198506150012") << IdKind::HkMacaoTaiwanResidence
        << QStringLiteral("810000198506150012") << QDate(1985, 6, 15) << male << QStringLiteral("810000");
    QTest::newRow("Macao residence permit")
        << QStringLiteral("820000199202290020") << IdKind::HkMacaoTaiwanResidence
        << QStringLiteral("820000199202290020") << QDate(1992, 2, 29) << female << QStringLiteral("820000");
    QTest::newRow("Taiwan residence permit")
        << QStringLiteral("830000200001010034") << IdKind::HkMacaoTaiwanResidence
        << QStringLiteral("830000200001010034") << QDate(2000, 1, 1) << male << QStringLiteral("830000");
    QTest::newRow("foreign permanent resident, 2023 format (published example)")
        << QStringLiteral("932682198501010017") << IdKind::ForeignPermanentResident
        << QStringLiteral("932682198501010017") << QDate(1985, 1, 1) << male << QStringLiteral("320000");
    // 91184019800515002 -> 1: accepted in Beijing (11), nationality 840.
    QTest::newRow("foreign permanent resident, 2023 format")
        << QStringLiteral("911840198005150021") << IdKind::ForeignPermanentResident
        << QStringLiteral("911840198005150021") << QDate(1980, 5, 15) << female << QStringLiteral("110000");
    QTest::newRow("foreign permanent resident, older format")
        << QStringLiteral("USA110080051512") << IdKind::ForeignPermanentResident
        << QStringLiteral("USA110080051512") << QDate(1980, 5, 15) << QString() << QString();
    QTest::newRow("older foreign format, born this century, lower case")
        << QStringLiteral("gbr310015032007") << IdKind::ForeignPermanentResident
        << QStringLiteral("GBR310015032007") << QDate(2015, 3, 20) << QString() << QString();
}

void TestIdentity::acceptsValidIdNumbers()
{
    QFETCH(QString, input);
    QFETCH(IdKind, kind);
    QFETCH(QString, normalized);
    QFETCH(QDate, birth);
    QFETCH(QString, gender);
    QFETCH(QString, region);
    const auto info = parseIdNumber(input, kToday);
    QVERIFY2(info.ok(), qPrintable(info.error().code + QStringLiteral(": ") + info.error().message));
    QCOMPARE(info->kind, kind);
    QCOMPARE(info->normalized, normalized);
    QCOMPARE(info->birthDate, birth);
    QCOMPARE(info->gender, gender);
    QCOMPARE(info->regionCode, region);
}

void TestIdentity::refusesInvalidIdNumbers_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("code");

    const QString length = QStringLiteral("id.length");
    const QString characters = QStringLiteral("id.characters");
    const QString check = QStringLiteral("id.check");
    const QString birth = QStringLiteral("id.birth_date");
    const QString region = QStringLiteral("id.region");

    QTest::newRow("empty") << QString() << QStringLiteral("id.empty");
    QTest::newRow("only spaces") << QStringLiteral("  \u3000 ") << QStringLiteral("id.empty");
    QTest::newRow("17 digits") << QStringLiteral("37010219900307018") << length;
    QTest::newRow("19 characters") << QStringLiteral("37010219900307018X1") << length;
    QTest::newRow("16 digits") << QStringLiteral("3701021990030701") << length;
    QTest::newRow("wrong check digit") << QStringLiteral("370102199003070181") << check;
    QTest::newRow("two digits swapped") << QStringLiteral("440304198511204061") << check;
    QTest::newRow("wrong check on a residence permit") << QStringLiteral("810000198506150013") << check;
    QTest::newRow("wrong check on a 2023 foreign card") << QStringLiteral("911840198005150022") << check;
    QTest::newRow("X not at the end") << QStringLiteral("3701021990030701X8") << characters;
    QTest::newRow("letter inside") << QStringLiteral("37010219900A07018X") << characters;
    QTest::newRow("X on a 15-digit number") << QStringLiteral("37010290030712X") << characters;
    QTest::newRow("older foreign format with digits first")
        << QStringLiteral("1SA110080051512") << characters;
    QTest::newRow("dash inside") << QStringLiteral("370102-19900307-018X") << characters;
    // Check characters computed so only the date is wrong:
    // 37010220010230123 -> 3, 37010220300101123 -> 0, 37010218991231123 -> 6,
    // 11010120260303005 -> 0, 81000019930229001 -> 8.
    QTest::newRow("30 February") << QStringLiteral("370102200102301233") << birth;
    QTest::newRow("born in 2030") << QStringLiteral("370102203001011230") << birth;
    QTest::newRow("born tomorrow") << QStringLiteral("110101202603030050") << birth;
    QTest::newRow("born in 1899") << QStringLiteral("370102189912311236") << birth;
    QTest::newRow("29 February 1993 on a permit") << QStringLiteral("810000199302290018") << birth;
    QTest::newRow("15 digits, 30 February") << QStringLiteral("370102900230123") << birth;
    QTest::newRow("15 digits, month 13") << QStringLiteral("370102901307123") << birth;
    QTest::newRow("older foreign format, 31 April") << QStringLiteral("USA110080043112") << birth;
    // 72010219900307123 -> 3, 71010219900307123 -> 1, 99984019800515002 -> 3.
    QTest::newRow("no such province") << QStringLiteral("720102199003071233") << region;
    QTest::newRow("Taiwan code on a resident number") << QStringLiteral("710102199003071231") << region;
    QTest::newRow("2023 foreign card, no such province") << QStringLiteral("999840198005150023") << region;
    QTest::newRow("15 digits, no such province") << QStringLiteral("000102900307123") << region;
    QTest::newRow("SQL") << QStringLiteral("370102' OR '1'='1") << characters;
    QTest::newRow("SQL comment") << QStringLiteral("1; DROP TABLE applicant; --") << characters;
    QTest::newRow("NUL inside") << QStringLiteral("370102199003\u00000718X") << characters;
    QTest::newRow("control characters") << QStringLiteral("\u0007\u001b[2J37010219900307018X") << characters;
    QTest::newRow("surrogate pair") << QStringLiteral("37010219900307𠮷8X") << characters;
    QTest::newRow("lone surrogate") << QString(QChar(0xD842)) + QStringLiteral("7010219900307018X")
                                    << characters;
    QTest::newRow("right-to-left override") << QStringLiteral("\u202e37010219900307018X") << characters;
    QTest::newRow("circled digits") << QStringLiteral("③7010219900307018X") << characters;
    QTest::newRow("10,000 digits") << QString(10000, QLatin1Char('1')) << length;
    QTest::newRow("10,000 characters of noise") << QString(10000, QChar(0x20AC)) << length;
}

void TestIdentity::refusesInvalidIdNumbers()
{
    QFETCH(QString, input);
    QFETCH(QString, code);
    const auto info = parseIdNumber(input, kToday);
    QVERIFY(!info.ok());
    QCOMPARE(info.error().code, code);
    QVERIFY(!info.error().message.isEmpty());
    // The message is for the applicant's eyes too: never the number itself.
    if (input.size() >= 6)
        QVERIFY(!info.error().message.contains(input.left(6).trimmed()));
}

void TestIdentity::doesNotRevealTheExpectedCheckCharacter()
{
    // 37010219900307018 -> X; the same digits with every other character.
    QStringList messages;
    for (const QChar c : QStringLiteral("0123456789")) {
        const auto info = parseIdNumber(QStringLiteral("37010219900307018") + c, kToday);
        QCOMPARE(info.error().code, QStringLiteral("id.check"));
        messages << info.error().message;
    }
    messages.removeDuplicates();
    QCOMPARE(messages.size(), 1); // the same words whatever was typed
    QVERIFY(!messages.first().contains(QLatin1Char('X')));
}

void TestIdentity::checksCreditCodes_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalized"); // empty = refused
    QTest::addColumn<QString>("code");

    QTest::newRow("well-known valid code")
        << QStringLiteral("91350100M000100Y43") << QStringLiteral("91350100M000100Y43") << QString();
    // 91110108MA01ABCD5 -> T (企业), 52310104500001234 -> N (民办非企业单位),
    // 12440300455678901 -> 0 (事业单位), Y1110000MA0012345 -> N (其他),
    // 92330106MA2GXXXX0 -> A (个体工商户), N2330106MA2G00001 -> B (村级集体经济组织).
    QTest::newRow("enterprise") << QStringLiteral("91110108MA01ABCD5T")
                                << QStringLiteral("91110108MA01ABCD5T") << QString();
    QTest::newRow("private non-enterprise unit")
        << QStringLiteral("52310104500001234N") << QStringLiteral("52310104500001234N") << QString();
    QTest::newRow("public institution, check 0")
        << QStringLiteral("124403004556789010") << QStringLiteral("124403004556789010") << QString();
    QTest::newRow("authority Y") << QStringLiteral("Y1110000MA0012345N")
                                 << QStringLiteral("Y1110000MA0012345N") << QString();
    QTest::newRow("individual business")
        << QStringLiteral("92330106MA2GXXXX0A") << QStringLiteral("92330106MA2GXXXX0A") << QString();
    QTest::newRow("village collective")
        << QStringLiteral("N2330106MA2G00001B") << QStringLiteral("N2330106MA2G00001B") << QString();
    QTest::newRow("lower case and spaces")
        << QStringLiteral(" 9135 0100 m000 100y 43 ") << QStringLiteral("91350100M000100Y43") << QString();
    QTest::newRow("full width") << QStringLiteral("９１３５０１００Ｍ０００１００Ｙ４３")
                                << QStringLiteral("91350100M000100Y43") << QString();

    QTest::newRow("empty") << QString() << QString() << QStringLiteral("credit.empty");
    QTest::newRow("wrong check") << QStringLiteral("91350100M000100Y44") << QString()
                                 << QStringLiteral("credit.check");
    QTest::newRow("one character changed")
        << QStringLiteral("91350100M000200Y43") << QString() << QStringLiteral("credit.check");
    QTest::newRow("17 characters") << QStringLiteral("91350100M000100Y4") << QString()
                                   << QStringLiteral("credit.length");
    QTest::newRow("letter O for zero")
        << QStringLiteral("91350100MO00100Y43") << QString() << QStringLiteral("credit.characters");
    QTest::newRow("letter I") << QStringLiteral("91350100MI00100Y43") << QString()
                              << QStringLiteral("credit.characters");
    QTest::newRow("letters S, V and Z")
        << QStringLiteral("91350100SVZ0100Y43") << QString() << QStringLiteral("credit.characters");
    // Check characters valid, structure not: B1110108MA01ABCD5 -> Q,
    // 94110108MA01ABCD5 -> H, 54110108MA01ABCD5 -> M, 911A0108MA01ABCD5 -> 0.
    QTest::newRow("no such registration authority")
        << QStringLiteral("B1110108MA01ABCD5Q") << QString() << QStringLiteral("credit.authority");
    QTest::newRow("no such category for 工商")
        << QStringLiteral("94110108MA01ABCD5H") << QString() << QStringLiteral("credit.category");
    QTest::newRow("no such category for 民政")
        << QStringLiteral("54110108MA01ABCD5M") << QString() << QStringLiteral("credit.category");
    QTest::newRow("letter in the region code")
        << QStringLiteral("911A0108MA01ABCD50") << QString() << QStringLiteral("credit.region");
    QTest::newRow("SQL") << QStringLiteral("9135' OR 1=1 --") << QString()
                         << QStringLiteral("credit.characters");
    QTest::newRow("surrogate pair") << QStringLiteral("91350100M000100𠮷43") << QString()
                                    << QStringLiteral("credit.characters");
    QTest::newRow("10,000 characters")
        << QString(10000, QLatin1Char('9')) << QString() << QStringLiteral("credit.length");
}

void TestIdentity::checksCreditCodes()
{
    QFETCH(QString, input);
    QFETCH(QString, normalized);
    QFETCH(QString, code);
    const auto result = checkCreditCode(input);
    if (normalized.isEmpty()) {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
        QVERIFY(!result.error().message.isEmpty());
    } else {
        QVERIFY2(result.ok(), qPrintable(result.error().code));
        QCOMPARE(result.value(), normalized);
    }
}

void TestIdentity::checksPhones_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalized"); // empty = refused
    QTest::addColumn<QString>("code");

    QTest::newRow("mobile") << QStringLiteral("13912345678") << QStringLiteral("13912345678") << QString();
    QTest::newRow("mobile in groups")
        << QStringLiteral("139 1234 5678") << QStringLiteral("13912345678") << QString();
    QTest::newRow("mobile with dashes")
        << QStringLiteral("199-0000-1111") << QStringLiteral("19900001111") << QString();
    QTest::newRow("mobile +86") << QStringLiteral("+86 139 1234 5678") << QStringLiteral("13912345678")
                                << QString();
    QTest::newRow("mobile 86") << QStringLiteral("86-139-1234-5678") << QStringLiteral("13912345678")
                               << QString();
    QTest::newRow("mobile 0086") << QStringLiteral("008613912345678") << QStringLiteral("13912345678")
                                 << QString();
    QTest::newRow("mobile full width")
        << QStringLiteral("１３９　１２３４　５６７８") << QStringLiteral("13912345678") << QString();
    QTest::newRow("Beijing landline")
        << QStringLiteral("010-62345678") << QStringLiteral("01062345678") << QString();
    QTest::newRow("landline in brackets")
        << QStringLiteral("(0571) 8765 4321") << QStringLiteral("057187654321") << QString();
    QTest::newRow("landline 7 digits")
        << QStringLiteral("0951-5012345") << QStringLiteral("09515012345") << QString();
    QTest::newRow("landline with extension group")
        << QStringLiteral("0571-87654321-123") << QStringLiteral("057187654321-123") << QString();
    QTest::newRow("landline with 转")
        << QStringLiteral("010-62345678 转 8001") << QStringLiteral("01062345678-8001") << QString();
    QTest::newRow("landline with ext")
        << QStringLiteral("020 8765 4321 ext. 12") << QStringLiteral("02087654321-12") << QString();
    QTest::newRow("landline +86 without trunk 0")
        << QStringLiteral("+86 10 6234 5678") << QStringLiteral("01062345678") << QString();

    const QString invalid = QStringLiteral("phone.invalid");
    QTest::newRow("empty") << QString() << QString() << QStringLiteral("phone.empty");
    QTest::newRow("only dashes") << QStringLiteral(" - - ") << QString() << QStringLiteral("phone.empty");
    QTest::newRow("mobile starting 12") << QStringLiteral("12912345678") << QString() << invalid;
    QTest::newRow("mobile 10 digits") << QStringLiteral("1391234567") << QString() << invalid;
    QTest::newRow("mobile 12 digits") << QStringLiteral("139123456789") << QString() << invalid;
    QTest::newRow("mobile with extension") << QStringLiteral("13912345678 转 12") << QString() << invalid;
    QTest::newRow("landline without area code") << QStringLiteral("62345678") << QString() << invalid;
    QTest::newRow("subscriber starting 1") << QStringLiteral("010-12345678") << QString() << invalid;
    QTest::newRow("no such area code 012") << QStringLiteral("0123-4567890") << QString() << invalid;
    QTest::newRow("landline 6 digits") << QStringLiteral("0571-876543") << QString() << invalid;
    QTest::newRow("foreign number") << QStringLiteral("+1 415 555 0100") << QString() << invalid;
    QTest::newRow("letters") << QStringLiteral("139abc45678") << QString()
                             << QStringLiteral("phone.characters");
    QTest::newRow("SQL") << QStringLiteral("139' OR 1=1 --") << QString()
                         << QStringLiteral("phone.characters");
    QTest::newRow("control character")
        << QStringLiteral("139\u00001234\u001b5678") << QString() << QStringLiteral("phone.characters");
    QTest::newRow("surrogate pair") << QStringLiteral("139𠮷12345678") << QString()
                                    << QStringLiteral("phone.characters");
    QTest::newRow("plus inside") << QStringLiteral("139+12345678") << QString()
                                 << QStringLiteral("phone.characters");
    QTest::newRow("10,000 characters") << QString(10000, QLatin1Char('1')) << QString() << invalid;
}

void TestIdentity::checksPhones()
{
    QFETCH(QString, input);
    QFETCH(QString, normalized);
    QFETCH(QString, code);
    const auto result = checkPhone(input);
    if (normalized.isEmpty()) {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
        QVERIFY(!result.error().message.isEmpty());
    } else {
        QVERIFY2(result.ok(), qPrintable(result.error().code));
        QCOMPARE(result.value(), normalized);
    }
}

QTEST_GUILESS_MAIN(TestIdentity)
#include "tst_identity.moc"
