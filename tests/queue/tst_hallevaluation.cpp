// 二维码评价 against the real yichuang-halld: the window's client registers
// an invitation over the hall protocol, a phone (QNetworkAccessManager)
// opens and posts the page over HTTP, the client pulls the answer, stores
// it through EvaluationService in its own database (channel qr_page) and
// acknowledges it; a third submission and an expired link are refused.
#include "app/evaluation/qrevaluationrelay.h"
#include "app/hall/hallclient.h"
#include "evaluation/evaluationinvites.h"
#include "halldprocess.h"
#include "queuefixture.h"
#include "store/database.h"
#include "store/sql.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace yc;

namespace {

const QString kPassword = QStringLiteral("Evaluate-2026");

struct Page
{
    int status = 0;
    QString body;
};

} // namespace

class TestHallEvaluation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void caseInvitationRoundTrip();
    void ticketSlipInvitationWaitsForTheService();
    void expiredAndUnknownLinksAreRefused();
    void invitationsNeedASession();

private:
    Page get(const QUrl &url);
    Page post(const QUrl &url, const QList<std::pair<QString, QString>> &fields);
    Result<QJsonObject> request(const QString &op, const QJsonObject &args = {});
    QUrl invite(const std::function<void(QrEvaluationRelay::UrlCallback)> &call);
    void makeClientCase(const QString &caseNo);

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_hallDb;
    std::shared_ptr<Database> m_clientDb;
    test::HalldProcess m_halld;
    std::unique_ptr<HallClient> m_client;
    std::unique_ptr<QrEvaluationRelay> m_relay;
    QNetworkAccessManager m_net;
};

void TestHallEvaluation::initTestCase()
{
    m_hallDb = test::openTempDatabase(m_dir, QStringLiteral("hall.db"));
    QVERIFY(m_hallDb);
    test::makeQueueHall(m_hallDb, 2, 1, kPassword);
    QVERIFY2(m_halld.start(m_hallDb->path()), qPrintable(m_halld.output()));

    // The window's own database, which holds its cases.
    m_clientDb = test::openTempDatabase(m_dir, QStringLiteral("window.db"));
    QVERIFY(m_clientDb);
    for (const char *statement :
         {"INSERT INTO hall (id, code, name, created_at) VALUES (1, 'H', '大厅', 'x')",
          "INSERT INTO department (code, name) VALUES ('D', '部门')",
          "INSERT INTO matter (id, task_code, version, is_current, catalog_version, content_hash, state, "
          "name, "
          "department_code, matter_type, service_objects, project_kind, legal_limit_value, legal_limit_unit, "
          "promise_limit_value, promise_limit_unit, onsite_visits, result_type) VALUES (1, 'T1', 1, 1, 1, "
          "'h', "
          "'active', '内地居民结婚登记', 'D', '01', '1', 'instant', 1, 'workday', 0, 'workday', 1, 'none')",
          "INSERT INTO applicant (id, kind, name, id_type, id_no_lookup, id_no_cipher, id_no_masked, "
          "created_at, updated_at) VALUES (1, 'natural', '甲', '111', 'k', X'00', 'm', 'x', 'x')"})
        test::exec(*m_clientDb, QString::fromUtf8(statement));
    makeClientCase(QStringLiteral("QR-1"));
    makeClientCase(QStringLiteral("QR-2"));
    makeClientCase(QStringLiteral("QR-3"));

    m_client = std::make_unique<HallClient>(m_halld.url());
    m_relay = std::make_unique<QrEvaluationRelay>(m_clientDb, *m_client);
    m_relay->setPollInterval(60 * 60 * 1000); // the test pulls by itself
    m_client->open();
    bool done = false;
    bool ok = false;
    QVERIFY(QTest::qWaitFor([&] { return m_client->state() == HallConnection::State::SignedOut; }, 10000));
    m_client->signIn(QStringLiteral("1001"), kPassword, 1, [&](const Result<QJsonObject> &r) {
        done = true;
        ok = r.ok();
    });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 20000) && ok);
    QTRY_COMPARE(m_client->state(), HallConnection::State::Ready);
}

void TestHallEvaluation::cleanupTestCase()
{
    m_relay.reset();
    m_client.reset();
    m_halld.stop();
}

void TestHallEvaluation::makeClientCase(const QString &caseNo)
{
    test::exec(
        *m_clientDb,
        QStringLiteral("INSERT INTO case_record (local_id, project_no, matter_id, task_code, "
                       "matter_version, matter_name, project_kind, applicant_id, status, decision, "
                       "window_no, clerk_staff_no, applied_at, created_at, updated_at) VALUES ('local-%1', "
                       "'%1', 1, 'T1', 1, '内地居民结婚登记', 'instant', 1, 'accepted', 'accept', 1, "
                       "'1001', 'x', 'x', 'x')")
            .arg(caseNo));
}

Page TestHallEvaluation::get(const QUrl &url)
{
    std::unique_ptr<QNetworkReply> reply(m_net.get(QNetworkRequest(url)));
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 10000))
        return {};
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            QString::fromUtf8(reply->readAll())};
}

Page TestHallEvaluation::post(const QUrl &url, const QList<std::pair<QString, QString>> &fields)
{
    QUrlQuery form;
    for (const auto &[name, value] : fields)
        form.addQueryItem(name, QString::fromUtf8(QUrl::toPercentEncoding(value)));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    std::unique_ptr<QNetworkReply> reply(m_net.post(request, form.query(QUrl::FullyEncoded).toUtf8()));
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 10000))
        return {};
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            QString::fromUtf8(reply->readAll())};
}

Result<QJsonObject> TestHallEvaluation::request(const QString &op, const QJsonObject &args)
{
    std::optional<Result<QJsonObject>> reply;
    m_client->request(op, args, [&reply](const Result<QJsonObject> &r) { reply = r; });
    if (!QTest::qWaitFor([&] { return reply.has_value(); }, 10000))
        return Error{QStringLiteral("test.timeout"), op};
    return *reply;
}

QUrl TestHallEvaluation::invite(const std::function<void(QrEvaluationRelay::UrlCallback)> &call)
{
    std::optional<Result<QUrl>> url;
    call([&url](const Result<QUrl> &r) { url = r; });
    if (!QTest::qWaitFor([&] { return url.has_value(); }, 10000) || !url->ok())
        return {};
    return url->value();
}

void TestHallEvaluation::caseInvitationRoundTrip()
{
    const QUrl url = invite([this](auto done) {
        m_relay->inviteCase(QStringLiteral("QR-1"), QStringLiteral("内地居民结婚登记"), done);
    });
    QVERIFY(url.isValid());
    // 128 random bits, base64url: 22 characters.
    const QString token = url.path().section(u'/', -1);
    QCOMPARE(token.size(), 22);
    QVERIFY(url.path().startsWith(QStringLiteral("/evaluate/")));
    // Only the token's hash is kept.
    QCOMPARE(test::count(*m_hallDb, QStringLiteral("evaluation_invite"),
                         QStringLiteral("token_hash = '%1' AND window_no = 1 AND case_no = 'QR-1'")
                             .arg(QString::fromLatin1(EvaluationInvites::tokenHash(token)))),
             1);

    const Page page = get(url);
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains(QStringLiteral("政务服务评价")));
    QVERIFY(page.body.contains(QStringLiteral("内地居民结婚登记")));
    QVERIFY(page.body.contains(QStringLiteral("QR-1")));

    // A bad rating without its reasons is not taken.
    Page refused = post(url, {{QStringLiteral("level"), QStringLiteral("very_dissatisfied")}});
    QCOMPARE(refused.status, 400);
    QVERIFY(refused.body.contains(QStringLiteral("请选择不满意的原因")));
    refused = post(url, {{QStringLiteral("level"), QStringLiteral("splendid")}});
    QCOMPARE(refused.status, 400);

    Page sent = post(url, {{QStringLiteral("level"), QStringLiteral("satisfied")},
                           {QStringLiteral("efficiency"), QStringLiteral("5")},
                           {QStringLiteral("attitude"), QStringLiteral("4")},
                           {QStringLiteral("text"), QStringLiteral("窗口人员很耐心 & 快+好")}});
    QCOMPARE(sent.status, 200);
    QVERIFY(sent.body.contains(QStringLiteral("感谢")));

    QSignalSpy stored(m_relay.get(), &QrEvaluationRelay::stored);
    m_relay->pullNow();
    QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 1, 10000);
    QCOMPARE(
        test::count(*m_clientDb, QStringLiteral("evaluation"),
                    QStringLiteral("channel = 'qr_page' AND level = 'satisfied' AND efficiency = 5 AND "
                                   "attitude = 4 AND comment = '窗口人员很耐心 & 快+好' AND is_followup = 0 "
                                   "AND case_id = (SELECT id FROM case_record WHERE project_no = 'QR-1')")),
        1);
    // Acknowledged: nothing is pending any more.
    QTRY_COMPARE_WITH_TIMEOUT(test::count(*m_hallDb, QStringLiteral("evaluation_answer"),
                                          QStringLiteral("acked_at IS NOT NULL AND ack_result = 'stored'")),
                              1, 10000);
    auto pending = request(QStringLiteral("evaluation.pending"));
    QVERIFY(pending.ok());
    QCOMPARE(pending->value(QStringLiteral("answers")).toArray().size(), 0);

    // The same link again: the follow-up (追评), once.
    const Page followUpPage = get(url);
    QCOMPARE(followUpPage.status, 200);
    QVERIFY(followUpPage.body.contains(QStringLiteral("追加评价")));
    sent = post(url, {{QStringLiteral("level"), QStringLiteral("dissatisfied")},
                      {QStringLiteral("reason"), QStringLiteral("等候时间")},
                      {QStringLiteral("reason"), QStringLiteral("解释不清")}});
    QCOMPARE(sent.status, 200);
    QVERIFY(sent.body.contains(QStringLiteral("追加评价已提交")));
    // A replay is refused with a clear answer.
    const Page replay = post(url, {{QStringLiteral("level"), QStringLiteral("satisfied")}});
    QCOMPARE(replay.status, 409);
    QVERIFY(replay.body.contains(QStringLiteral("不能再次提交")));
    QCOMPARE(get(url).status, 409);

    m_relay->pullNow();
    QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 2, 10000);
    QCOMPARE(test::count(*m_clientDb, QStringLiteral("evaluation"),
                         QStringLiteral("is_followup = 1 AND level = 'dissatisfied' AND "
                                        "comment = '[等候时间, 解释不清]'")),
             1);
    // Storing the same answer twice (an acknowledgement lost) keeps one.
    QCOMPARE(test::count(*m_clientDb, QStringLiteral("evaluation")), 2);
}

void TestHallEvaluation::ticketSlipInvitationWaitsForTheService()
{
    auto issued = request(QStringLiteral("issue"), {{QStringLiteral("prefix"), QStringLiteral("A")}});
    QVERIFY2(issued.ok(), qPrintable(issued ? QString() : issued.error().message));
    const qint64 ticketId =
        issued->value(QStringLiteral("ticket")).toObject().value(QStringLiteral("id")).toInteger();
    const QUrl url =
        invite([&](auto done) { m_relay->inviteTicket(ticketId, QStringLiteral("综合受理"), done); });
    QVERIFY(url.isValid());

    Page early = get(url);
    QCOMPARE(early.status, 409);
    QVERIFY(early.body.contains(QStringLiteral("办理完成后")));
    QCOMPARE(post(url, {{QStringLiteral("level"), QStringLiteral("satisfied")}}).status, 409);

    // Window 1 serves the ticket and records case QR-2 for it.
    QVERIFY(request(QStringLiteral("callNext")).ok());
    QVERIFY(request(QStringLiteral("finish"), {{QStringLiteral("ticketId"), ticketId},
                                               {QStringLiteral("caseNo"), QStringLiteral("QR-2")}})
                .ok());
    const Page page = get(url);
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains(QStringLiteral("QR-2")));
    QCOMPARE(post(url, {{QStringLiteral("level"), QStringLiteral("very_satisfied")}}).status, 200);

    QSignalSpy stored(m_relay.get(), &QrEvaluationRelay::stored);
    m_relay->pullNow();
    QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 1, 10000);
    QCOMPARE(test::count(*m_clientDb, QStringLiteral("evaluation"),
                         QStringLiteral("channel = 'qr_page' AND level = 'very_satisfied' AND case_id = "
                                        "(SELECT id FROM case_record WHERE project_no = 'QR-2')")),
             1);
}

void TestHallEvaluation::expiredAndUnknownLinksAreRefused()
{
    const QUrl url = invite([this](auto done) {
        m_relay->inviteCase(QStringLiteral("QR-3"), QStringLiteral("内地居民结婚登记"), done);
    });
    QVERIFY(url.isValid());
    QCOMPARE(get(url).status, 200);
    const QString token = url.path().section(u'/', -1);
    test::exec(*m_hallDb,
               QStringLiteral("UPDATE evaluation_invite SET expires_at = '2020-01-01T00:00:00.000Z' "
                              "WHERE token_hash = '%1'")
                   .arg(QString::fromLatin1(EvaluationInvites::tokenHash(token))));
    const Page expired = get(url);
    QCOMPARE(expired.status, 410);
    QVERIFY(expired.body.contains(QStringLiteral("评价期限已过")));
    QCOMPARE(post(url, {{QStringLiteral("level"), QStringLiteral("satisfied")}}).status, 410);

    QUrl unknown = url;
    unknown.setPath(QStringLiteral("/evaluate/AAAAAAAAAAAAAAAAAAAAAA"));
    QCOMPARE(get(unknown).status, 404);
    unknown.setPath(QStringLiteral("/evaluate/'%20OR%201=1"));
    QCOMPARE(get(unknown).status, 404);
    QCOMPARE(test::count(*m_clientDb, QStringLiteral("evaluation"),
                         QStringLiteral("case_id = (SELECT id FROM case_record WHERE project_no = 'QR-3')")),
             0);
}

void TestHallEvaluation::invitationsNeedASession()
{
    test::RawSocket raw;
    QVERIFY(raw.open(m_halld.url()));
    const QJsonObject reply = raw.roundTrip(test::requestText(
        QStringLiteral("x"), QStringLiteral("evaluation.expect"), QStringLiteral("not-a-token"),
        {{QStringLiteral("caseNo"), QStringLiteral("QR-1")}}));
    QCOMPARE(reply.value(QStringLiteral("ok")).toBool(), false);
    QVERIFY(reply.value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("code"))
                .toString()
                .startsWith(QStringLiteral("auth.")));
}

QTEST_GUILESS_MAIN(TestHallEvaluation)
#include "tst_hallevaluation.moc"
