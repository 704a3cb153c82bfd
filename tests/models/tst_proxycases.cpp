#include "attachments/attachmentstore.h"
#include "catalog/catalogimporter.h"
#include "catalog/catalogrepository.h"
#include "core/clock.h"
#include "crypto/fieldcipher.h"
#include "intake/intakeservice.h"
#include "proxy/proxycases.h"
#include "store/sql.h"
#include "support/testsupport.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace yc;

namespace {

const QString rawId = QStringLiteral("370402198001011233");
const QString creditCode = QStringLiteral("91350100M000100Y43");

QDateTime at(int day, int hour = 2)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, 0), QTimeZone::utc());
}

} // namespace

// 帮办代办 cases: opening, the state machine, handovers, the mandate and its
// scan, progress and home visits, the follow-up call, the outbox events and
// the audit entries, and the workspace's lists on a fixed clock.
class TestProxyCases : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void opensForAPersonAndAnEnterprise();
    void opensFromAnIntakeCase();
    void worksACaseThroughToTheFollowUpCall();
    void stateMachineRefusesStepsOutOfOrder();
    void finishingNeedsOriginalsBackOrNoted();
    void cannotReturnMoreThanWasReceived();
    void proxyModeNeedsASignedMandate();
    void mandateScanIsStoredEncrypted();
    void listsAndRemindersOnAFixedClock();
    void homeVisitsAreBookedAndRecorded();
    void refusesBadInput_data();
    void refusesBadInput();

private:
    ProxyOpenRequest personRequest(const QString &mode = QStringLiteral("assist")) const;
    QList<QJsonObject> events() const;
    QJsonObject lastEvent() const;
    qint64 acceptCase();

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    std::optional<FieldCipher> m_cipher;
    std::unique_ptr<AttachmentStore> m_attachments;
    std::unique_ptr<ProxyCases> m_proxy;
    const ProxyActor m_me{QStringLiteral("2001"), 8};
};

void TestProxyCases::init()
{
    static int serial = 0;
    m_db = test::openTempDatabase(m_dir, QStringLiteral("%1.db").arg(++serial));
    QVERIFY(m_db);
    test::exec(*m_db,
               QStringLiteral("INSERT INTO hall (code, name, created_at) VALUES ('H', '市中区政务服务中心', "
                              "'2026-01-01T00:00:00Z')"));
    for (const auto &[no, name, role] :
         {std::tuple{"2001", "李帮办", "helpdesk"}, std::tuple{"2002", "赵代办", "helpdesk"},
          std::tuple{"1001", "王晓梅", "clerk"}}) {
        test::exec(*m_db,
                   QStringLiteral("INSERT INTO staff (staff_no, name, password_hash, created_at, updated_at) "
                                  "VALUES ('%1', '%2', 'x', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")
                       .arg(QLatin1String(no), QString::fromUtf8(name)));
        test::exec(*m_db,
                   QStringLiteral("INSERT INTO staff_role (staff_id, role) SELECT id, '%1' FROM staff WHERE "
                                  "staff_no = '%2'")
                       .arg(QLatin1String(role), QLatin1String(no)));
    }
    m_cipher = FieldCipher::fromKey(QByteArray(32, '\x42')).value();
    m_attachments = std::make_unique<AttachmentStore>(m_db, &*m_cipher,
                                                      m_dir.filePath(QStringLiteral("att%1").arg(serial)));
    m_proxy = std::make_unique<ProxyCases>(m_db, &*m_cipher, m_attachments.get());
    Clock::setOverride([] { return at(2); }); // Monday 2 March 2026, 10:00 in the hall
}

void TestProxyCases::cleanup()
{
    Clock::clearOverride();
    m_proxy.reset();
    m_attachments.reset();
    m_db.reset();
}

ProxyOpenRequest TestProxyCases::personRequest(const QString &mode) const
{
    ProxyOpenRequest r;
    r.serviceMode = mode;
    r.reason = QStringLiteral("elderly");
    r.principal.name = QStringLiteral("张三");
    r.principal.idNumber = rawId;
    r.principal.phone = QStringLiteral("13812345678");
    r.assignedStaffNo = QStringLiteral("2001");
    r.nextAction = QStringLiteral("电话联系，约定材料");
    r.nextDue = QDate(2026, 3, 3);
    return r;
}

QList<QJsonObject> TestProxyCases::events() const
{
    auto q = sql::run(m_db->connection(),
                      QStringLiteral("SELECT payload FROM outbox WHERE destination = 'platform' "
                                     "ORDER BY case_key, case_seq"));
    QList<QJsonObject> out;
    while (q && q->next())
        out << QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object();
    return out;
}

// The newest proxy event for the platform, whichever case it belongs to.
QJsonObject TestProxyCases::lastEvent() const
{
    auto q = sql::run(m_db->connection(),
                      QStringLiteral("SELECT payload FROM outbox WHERE destination = 'platform' "
                                     "AND event_type = 'proxy.recorded' ORDER BY id DESC LIMIT 1"));
    if (!q || !q->next())
        return {};
    return QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object();
}

qint64 TestProxyCases::acceptCase()
{
    if (!CatalogImporter::importFile(*m_db,
                                     QStringLiteral(YC_SOURCE_DIR "/resources/catalog/demo-catalog.json"))
             .ok())
        return 0;
    const qint64 matterId =
        sql::scalar(
            m_db->connection(),
            QStringLiteral(
                "SELECT id FROM matter WHERE is_current = 1 AND state = 'active' ORDER BY id LIMIT 1"))
            ->toLongLong();
    const Matter matter = CatalogRepository(m_db).matter(matterId).value();
    IntakeRequest r;
    r.applicant.name = QStringLiteral("孙老伯");
    r.applicant.idNumber = QStringLiteral("370102195001011233");
    r.windowNo = 3;
    r.clerkStaffNo = QStringLiteral("1001");
    MatterIntake mi{matterId, {}};
    for (const MatterMaterial &mm : matter.materials)
        mi.materials << MaterialMark{mm.code, QStringLiteral("received"), 1, {}, {}};
    r.matters << mi;
    IntakeService intake(m_db, &*m_cipher,
                         [](const QDate &d, const TimeLimit &l) { return d.addDays(l.value); });
    auto out = intake.submit(r);
    if (!out) {
        qWarning("intake failed: %s", qPrintable(out.error().message));
        return 0;
    }
    return out->cases.first().caseId;
}

void TestProxyCases::opensForAPersonAndAnEnterprise()
{
    auto person = m_proxy->open(personRequest(), m_me);
    QVERIFY2(person.ok(), person.ok() ? "" : qPrintable(person.error().message));
    QCOMPARE(person->proxyNo, QStringLiteral("BD2026030208001"));

    ProxyOpenRequest firm = personRequest(QStringLiteral("proxy"));
    firm.reason = QStringLiteral("enterprise_start");
    firm.principal = ApplicantInput{};
    firm.principal.kind = QStringLiteral("legal");
    firm.principal.name = QStringLiteral("济南一窗科技有限公司");
    firm.principal.idNumber = creditCode;
    firm.principal.legalRep = QStringLiteral("周法人");
    auto enterprise = m_proxy->open(firm, m_me);
    QVERIFY2(enterprise.ok(), enterprise.ok() ? "" : qPrintable(enterprise.error().message));
    QCOMPARE(enterprise->proxyNo, QStringLiteral("BD2026030208002"));

    auto d = m_proxy->detail(enterprise->id, at(2));
    QVERIFY(d.ok());
    QCOMPARE(d->summary.principalKind, QStringLiteral("legal"));
    QCOMPARE(d->summary.principalName, QStringLiteral("济南一窗科技有限公司"));
    QCOMPARE(d->principalLegalRep, QStringLiteral("周法人"));
    QCOMPARE(d->summary.state, QStringLiteral("open"));
    QCOMPARE(d->summary.nextDue, QDate(2026, 3, 3));
    QCOMPARE(d->openedBy, QStringLiteral("2001"));

    // Personal data: encrypted in the applicant row, sealed in the outbox, never in clear.
    QCOMPARE(test::count(*m_db, QStringLiteral("applicant"),
                         QStringLiteral("id_no_masked = '3704**********1233'")),
             1);
    auto all = sql::run(m_db->connection(), QStringLiteral("SELECT payload FROM outbox"));
    QVERIFY(all.ok());
    while (all->next()) {
        QVERIFY(!all->value(0).toString().contains(rawId));
        QVERIFY(!all->value(0).toString().contains(QStringLiteral("13812345678")));
    }
    const QList<QJsonObject> ev = events();
    QCOMPARE(ev.size(), 2);
    for (const QJsonObject &e : ev) {
        QCOMPARE(e.value(QStringLiteral("type")).toString(), QStringLiteral("proxy.recorded"));
        const QJsonObject data = e.value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("action")).toString(), QStringLiteral("opened"));
        QCOMPARE(data.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
        const QJsonObject principal = data.value(QStringLiteral("principal")).toObject();
        QVERIFY(!principal.value(QStringLiteral("idNumberSealed")).toString().isEmpty());
        const QByteArray sealed =
            QByteArray::fromBase64(principal.value(QStringLiteral("idNumberSealed")).toString().toLatin1());
        const QString opened = QString::fromUtf8(m_cipher->decrypt(sealed).value());
        QVERIFY(opened == rawId || opened == creditCode);
    }
    QCOMPARE(test::count(*m_db, QStringLiteral("outbox"), QStringLiteral("destination = 'hall'")), 2);
    QCOMPARE(test::count(*m_db, QStringLiteral("audit_log"), QStringLiteral("action = 'proxy.open'")), 2);
    QCOMPARE(test::count(*m_db, QStringLiteral("proxy_progress")), 2);
}

void TestProxyCases::opensFromAnIntakeCase()
{
    const qint64 caseId = acceptCase();
    QVERIFY(caseId > 0);
    ProxyOpenRequest r = personRequest();
    r.principal = ApplicantInput{}; // taken from the case
    r.sourceCaseId = caseId;
    auto opened = m_proxy->open(r, m_me);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    auto linked = m_proxy->linkedCases(opened->id);
    QVERIFY(linked.ok());
    QCOMPARE(linked->size(), 1);
    QCOMPARE(linked->first().caseId, caseId);
    QCOMPARE(m_proxy->findBySource(caseId, 0).value(), opened->id);
    QCOMPARE(m_proxy->detail(opened->id, at(2))->summary.principalName, QStringLiteral("孙老伯"));
    const QJsonObject data = lastEvent().value(QStringLiteral("data")).toObject();
    QCOMPARE(data.value(QStringLiteral("linkedProjectNos")).toArray().size(), 1);
    QCOMPARE(m_proxy->link(opened->id, caseId, m_me).error().code, QStringLiteral("proxy.link"));
    QVERIFY(m_proxy->unlink(opened->id, caseId, m_me).ok());
    QCOMPARE(m_proxy->linkedCases(opened->id)->size(), 0);
    QCOMPARE(m_proxy->unlink(opened->id, caseId, m_me).error().code, QStringLiteral("proxy.link"));
}

void TestProxyCases::worksACaseThroughToTheFollowUpCall()
{
    auto opened = m_proxy->open(personRequest(QStringLiteral("proxy")), m_me);
    QVERIFY(opened.ok());
    const qint64 id = opened->id;
    QVERIFY(m_proxy
                ->setMandate(id,
                             {QStringLiteral("代为办理养老保险待遇领取资格认证"), QDate(2026, 3, 2),
                              QDate(2026, 4, 30), true},
                             m_me)
                .ok());
    QCOMPARE(m_proxy->detail(id, at(2))->summary.state, QStringLiteral("in_progress"));
    QVERIFY(m_proxy
                ->recordHandover(id,
                                 {QStringLiteral("户口簿"),
                                  QStringLiteral("original"),
                                  1,
                                  QStringLiteral("received"),
                                  QStringLiteral("张三"),
                                  {}},
                                 m_me)
                .ok());
    QVERIFY(m_proxy
                ->recordHandover(id,
                                 {QStringLiteral("身份证复印件"),
                                  QStringLiteral("copy"),
                                  2,
                                  QStringLiteral("received"),
                                  QStringLiteral("张三"),
                                  {}},
                                 m_me)
                .ok());
    QVERIFY(m_proxy
                ->addProgress(id,
                              {QStringLiteral("已向社保中心递交"), QStringLiteral("取回认证结果"),
                               QDate(2026, 3, 4), false},
                              m_me)
                .ok());
    QCOMPARE(m_proxy->detail(id, at(2))->summary.nextDue, QDate(2026, 3, 4));
    QVERIFY(m_proxy
                ->recordHandover(id,
                                 {QStringLiteral("户口簿"),
                                  QStringLiteral("original"),
                                  1,
                                  QStringLiteral("returned"),
                                  QStringLiteral("张三"),
                                  {}},
                                 m_me)
                .ok());
    auto finished = m_proxy->finish(id, {QStringLiteral("认证已完成，结果电话告知"), {}}, m_me);
    QVERIFY2(finished.ok(), finished.ok() ? "" : qPrintable(finished.error().message));
    QVERIFY(m_proxy
                ->recordCallback(id,
                                 {QStringLiteral("phone"), QStringLiteral("very_satisfied"),
                                  QStringLiteral("老人表示满意")},
                                 m_me)
                .ok());

    auto d = m_proxy->detail(id, at(2));
    QCOMPARE(d->summary.state, QStringLiteral("finished"));
    QVERIFY(d->summary.callbackDone);
    QCOMPARE(d->callbackSatisfaction, QStringLiteral("very_satisfied"));
    QVERIFY(!d->summary.nextDue.isValid());

    // One event per change, in order, each with the case as it stands.
    const QList<QJsonObject> ev = events();
    QStringList actions;
    for (const QJsonObject &e : ev)
        actions << e.value(QStringLiteral("data")).toObject().value(QStringLiteral("action")).toString();
    QCOMPARE(actions,
             (QStringList{QStringLiteral("opened"), QStringLiteral("mandate"), QStringLiteral("handover"),
                          QStringLiteral("handover"), QStringLiteral("progress"), QStringLiteral("handover"),
                          QStringLiteral("finished"), QStringLiteral("callback")}));
    for (int i = 0; i < ev.size(); ++i)
        QCOMPARE(ev[i].value(QStringLiteral("seq")).toInt(), i + 1);
    const QJsonObject fin = ev[6].value(QStringLiteral("data")).toObject();
    QCOMPARE(fin.value(QStringLiteral("state")).toString(), QStringLiteral("finished"));
    QCOMPARE(fin.value(QStringLiteral("handoversReceived")).toInt(), 2);
    QCOMPARE(fin.value(QStringLiteral("handoversReturned")).toInt(), 1);
    QCOMPARE(fin.value(QStringLiteral("originalsOutstanding")).toInt(), 0);
    QCOMPARE(fin.value(QStringLiteral("mandateSigned")).toBool(), true);
    QCOMPARE(ev[4].value(QStringLiteral("data")).toObject().value(QStringLiteral("nextDueDate")).toString(),
             QStringLiteral("2026-03-04"));
    QCOMPARE(test::count(*m_db, QStringLiteral("audit_log"), QStringLiteral("action LIKE 'proxy.%'")), 8);
    // The latest progress entry and the case agree (the indicators read the entry).
    QCOMPARE(test::count(*m_db, QStringLiteral("proxy_progress"), QStringLiteral("kind = 'callback'")), 1);
}

void TestProxyCases::stateMachineRefusesStepsOutOfOrder()
{
    const qint64 id = m_proxy->open(personRequest(), m_me)->id;
    QCOMPARE(
        m_proxy
            ->resume(id, {QStringLiteral("继续"), QStringLiteral("下一步"), QDate(2026, 3, 3), false}, m_me)
            .error()
            .code,
        QStringLiteral("proxy.state"));
    QCOMPARE(m_proxy->recordCallback(id, {QStringLiteral("phone"), QStringLiteral("satisfied"), {}}, m_me)
                 .error()
                 .code,
             QStringLiteral("proxy.state"));
    QVERIFY(m_proxy->suspend(id, QStringLiteral("群众外出，待其返回后补充材料"), m_me).ok());
    QCOMPARE(m_proxy->suspend(id, QStringLiteral("again"), m_me).error().code, QStringLiteral("proxy.state"));
    QCOMPARE(
        m_proxy->addProgress(id, {QStringLiteral("x"), QStringLiteral("y"), QDate(2026, 3, 3), false}, m_me)
            .error()
            .code,
        QStringLiteral("proxy.state"));
    QCOMPARE(m_proxy->finish(id, {QStringLiteral("done"), {}}, m_me).error().code,
             QStringLiteral("proxy.state"));
    QVERIFY(!m_proxy->detail(id, at(2))->summary.nextDue.isValid()); // waiting on the citizen: nothing due
    QVERIFY(m_proxy
                ->resume(id,
                         {QStringLiteral("群众已返回"), QStringLiteral("递交材料"), QDate(2026, 3, 5), true},
                         m_me)
                .ok());
    QCOMPARE(m_proxy->detail(id, at(2))->summary.state, QStringLiteral("in_progress"));
    QVERIFY(m_proxy->finish(id, {QStringLiteral("已办结"), {}}, m_me).ok());
    // A finished case can't be suspended, resumed, terminated or worked on.
    QCOMPARE(m_proxy->suspend(id, QStringLiteral("x"), m_me).error().code, QStringLiteral("proxy.closed"));
    QCOMPARE(m_proxy->terminate(id, QStringLiteral("x"), {}, m_me).error().code,
             QStringLiteral("proxy.closed"));
    QCOMPARE(m_proxy->finish(id, {QStringLiteral("x"), {}}, m_me).error().code,
             QStringLiteral("proxy.closed"));
    QCOMPARE(
        m_proxy
            ->recordHandover(
                id, {QStringLiteral("户口簿"), QStringLiteral("copy"), 1, QStringLiteral("received"), {}, {}},
                m_me)
            .error()
            .code,
        QStringLiteral("proxy.closed"));
    QVERIFY(m_proxy->recordCallback(id, {QStringLiteral("sms"), QStringLiteral("satisfied"), {}}, m_me).ok());
    QCOMPARE(m_proxy->recordCallback(id, {QStringLiteral("sms"), QStringLiteral("satisfied"), {}}, m_me)
                 .error()
                 .code,
             QStringLiteral("proxy.callback"));

    // Terminating works from a suspended case, with a reason.
    const qint64 other = m_proxy->open(personRequest(), m_me)->id;
    QVERIFY(m_proxy->suspend(other, QStringLiteral("暂停"), m_me).ok());
    QCOMPARE(m_proxy->terminate(other, QStringLiteral("  "), {}, m_me).error().code,
             QStringLiteral("proxy.input"));
    QVERIFY(m_proxy->terminate(other, QStringLiteral("群众撤回委托"), {}, m_me).ok());
    QCOMPARE(m_proxy->detail(other, at(2))->summary.state, QStringLiteral("terminated"));
    const QJsonObject last = lastEvent().value(QStringLiteral("data")).toObject();
    QCOMPARE(last.value(QStringLiteral("action")).toString(), QStringLiteral("terminated"));
    QCOMPARE(last.value(QStringLiteral("closeReason")).toString(), QStringLiteral("群众撤回委托"));
}

void TestProxyCases::finishingNeedsOriginalsBackOrNoted()
{
    const qint64 id = m_proxy->open(personRequest(), m_me)->id;
    QVERIFY(m_proxy
                ->recordHandover(id,
                                 {QStringLiteral("不动产权证书"),
                                  QStringLiteral("original"),
                                  2,
                                  QStringLiteral("received"),
                                  {},
                                  {}},
                                 m_me)
                .ok());
    QVERIFY(m_proxy
                ->recordHandover(id,
                                 {QStringLiteral("不动产权证书"),
                                  QStringLiteral("original"),
                                  1,
                                  QStringLiteral("returned"),
                                  {},
                                  {}},
                                 m_me)
                .ok());
    auto outstanding = m_proxy->outstandingOriginals(id);
    QCOMPARE(outstanding->size(), 1);
    QCOMPARE(outstanding->first().count, 1);
    auto refused = m_proxy->finish(id, {QStringLiteral("办结"), {}}, m_me);
    QCOMPARE(refused.error().code, QStringLiteral("proxy.originals"));
    QVERIFY(refused.error().message.contains(QStringLiteral("不动产权证书")));
    QCOMPARE(m_proxy->terminate(id, QStringLiteral("撤回"), {}, m_me).error().code,
             QStringLiteral("proxy.originals"));
    QVERIFY(
        m_proxy->finish(id, {QStringLiteral("办结"), QStringLiteral("一份原件由不动产登记中心留存")}, m_me)
            .ok());
    QCOMPARE(m_proxy->detail(id, at(2))->retainedNote, QStringLiteral("一份原件由不动产登记中心留存"));
}

void TestProxyCases::cannotReturnMoreThanWasReceived()
{
    const qint64 id = m_proxy->open(personRequest(), m_me)->id;
    QVERIFY(
        m_proxy
            ->recordHandover(
                id,
                {QStringLiteral("结婚证"), QStringLiteral("original"), 1, QStringLiteral("received"), {}, {}},
                m_me)
            .ok());
    QCOMPARE(
        m_proxy
            ->recordHandover(
                id,
                {QStringLiteral("结婚证"), QStringLiteral("original"), 2, QStringLiteral("returned"), {}, {}},
                m_me)
            .error()
            .code,
        QStringLiteral("proxy.handover"));
    QCOMPARE(
        m_proxy
            ->recordHandover(
                id, {QStringLiteral("结婚证"), QStringLiteral("copy"), 1, QStringLiteral("returned"), {}, {}},
                m_me)
            .error()
            .code,
        QStringLiteral("proxy.handover"));
    QCOMPARE(test::count(*m_db, QStringLiteral("proxy_handover")), 1);
    QCOMPARE(test::count(*m_db, QStringLiteral("outbox"), QStringLiteral("destination = 'platform'")), 2);
}

void TestProxyCases::proxyModeNeedsASignedMandate()
{
    const qint64 id = m_proxy->open(personRequest(QStringLiteral("proxy")), m_me)->id;
    QCOMPARE(m_proxy->finish(id, {QStringLiteral("办结"), {}}, m_me).error().code,
             QStringLiteral("proxy.mandate"));
    QCOMPARE(
        m_proxy->setMandate(id, {QStringLiteral("代办"), QDate(2026, 3, 5), QDate(2026, 3, 4), true}, m_me)
            .error()
            .code,
        QStringLiteral("proxy.mandate"));
    QVERIFY(
        m_proxy->setMandate(id, {QStringLiteral("代办"), QDate(2026, 3, 2), QDate(2026, 3, 31), false}, m_me)
            .ok());
    QCOMPARE(m_proxy->finish(id, {QStringLiteral("办结"), {}}, m_me).error().code,
             QStringLiteral("proxy.mandate"));
    QVERIFY(
        m_proxy->setMandate(id, {QStringLiteral("代办"), QDate(2026, 3, 2), QDate(2026, 3, 31), true}, m_me)
            .ok());
    QVERIFY(m_proxy->finish(id, {QStringLiteral("办结"), {}}, m_me).ok());
    // 帮办 needs no mandate.
    const qint64 assist = m_proxy->open(personRequest(QStringLiteral("assist")), m_me)->id;
    QVERIFY(m_proxy->finish(assist, {QStringLiteral("已帮办"), {}}, m_me).ok());
}

void TestProxyCases::mandateScanIsStoredEncrypted()
{
    const qint64 id = m_proxy->open(personRequest(QStringLiteral("proxy")), m_me)->id;
    QImage image(200, 280, QImage::Format_RGB32);
    image.fill(Qt::white);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(image.save(&buffer, "PNG"));
    QVERIFY(m_proxy->attachMandateScan(id, {QStringLiteral("委托书.png"), png, {}}, m_me).ok());
    auto d = m_proxy->detail(id, at(2));
    QVERIFY(d->mandateScanId > 0);
    QCOMPARE(d->mandateScanName, QStringLiteral("委托书.png"));
    auto back = m_proxy->readMandateScan(id, m_me);
    QVERIFY(back.ok());
    QCOMPARE(back.value(), png);
    QCOMPARE(
        test::count(*m_db, QStringLiteral("audit_log"), QStringLiteral("action = 'proxy.mandate_scan_read'")),
        1);
    // The file on disk is not the PNG, and the start-up clean-up keeps it.
    const QString ref =
        sql::scalar(m_db->connection(), QStringLiteral("SELECT storage_ref FROM proxy_attachment"))
            ->toString();
    QVERIFY(m_attachments->removeOrphans(QDateTime::currentDateTimeUtc().addDays(1)).value() == 0);
    QVERIFY(m_proxy->readMandateScan(id, m_me).ok());
    QVERIFY(!ref.isEmpty());
    // Not an image or PDF: refused, nothing left behind.
    QCOMPARE(
        m_proxy->attachMandateScan(id, {QStringLiteral("x.png"), QByteArray("not an image"), {}}, m_me).ok(),
        false);
    QCOMPARE(test::count(*m_db, QStringLiteral("proxy_attachment")), 1);
}

void TestProxyCases::listsAndRemindersOnAFixedClock()
{
    // Mine: due tomorrow (soon), then due today, then one waiting, one suspended; the colleague's one.
    const qint64 soon = m_proxy->open(personRequest(), m_me)->id; // due Tue 3 March
    ProxyOpenRequest today = personRequest();
    today.nextDue = QDate(2026, 3, 2);
    const qint64 dueToday = m_proxy->open(today, m_me)->id;
    ProxyOpenRequest later = personRequest();
    later.nextDue = QDate(2026, 3, 20);
    const qint64 waiting = m_proxy->open(later, m_me)->id;
    QVERIFY(m_proxy
                ->addProgress(waiting,
                              {QStringLiteral("请群众补交户口簿"), QStringLiteral("等待群众送来户口簿"),
                               QDate(2026, 3, 20), true},
                              m_me)
                .ok());
    const qint64 suspended = m_proxy->open(later, m_me)->id;
    QVERIFY(m_proxy->suspend(suspended, QStringLiteral("群众住院"), m_me).ok());
    ProxyOpenRequest theirs = later;
    theirs.assignedStaffNo = QStringLiteral("2002");
    const qint64 colleague = m_proxy->open(theirs, m_me)->id;

    auto ids = [&](ProxyView view, const QDateTime &now, const QString &staff = QStringLiteral("2001")) {
        QList<qint64> out;
        for (const ProxyCaseSummary &s : m_proxy->list({view, staff, {}, 2}, now).value())
            out << s.id;
        std::sort(out.begin(), out.end());
        return out;
    };
    QCOMPARE(ids(ProxyView::Mine, at(2)), (QList<qint64>{soon, dueToday, waiting, suspended}));
    QCOMPARE(ids(ProxyView::Team, at(2)), (QList<qint64>{soon, dueToday, waiting, suspended, colleague}));
    QCOMPARE(ids(ProxyView::DueSoon, at(2)), (QList<qint64>{soon, dueToday}));
    QCOMPARE(ids(ProxyView::Overdue, at(2)), QList<qint64>{});
    QCOMPARE(ids(ProxyView::WaitingOnCitizen, at(2)), (QList<qint64>{waiting, suspended}));
    QCOMPARE(m_proxy->reminderCount(QStringLiteral("2001"), at(2)).value(), 1); // due today

    // Tuesday 10:00: yesterday's is overdue, today's is due.
    QCOMPARE(ids(ProxyView::Overdue, at(3)), QList<qint64>{dueToday});
    QCOMPARE(m_proxy->reminderCount(QStringLiteral("2001"), at(3)).value(), 2);
    // Monday 23:00 in the hall (15:00 UTC) is still Monday: nothing overdue.
    QCOMPARE(ids(ProxyView::Overdue, at(2, 15)), QList<qint64>{});
    QCOMPARE(ids(ProxyView::Overdue, at(2, 16)), QList<qint64>{dueToday}); // 00:00 Tuesday in the hall
    // The suspended one is never overdue; state filter works.
    QCOMPARE(ids(ProxyView::Overdue, at(30)), (QList<qint64>{soon, dueToday, waiting}));
    QCOMPARE(m_proxy->list({ProxyView::Team, {}, QStringLiteral("suspended"), 2}, at(2))->size(), 1);

    // Closed and awaiting the follow-up call.
    QVERIFY(m_proxy->finish(soon, {QStringLiteral("已办结"), {}}, m_me).ok());
    QCOMPARE(ids(ProxyView::AwaitingCallback, at(2)), QList<qint64>{soon});
    QCOMPARE(ids(ProxyView::Closed, at(2)), QList<qint64>{soon});
    QVERIFY(
        m_proxy->recordCallback(soon, {QStringLiteral("phone"), QStringLiteral("satisfied"), {}}, m_me).ok());
    QCOMPARE(ids(ProxyView::AwaitingCallback, at(2)), QList<qint64>{});
    QVERIFY(!ids(ProxyView::Mine, at(2)).contains(soon));
}

void TestProxyCases::homeVisitsAreBookedAndRecorded()
{
    const qint64 id = m_proxy->open(personRequest(QStringLiteral("home_visit")), m_me)->id;
    QCOMPARE(
        m_proxy->scheduleHomeVisit(id, {at(1), QStringLiteral("历下区某小区3号楼"), {}}, m_me).error().code,
        QStringLiteral("proxy.visit"));
    auto visit = m_proxy->scheduleHomeVisit(
        id, {at(4, 1), QStringLiteral("历下区某小区3号楼"), QStringLiteral("上门采集信息")}, m_me);
    QVERIFY(visit.ok());
    auto d = m_proxy->detail(id, at(2));
    QCOMPARE(d->summary.nextDue, QDate(2026, 3, 4));
    QVERIFY(d->summary.nextAction.contains(QStringLiteral("历下区某小区3号楼")));
    QCOMPARE(m_proxy->reminderCount(QStringLiteral("2001"), at(4)).value(),
             2); // the case is due, the visit is today
    QVERIFY(m_proxy->recordHomeVisit(visit.value(), true, QStringLiteral("已上门采集"), m_me).ok());
    QCOMPARE(m_proxy->recordHomeVisit(visit.value(), false, QStringLiteral("again"), m_me).error().code,
             QStringLiteral("proxy.visit"));
    auto visits = m_proxy->homeVisits(id);
    QCOMPARE(visits->size(), 1);
    QCOMPARE(visits->first().state, QStringLiteral("done"));
    QCOMPARE(m_proxy->detail(id, at(2))->summary.nextDue, QDate(2026, 3, 4)); // kept until the next entry
    QCOMPARE(m_proxy->progress(id)->size(), 3);
}

void TestProxyCases::refusesBadInput_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("code");
    QTest::addRow("unknown mode") << "mode"
                                  << "courier"
                                  << "proxy.mode";
    QTest::addRow("unknown reason") << "reason"
                                    << "bored"
                                    << "proxy.reason";
    QTest::addRow("other without detail") << "reason"
                                          << "other"
                                          << "proxy.reason";
    QTest::addRow("control character in next action") << "nextAction"
                                                      << "call\x1b[2J"
                                                      << "proxy.due";
    QTest::addRow("past due day") << "nextDue"
                                  << "2026-03-01"
                                  << "proxy.due";
    QTest::addRow("assignee not help desk") << "assignee"
                                            << "1001"
                                            << "proxy.staff";
    QTest::addRow("unknown assignee") << "assignee"
                                      << "9999"
                                      << "proxy.staff";
    QTest::addRow("bad ID number") << "id"
                                   << "370402198001011234"
                                   << "proxy.principal";
    QTest::addRow("unknown intake case") << "case"
                                         << "4711"
                                         << "proxy.case";
}

void TestProxyCases::refusesBadInput()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, code);
    ProxyOpenRequest r = personRequest();
    if (field == u"mode")
        r.serviceMode = value;
    else if (field == u"reason")
        r.reason = value;
    else if (field == u"nextAction")
        r.nextAction = value;
    else if (field == u"nextDue")
        r.nextDue = QDate::fromString(value, Qt::ISODate);
    else if (field == u"assignee")
        r.assignedStaffNo = value;
    else if (field == u"id")
        r.principal.idNumber = value;
    else if (field == u"case")
        r.sourceCaseId = value.toLongLong();
    auto result = m_proxy->open(r, m_me);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, code);
    QVERIFY(!result.error().message.isEmpty());
    QCOMPARE(test::count(*m_db, QStringLiteral("proxy_case")), 0);
    QCOMPARE(test::count(*m_db, QStringLiteral("outbox")), 0);
}

QTEST_GUILESS_MAIN(TestProxyCases)
#include "tst_proxycases.moc"
