// The parsers of the platform's replies never crash and never accept a
// reply that does not match what was sent (randomized with a fixed seed);
// the event schema refuses what the API says is invalid.
#include "app/platform/errorclass.h"
#include "app/platform/eventschema.h"
#include "app/platform/replies.h"

#include <random>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace yc::platform;

namespace {

const QStringList kIds{QStringLiteral("a1"), QStringLiteral("b2"), QStringLiteral("c3")};

QByteArray goodPush()
{
    return R"({"results":[{"eventId":"a1","status":"accepted"},{"eventId":"b2","status":"duplicate"},)"
           R"({"eventId":"c3","status":"rejected","error":{"code":"order.gap","message":"m","retryable":true}}]})";
}

QByteArray goodStatus()
{
    return R"({"changes":[{"cursor":3,"caseKey":"k","projectNo":"p","status":"finished",)"
           R"("occurredAt":"2026-01-01T00:00:00.000Z","data":{"resultType":"certificate"}}],"nextCursor":3})";
}

// Byte-level and JSON-level mutations of a valid reply.
QByteArray mutate(const QByteArray &valid, std::mt19937 &rng)
{
    QByteArray b = valid;
    const auto pick = [&rng](int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(rng)); };
    switch (pick(7)) {
    case 0: // flip bytes
        for (int i = 0, n = 1 + pick(8); i < n && !b.isEmpty(); ++i)
            b[pick(int(b.size()))] = char(pick(256));
        break;
    case 1: // truncate
        b.truncate(pick(int(b.size()) + 1));
        break;
    case 2: // insert noise
        b.insert(pick(int(b.size()) + 1), QByteArray(1 + pick(20), char(pick(256))));
        break;
    case 3: { // swap a token for another JSON type
        static const QList<QByteArray> tokens{"null",
                                              "true",
                                              "[]",
                                              "{}",
                                              "-1",
                                              "1e309",
                                              "\"\"",
                                              "9007199254740993",
                                              "[[[[[[[[[[[]]]]]]]]]]]",
                                              "\"\\u0000\""};
        static const QList<QByteArray> targets{"\"accepted\"", "\"a1\"", "3", "\"finished\"",
                                               "true",         "\"k\"",  "[", "{\"eventId\""};
        const QByteArray &t = targets.at(pick(int(targets.size())));
        const qsizetype at = b.indexOf(t);
        if (at >= 0)
            b.replace(at, t.size(), tokens.at(pick(int(tokens.size()))));
        break;
    }
    case 4: // random bytes
        b = QByteArray(pick(200), Qt::Uninitialized);
        for (char &c : b)
            c = char(pick(256));
        break;
    case 5: // deep nesting
        b = QByteArray(pick(5000), '[') + b;
        break;
    default: // duplicate a section
        b += b.mid(pick(int(b.size()) + 1));
        break;
    }
    return b;
}

QJsonObject acceptedEvent()
{
    return QJsonDocument::fromJson(R"({
      "eventId": "6f1c1a9e-2b1f-4f43-9d36-2c1b7a1e9f01", "caseKey": "case-1", "caseSeq": 1,
      "type": "case.accepted", "occurredAt": "2026-03-02T02:00:00.000Z",
      "data": {"projectNo": "P1", "taskCode": "T1", "matterVersion": 2, "matterName": "M",
               "projectKind": "commitment", "decision": "accept",
               "applicant": {"kind": "natural", "name": "N", "idType": "111", "idNumber": "X"},
               "materials": [{"code": "c", "name": "n", "state": "received"}],
               "appliedAt": "2026-03-02T02:00:00.000Z", "acceptedAt": "2026-03-02T02:00:00.000Z",
               "promiseDueDate": "2026-03-09", "windowNo": 3, "clerk": "1001", "docNo": "D1"}})")
        .object();
}

} // namespace

class TestReplies : public QObject
{
    Q_OBJECT

private slots:
    void parsesGoodReplies();
    void refusesMismatchedResults();
    void fuzzedRepliesNeverCrashOrLie();
    void schemaAcceptsTheIntakeEvent();
    void schemaRefuses_data();
    void schemaRefuses();
    void classifier();
};

void TestReplies::parsesGoodReplies()
{
    auto push = parsePushReply(goodPush(), kIds);
    QVERIFY(push.ok());
    QCOMPARE(push->size(), 3);
    QCOMPARE(push->at(1).status, EventResult::Status::Duplicate);
    QCOMPARE(push->at(2).error.code, QStringLiteral("order.gap"));
    QVERIFY(push->at(2).error.retryable);
    auto status = parseStatusReply(goodStatus(), 0);
    QVERIFY(status.ok());
    QCOMPARE(status->nextCursor, 3);
    QCOMPARE(status->changes.first().status, QStringLiteral("finished"));
    // A cursor not after the one asked for is refused (the feed went back).
    QVERIFY(!parseStatusReply(goodStatus(), 3).ok());
    auto error = parseErrorReply(R"({"error":{"code":"x","message":"y","retryable":false}})");
    QVERIFY(error.has_value());
    QCOMPARE(error->code, QStringLiteral("x"));
}

void TestReplies::refusesMismatchedResults()
{
    QCOMPARE(parsePushReply(goodPush(), {QStringLiteral("a1"), QStringLiteral("b2")}).error().code,
             QStringLiteral("reply.mismatch"));
    QCOMPARE(parsePushReply(goodPush(), {QStringLiteral("a1"), QStringLiteral("c3"), QStringLiteral("b2")})
                 .error()
                 .code,
             QStringLiteral("reply.mismatch"));
}

void TestReplies::fuzzedRepliesNeverCrashOrLie()
{
    const quint32 seed = 20261122;
    qInfo() << "seed" << seed;
    std::mt19937 rng(seed);
    int acceptedPush = 0;
    for (int i = 0; i < 30000; ++i) {
        const QByteArray push = mutate(goodPush(), rng);
        const auto p = parsePushReply(push, kIds);
        if (p.ok()) {
            // Whatever was accepted names exactly the events sent.
            QCOMPARE(p->size(), kIds.size());
            for (qsizetype k = 0; k < kIds.size(); ++k)
                QCOMPARE(p->at(k).eventId, kIds.at(k));
            ++acceptedPush;
        }
        const QByteArray status = mutate(goodStatus(), rng);
        if (const auto s = parseStatusReply(status, 0); s.ok()) {
            qint64 last = 0;
            for (const StatusChange &c : s->changes) {
                QVERIFY(c.cursor > last);
                QVERIFY(!c.caseKey.isEmpty());
                last = c.cursor;
            }
            QVERIFY(s->nextCursor >= last);
        }
        (void)parseErrorReply(mutate(R"({"error":{"code":"x","message":"y","retryable":false}})", rng));
        // The classifier sees the same bytes as an error body.
        (void)classifyRequest(QNetworkReply::ProtocolFailure, 500, push, status.left(10), QString());
    }
    QVERIFY(acceptedPush > 0); // the mutations also leave some replies valid
}

void TestReplies::schemaAcceptsTheIntakeEvent()
{
    const auto r = validateEvent(acceptedEvent());
    QVERIFY2(r.ok(), qPrintable(r.error().message));
}

void TestReplies::schemaRefuses_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("code");
    QTest::newRow("eventId") << QStringLiteral("eventId") << QJsonValue(QStringLiteral("nope"))
                             << QStringLiteral("schema.envelope");
    QTest::newRow("caseSeq 0") << QStringLiteral("caseSeq") << QJsonValue(0)
                               << QStringLiteral("schema.envelope");
    QTest::newRow("caseSeq 1.5") << QStringLiteral("caseSeq") << QJsonValue(1.5)
                                 << QStringLiteral("schema.envelope");
    QTest::newRow("type") << QStringLiteral("type") << QJsonValue(QStringLiteral("case.exploded"))
                          << QStringLiteral("schema.unknown_type");
    QTest::newRow("occurredAt") << QStringLiteral("occurredAt") << QJsonValue(QStringLiteral("yesterday"))
                                << QStringLiteral("schema.envelope");
    QTest::newRow("projectNo missing")
        << QStringLiteral("data.projectNo") << QJsonValue() << QStringLiteral("schema.missing_field");
    QTest::newRow("projectNo empty") << QStringLiteral("data.projectNo") << QJsonValue(QStringLiteral(" "))
                                     << QStringLiteral("schema.field_value");
    QTest::newRow("windowNo text") << QStringLiteral("data.windowNo") << QJsonValue(QStringLiteral("3"))
                                   << QStringLiteral("schema.field_type");
    QTest::newRow("due date") << QStringLiteral("data.promiseDueDate")
                              << QJsonValue(QStringLiteral("2026-02-30"))
                              << QStringLiteral("schema.field_type");
    QTest::newRow("applicant") << QStringLiteral("data.applicant") << QJsonValue(QStringLiteral("x"))
                               << QStringLiteral("schema.field_type");
    QTest::newRow("materials") << QStringLiteral("data.materials") << QJsonValue(QJsonArray{1})
                               << QStringLiteral("schema.field_type");
}

void TestReplies::schemaRefuses()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, code);
    QJsonObject event = acceptedEvent();
    if (path.startsWith(QLatin1String("data."))) {
        QJsonObject data = event.value(QStringLiteral("data")).toObject();
        if (value.isNull())
            data.remove(path.mid(5));
        else
            data.insert(path.mid(5), value);
        event.insert(QStringLiteral("data"), data);
    } else {
        event.insert(path, value);
    }
    const auto r = validateEvent(event);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, code);
    QVERIFY2(r.error().message.contains(path.section(u'.', -1)), qPrintable(r.error().message));
}

void TestReplies::classifier()
{
    using D = Disposition;
    QCOMPARE(classifyRequest(QNetworkReply::ConnectionRefusedError, 0, {}, {}, {}).disposition,
             D::PausePlatform);
    QCOMPARE(classifyRequest(QNetworkReply::SslHandshakeFailedError, 0, {}, {}, {}).code,
             QStringLiteral("transport.tls"));
    const auto maintenance = classifyRequest(
        QNetworkReply::ServiceUnavailableError, 503,
        R"({"error":{"code":"server.maintenance","message":"m","retryable":true}})", "30", {});
    QCOMPARE(maintenance.disposition, D::PausePlatform);
    QCOMPARE(maintenance.retryAfterSeconds, 30);
    QCOMPARE(maintenance.code, QStringLiteral("server.maintenance"));
    QCOMPARE(classifyRequest(QNetworkReply::ContentAccessDenied, 401, {}, {}, {}).disposition,
             D::PausePlatform);
    QCOMPARE(classifyRequest(QNetworkReply::ProtocolInvalidOperationError, 400, {}, {}, {}).disposition,
             D::PausePlatform);
    QCOMPARE(classifyRejection({QStringLiteral("order.gap"), {}, true}).disposition, D::Retry);
    QCOMPARE(classifyRejection({QStringLiteral("schema.missing_field"), {}, false}).disposition,
             D::DeadLetter);
}

QTEST_GUILESS_MAIN(TestReplies)
#include "tst_replies.moc"
