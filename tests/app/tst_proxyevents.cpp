// The proxy.recorded events a 帮办代办 case writes, as the platform gets
// them: opened by the wire payload (the principal's sealed ID number in
// clear, inside TLS only) and accepted by the strict schema the simulator
// applies; a payload missing what its action needs is refused.
#include "app/platform/eventschema.h"
#include "app/sync/wirepayload.h"
#include "codes/provinceprofile.h"
#include "core/clock.h"
#include "crypto/fieldcipher.h"
#include "proxy/proxycases.h"
#include "store/sql.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace yc;

class TestProxyEvents : public QObject
{
    Q_OBJECT

private slots:
    void everyEventPassesTheSchema();
    void missingFieldsAreRefused_data();
    void missingFieldsAreRefused();
};

namespace {

QList<outbox::Item> platformItems(Database &db)
{
    auto q = sql::run(
        db.connection(),
        QStringLiteral("SELECT id, event_id, case_key, case_seq, event_type, payload FROM outbox WHERE "
                       "destination = 'platform' ORDER BY case_key, case_seq"));
    QList<outbox::Item> out;
    while (q && q->next())
        out << outbox::Item{q->value(0).toLongLong(),
                            q->value(1).toString(),
                            q->value(2).toString(),
                            q->value(3).toLongLong(),
                            q->value(4).toString(),
                            q->value(5).toString().toUtf8(),
                            1};
    return out;
}

QJsonObject validEvent()
{
    return {{QStringLiteral("eventId"), QStringLiteral("0b6a3c58-8e55-4a43-9f33-1f0e2a0d3a11")},
            {QStringLiteral("caseKey"), QStringLiteral("p-1")},
            {QStringLiteral("caseSeq"), 1},
            {QStringLiteral("type"), QStringLiteral("proxy.recorded")},
            {QStringLiteral("occurredAt"), QStringLiteral("2026-03-02T02:00:00.000Z")},
            {QStringLiteral("data"),
             QJsonObject{{QStringLiteral("proxyNo"), QStringLiteral("BD2026030208001")},
                         {QStringLiteral("action"), QStringLiteral("finished")},
                         {QStringLiteral("serviceMode"), QStringLiteral("proxy")},
                         {QStringLiteral("reason"), QStringLiteral("elderly")},
                         {QStringLiteral("state"), QStringLiteral("finished")},
                         {QStringLiteral("helper"), QStringLiteral("2001")},
                         {QStringLiteral("recordedBy"), QStringLiteral("2001")},
                         {QStringLiteral("recordedAt"), QStringLiteral("2026-03-02T02:00:00.000Z")},
                         {QStringLiteral("mandateSigned"), true},
                         {QStringLiteral("waitingOnCitizen"), false},
                         {QStringLiteral("linkedProjectNos"), QJsonArray{}},
                         {QStringLiteral("handoversReceived"), 1},
                         {QStringLiteral("handoversReturned"), 1},
                         {QStringLiteral("originalsOutstanding"), 0},
                         {QStringLiteral("finishedAt"), QStringLiteral("2026-03-02T02:00:00.000Z")},
                         {QStringLiteral("result"), QStringLiteral("办结")}}}};
}

} // namespace

void TestProxyEvents::everyEventPassesTheSchema()
{
    QTemporaryDir dir;
    auto db = test::openTempDatabase(dir);
    test::exec(*db,
               QStringLiteral("INSERT INTO hall (code, name, created_at) VALUES ('H', '市中区政务服务中心', "
                              "'2026-01-01T00:00:00Z')"));
    test::exec(*db, QStringLiteral(
                        "INSERT INTO staff (staff_no, name, password_hash, created_at, updated_at) VALUES "
                        "('2001', '李帮办', 'x', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"));
    test::exec(*db,
               QStringLiteral("INSERT INTO staff_role (staff_id, role) SELECT id, 'helpdesk' FROM staff"));
    Clock::setOverride([] { return QDateTime(QDate(2026, 3, 2), QTime(2, 0), QTimeZone::utc()); });
    const auto cipher = FieldCipher::fromKey(QByteArray(32, '\x21')).value();
    ProxyCases cases(db, &cipher);
    const ProxyActor me{QStringLiteral("2001"), 8};

    ProxyOpenRequest firm;
    firm.serviceMode = QStringLiteral("proxy");
    firm.reason = QStringLiteral("enterprise_close");
    firm.principal.kind = QStringLiteral("legal");
    firm.principal.name = QStringLiteral("济南一窗科技有限公司");
    firm.principal.idNumber = QStringLiteral("91350100M000100Y43");
    firm.principal.legalRep = QStringLiteral("周法人");
    firm.assignedStaffNo = QStringLiteral("2001");
    firm.nextAction = QStringLiteral("核对清税证明");
    firm.nextDue = QDate(2026, 3, 4);
    auto opened = cases.open(firm, me);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    const qint64 id = opened->id;
    QVERIFY(
        cases
            .setMandate(
                id, {QStringLiteral("代为办理企业注销登记"), QDate(2026, 3, 2), QDate(2026, 6, 30), true}, me)
            .ok());
    QVERIFY(cases
                .recordHandover(id,
                                {QStringLiteral("营业执照正副本"),
                                 QStringLiteral("original"),
                                 2,
                                 QStringLiteral("received"),
                                 {},
                                 {}},
                                me)
                .ok());
    QVERIFY(cases.suspend(id, QStringLiteral("等待税务清税"), me).ok());
    QVERIFY(cases
                .resume(id,
                        {QStringLiteral("已清税"), QStringLiteral("递交注销申请"), QDate(2026, 3, 5), false},
                        me)
                .ok());
    QVERIFY(
        cases.finish(id, {QStringLiteral("注销登记已办结"), QStringLiteral("营业执照由市场监管局收回")}, me)
            .ok());
    QVERIFY(cases.recordCallback(id, {QStringLiteral("phone"), QStringLiteral("satisfied"), {}}, me).ok());
    Clock::clearOverride();

    const auto profile =
        ProvinceProfile::load(QStringLiteral(YC_SOURCE_DIR "/resources/profiles/national.json")).value();
    const QList<outbox::Item> items = platformItems(*db);
    QCOMPARE(items.size(), 7);
    for (const outbox::Item &item : items) {
        auto wire = wireEnvelope(item, &cipher, &profile);
        QVERIFY2(wire.ok(), wire.ok() ? "" : qPrintable(wire.error().message));
        auto valid = platform::validateEvent(wire.value());
        QVERIFY2(valid.ok(), valid.ok() ? ""
                                        : qPrintable(valid.error().message + QStringLiteral(" in ") +
                                                     QString::fromUtf8(item.payload)));
    }
    const QJsonObject first =
        wireEnvelope(items.first(), &cipher, &profile)->value(QStringLiteral("data")).toObject();
    QCOMPARE(first.value(QStringLiteral("principal")).toObject().value(QStringLiteral("idNumber")).toString(),
             QStringLiteral("91350100M000100Y43"));
}

void TestProxyEvents::missingFieldsAreRefused_data()
{
    QTest::addColumn<QString>("remove");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("code");
    QTest::newRow("valid") << QString() << QString() << QJsonValue() << QString();
    QTest::newRow("no state") << "state" << QString() << QJsonValue() << "schema.missing_field";
    QTest::newRow("no result when finished")
        << "result" << QString() << QJsonValue() << "schema.missing_field";
    QTest::newRow("unknown mode") << QString() << "serviceMode" << QJsonValue(QStringLiteral("courier"))
                                  << "schema.field_value";
    QTest::newRow("unknown action") << QString() << "action" << QJsonValue(QStringLiteral("lost"))
                                    << "schema.field_value";
    QTest::newRow("signed as text") << QString() << "mandateSigned" << QJsonValue(QStringLiteral("yes"))
                                    << "schema.field_type";
    QTest::newRow("opened without principal")
        << QString() << "action" << QJsonValue(QStringLiteral("opened")) << "schema.missing_field";
    QTest::newRow("bad next due date")
        << QString() << "nextDueDate" << QJsonValue(QStringLiteral("soon")) << "schema.field_type";
}

void TestProxyEvents::missingFieldsAreRefused()
{
    QFETCH(QString, remove);
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, code);
    QJsonObject event = validEvent();
    QJsonObject data = event.value(QStringLiteral("data")).toObject();
    if (!remove.isEmpty())
        data.remove(remove);
    if (!field.isEmpty())
        data.insert(field, value);
    event.insert(QStringLiteral("data"), data);
    auto r = platform::validateEvent(event);
    if (code.isEmpty()) {
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        return;
    }
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, code);
}

QTEST_GUILESS_MAIN(TestProxyEvents)
#include "tst_proxyevents.moc"
