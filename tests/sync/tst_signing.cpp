// Request signing (province-api.md §1): known HMAC vectors for both
// algorithms, and the verifier's refusals.
#include "app/platform/signing.h"

#include <QTest>

using namespace yc::platform;

class TestSigning : public QObject
{
    Q_OBJECT

private slots:
    void knownVectors_data();
    void knownVectors();
    void canonicalStringIsTheDocumentedOne();
    void apiVectors_data();
    void apiVectors();
    void verifierAcceptsAGoodRequestOnce();
    void verifierRefusesTampering_data();
    void verifierRefusesTampering();
    void verifierRefusesStaleTimestamps();
    void verifierRefusesTheOtherMethod();

private:
    QHash<QByteArray, QByteArray> headersOf(const HeaderList &list) const
    {
        QHash<QByteArray, QByteArray> h;
        for (const auto &[name, value] : list)
            h.insert(name.toLower(), value);
        return h;
    }
};

void TestSigning::knownVectors_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("mac");
    // RFC 4231 test case 2.
    QTest::newRow("HMAC-SHA256 RFC 4231 #2")
        << int(SignatureMethod::HmacSha256) << QByteArray("Jefe")
        << QByteArray("what do ya want for nothing?")
        << QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    // The same input through HMAC-SM3 (GB/T 32905 hash in RFC 2104 HMAC), as
    // `openssl dgst -sm3 -hmac Jefe` and GmSSL compute it.
    QTest::newRow("HMAC-SM3 Jefe") << int(SignatureMethod::HmacSm3) << QByteArray("Jefe")
                                   << QByteArray("what do ya want for nothing?")
                                   << QByteArray(
                                          "2e87f1d16862e6d964b50a5200bf2b10b764faa9680a296a2405f24bec39f882");
}

void TestSigning::knownVectors()
{
    QFETCH(int, method);
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, mac);
    QCOMPARE(hmac(SignatureMethod(method), key, data).toHex(), mac);
}

void TestSigning::canonicalStringIsTheDocumentedOne()
{
    // sha256sum of the body, as the shell computes it.
    QCOMPARE(canonicalString("post", "/api/v1/events", 1700000000, "000102030405060708090a0b0c0d0e0f",
                             R"({"events":[]})"),
             QByteArray("POST\n/api/v1/events\n1700000000\n000102030405060708090a0b0c0d0e0f\n"
                        "24de1c4a19c43ad41b013f13dcd858c17b0daa7f33a53f19913e5b11366d1c2e"));
}

void TestSigning::apiVectors_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<QByteArray>("signature");
    // Computed with the openssl CLI over the canonical string of
    // province-api.md §1 (key "yichuang-test-key").
    QTest::newRow("HMAC-SHA256") << int(SignatureMethod::HmacSha256)
                                 << QByteArray(
                                        "2230f7b15c4a9c2c197809015f04dd6dbb039bae707ab90280407c82a63ecdac");
    QTest::newRow("HMAC-SM3") << int(SignatureMethod::HmacSm3)
                              << QByteArray(
                                     "e8fa652972ca7447dddb8194af1a61190a715aa867e906ccdd6197b96a6af9e0");
}

void TestSigning::apiVectors()
{
    QFETCH(int, method);
    QFETCH(QByteArray, signature);
    const Signer signer("hall-01", "yichuang-test-key", SignatureMethod(method));
    const auto headers = headersOf(signer.sign("POST", "/api/v1/events", R"({"events":[]})", 1700000000,
                                               "000102030405060708090a0b0c0d0e0f"));
    QCOMPARE(headers.value("x-yc-signature"), signature);
    QCOMPARE(headers.value("x-yc-signature-method"), methodName(SignatureMethod(method)));
    QCOMPARE(headers.value("x-yc-timestamp"), QByteArray("1700000000"));
}

void TestSigning::verifierAcceptsAGoodRequestOnce()
{
    RequestVerifier v;
    v.addClient("hall-01", "k", SignatureMethod::HmacSm3);
    const Signer signer("hall-01", "k", SignatureMethod::HmacSm3);
    const auto headers = headersOf(signer.sign("POST", "/api/v1/events", "{}", 1000));
    QVERIFY(v.verify("POST", "/api/v1/events", headers, "{}", 1000).ok());
    const auto again = v.verify("POST", "/api/v1/events", headers, "{}", 1001);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, QStringLiteral("auth.replayed_nonce"));
    // Fresh nonces keep working.
    QVERIFY(v.verify("POST", "/api/v1/events", headersOf(signer.sign("POST", "/api/v1/events", "{}", 1002)),
                     "{}", 1002)
                .ok());
}

void TestSigning::verifierRefusesTampering_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("code");
    const QByteArray body = R"({"events":[1]})";
    QTest::newRow("body") << QByteArray("POST") << QByteArray("/api/v1/events")
                          << QByteArray(R"({"events":[2]})") << QByteArray() << QByteArray()
                          << QStringLiteral("auth.signature");
    QTest::newRow("path") << QByteArray("POST") << QByteArray("/api/v1/status") << body << QByteArray()
                          << QByteArray() << QStringLiteral("auth.signature");
    QTest::newRow("query") << QByteArray("POST") << QByteArray("/api/v1/events?x=1") << body << QByteArray()
                           << QByteArray() << QStringLiteral("auth.signature");
    QTest::newRow("method") << QByteArray("PUT") << QByteArray("/api/v1/events") << body << QByteArray()
                            << QByteArray() << QStringLiteral("auth.signature");
    QTest::newRow("timestamp") << QByteArray("POST") << QByteArray("/api/v1/events") << body
                               << QByteArray("x-yc-timestamp") << QByteArray("5001")
                               << QStringLiteral("auth.signature");
    QTest::newRow("nonce") << QByteArray("POST") << QByteArray("/api/v1/events") << body
                           << QByteArray("x-yc-nonce") << QByteArray("ffffffffffffffffffffffffffffffff")
                           << QStringLiteral("auth.signature");
    QTest::newRow("short nonce") << QByteArray("POST") << QByteArray("/api/v1/events") << body
                                 << QByteArray("x-yc-nonce") << QByteArray("abc")
                                 << QStringLiteral("auth.signature");
    QTest::newRow("signature") << QByteArray("POST") << QByteArray("/api/v1/events") << body
                               << QByteArray("x-yc-signature") << QByteArray(64, '0')
                               << QStringLiteral("auth.signature");
    QTest::newRow("client") << QByteArray("POST") << QByteArray("/api/v1/events") << body
                            << QByteArray("x-yc-client") << QByteArray("hall-02")
                            << QStringLiteral("auth.client");
    QTest::newRow("no signature") << QByteArray("POST") << QByteArray("/api/v1/events") << body
                                  << QByteArray("x-yc-signature") << QByteArray()
                                  << QStringLiteral("auth.signature");
}

void TestSigning::verifierRefusesTampering()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    QFETCH(QString, code);
    RequestVerifier v;
    v.addClient("hall-01", "k", SignatureMethod::HmacSha256);
    const Signer signer("hall-01", "k", SignatureMethod::HmacSha256);
    auto headers = headersOf(signer.sign("POST", "/api/v1/events", R"({"events":[1]})", 5000));
    if (!header.isEmpty())
        headers.insert(header, value);
    const auto r = v.verify(method, target, headers, body, 5000);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, code);
}

void TestSigning::verifierRefusesStaleTimestamps()
{
    RequestVerifier v;
    v.addClient("hall-01", "k", SignatureMethod::HmacSha256);
    const Signer signer("hall-01", "k", SignatureMethod::HmacSha256);
    for (qint64 skew : {-301, 301, 100000}) {
        const auto r = v.verify("GET", "/api/v1/status",
                                headersOf(signer.sign("GET", "/api/v1/status", {}, 10000 + skew)), {}, 10000);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("auth.stale_timestamp"));
    }
    QVERIFY(v.verify("GET", "/api/v1/status", headersOf(signer.sign("GET", "/api/v1/status", {}, 10300)), {},
                     10000)
                .ok());
}

void TestSigning::verifierRefusesTheOtherMethod()
{
    RequestVerifier v;
    v.addClient("hall-01", "k", SignatureMethod::HmacSm3);
    const Signer signer("hall-01", "k", SignatureMethod::HmacSha256);
    const auto r = v.verify("GET", "/x", headersOf(signer.sign("GET", "/x", {}, 1)), {}, 1);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("auth.method"));
}

QTEST_GUILESS_MAIN(TestSigning)
#include "tst_signing.moc"
