#include "catalog/catalogimporter.h"
#include "catalog/catalogrepository.h"
#include "core/clock.h"
#include "crypto/fieldcipher.h"
#include "intake/casefollowup.h"
#include "intake/intakeservice.h"
#include "store/sql.h"
#include "support/testsupport.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace yc;

// After intake: hand-over to the back office, the result, and handing it out.
class TestCaseFollowUp : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void handsOverFinishesAndDeliversAtTheWindow();
    void mailNeedsATrackingNumber();
    void stepsOutOfOrderAreRefused();
    void aDeferredMaterialBlocksTheResult();
    void refusesBadText_data();
    void refusesBadText();

private:
    qint64 acceptCase(bool withDeferred = false);

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    std::optional<FieldCipher> m_cipher;
    std::unique_ptr<CaseFollowUp> m_followUp;
};

void TestCaseFollowUp::init()
{
    static int serial = 0;
    m_db = test::openTempDatabase(m_dir, QStringLiteral("%1.db").arg(++serial));
    QVERIFY(m_db);
    test::exec(*m_db,
               QStringLiteral("INSERT INTO hall (code, name, created_at) VALUES ('H', '市中区政务服务中心', "
                              "'2026-01-01T00:00:00Z')"));
    QVERIFY(CatalogImporter::importFile(*m_db,
                                        QStringLiteral(YC_SOURCE_DIR "/resources/catalog/demo-catalog.json"))
                .ok());
    m_cipher = FieldCipher::fromKey(QByteArray(32, '\x42')).value();
    m_followUp = std::make_unique<CaseFollowUp>(m_db);
    Clock::setOverride([] { return QDateTime(QDate(2026, 3, 2), QTime(2, 0), QTimeZone::utc()); });
}

void TestCaseFollowUp::cleanup()
{
    Clock::clearOverride();
    m_followUp.reset();
    m_db.reset();
}

qint64 TestCaseFollowUp::acceptCase(bool withDeferred)
{
    const qint64 matterId =
        sql::scalar(
            m_db->connection(),
            QStringLiteral("SELECT m.id FROM matter m WHERE m.is_current = 1 AND m.state = 'active' AND "
                           "m.project_kind = 'commitment' AND EXISTS (SELECT 1 FROM matter_material x WHERE "
                           "x.matter_id = m.id AND x.necessity = 'deferrable') ORDER BY m.id LIMIT 1"))
            ->toLongLong();
    const Matter matter = CatalogRepository(m_db).matter(matterId).value();
    IntakeRequest r;
    r.applicant.name = QStringLiteral("张三");
    r.applicant.idNumber = QStringLiteral("370402198001011233");
    r.windowNo = 3;
    r.clerkStaffNo = QStringLiteral("1001");
    MatterIntake mi{matterId, {}};
    for (const MatterMaterial &mm : matter.materials) {
        const bool defer = withDeferred && mm.necessity == QLatin1String("deferrable");
        mi.materials << MaterialMark{
            mm.code, defer ? QStringLiteral("deferred") : QStringLiteral("received"), 1, {}, {}};
    }
    r.matters << mi;
    if (withDeferred) {
        r.decision = IntakeDecision::AcceptDeficient;
        r.commitment = QStringLiteral("承诺补交");
        r.supplyDeadline = QDate(2026, 3, 3);
    }
    IntakeService intake(m_db, &*m_cipher,
                         [](const QDate &d, const TimeLimit &l) { return d.addDays(l.value); });
    auto out = intake.submit(r);
    if (!out) {
        qWarning("intake failed: %s", qPrintable(out.error().message));
        return 0;
    }
    return out->cases.first().caseId;
}

void TestCaseFollowUp::handsOverFinishesAndDeliversAtTheWindow()
{
    const qint64 caseId = acceptCase();
    QVERIFY(caseId > 0);
    QVERIFY(m_followUp
                ->recordHandover(caseId, QStringLiteral("申请表原件1份、身份证复印件1份"),
                                 QStringLiteral("县公安局户政科 刘某"), QStringLiteral("1001"), 3)
                .ok());
    QCOMPARE(test::count(*m_db, QStringLiteral("case_handover"), QStringLiteral("case_id = %1").arg(caseId)),
             1);
    QVERIFY(m_followUp
                ->recordResult(
                    caseId,
                    {QStringLiteral("certificate"), QStringLiteral("居住证"), QStringLiteral("JZZ-001")},
                    QStringLiteral("1001"), 3)
                .ok());
    auto docNo = m_followUp->deliver(caseId, {QStringLiteral("window"), {}, QStringLiteral("张三")},
                                     QStringLiteral("1002"), 4);
    QVERIFY2(docNo.ok(), docNo.ok() ? "" : qPrintable(docNo.error().message));
    QCOMPARE(docNo.value(), QStringLiteral("市中区政务送〔2026〕2号")); // the receipt took number 1
    QCOMPARE(test::count(*m_db, QStringLiteral("case_record"),
                         QStringLiteral("id = %1 AND status = 'delivered' AND delivery_method = 'window' AND "
                                        "result_cert_no = 'JZZ-001'")
                             .arg(caseId)),
             1);
    // accepted (1), finished (2), delivered (3) — per destination, in order.
    for (const char *destination : {"platform", "hall"})
        QCOMPARE(sql::scalar(m_db->connection(),
                             QStringLiteral(
                                 "SELECT group_concat(event_type, ',') FROM (SELECT event_type FROM outbox "
                                 "WHERE destination = '%1' ORDER BY case_seq)")
                                 .arg(QLatin1String(destination)))
                     ->toString(),
                 QStringLiteral("case.accepted,case.finished,case.delivered"));
    QCOMPARE(test::count(*m_db, QStringLiteral("audit_log"),
                         QStringLiteral("action = 'case.deliver' AND staff_no = '1002'")),
             1);
}

void TestCaseFollowUp::mailNeedsATrackingNumber()
{
    const qint64 caseId = acceptCase();
    QVERIFY(m_followUp->recordResult(caseId, {QStringLiteral("approval"), {}, {}}, QStringLiteral("1001"), 3)
                .ok());
    QCOMPARE(
        m_followUp->deliver(caseId, {QStringLiteral("mail"), {}, {}}, QStringLiteral("1001"), 3).error().code,
        QStringLiteral("case.tracking"));
    QVERIFY(m_followUp
                ->deliver(caseId, {QStringLiteral("mail"), QStringLiteral("SF1234567890"), {}},
                          QStringLiteral("1001"), 3)
                .ok());
    QCOMPARE(test::count(*m_db, QStringLiteral("case_record"),
                         QStringLiteral("delivery_tracking = 'SF1234567890'")),
             1);
}

void TestCaseFollowUp::stepsOutOfOrderAreRefused()
{
    const qint64 caseId = acceptCase();
    QCOMPARE(m_followUp->deliver(caseId, {}, QStringLiteral("1001"), 3).error().code,
             QStringLiteral("case.not_finished"));
    QVERIFY(
        m_followUp->recordResult(caseId, {QStringLiteral("none"), {}, {}}, QStringLiteral("1001"), 3).ok());
    QCOMPARE(m_followUp->recordResult(caseId, {QStringLiteral("none"), {}, {}}, QStringLiteral("1001"), 3)
                 .error()
                 .code,
             QStringLiteral("case.not_open"));
    QVERIFY(m_followUp->deliver(caseId, {}, QStringLiteral("1001"), 3).ok());
    QCOMPARE(m_followUp->deliver(caseId, {}, QStringLiteral("1001"), 3).error().code,
             QStringLiteral("case.not_finished"));
    QCOMPARE(m_followUp->recordResult(424242, {QStringLiteral("none"), {}, {}}, QStringLiteral("1001"), 3)
                 .error()
                 .code,
             QStringLiteral("case.unknown"));
}

void TestCaseFollowUp::aDeferredMaterialBlocksTheResult()
{
    const qint64 caseId = acceptCase(true);
    QVERIFY(caseId > 0);
    QCOMPARE(m_followUp->recordResult(caseId, {QStringLiteral("none"), {}, {}}, QStringLiteral("1001"), 3)
                 .error()
                 .code,
             QStringLiteral("case.deferred_open"));
    QCOMPARE(test::count(*m_db, QStringLiteral("case_record"), QStringLiteral("status = 'accepted'")), 1);
}

void TestCaseFollowUp::refusesBadText_data()
{
    QTest::addColumn<QString>("items");
    QTest::addColumn<QString>("to");
    QTest::newRow("empty items") << ""
                                 << "后台";
    QTest::newRow("empty recipient") << "申请表"
                                     << "  ";
    QTest::newRow("control character") << QStringLiteral("申请表\x1b[2J") << "后台";
    QTest::newRow("too long") << QString(600, QChar(0x8868)) << "后台";
}

void TestCaseFollowUp::refusesBadText()
{
    QFETCH(QString, items);
    QFETCH(QString, to);
    const qint64 caseId = acceptCase();
    QCOMPARE(m_followUp->recordHandover(caseId, items, to, QStringLiteral("1001"), 3).error().code,
             QStringLiteral("case.handover"));
    QCOMPARE(test::count(*m_db, QStringLiteral("case_handover")), 0);
}

QTEST_GUILESS_MAIN(TestCaseFollowUp)
#include "tst_casefollowup.moc"
