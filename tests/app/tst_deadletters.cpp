// Refused events: everyone sees them; only an administrator sends one
// again, as it is or corrected (the event's identity cannot change), and the
// resend is audited. Works without a running sync.
#include "app/core/demosetup.h"
#include "app/core/session.h"
#include "app/sync/deadletters.h"
#include "store/sql.h"
#include "support/testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace yc;

class TestDeadLetters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_db = test::openTempDatabase(m_dir);
        QVERIFY(DemoSetup::ensure(m_db).ok());
        test::exec(
            *m_db,
            QStringLiteral(
                "INSERT INTO outbox (event_id, destination, case_key, case_seq, event_type, payload, "
                "created_at, state, attempts, next_attempt_at, last_error, error_class) VALUES "
                "('ev-1', 'platform', 'case-1', 1, 'case.accepted', '{\"eventId\":\"ev-1\",\"caseKey\":"
                "\"case-1\",\"seq\":1,\"type\":\"case.accepted\",\"data\":{\"taskCode\":\"BAD\"}}', "
                "'2026-11-20T01:00:00.000Z', 'dead', 1, 'x', 'taskCode: unknown matter', 'schema')"));
    }

    void everyoneSeesOnlyAdministratorsResend()
    {
        Session clerk(m_db, 3);
        QVERIFY(clerk.login(QStringLiteral("1001"), DemoSetup::demoPassword()).ok());
        DeadLetters asClerk(m_db, &clerk, nullptr);
        auto listed = asClerk.list();
        QVERIFY(listed);
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().errorText, QStringLiteral("taskCode: unknown matter"));
        QCOMPARE(asClerk.resend(QStringLiteral("ev-1")).error().code, QStringLiteral("auth.forbidden"));
        QCOMPARE(test::count(*m_db, QStringLiteral("outbox"), QStringLiteral("state = 'dead'")), 1);
    }

    void listedByTheCaseNumberPeopleKnow()
    {
        QVERIFY(test::count(*m_db, QStringLiteral("matter")) > 0);
        test::exec(*m_db, QStringLiteral(
                              "INSERT INTO applicant (id, kind, name, id_type, id_no_lookup, id_no_cipher, "
                              "id_no_masked, created_at, updated_at) VALUES (77, 'natural', 'x', '111', "
                              "'dl', X'00', '1101**********0011', 'x', 'x')"));
        test::exec(
            *m_db,
            QStringLiteral(
                "INSERT INTO case_record (local_id, project_no, matter_id, task_code, "
                "matter_version, matter_name, project_kind, applicant_id, status, applied_at, created_at, "
                "updated_at) SELECT 'case-2', '370402-2026-000042', min(id), 't', 1, 'm', "
                "'instant', 77, 'accepted', 'x', 'x', 'x' FROM matter"));
        test::exec(*m_db, QStringLiteral(
                              "INSERT INTO outbox (event_id, destination, case_key, case_seq, event_type, "
                              "payload, created_at, state, attempts, next_attempt_at, last_error, "
                              "error_class) VALUES ('ev-2', 'platform', 'case-2', 1, 'case.accepted', '{}', "
                              "'2026-11-20T01:01:00.000Z', 'dead', 1, 'x', 'bad', 'schema')"));
        DeadLetters letters(m_db, nullptr, nullptr);
        auto listed = letters.list();
        QVERIFY(listed);
        QCOMPARE(listed->size(), 2);
        QCOMPARE(listed->at(0).caseNo, QString()); // case-1 has no case_record: not numbered
        QCOMPARE(listed->at(1).caseNo, QStringLiteral("370402-2026-000042"));
        test::exec(*m_db, QStringLiteral("UPDATE outbox SET state = 'delivered' WHERE event_id = 'ev-2'"));
    }

    void correctionsKeepTheEventsIdentity()
    {
        Session admin(m_db, 3);
        QVERIFY(admin.login(QStringLiteral("9001"), DemoSetup::demoPassword()).ok());
        DeadLetters letters(m_db, &admin, nullptr);
        auto payload = letters.payload(QStringLiteral("ev-1"));
        QVERIFY(payload);
        QJsonObject event = QJsonDocument::fromJson(payload->toUtf8()).object();

        QCOMPARE(letters.resend(QStringLiteral("ev-1"), QStringLiteral("{not json")).error().code,
                 QStringLiteral("deadletter.json"));
        QJsonObject moved = event;
        moved.insert(QStringLiteral("seq"), 2);
        QCOMPARE(letters.resend(QStringLiteral("ev-1"), QString::fromUtf8(QJsonDocument(moved).toJson()))
                     .error()
                     .code,
                 QStringLiteral("deadletter.json"));
        QCOMPARE(test::count(*m_db, QStringLiteral("outbox"), QStringLiteral("state = 'dead'")), 1);

        QJsonObject data = event.value(QStringLiteral("data")).toObject();
        data.insert(QStringLiteral("taskCode"), QStringLiteral("370402-001"));
        event.insert(QStringLiteral("data"), data);
        QVERIFY(letters.resend(QStringLiteral("ev-1"), QString::fromUtf8(QJsonDocument(event).toJson())));
        QCOMPARE(test::count(*m_db, QStringLiteral("outbox"), QStringLiteral("state = 'pending'")), 1);
        auto stored = sql::scalar(m_db->connection(),
                                  QStringLiteral("SELECT payload FROM outbox WHERE event_id = 'ev-1'"));
        QVERIFY(stored->toString().contains(QStringLiteral("370402-001")));
        QCOMPARE(test::count(
                     *m_db, QStringLiteral("audit_log"),
                     QStringLiteral("action = 'outbox.resend' AND subject = 'ev-1' AND staff_no = '9001'")),
                 1);
        QVERIFY(letters.list()->isEmpty());
        QCOMPARE(letters.payload(QStringLiteral("ev-1")).error().code, QStringLiteral("deadletter.unknown"));
    }

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestDeadLetters)
#include "tst_deadletters.moc"
