#include "halldprocess.h"
#include "queuefixture.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace yc;

namespace {
const QString kPassword = QStringLiteral("Queue2026!");

QString errorCode(const QJsonObject &reply)
{
    return reply.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}
} // namespace

// Hall sessions against the real yichuang-halld: roles and the active flag
// are read at every request, and a sign-in's password check (PBKDF2, slow
// on purpose) does not hold up the other windows.
class TestHallSessions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aDemotedOrDisabledMemberLosesRightsAtOnce();
    void answersOthersWhileASignInIsChecked();

private:
    QString login(test::RawSocket &socket, const QString &staffNo, int window);

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    test::HalldProcess m_halld;
};

void TestHallSessions::initTestCase()
{
    m_db = test::openTempDatabase(m_dir, QStringLiteral("hall.db"));
    QVERIFY(m_db);
    test::makeQueueHall(m_db, 3, 2, kPassword);
    QVERIFY2(m_halld.start(m_db->path()), qPrintable(m_halld.output()));
}

QString TestHallSessions::login(test::RawSocket &socket, const QString &staffNo, int window)
{
    const QJsonObject reply =
        socket.roundTrip(test::requestText(QStringLiteral("login"), QStringLiteral("login"), {},
                                           {{QStringLiteral("staffNo"), staffNo},
                                            {QStringLiteral("password"), kPassword},
                                            {QStringLiteral("window"), window}}),
                         30000);
    return reply.value(QStringLiteral("result")).toObject().value(QStringLiteral("token")).toString();
}

void TestHallSessions::aDemotedOrDisabledMemberLosesRightsAtOnce()
{
    test::RawSocket s;
    QVERIFY(s.open(m_halld.url()));
    const QString supervisor = login(s, QStringLiteral("3001"), 0);
    QVERIFY(!supervisor.isEmpty());
    const QJsonObject issued =
        s.roundTrip(test::requestText(QStringLiteral("i"), QStringLiteral("issue"), supervisor,
                                      {{QStringLiteral("prefix"), QStringLiteral("A")}}));
    QVERIFY2(issued.value(QStringLiteral("ok")).toBool(), QJsonDocument(issued).toJson().constData());
    const qint64 ticketId = issued.value(QStringLiteral("result"))
                                .toObject()
                                .value(QStringLiteral("ticket"))
                                .toObject()
                                .value(QStringLiteral("id"))
                                .toInteger();
    const auto pin = [&](const QString &id) {
        return s.roundTrip(test::requestText(id, QStringLiteral("pin"), supervisor,
                                             {{QStringLiteral("ticketId"), ticketId},
                                              {QStringLiteral("reason"), QStringLiteral("军人优先")}}));
    };
    QVERIFY(pin(QStringLiteral("p1")).value(QStringLiteral("ok")).toBool());

    // The administrator makes 3001 a clerk while the session is open.
    test::exec(*m_db, QStringLiteral("DELETE FROM staff_role WHERE role = 'supervisor' AND staff_id = "
                                     "(SELECT id FROM staff WHERE staff_no = '3001')"));
    test::exec(*m_db, QStringLiteral("INSERT INTO staff_role (staff_id, role) SELECT id, 'clerk' FROM staff "
                                     "WHERE staff_no = '3001'"));
    const QJsonObject refused = pin(QStringLiteral("p2"));
    QCOMPARE(refused.value(QStringLiteral("id")).toString(), QStringLiteral("p2"));
    QCOMPARE(errorCode(refused), QStringLiteral("auth.forbidden"));
    // Still signed in, as a clerk: what a clerk may do goes on.
    QVERIFY(s.roundTrip(test::requestText(QStringLiteral("ping"), QStringLiteral("ping"), supervisor))
                .value(QStringLiteral("ok"))
                .toBool());

    // Disabled: the very next request is refused, whatever it is.
    test::exec(*m_db, QStringLiteral("UPDATE staff SET active = 0 WHERE staff_no = '3001'"));
    QCOMPARE(errorCode(
                 s.roundTrip(test::requestText(QStringLiteral("ping2"), QStringLiteral("ping"), supervisor))),
             QStringLiteral("auth.inactive"));
    QCOMPARE(errorCode(s.roundTrip(
                 test::requestText(QStringLiteral("snap"), QStringLiteral("snapshot"), supervisor))),
             QStringLiteral("auth.inactive"));
}

void TestHallSessions::answersOthersWhileASignInIsChecked()
{
    test::RawSocket other;
    QVERIFY(other.open(m_halld.url()));
    const QString clerk = login(other, QStringLiteral("1001"), 1);
    QVERIFY(!clerk.isEmpty());

    // One connection signs in several times in a row (each check is a full
    // PBKDF2) and then sends a request without a token; it reads nothing
    // in between.
    test::RawSocket signingIn;
    QVERIFY(signingIn.open(m_halld.url()));
    const int logins = 6;
    QStringList sent;
    for (int i = 0; i < logins; ++i) {
        sent.append(QStringLiteral("login%1").arg(i));
        signingIn.socket().sendTextMessage(
            test::requestText(sent.last(), QStringLiteral("login"), {},
                              {{QStringLiteral("staffNo"), QStringLiteral("1001")},
                               {QStringLiteral("password"), kPassword},
                               {QStringLiteral("window"), 2}}));
    }
    sent.append(QStringLiteral("after"));
    signingIn.socket().sendTextMessage(test::requestText(sent.last(), QStringLiteral("ping"), {}));
    signingIn.socket().flush();

    // Meanwhile the other window is answered: before the signing-in
    // connection has all its replies.
    const QJsonObject pong =
        other.roundTrip(test::requestText(QStringLiteral("ping"), QStringLiteral("ping"), clerk));
    QVERIFY(pong.value(QStringLiteral("ok")).toBool());
    const qsizetype repliedMeanwhile = signingIn.replies().size();
    QVERIFY2(repliedMeanwhile < sent.size(),
             qPrintable(QStringLiteral("%1 of %2 replies came before the other window's")
                            .arg(repliedMeanwhile)
                            .arg(sent.size())));

    // The signing-in connection gets every reply, in the order it asked.
    QVERIFY(QTest::qWaitFor([&] { return signingIn.replies().size() == sent.size(); }, 60000));
    QStringList order;
    for (const QJsonObject &r : signingIn.replies())
        order.append(r.value(QStringLiteral("id")).toString());
    QCOMPARE(order, sent);
    for (int i = 0; i < logins; ++i)
        QVERIFY(signingIn.replies().at(i).value(QStringLiteral("ok")).toBool());
    QCOMPARE(errorCode(signingIn.replies().last()), QStringLiteral("auth.required"));
}

QTEST_GUILESS_MAIN(TestHallSessions)
#include "tst_hallsessions.moc"
