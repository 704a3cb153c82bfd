// The outbox row as the platform gets it: sealed personal data opened,
// neutral codes in the province's codes (the satisfaction direction differs
// between profiles), envelope fields from the outbox columns.
#include "app/sync/wirepayload.h"
#include "codes/provinceprofile.h"
#include "crypto/fieldcipher.h"

#include <QJsonDocument>
#include <QTest>

using namespace yc;

class TestWirePayload : public QObject
{
    Q_OBJECT

private slots:
    void opensSealedDataAndMapsCodes_data();
    void opensSealedDataAndMapsCodes();
    void refusesWhatItCannotOpen();
};

namespace {

outbox::Item item(const QJsonObject &data, const QString &type)
{
    QJsonObject stored{{QStringLiteral("eventId"), QStringLiteral("e1")},
                       {QStringLiteral("caseKey"), QStringLiteral("k1")},
                       {QStringLiteral("seq"), 2},
                       {QStringLiteral("type"), type},
                       {QStringLiteral("occurredAt"), QStringLiteral("2026-03-02T02:00:00.000Z")},
                       {QStringLiteral("data"), data}};
    return {7, QStringLiteral("e1"), QStringLiteral("k1"), 2, type, QJsonDocument(stored).toJson(), 1};
}

} // namespace

void TestWirePayload::opensSealedDataAndMapsCodes_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("verySatisfied");
    QTest::addColumn<QString>("commitment");
    QTest::newRow("national (1 = 非常满意)")
        << QStringLiteral("national") << QStringLiteral("1") << QStringLiteral("2");
    QTest::newRow("好差评 (5 = 非常满意)")
        << QStringLiteral("hcp-reversed") << QStringLiteral("5") << QStringLiteral("1");
}

void TestWirePayload::opensSealedDataAndMapsCodes()
{
    QFETCH(QString, profile);
    QFETCH(QString, verySatisfied);
    QFETCH(QString, commitment);
    const auto cipher = FieldCipher::fromKey(QByteArray(32, '\x11')).value();
    const auto p = ProvinceProfile::load(QStringLiteral(YC_SOURCE_DIR "/resources/profiles/") + profile +
                                         QStringLiteral(".json"));
    QVERIFY(p.ok());
    const QJsonObject applicant{
        {QStringLiteral("kind"), QStringLiteral("natural")},
        {QStringLiteral("name"), QStringLiteral("张三")},
        {QStringLiteral("idType"), QStringLiteral("resident_id")},
        {QStringLiteral("idNumberMasked"), QStringLiteral("3704**********1234")},
        {QStringLiteral("idNumberSealed"),
         QString::fromLatin1(cipher.encrypt("370402198001011234")->toBase64())},
        {QStringLiteral("phoneSealed"), QString::fromLatin1(cipher.encrypt("13812345678")->toBase64())}};
    const QJsonObject data{{QStringLiteral("applicant"), applicant},
                           {QStringLiteral("projectKind"), QStringLiteral("commitment")},
                           {QStringLiteral("satisfaction"), QStringLiteral("very_satisfied")}};
    auto envelope = wireEnvelope(item(data, QStringLiteral("case.accepted")), &cipher, &p.value());
    QVERIFY(envelope.ok());
    QCOMPARE(envelope->value(QStringLiteral("caseSeq")).toInt(), 2);
    QCOMPARE(envelope->value(QStringLiteral("eventId")).toString(), QStringLiteral("e1"));
    const QJsonObject out = envelope->value(QStringLiteral("data")).toObject();
    const QJsonObject person = out.value(QStringLiteral("applicant")).toObject();
    QCOMPARE(person.value(QStringLiteral("idNumber")).toString(), QStringLiteral("370402198001011234"));
    QCOMPARE(person.value(QStringLiteral("phone")).toString(), QStringLiteral("13812345678"));
    QVERIFY(!person.contains(QStringLiteral("idNumberSealed")));
    QVERIFY(!person.contains(QStringLiteral("idNumberMasked")));
    QCOMPARE(person.value(QStringLiteral("idType")).toString(), QStringLiteral("111"));
    QCOMPARE(out.value(QStringLiteral("satisfaction")).toString(), verySatisfied);
    QCOMPARE(out.value(QStringLiteral("projectKind")).toString(), commitment);
}

void TestWirePayload::refusesWhatItCannotOpen()
{
    const auto cipher = FieldCipher::fromKey(QByteArray(32, '\x11')).value();
    const auto other = FieldCipher::fromKey(QByteArray(32, '\x22')).value();
    const QJsonObject data{
        {QStringLiteral("applicant"), QJsonObject{{QStringLiteral("idNumberSealed"),
                                                   QString::fromLatin1(other.encrypt("x")->toBase64())}}}};
    auto envelope = wireEnvelope(item(data, QStringLiteral("case.accepted")), &cipher, nullptr);
    QVERIFY(!envelope.ok());
    QCOMPARE(envelope.error().code, QStringLiteral("sync.local_decrypt"));
    QCOMPARE(wireEnvelope(item(data, QStringLiteral("case.accepted")), nullptr, nullptr).error().code,
             QStringLiteral("sync.local_key"));
}

QTEST_GUILESS_MAIN(TestWirePayload)
#include "tst_wirepayload.moc"
