#include "app/hall/localhall.h"
#include "queuefixture.h"
#include "staff/staff.h"
#include "support/testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace yc;

// The in-process hall of --standalone: the same dispatcher and engine as
// halld behind the same HallConnection interface, replies and
// notifications through the event loop.
class TestHallLocal : public QObject
{
    Q_OBJECT

private slots:
    void servesTheWindowLikeHalld();
};

void TestHallLocal::servesTheWindowLikeHalld()
{
    QTemporaryDir dir;
    auto db = test::openTempDatabase(dir);
    QVERIFY(db);
    const QString password = QStringLiteral("Local2026!");
    test::makeQueueHall(db, 2, 2, password);
    LocalHall hall(db);
    QCOMPARE(hall.state(), HallConnection::State::SignedOut);
    QSignalSpy states(&hall, &HallConnection::stateChanged);

    Result<QJsonObject> outcome = Error{};
    bool done = false;
    auto wait = [&] {
        const bool ok = QTest::qWaitFor([&] { return done; }, 20000);
        done = false;
        return ok;
    };
    auto keep = [&](const Result<QJsonObject> &r) {
        outcome = r;
        done = true;
    };
    hall.request(QStringLiteral("callNext"), {}, keep);
    QVERIFY(wait());
    QCOMPARE(outcome.error().code, QStringLiteral("auth.required"));
    hall.signIn(QStringLiteral("1001"), QStringLiteral("wrong"), 1, keep);
    QVERIFY(wait());
    QCOMPARE(outcome.error().code, QStringLiteral("auth.wrong"));
    hall.signIn(QStringLiteral("1001"), password, 1, keep);
    QVERIFY(wait());
    QVERIFY(outcome.ok());
    QCOMPARE(hall.state(), HallConnection::State::Ready);
    QCOMPARE(hall.windowNo(), 1);
    QVERIFY(QTest::qWaitFor([&] { return hall.hall().hasSnapshot(); }, 10000));

    hall.request(QStringLiteral("issue"),
                 {{QStringLiteral("prefix"), QStringLiteral("B")},
                  {QStringLiteral("priorityGroup"), QStringLiteral("elderly")}},
                 keep);
    QVERIFY(wait());
    QVERIFY(outcome.ok());
    hall.request(QStringLiteral("callNext"), {}, keep);
    QVERIFY(wait());
    QVERIFY(outcome.ok());
    const qint64 id =
        outcome->value(QStringLiteral("ticket")).toObject().value(QStringLiteral("id")).toInteger();
    // The mirror follows by notify-then-pull, as with halld.
    QVERIFY(QTest::qWaitFor([&] { return hall.hall().currentTicket(1).has_value(); }, 10000));
    QCOMPARE(hall.hall().currentTicket(1)->id, id);
    QCOMPARE(hall.hall().currentTicket(1)->displayNo, QStringLiteral("B001"));
    QCOMPARE(hall.hall().currentTicket(1)->priorityGroup, QStringLiteral("elderly"));
    QCOMPARE(hall.hall().seq(), hall.engine().lastSeq().value());
    // Role checks are the dispatcher's, here too.
    hall.request(QStringLiteral("pin"),
                 {{QStringLiteral("ticketId"), id}, {QStringLiteral("reason"), QStringLiteral("x")}}, keep);
    QVERIFY(wait());
    QCOMPARE(outcome.error().code, QStringLiteral("auth.forbidden"));
    hall.signOut();
    QCOMPARE(hall.state(), HallConnection::State::SignedOut);
    QVERIFY(states.count() >= 2);
    // The standalone client hands over its own sign-in.
    StaffMember clerk;
    clerk.staffNo = QStringLiteral("1001");
    clerk.roles = {QStringLiteral("clerk")};
    QVERIFY(hall.adopt(clerk, 2).ok());
    QCOMPARE(hall.state(), HallConnection::State::Ready);
    hall.request(QStringLiteral("callNext"), {}, keep);
    QVERIFY(wait());
    QCOMPARE(outcome.error().code, QStringLiteral("queue.empty"));
}

QTEST_GUILESS_MAIN(TestHallLocal)
#include "tst_halllocal.moc"
