#include "catalog/catalogimporter.h"
#include "catalog/catalogrepository.h"
#include "core/clock.h"
#include "crypto/fieldcipher.h"
#include "intake/intakeservice.h"
#include "store/sql.h"
#include "support/testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

using namespace yc;

namespace {

// A valid resident number for a body of 17 digits (GB 11643 MOD 11-2).
QString withCheckDigit(const QString &body17)
{
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += body17.at(i).digitValue() * weights[i];
    return body17 + QStringLiteral("10X98765432").at(sum % 11);
}

} // namespace

class TestIntakeService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void acceptsAndWritesEverythingTogether();
    void refusesAnIncompleteAcceptanceAndWritesNothing();
    void deficientAcceptanceRules_data();
    void deficientAcceptanceRules();
    void notifiesOnceWithoutACaseNumber();
    void rejectNeedsAReason();
    void oneThingManyMattersSharesTheApplicant();
    void finishesAnInstantCaseAtTheWindow();
    void recordsALateMaterial();
    void returningApplicantIsFoundAndTheReadAudited();
    void refusesBadApplicants_data();
    void refusesBadApplicants();
    void storesHostileTextLiterally();
    void caseNumbersNeverCollideAcrossWindowsAndThreads();
    void refusesAWithdrawnMatter();

private:
    IntakeRequest request(qint64 matterId, const QString &allStates = QStringLiteral("received")) const;
    std::unique_ptr<IntakeService> service(std::shared_ptr<Database> db) const;

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    std::optional<FieldCipher> m_cipher;
    qint64 m_commitment = 0; // a committed matter with a deferrable material
    qint64 m_instant = 0;    // an instant matter
    qint64 m_second = 0;     // another active matter
    QString m_id;
};

void TestIntakeService::initTestCase()
{
    m_cipher = FieldCipher::fromKey(QByteArray(32, '\x5a')).value();
    m_id = withCheckDigit(QStringLiteral("37040219800101123"));
}

void TestIntakeService::init()
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
    auto pick = [this](const QString &where) {
        return sql::scalar(m_db->connection(),
                           QStringLiteral("SELECT m.id FROM matter m WHERE m.is_current = 1 AND "
                                          "m.state = 'active' AND %1 ORDER BY m.id LIMIT 1")
                               .arg(where))
            ->toLongLong();
    };
    m_commitment =
        pick(QStringLiteral("m.project_kind = 'commitment' AND EXISTS (SELECT 1 FROM matter_material x "
                            "WHERE x.matter_id = m.id AND x.necessity = 'deferrable')"));
    m_instant = pick(QStringLiteral("m.project_kind = 'instant'"));
    m_second = pick(QStringLiteral("m.project_kind = 'commitment' AND m.id <> %1").arg(m_commitment));
    QVERIFY(m_commitment > 0 && m_instant > 0 && m_second > 0);
    Clock::setOverride(
        [] { return QDateTime(QDate(2026, 3, 2), QTime(2, 0), QTimeZone::utc()); }); // Monday 10:00 CST
}

void TestIntakeService::cleanup()
{
    Clock::clearOverride();
    m_db.reset();
}

std::unique_ptr<IntakeService> TestIntakeService::service(std::shared_ptr<Database> db) const
{
    // Calendar days keep this test about intake; the calendar has its own tests.
    return std::make_unique<IntakeService>(
        std::move(db), &*m_cipher, [](const QDate &d, const TimeLimit &l) { return d.addDays(l.value); });
}

IntakeRequest TestIntakeService::request(qint64 matterId, const QString &allStates) const
{
    IntakeRequest r;
    r.applicant.name = QStringLiteral("张三");
    r.applicant.idNumber = m_id;
    r.applicant.phone = QStringLiteral("13812345678");
    r.applicant.address = QStringLiteral("市中区光明路 8 号");
    r.windowNo = 3;
    r.clerkStaffNo = QStringLiteral("1001");
    MatterIntake mi;
    mi.matterId = matterId;
    const Matter matter = CatalogRepository(m_db).matter(matterId).value();
    for (const MatterMaterial &mm : matter.materials)
        mi.materials << MaterialMark{
            mm.code, allStates, allStates == QLatin1String("received") ? 1 : 0, {}, {}};
    r.matters << mi;
    return r;
}

void TestIntakeService::acceptsAndWritesEverythingTogether()
{
    auto svc = service(m_db);
    auto out = svc->submit(request(m_commitment));
    QVERIFY2(out.ok(), out.ok() ? "" : qPrintable(out.error().message));
    QCOMPARE(out->cases.size(), 1);
    const IntakeCase &c = out->cases.first();
    const Matter m = CatalogRepository(m_db).matter(m_commitment).value();
    QCOMPARE(c.status, QStringLiteral("accepted"));
    QCOMPARE(c.projectNo, m.taskCode + QStringLiteral("20260302") + QStringLiteral("0301"));
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9]{6}$")).match(c.queryPassword).hasMatch());
    QCOMPARE(c.dueDate, QDate(2026, 3, 2).addDays(m.promiseLimit.value));
    QCOMPARE(c.docType, QStringLiteral("acceptance_receipt"));
    QCOMPARE(c.docNo, QStringLiteral("市中区政务受〔2026〕1号"));
    QCOMPARE(test::count(*m_db, QStringLiteral("case_material"),
                         QStringLiteral("case_id = %1 AND state = 'received'").arg(c.caseId)),
             m.materials.size());
    // Two events, one per destination, each the case's first.
    QCOMPARE(test::count(*m_db, QStringLiteral("outbox"),
                         QStringLiteral("case_key = '%1' AND case_seq = 1").arg(c.localId)),
             2);
    const QString payload =
        sql::scalar(m_db->connection(), QStringLiteral("SELECT payload FROM outbox LIMIT 1"))->toString();
    QVERIFY(!payload.contains(m_id)); // personal data sealed in the outbox too
    QCOMPARE(QJsonDocument::fromJson(payload.toUtf8()).object().value(QStringLiteral("type")).toString(),
             QStringLiteral("case.accepted"));
    // At rest: encrypted, masked, found by the keyed hash.
    auto row = sql::run(m_db->connection(),
                        QStringLiteral("SELECT id_no_cipher, id_no_masked, phone_masked FROM applicant"));
    QVERIFY(row->next());
    QVERIFY(!row->value(0).toByteArray().contains(m_id.toLatin1()));
    QCOMPARE(m_cipher->decrypt(row->value(0).toByteArray()).value(), m_id.toLatin1());
    QCOMPARE(row->value(1).toString(), m_id.left(4) + QStringLiteral("**********") + m_id.right(4));
    QCOMPARE(row->value(2).toString(), QStringLiteral("138****5678"));
    QCOMPARE(test::count(*m_db, QStringLiteral("audit_log"),
                         QStringLiteral("action = 'case.accept' AND window_no = 3")),
             1);
}

void TestIntakeService::refusesAnIncompleteAcceptanceAndWritesNothing()
{
    auto svc = service(m_db);
    auto out = svc->submit(request(m_commitment, QStringLiteral("missing")));
    QVERIFY(!out);
    QCOMPARE(out.error().code, QStringLiteral("intake.incomplete"));
    for (const char *table :
         {"applicant", "case_record", "case_material", "case_document", "outbox", "number_sequence"})
        QCOMPARE(test::count(*m_db, QString::fromLatin1(table)), 0);
}

void TestIntakeService::deficientAcceptanceRules_data()
{
    QTest::addColumn<QString>("missing");    // which materials are absent: "deferrable" | "required"
    QTest::addColumn<int>("deadlineOffset"); // days from today
    QTest::addColumn<QString>("commitment");
    QTest::addColumn<QString>("expected"); // error code or "ok"
    QTest::newRow("deferrable missing, in time") << "deferrable" << 1 << "本人承诺三日内补交"
                                                 << "ok";
    QTest::newRow("no commitment") << "deferrable" << 1 << ""
                                   << "intake.commitment";
    QTest::newRow("deadline in the past") << "deferrable" << -1 << "承诺"
                                          << "intake.deadline";
    QTest::newRow("deadline after due date") << "deferrable" << 400 << "承诺"
                                             << "intake.deadline";
    QTest::newRow("a required one missing") << "required" << 1 << "承诺"
                                            << "intake.not_deferrable";
}

void TestIntakeService::deficientAcceptanceRules()
{
    QFETCH(QString, missing);
    QFETCH(int, deadlineOffset);
    QFETCH(QString, commitment);
    QFETCH(QString, expected);
    IntakeRequest r = request(m_commitment);
    const Matter m = CatalogRepository(m_db).matter(m_commitment).value();
    for (qsizetype i = 0; i < m.materials.size(); ++i) {
        const QString necessity = m.materials.at(i).necessity;
        if (missing == QLatin1String("deferrable") && necessity == QLatin1String("deferrable"))
            r.matters[0].materials[i].state = QStringLiteral("deferred");
        if (missing == QLatin1String("required") && necessity == QLatin1String("required"))
            r.matters[0].materials[i].state = QStringLiteral("missing");
    }
    r.decision = IntakeDecision::AcceptDeficient;
    r.commitment = commitment;
    r.supplyDeadline = QDate(2026, 3, 2).addDays(deadlineOffset);
    auto out = service(m_db)->submit(r);
    if (expected == QLatin1String("ok")) {
        QVERIFY2(out.ok(), out.ok() ? "" : qPrintable(out.error().message));
        QCOMPARE(out->cases.first().docType, QStringLiteral("deficiency_notice"));
        QVERIFY(!out->cases.first().projectNo.isEmpty());
        QVERIFY(test::count(*m_db, QStringLiteral("case_material"),
                            QStringLiteral("state = 'deferred' AND supply_due_at = '2026-03-03'")) > 0);
    } else {
        QVERIFY(!out);
        QCOMPARE(out.error().code, expected);
        QCOMPARE(test::count(*m_db, QStringLiteral("case_record")), 0);
    }
}

void TestIntakeService::notifiesOnceWithoutACaseNumber()
{
    IntakeRequest r = request(m_commitment, QStringLiteral("missing"));
    r.matters[0].materials[0].note = QStringLiteral("复印件不清晰");
    r.decision = IntakeDecision::NotifyOnce;
    auto out = service(m_db)->submit(r);
    QVERIFY(out.ok());
    QCOMPARE(out->cases.first().status, QStringLiteral("notified"));
    QVERIFY(out->cases.first().projectNo.isEmpty());
    QCOMPARE(out->cases.first().docType, QStringLiteral("notify_once"));
    QCOMPARE(test::count(*m_db, QStringLiteral("case_material"), QStringLiteral("note = '复印件不清晰'")), 1);
    r.matters[0].materials.clear();
    const Matter matter = CatalogRepository(m_db).matter(m_commitment).value();
    for (const MatterMaterial &mm : matter.materials)
        r.matters[0].materials << MaterialMark{mm.code, QStringLiteral("received"), 1, {}, {}};
    QCOMPARE(service(m_db)->submit(r).error().code, QStringLiteral("intake.nothing_missing"));
}

void TestIntakeService::rejectNeedsAReason()
{
    IntakeRequest r = request(m_commitment);
    r.decision = IntakeDecision::Reject;
    QCOMPARE(service(m_db)->submit(r).error().code, QStringLiteral("intake.reason"));
    r.rejectReason = QStringLiteral("不属于本中心受理范围");
    r.competentAgency = QStringLiteral("市住房公积金管理中心");
    auto out = service(m_db)->submit(r);
    QVERIFY(out.ok());
    QCOMPARE(out->cases.first().status, QStringLiteral("rejected"));
    QCOMPARE(out->cases.first().docType, QStringLiteral("rejection_notice"));
    QCOMPARE(test::count(*m_db, QStringLiteral("case_record"),
                         QStringLiteral("competent_agency = '市住房公积金管理中心'")),
             1);
}

void TestIntakeService::oneThingManyMattersSharesTheApplicant()
{
    IntakeRequest r = request(m_commitment);
    r.matters << request(m_second).matters.first();
    auto out = service(m_db)->submit(r);
    QVERIFY(out.ok());
    QCOMPARE(out->cases.size(), 2);
    QVERIFY(!out->intakeGroup.isEmpty());
    QCOMPARE(test::count(*m_db, QStringLiteral("applicant")), 1);
    QCOMPARE(test::count(*m_db, QStringLiteral("case_record"),
                         QStringLiteral("intake_group = '%1'").arg(out->intakeGroup)),
             2);
    QVERIFY(out->cases.at(0).docNo != out->cases.at(1).docNo);
}

void TestIntakeService::finishesAnInstantCaseAtTheWindow()
{
    auto svc = service(m_db);
    auto out = svc->submit(request(m_instant));
    QVERIFY(out.ok());
    QCOMPARE(out->cases.first().dueDate, QDate(2026, 3, 2));
    QVERIFY(svc->finishAtWindow(out->cases.first().caseId, QStringLiteral("1001"), 3).ok());
    QCOMPARE(test::count(*m_db, QStringLiteral("case_record"), QStringLiteral("status = 'finished'")), 1);
    QCOMPARE(test::count(*m_db, QStringLiteral("outbox"),
                         QStringLiteral("event_type = 'case.finished' AND case_seq = 2")),
             2);
    QCOMPARE(svc->finishAtWindow(out->cases.first().caseId, QStringLiteral("1001"), 3).error().code,
             QStringLiteral("case.not_instant")); // not twice
    auto committed = svc->submit(request(m_commitment));
    QCOMPARE(svc->finishAtWindow(committed->cases.first().caseId, QStringLiteral("1001"), 3).error().code,
             QStringLiteral("case.not_instant"));
}

void TestIntakeService::recordsALateMaterial()
{
    IntakeRequest r = request(m_commitment);
    const Matter m = CatalogRepository(m_db).matter(m_commitment).value();
    QString deferredCode;
    for (qsizetype i = 0; i < m.materials.size(); ++i) {
        if (m.materials.at(i).necessity == QLatin1String("deferrable")) {
            r.matters[0].materials[i].state = QStringLiteral("deferred");
            deferredCode = m.materials.at(i).code;
        }
    }
    r.decision = IntakeDecision::AcceptDeficient;
    r.commitment = QStringLiteral("承诺补交");
    r.supplyDeadline = QDate(2026, 3, 3);
    auto svc = service(m_db);
    auto out = svc->submit(r);
    QVERIFY(out.ok());
    const qint64 caseId = out->cases.first().caseId;
    QVERIFY(svc->supplyMaterial(caseId, deferredCode, QStringLiteral("1001"), 3).ok());
    QCOMPARE(
        test::count(*m_db, QStringLiteral("case_material"),
                    QStringLiteral("material_code = '%1' AND state = 'received' AND supplied_at IS NOT NULL")
                        .arg(deferredCode)),
        1);
    QCOMPARE(
        test::count(*m_db, QStringLiteral("outbox"), QStringLiteral("event_type = 'case.material_supplied'")),
        2);
    QCOMPARE(svc->supplyMaterial(caseId, deferredCode, QStringLiteral("1001"), 3).error().code,
             QStringLiteral("case.not_missing"));
}

void TestIntakeService::returningApplicantIsFoundAndTheReadAudited()
{
    auto svc = service(m_db);
    QVERIFY(svc->submit(request(m_commitment)).ok());
    auto found = svc->findApplicant(QStringLiteral("resident_id"), m_id.toLower(), QStringLiteral("1002"), 4);
    QVERIFY(found.ok());
    QVERIFY(found->has_value());
    QCOMPARE(found.value()->name, QStringLiteral("张三"));
    QCOMPARE(found.value()->phone, QStringLiteral("13812345678"));
    QCOMPARE(found.value()->idNumber, m_id);
    QCOMPARE(
        test::count(
            *m_db, QStringLiteral("audit_log"),
            QStringLiteral("action = 'applicant.read_full' AND staff_no = '1002' AND subject LIKE '3704%'")),
        1);
    auto absent =
        svc->findApplicant(QStringLiteral("resident_id"), withCheckDigit(QStringLiteral("11010119900307001")),
                           QStringLiteral("1002"), 4);
    QVERIFY(absent.ok());
    QVERIFY(!absent->has_value());
}

void TestIntakeService::refusesBadApplicants_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("idNumber");
    QTest::addColumn<QString>("phone");
    const QString good = withCheckDigit(QStringLiteral("37040219800101123"));
    QString wrongCheck = good;
    wrongCheck[17] = good.at(17) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    QTest::newRow("empty name") << "" << good << "";
    QTest::newRow("control character in name") << QStringLiteral("张\x07三") << good << "";
    QTest::newRow("wrong check digit") << "张三" << wrongCheck << "";
    QTest::newRow("absurd id") << "张三"
                               << "not-a-number"
                               << "";
    QTest::newRow("bad phone") << "张三" << good << "12345";
    QTest::newRow("very long name") << QString(5000, QChar(0x5f20)) << good << "";
}

void TestIntakeService::refusesBadApplicants()
{
    QFETCH(QString, name);
    QFETCH(QString, idNumber);
    QFETCH(QString, phone);
    IntakeRequest r = request(m_commitment);
    r.applicant.name = name;
    r.applicant.idNumber = idNumber;
    r.applicant.phone = phone;
    auto out = service(m_db)->submit(r);
    QVERIFY(!out);
    QVERIFY(!out.error().message.isEmpty());
    QCOMPARE(test::count(*m_db, QStringLiteral("applicant")), 0);
    QCOMPARE(test::count(*m_db, QStringLiteral("case_record")), 0);
}

void TestIntakeService::storesHostileTextLiterally()
{
    IntakeRequest r = request(m_commitment);
    r.applicant.name = QStringLiteral("𠮷田'); DROP TABLE case_record; --");
    auto out = service(m_db)->submit(r);
    QVERIFY(out.ok());
    QCOMPARE(sql::scalar(m_db->connection(), QStringLiteral("SELECT name FROM applicant"))->toString(),
             r.applicant.name);
    QCOMPARE(test::count(*m_db, QStringLiteral("case_record")), 1);
}

void TestIntakeService::caseNumbersNeverCollideAcrossWindowsAndThreads()
{
    // Two windows, each with its own database (offline), same matter, same day.
    QTemporaryDir otherDir;
    auto other = test::openTempDatabase(otherDir, QStringLiteral("window5.db"));
    test::exec(*other,
               QStringLiteral("INSERT INTO hall (code, name, created_at) VALUES ('H', '市中区政务服务中心', "
                              "'2026-01-01T00:00:00Z')"));
    QVERIFY(CatalogImporter::importFile(*other,
                                        QStringLiteral(YC_SOURCE_DIR "/resources/catalog/demo-catalog.json"))
                .ok());
    QSet<QString> numbers;
    auto run = [&](std::shared_ptr<Database> db, int window, int count) {
        auto svc = service(db);
        for (int i = 0; i < count; ++i) {
            IntakeRequest r = request(m_commitment);
            r.windowNo = window;
            auto out = svc->submit(r);
            if (!out)
                return false;
            numbers.insert(out->cases.first().projectNo);
        }
        return true;
    };
    QVERIFY(run(m_db, 3, 10));
    QVERIFY(run(other, 5, 10));
    QCOMPARE(numbers.size(), 20);

    // Four threads at the same window on one database (several tabs, a retry):
    // the counter is taken inside each intake's write transaction.
    QMutex mutex;
    QStringList threaded;
    QList<QThread *> threads;
    for (int t = 0; t < 4; ++t) {
        threads << QThread::create([&] {
            auto svc = service(m_db);
            for (int i = 0; i < 10; ++i) {
                IntakeRequest r = request(m_second);
                auto out = svc->submit(r);
                QMutexLocker lock(&mutex);
                threaded << (out ? out->cases.first().projectNo
                                 : QStringLiteral("error: ") + out.error().message);
            }
            m_db->releaseThreadConnection();
        });
        threads.last()->start();
    }
    for (QThread *t : threads) {
        QVERIFY(t->wait(60000));
        delete t;
    }
    QCOMPARE(threaded.size(), 40);
    QCOMPARE(QSet<QString>(threaded.cbegin(), threaded.cend()).size(), 40);
    QVERIFY2(!threaded.join(QLatin1Char(' ')).contains(QStringLiteral("error")),
             qPrintable(threaded.join(QLatin1Char('\n'))));
}

void TestIntakeService::refusesAWithdrawnMatter()
{
    test::exec(*m_db,
               QStringLiteral("UPDATE matter SET state = 'withdrawn' WHERE id = %1").arg(m_commitment));
    auto out = service(m_db)->submit(request(m_commitment));
    QVERIFY(!out);
    QCOMPARE(out.error().code, QStringLiteral("intake.matter_inactive"));
}

QTEST_GUILESS_MAIN(TestIntakeService)
#include "tst_intakeservice.moc"
