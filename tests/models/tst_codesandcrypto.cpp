#include "codes/provinceprofile.h"
#include "core/pii.h"
#include "crypto/fieldcipher.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace yc;

// Province code mappings, field encryption and masking: the small pieces
// personal data and platform codes depend on.
class TestCodesAndCrypto : public QObject
{
    Q_OBJECT

private slots:
    void shippedProfilesLoad_data();
    void shippedProfilesLoad();
    void satisfactionDirectionsDiffer();
    void refusesAmbiguousOrIncompleteProfiles_data();
    void refusesAmbiguousOrIncompleteProfiles();
    void encryptsAndDecrypts();
    void detectsTamperingAndWrongKeys();
    void keepsTheKeyFilePrivateAndStable();
    void refusesADamagedKeyFile();
    void lookupHashIsKeyedAndNormalised();
    void masks_data();
    void masks();
    void scrubsFreeText();
};

static QString profilePath(const QString &name)
{
    return QStringLiteral(YC_SOURCE_DIR "/resources/profiles/%1.json").arg(name);
}

void TestCodesAndCrypto::shippedProfilesLoad_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("national") << QStringLiteral("national");
    QTest::newRow("hcp-reversed") << QStringLiteral("hcp-reversed");
}

void TestCodesAndCrypto::shippedProfilesLoad()
{
    QFETCH(QString, name);
    auto p = ProvinceProfile::load(profilePath(name));
    QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().message));
    QCOMPARE(p->id(), name);
    const auto tables = ProvinceProfile::requiredTables();
    for (auto it = tables.begin(); it != tables.end(); ++it) {
        for (const QString &neutral : it.value()) {
            const auto code = p->toProvince(it.key(), neutral);
            QVERIFY(code.has_value());
            QCOMPARE(p->fromProvince(it.key(), *code).value_or(QString()), neutral); // round trip
        }
    }
}

void TestCodesAndCrypto::satisfactionDirectionsDiffer()
{
    auto national = ProvinceProfile::load(profilePath(QStringLiteral("national"))).value();
    auto reversed = ProvinceProfile::load(profilePath(QStringLiteral("hcp-reversed"))).value();
    const QString table = QStringLiteral("satisfaction");
    QCOMPARE(*national.toProvince(table, QStringLiteral("very_satisfied")), QStringLiteral("1"));
    QCOMPARE(*reversed.toProvince(table, QStringLiteral("very_satisfied")), QStringLiteral("5"));
    QCOMPARE(*national.fromProvince(table, QStringLiteral("5")), QStringLiteral("very_dissatisfied"));
    QCOMPARE(*reversed.fromProvince(table, QStringLiteral("5")), QStringLiteral("very_satisfied"));
    QVERIFY(!national.fromProvince(table, QStringLiteral("6")).has_value());
}

void TestCodesAndCrypto::refusesAmbiguousOrIncompleteProfiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");
    QByteArray national = QFile(profilePath(QStringLiteral("national"))).exists()
                              ? [] {
                                    QFile f(profilePath(QStringLiteral("national")));
                                    f.open(QIODevice::ReadOnly);
                                    return f.readAll();
                                }()
                              : QByteArray();
    QTest::newRow("not json") << QByteArray("{") << QStringLiteral("profile.json");
    QTest::newRow("no id") << QByteArray("{\"name\":\"x\",\"codes\":{}}") << QStringLiteral("profile.header");
    QTest::newRow("incomplete") << QByteArray("{\"id\":\"x\",\"name\":\"x\",\"codes\":{}}")
                                << QStringLiteral("profile.incomplete");
    QByteArray ambiguous = national;
    ambiguous.replace("\"satisfied\": \"2\"", "\"satisfied\": \"1\"");
    QTest::newRow("two levels share a code") << ambiguous << QStringLiteral("profile.ambiguous");
}

void TestCodesAndCrypto::refusesAmbiguousOrIncompleteProfiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, code);
    auto p = ProvinceProfile::fromJson(json);
    QVERIFY(!p);
    QCOMPARE(p.error().code, code);
}

void TestCodesAndCrypto::encryptsAndDecrypts()
{
    auto cipher = FieldCipher::fromKey(QByteArray(32, '\x11')).value();
    const QByteArray plain = QStringLiteral("37040219900101123X 𠮷").toUtf8();
    const QByteArray a = cipher.encrypt(plain).value();
    const QByteArray b = cipher.encrypt(plain).value();
    QVERIFY(a != b); // a fresh nonce every time
    QVERIFY(!a.contains("37040219900101123X"));
    QCOMPARE(cipher.decrypt(a).value(), plain);
    QCOMPARE(cipher.decrypt(cipher.encrypt(QByteArray()).value()).value(), QByteArray());
}

void TestCodesAndCrypto::detectsTamperingAndWrongKeys()
{
    auto cipher = FieldCipher::fromKey(QByteArray(32, '\x11')).value();
    auto other = FieldCipher::fromKey(QByteArray(32, '\x22')).value();
    QByteArray blob = cipher.encrypt("13812345678").value();
    QVERIFY(!other.decrypt(blob));
    blob[blob.size() / 2] = static_cast<char>(blob[blob.size() / 2] ^ 0x01);
    QCOMPARE(cipher.decrypt(blob).error().code, QStringLiteral("crypto.decrypt"));
    QVERIFY(!cipher.decrypt(QByteArray("YC1short")));
    QVERIFY(!FieldCipher::fromKey(QByteArray(16, 'x')));
}

void TestCodesAndCrypto::keepsTheKeyFilePrivateAndStable()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keys/field.key"));
    auto first = FieldCipher::loadOrCreate(path);
    QVERIFY(first.ok());
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                         QFileDevice::WriteGroup | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    const QByteArray blob = first->encrypt("secret").value();
    auto second = FieldCipher::loadOrCreate(path);
    QVERIFY(second.ok());
    QCOMPARE(second->decrypt(blob).value(), QByteArray("secret"));
}

void TestCodesAndCrypto::refusesADamagedKeyFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("field.key"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("yichuang-field-key-v1\nnot-base64-of-32-bytes\n");
    f.close();
    auto cipher = FieldCipher::loadOrCreate(path);
    QVERIFY(!cipher);
    QCOMPARE(cipher.error().code, QStringLiteral("crypto.key_format"));
    QVERIFY(QFile(path).size() > 0); // never replaced by a new key
}

void TestCodesAndCrypto::lookupHashIsKeyedAndNormalised()
{
    auto a = FieldCipher::fromKey(QByteArray(32, '\x11')).value();
    auto b = FieldCipher::fromKey(QByteArray(32, '\x22')).value();
    QCOMPARE(a.lookupHash(QStringLiteral(" 37040219900101123x")),
             a.lookupHash(QStringLiteral("37040219900101123X")));
    QVERIFY(a.lookupHash(QStringLiteral("37040219900101123X")) !=
            b.lookupHash(QStringLiteral("37040219900101123X")));
    QVERIFY(!a.lookupHash(QStringLiteral("37040219900101123X")).contains(QStringLiteral("3704021990")));
}

void TestCodesAndCrypto::masks_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("resident id") << "id"
                                 << "370102199001011234"
                                 << "3701**********1234";
    QTest::newRow("resident id X") << "id"
                                   << "37010219900101123X"
                                   << "3701**********123X";
    QTest::newRow("legacy 15") << "id"
                               << "370102900101123"
                               << "3701*******1123";
    QTest::newRow("short") << "id"
                           << "1234"
                           << "****";
    QTest::newRow("phone") << "phone"
                           << "13812345678"
                           << "138****5678";
    QTest::newRow("name") << "name"
                          << "张三丰"
                          << "张**";
    QTest::newRow("name beyond BMP") << "name"
                                     << "𠮷野家"
                                     << "𠮷**";
}

void TestCodesAndCrypto::masks()
{
    QFETCH(QString, kind);
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString out = kind == QLatin1String("id")      ? pii::maskIdNumber(input)
                        : kind == QLatin1String("phone") ? pii::maskPhone(input)
                                                         : pii::maskName(input);
    QCOMPARE(out, expected);
}

void TestCodesAndCrypto::scrubsFreeText()
{
    const QString line = QStringLiteral(
        "read card 37010219900101123X phone 13812345678 case 11370402MB28123450000120261101000123");
    const QString scrubbed = pii::scrub(line);
    QVERIFY(!scrubbed.contains(QStringLiteral("37010219900101123X")));
    QVERIFY(!scrubbed.contains(QStringLiteral("13812345678")));
    QVERIFY(scrubbed.contains(QStringLiteral("3701**********123X")));
    QVERIFY(scrubbed.contains(QStringLiteral("138****5678")));
    QVERIFY(scrubbed.contains(QStringLiteral("11370402MB28123450000120261101000123"))); // case numbers stay
}

QTEST_GUILESS_MAIN(TestCodesAndCrypto)
#include "tst_codesandcrypto.moc"
