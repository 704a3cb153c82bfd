#include "halldprocess.h"
#include "queuefixture.h"
#include "store/sql.h"
#include "support/testsupport.h"
#include "sync/simfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace yc;

namespace {
const QString kPassword = QStringLiteral("Queue2026!");
} // namespace

// Appointments booked online (统一预约排队) reach the hall: the real
// yichuang-platform-sim over mutual TLS with signed requests, the real
// yichuang-halld pulling its appointments feed into the queue.
class TestHallAppointments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void bookingsAndCancellationsReachTheHall();

private:
    bool book(const QString &id, const QString &line, int hoursFromNow);
    // The platform ids of the booked appointments in halld's snapshot.
    QStringList snapshotAppointments();
    QString signIn();
    qint64 storedCursor();

    QTemporaryDir m_dir;
    test::Pki m_pki;
    std::unique_ptr<test::SimProcess> m_sim;
    std::shared_ptr<Database> m_db;
    test::HalldProcess m_halld;
    QString m_conf;
    QString m_token;
};

void TestHallAppointments::initTestCase()
{
    QVERIFY(m_pki.ok());
    m_sim = std::make_unique<test::SimProcess>(m_pki);
    QVERIFY2(m_sim->start(), qPrintable(m_sim->output()));
    m_db = test::openTempDatabase(m_dir, QStringLiteral("hall.db"));
    QVERIFY(m_db);
    test::makeQueueHall(m_db, 2, 2, kPassword);
    m_conf = m_dir.filePath(QStringLiteral("halld.conf"));
    QSettings ini(m_conf, QSettings::IniFormat);
    ini.beginGroup(QStringLiteral("platform"));
    ini.setValue(QStringLiteral("profile"), QStringLiteral("national"));
    ini.setValue(QStringLiteral("endpoint"), m_sim->url());
    ini.setValue(QStringLiteral("client_id"), QStringLiteral("hall-01"));
    ini.setValue(QStringLiteral("ca"), m_pki.file(QStringLiteral("ca.pem")));
    ini.setValue(QStringLiteral("certificate"), m_pki.file(QStringLiteral("client.pem")));
    ini.setValue(QStringLiteral("key"), m_pki.file(QStringLiteral("client.key")));
    ini.setValue(QStringLiteral("signing_key"), m_pki.file(QStringLiteral("signing.key")));
    ini.setValue(QStringLiteral("appointments_poll_seconds"), 1);
    ini.endGroup();
}

void TestHallAppointments::cleanupTestCase()
{
    m_halld.stop();
    m_sim.reset();
}

bool TestHallAppointments::book(const QString &id, const QString &line, int hoursFromNow)
{
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(qint64(hoursFromNow) * 3600);
    const test::Answer a =
        test::SimClient(m_pki, m_sim->url())
            .call("POST", "/sim/v1/appointments",
                  QJsonObject{{QStringLiteral("appointmentId"), id},
                              {QStringLiteral("line"), line},
                              {QStringLiteral("matterCode"), QStringLiteral("370402-001")},
                              {QStringLiteral("personMasked"), QStringLiteral("3704**********123X")},
                              {QStringLiteral("slotStart"), start.toString(Qt::ISODateWithMs)},
                              {QStringLiteral("slotEnd"), start.addSecs(1800).toString(Qt::ISODateWithMs)}});
    if (a.status != 200)
        qWarning() << "booking" << id << "answered" << a.status << a.body;
    return a.status == 200;
}

QString TestHallAppointments::signIn()
{
    test::RawSocket s;
    if (!s.open(m_halld.url()))
        return {};
    const QJsonObject reply =
        s.roundTrip(test::requestText(QStringLiteral("login"), QStringLiteral("login"), {},
                                      {{QStringLiteral("staffNo"), QStringLiteral("1001")},
                                       {QStringLiteral("password"), kPassword},
                                       {QStringLiteral("window"), 1}}),
                    30000);
    return reply.value(QStringLiteral("result")).toObject().value(QStringLiteral("token")).toString();
}

QStringList TestHallAppointments::snapshotAppointments()
{
    test::RawSocket s;
    if (!s.open(m_halld.url()))
        return {QStringLiteral("<no connection>")};
    const QJsonObject reply =
        s.roundTrip(test::requestText(QStringLiteral("s"), QStringLiteral("snapshot"), m_token));
    QStringList ids;
    for (const QJsonValue &v :
         reply.value(QStringLiteral("result")).toObject().value(QStringLiteral("appointments")).toArray()) {
        const QJsonObject a = v.toObject();
        if (a.value(QStringLiteral("source")).toString() == QLatin1String("platform"))
            ids.append(a.value(QStringLiteral("externalId")).toString());
    }
    ids.sort();
    return ids;
}

qint64 TestHallAppointments::storedCursor()
{
    auto v =
        sql::scalar(m_db->connection(),
                    QStringLiteral("SELECT value FROM sync_state WHERE key = 'platform.appointment_cursor'"));
    return v && v->isValid() ? v->toLongLong() : -1;
}

void TestHallAppointments::bookingsAndCancellationsReachTheHall()
{
    // Booked online before halld starts; one names a line this hall does not have.
    QVERIFY(book(QStringLiteral("P-1"), QStringLiteral("A"), 1));
    QVERIFY(book(QStringLiteral("P-2"), QStringLiteral("B"), 2));
    QVERIFY(book(QStringLiteral("P-X"), QStringLiteral("Z"), 1));

    QVERIFY2(m_halld.start(m_db->path(), m_conf), qPrintable(m_halld.output()));
    m_token = signIn();
    QVERIFY(!m_token.isEmpty());
    const QStringList both{QStringLiteral("P-1"), QStringLiteral("P-2")};
    QTRY_COMPARE_WITH_TIMEOUT(snapshotAppointments(), both, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(storedCursor(), 3, 10000);
    QCOMPARE(test::count(*m_db, QStringLiteral("appointment"),
                         QStringLiteral("source = 'platform' AND person_masked = '3704**********123X'")),
             2);

    // Cancelled on the platform: gone from the hall's snapshot, kept as cancelled.
    QCOMPARE(test::SimClient(m_pki, m_sim->url())
                 .call("POST", "/sim/v1/appointments/P-1/cancel", QJsonObject())
                 .status,
             200);
    QTRY_COMPARE_WITH_TIMEOUT(snapshotAppointments(), QStringList{QStringLiteral("P-2")}, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(storedCursor(), 4, 10000);
    QCOMPARE(test::count(*m_db, QStringLiteral("appointment"),
                         QStringLiteral("external_id = 'P-1' AND state = 'cancelled'")),
             1);

    // halld restarts: it carries on from its cursor; nothing is booked twice.
    m_halld.stop();
    QCOMPARE(storedCursor(), 4);
    QVERIFY(book(QStringLiteral("P-3"), QStringLiteral("A"), 3));
    QVERIFY2(m_halld.start(m_db->path(), m_conf), qPrintable(m_halld.output()));
    const QStringList after{QStringLiteral("P-2"), QStringLiteral("P-3")};
    QTRY_COMPARE_WITH_TIMEOUT(snapshotAppointments(), after, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(storedCursor(), 5, 10000);
    QCOMPARE(test::count(*m_db, QStringLiteral("appointment"), QStringLiteral("source = 'platform'")), 3);
    QCOMPARE(test::count(*m_db, QStringLiteral("queue_event"), QStringLiteral("kind = 'appointment.book'")),
             3);
    QCOMPARE(test::count(*m_db, QStringLiteral("queue_event"), QStringLiteral("kind = 'appointment.cancel'")),
             1);
}

QTEST_GUILESS_MAIN(TestHallAppointments)
#include "tst_hallappointments.moc"
