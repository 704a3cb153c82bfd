// The 办不成事 register: the order of its steps and the states they lead to,
// deadlines in working days across weekends, holidays and make-up days on a
// fixed clock, overdue entries and the period figures, filters, audit
// entries, personal data at rest and the audited full read, and hostile text
// refused with nothing changed.
#include "calendar/calendarrepository.h"
#include "core/clock.h"
#include "crypto/fieldcipher.h"
#include "store/sql.h"
#include "support/testsupport.h"
#include "unresolved/unresolvedregister.h"

#include <ctime>
#include <optional>

#include <QHash>
#include <QTest>

using namespace yc;
using Register = UnresolvedRegister;

namespace {

QDateTime local(const QDate &day, int hour = 10)
{
    return QDateTime(day, QTime(hour, 0)).toUTC();
}

Register::Actor clerk()
{
    return {QStringLiteral("1001"), 9, false};
}

Register::Actor supervisor()
{
    return {QStringLiteral("2001"), 0, true};
}

Register::NewEntry sample()
{
    Register::NewEntry e;
    e.name = QStringLiteral("张三丰");
    e.idNumber = QStringLiteral("37040219850312123X");
    e.phone = QStringLiteral("13812345678");
    e.matterId = 1;
    e.what = QStringLiteral("老年证补办要求提供户籍所在地证明，但户籍已迁出无法开具");
    e.category = QStringLiteral("unreasonable_requirement");
    e.deadlineDays = 5;
    return e;
}

// "kind/result/channel/who>expected": kind is a step code, who is "clerk"
// or "supervisor", expected is "ok" or an error code.
Register::Step parseStep(const QString &spec, Register::Actor *actor)
{
    const QStringList parts = spec.section(u'>', 0, 0).split(u'/');
    static const QHash<QString, Register::StepKind> kinds{
        {QStringLiteral("assign"), Register::StepKind::Assign},
        {QStringLiteral("reply"), Register::StepKind::Reply},
        {QStringLiteral("resolve"), Register::StepKind::Resolve},
        {QStringLiteral("unresolvable"), Register::StepKind::Unresolvable},
        {QStringLiteral("feedback"), Register::StepKind::Feedback},
        {QStringLiteral("spot_check"), Register::StepKind::SpotCheck},
    };
    Register::Step step;
    step.kind = kinds.value(parts.value(0));
    step.result = parts.value(1);
    step.channel = parts.value(2);
    step.note = QStringLiteral("说明：") + spec;
    if (step.kind == Register::StepKind::Assign)
        step.unitCode = QStringLiteral("D");
    *actor = parts.value(3) == u"supervisor" ? supervisor() : clerk();
    return step;
}

Register::Step makeStep(Register::StepKind kind, const QString &note, const QString &unitCode = {},
                        const QString &unitName = {}, const QString &channel = {}, const QString &result = {})
{
    return {kind, note, unitCode, unitName, channel, result};
}

QStringList S(std::initializer_list<const char *> specs)
{
    QStringList out;
    for (const char *s : specs)
        out << QString::fromUtf8(s);
    return out;
}

} // namespace

class TestUnresolved : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    std::optional<FieldCipher> m_cipher;

    void at(const QDateTime &t)
    {
        Clock::setOverride([t] { return t; });
    }

    Register reg() { return Register(m_db, &*m_cipher); }

    qint64 count(const QString &table, const QString &where = {}) { return test::count(*m_db, table, where); }

private slots:
    void initTestCase()
    {
        qputenv("TZ", "Asia/Shanghai");
        tzset();
        m_db = test::openTempDatabase(m_dir);
        m_cipher = FieldCipher::fromKey(QByteArray(FieldCipher::kKeyBytes, 'k')).value();
        test::exec(*m_db, QStringLiteral(
                              "INSERT INTO hall (id, code, name, created_at) VALUES (1, 'H', '大厅', 'x')"));
        test::exec(*m_db, QStringLiteral("INSERT INTO department (code, name) VALUES ('D', '区民政局')"));
        test::exec(*m_db,
                   QStringLiteral("INSERT INTO matter (id, task_code, version, is_current, catalog_version, "
                                  "content_hash, state, name, department_code, matter_type, service_objects, "
                                  "project_kind, legal_limit_value, legal_limit_unit, promise_limit_value, "
                                  "promise_limit_unit, onsite_visits, result_type) VALUES (1, 'T1', 1, 1, 1, "
                                  "'h', 'active', '老年证办理', 'D', '01', '1', 'instant', 1, 'workday', 0, "
                                  "'workday', 1, 'none')"));
        // The State Council's 2026 arrangements shipped with the program.
        QVERIFY(CalendarRepository(m_db).importDefaults().ok());
    }

    void cleanup() { Clock::clearOverride(); }

    void steps_data()
    {
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("spotCheck");

        QTest::newRow("assigned, replied, resolved, fed back")
            << S({"assign>ok", "reply>ok", "resolve>ok", "feedback/satisfied/phone>ok"}) << "closed"
            << "";
        QTest::newRow("settled at the window at once")
            << S({"resolve>ok", "feedback/basically_satisfied/in_person>ok"}) << "closed"
            << "";
        QTest::newRow("moved to another unit") << S({"assign>ok", "reply>ok", "assign>ok"}) << "assigned"
                                               << "";
        QTest::newRow("a reply needs a unit") << S({"reply>unresolved.order"}) << "registered"
                                              << "";
        QTest::newRow("feedback needs a conclusion")
            << S({"assign>ok", "feedback/satisfied/sms>unresolved.order"}) << "assigned"
            << "";
        QTest::newRow("no second conclusion") << S({"resolve>ok", "unresolvable>unresolved.order",
                                                    "assign>unresolved.order", "reply>unresolved.order"})
                                              << "resolved"
                                              << "";
        QTest::newRow("unreachable keeps it open")
            << S({"unresolvable>ok", "feedback/unreachable/phone>ok", "feedback/dissatisfied/sms>ok"})
            << "closed"
            << "";
        QTest::newRow("closed takes nothing but a spot check")
            << S({"resolve>ok", "feedback/satisfied/platform>ok", "assign>unresolved.closed",
                  "reply>unresolved.closed", "feedback/satisfied/phone>unresolved.closed"})
            << "closed"
            << "";
        QTest::newRow("feedback needs a channel and an answer")
            << S({"resolve>ok", "feedback/satisfied/fax>unresolved.channel",
                  "feedback/happy/phone>unresolved.result"})
            << "resolved"
            << "";
        QTest::newRow("a clerk cannot spot-check")
            << S({"resolve>ok", "feedback/satisfied/phone>ok", "spot_check/confirmed//clerk>unresolved.role"})
            << "closed"
            << "";
        QTest::newRow("spot check only when closed")
            << S({"assign>ok", "spot_check/confirmed//supervisor>unresolved.order"}) << "assigned"
            << "";
        QTest::newRow("spot check confirms once")
            << S({"resolve>ok", "feedback/satisfied/phone>ok", "spot_check/confirmed//supervisor>ok",
                  "spot_check/reopened//supervisor>unresolved.order"})
            << "closed"
            << "confirmed";
        QTest::newRow("spot check reopens, worked again, confirmed")
            << S({"assign>ok", "resolve>ok", "feedback/satisfied/phone>ok",
                  "spot_check/reopened//supervisor>ok", "reply>ok", "resolve>ok",
                  "feedback/satisfied/phone>ok", "spot_check/confirmed//supervisor>ok"})
            << "closed"
            << "confirmed";
        QTest::newRow("reopened without a unit goes back to recorded")
            << S({"resolve>ok", "feedback/dissatisfied/phone>ok", "spot_check/reopened//supervisor>ok"})
            << "registered"
            << "reopened";
        QTest::newRow("spot check result must be known")
            << S({"resolve>ok", "feedback/satisfied/phone>ok",
                  "spot_check/fine//supervisor>unresolved.result"})
            << "closed"
            << "";
    }

    void steps()
    {
        QFETCH(QStringList, steps);
        QFETCH(QString, state);
        QFETCH(QString, spotCheck);
        at(local(QDate(2026, 11, 19)));
        Register r = reg();
        auto created = r.record(sample(), clerk());
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        const qint64 id = created->id;
        QCOMPARE(created->state, QStringLiteral("registered"));
        const qint64 auditBefore = count(QStringLiteral("audit_log"));
        int okSteps = 0;
        for (const QString &spec : steps) {
            Register::Actor actor;
            const Register::Step step = parseStep(spec, &actor);
            const QString expected = spec.section(u'>', 1);
            auto applied = r.apply(id, step, actor);
            QVERIFY2(applied.ok() == (expected == u"ok"),
                     qPrintable(spec + QStringLiteral(": ") +
                                (applied ? QStringLiteral("ok") : applied.error().message)));
            if (applied)
                ++okSteps;
            else
                QCOMPARE(applied.error().code, expected);
            QVERIFY(applied.ok() || !applied.error().message.isEmpty());
        }
        auto e = r.entry(id, r.today());
        QVERIFY(e);
        QCOMPARE(e->state, state);
        QCOMPARE(e->spotCheckResult, spotCheck);
        QCOMPARE(e->closedUtc.isValid(), state == u"closed");
        // One step row and one audit entry per accepted step, nothing for a refused one.
        auto history = r.steps(id);
        QVERIFY(history);
        QCOMPARE(history->size(), 1 + okSteps);
        QCOMPARE(history->first().kind, QStringLiteral("register"));
        QCOMPARE(count(QStringLiteral("audit_log")) - auditBefore, okSteps);
        QCOMPARE(count(QStringLiteral("audit_log"),
                       QStringLiteral("subject = '%1' AND action LIKE 'unresolved.%'").arg(e->entryNo)),
                 1 + okSteps);
    }

    void deadlines_data()
    {
        QTest::addColumn<QDate>("recorded");
        QTest::addColumn<int>("days");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<QDate>("lastOnTime");

        QTest::newRow("Thursday + 2 over the weekend")
            << QDate(2026, 11, 19) << 2 << QDate(2026, 11, 23) << QDate(2026, 11, 23);
        QTest::newRow("Friday + 1 is Monday")
            << QDate(2026, 11, 20) << 1 << QDate(2026, 11, 23) << QDate(2026, 11, 23);
        QTest::newRow("recorded on a Saturday")
            << QDate(2026, 11, 21) << 1 << QDate(2026, 11, 23) << QDate(2026, 11, 23);
        QTest::newRow("National Day, then the make-up Saturday")
            << QDate(2026, 9, 30) << 3 << QDate(2026, 10, 10) << QDate(2026, 10, 10);
        QTest::newRow("Mid-Autumn holiday and weekend")
            << QDate(2026, 9, 24) << 1 << QDate(2026, 9, 28) << QDate(2026, 9, 28);
        QTest::newRow("five working days, the default")
            << QDate(2026, 11, 16) << 5 << QDate(2026, 11, 23) << QDate(2026, 11, 23);
    }

    void deadlines()
    {
        QFETCH(QDate, recorded);
        QFETCH(int, days);
        QFETCH(QDate, due);
        QFETCH(QDate, lastOnTime);
        at(local(recorded));
        Register r = reg();
        Register::NewEntry in = sample();
        in.deadlineDays = days;
        auto e = r.record(in, clerk());
        QVERIFY2(e, qPrintable(e ? QString() : e.error().message));
        QCOMPARE(e->registeredOn, recorded);
        QCOMPARE(e->dueOn, due);
        QVERIFY(e->entryNo.startsWith(QStringLiteral("U-") + recorded.toString(QStringLiteral("yyyyMMdd")) +
                                      u'-'));
        // Not overdue on the due day itself, overdue the day after.
        QVERIFY(!r.entry(e->id, lastOnTime)->overdue);
        QVERIFY(r.entry(e->id, lastOnTime.addDays(1))->overdue);
    }

    void deadlineRange_data()
    {
        QTest::addColumn<int>("days");
        QTest::newRow("zero") << 0;
        QTest::newRow("negative") << -3;
        QTest::newRow("beyond 30") << 31;
    }

    void deadlineRange()
    {
        QFETCH(int, days);
        at(local(QDate(2026, 11, 19)));
        Register::NewEntry in = sample();
        in.deadlineDays = days;
        const qint64 before = count(QStringLiteral("unresolved_entry"));
        auto e = reg().record(in, clerk());
        QVERIFY(!e);
        QCOMPARE(e.error().code, QStringLiteral("unresolved.deadline"));
        QCOMPARE(count(QStringLiteral("unresolved_entry")), before);
    }

    void entryNumbersPerDay()
    {
        at(local(QDate(2026, 12, 1)));
        Register r = reg();
        auto a = r.record(sample(), clerk());
        auto b = r.record(sample(), clerk());
        QVERIFY(a && b);
        QCOMPARE(a->entryNo, QStringLiteral("U-20261201-001"));
        QCOMPARE(b->entryNo, QStringLiteral("U-20261201-002"));
        at(local(QDate(2026, 12, 2)));
        QCOMPARE(r.record(sample(), clerk())->entryNo, QStringLiteral("U-20261202-001"));
    }

    void overdueFiltersAndFigures()
    {
        // A register of its own, so the figures count only this test's entries.
        QTemporaryDir dir;
        auto db = test::openTempDatabase(dir);
        test::exec(*db, QStringLiteral("INSERT INTO department (code, name) VALUES ('D', '区民政局')"));
        QVERIFY(CalendarRepository(db).importDefaults().ok());
        Register r(db, &*m_cipher);
        const Register::Actor other{QStringLiteral("1002"), 4, false};
        auto make = [&](const QDate &day, int days, const QString &category, const Register::Actor &who) {
            at(local(day));
            Register::NewEntry in = sample();
            in.matterId = 0;
            in.deadlineDays = days;
            in.category = category;
            auto e = r.record(in, who);
            return e ? e->id : 0;
        };
        auto close = [&](qint64 id, const QDate &day) {
            at(local(day));
            QVERIFY(
                r.apply(id, makeStep(Register::StepKind::Resolve, QStringLiteral("已协调办理")), clerk()));
            QVERIFY(r.apply(id,
                            makeStep(Register::StepKind::Feedback, QStringLiteral("电话告知"), {}, {},
                                     QStringLiteral("phone"), QStringLiteral("satisfied")),
                            clerk()));
        };
        // Mon 2026-11-16: a (2 days, due Wed 18), b (5, due Mon 23), by clerk 1001.
        const qint64 a = make(QDate(2026, 11, 16), 2, QStringLiteral("system_limitation"), clerk());
        const qint64 b = make(QDate(2026, 11, 16), 5, QStringLiteral("shirking"), clerk());
        // Tue 17: c (1, due Wed 18) by 1002, closed on time on Wed 18.
        const qint64 c = make(QDate(2026, 11, 17), 1, QStringLiteral("system_limitation"), other);
        // Wed 18: d (1, due Thu 19) by 1002, closed late on Fri 20.
        const qint64 d = make(QDate(2026, 11, 18), 1, QStringLiteral("other"), other);
        QVERIFY(a && b && c && d);
        close(c, QDate(2026, 11, 18));
        close(d, QDate(2026, 11, 20));

        const QDate fri(2026, 11, 20);
        auto ids = [&](const Register::Filter &f, const QDate &today) {
            QList<qint64> out;
            for (const auto &e : r.list(f, today).value())
                out << e.id;
            return out;
        };
        using Scope = Register::Filter::Scope;
        QCOMPARE(ids({Scope::Open, {}, {}}, fri), (QList<qint64>{a, b})); // overdue first
        QCOMPARE(ids({Scope::Overdue, {}, {}}, fri), QList<qint64>{a});
        QCOMPARE(ids({Scope::Overdue, {}, {}}, QDate(2026, 11, 18)), QList<qint64>{});
        QCOMPARE(ids({Scope::All, {}, {}}, fri).size(), 4);
        QCOMPARE(ids({Scope::All, QStringLiteral("1002"), {}}, fri), (QList<qint64>{c, d}));
        QCOMPARE(ids({Scope::All, {}, QStringLiteral("system_limitation")}, fri), (QList<qint64>{a, c}));
        QCOMPARE(ids({Scope::Open, QStringLiteral("1002"), {}}, fri), QList<qint64>{});
        QVERIFY(r.entry(a, fri)->overdue);
        QVERIFY(!r.entry(d, fri)->overdue); // closed, even if late

        struct Row
        {
            QDate from, to, today;
            int opened, closed, onTime, overdue;
        };
        // Worked by hand from the dates above.
        const QList<Row> rows{
            {QDate(2026, 11, 16), QDate(2026, 11, 20), fri, 4, 2, 1, 2}, // a (due 18, open), d (due 19, late)
            {QDate(2026, 11, 16), QDate(2026, 11, 17), fri, 3, 0, 0, 0}, // nothing due yet
            {QDate(2026, 11, 18), QDate(2026, 11, 18), fri, 1, 1, 1, 1}, // d opened, c closed, a overdue
            {QDate(2026, 11, 16), QDate(2026, 11, 30), QDate(2026, 11, 24), 4, 2, 1, 3}, // b past due on 24th
            {QDate(2026, 11, 1), QDate(2026, 11, 15), fri, 0, 0, 0, 0},                  // an empty period
        };
        for (const Row &row : rows) {
            auto f = r.figures(row.from, row.to, row.today);
            QVERIFY(f);
            const QString where =
                row.from.toString(Qt::ISODate) + QStringLiteral("..") + row.to.toString(Qt::ISODate);
            QVERIFY2(f->opened == row.opened, qPrintable(where));
            QVERIFY2(f->closed == row.closed, qPrintable(where));
            QVERIFY2(f->closedOnTime == row.onTime, qPrintable(where));
            QVERIFY2(f->overdue == row.overdue, qPrintable(where));
        }
    }

    void personalDataAtRestAndAuditedFullRead()
    {
        at(local(QDate(2026, 11, 19)));
        Register r = reg();
        auto e = r.record(sample(), clerk());
        QVERIFY(e);
        QCOMPARE(e->nameMasked, QStringLiteral("张**"));
        QCOMPARE(e->idMasked, QStringLiteral("3704**********123X"));
        QCOMPARE(e->phoneMasked, QStringLiteral("138****5678"));
        QCOMPARE(e->matterName, QStringLiteral("老年证办理"));
        // Neither the number nor the phone is stored in clear.
        auto q = sql::run(
            m_db->connection(),
            QStringLiteral("SELECT reporter_id_cipher, phone_cipher FROM unresolved_entry WHERE id = ?"),
            {e->id});
        QVERIFY(q && q->next());
        QVERIFY(!q->value(0).toByteArray().contains("37040219850312123X"));
        QVERIFY(!q->value(1).toByteArray().contains("13812345678"));
        q->finish();
        QCOMPARE(count(QStringLiteral("audit_log"),
                       QStringLiteral("action = 'unresolved.register' AND subject = '%1' "
                                      "AND staff_no = '1001' AND window_no = 9")
                           .arg(e->entryNo)),
                 1);

        auto full = r.readReporter(e->id, supervisor());
        QVERIFY(full);
        QCOMPARE(full->name, QStringLiteral("张三丰"));
        QCOMPARE(full->idType, QStringLiteral("resident_id"));
        QCOMPARE(full->idNumber, QStringLiteral("37040219850312123X"));
        QCOMPARE(full->phone, QStringLiteral("13812345678"));
        QCOMPARE(
            count(QStringLiteral("audit_log"),
                  QStringLiteral("action = 'unresolved.read_full' AND subject = '%1' AND staff_no = '2001'")
                      .arg(e->entryNo)),
            1);
        // Nothing personal in the audit log.
        QCOMPARE(count(QStringLiteral("audit_log"),
                       QStringLiteral("subject LIKE '%张三丰%' OR detail LIKE '%37040219850312123X%' OR "
                                      "detail LIKE '%13812345678%'")),
                 0);

        // Without the key, nothing personal is read or written.
        Register keyless(m_db, nullptr);
        QCOMPARE(keyless.readReporter(e->id, supervisor()).error().code, QStringLiteral("unresolved.cipher"));
        QCOMPARE(keyless.record(sample(), clerk()).error().code, QStringLiteral("unresolved.cipher"));
    }

    void reporters_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("idNumber");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("nameMasked");

        QTest::newRow("person with phone only") << "natural"
                                                << ""
                                                << "138 1234 5678"
                                                << ""
                                                << "张**";
        QTest::newRow("enterprise by credit code") << "legal"
                                                   << "91370402MA3C12345M"
                                                   << ""
                                                   << ""
                                                   << "张三丰";
        QTest::newRow("no way to reach them") << "natural"
                                              << ""
                                              << ""
                                              << "unresolved.contact"
                                              << "";
        QTest::newRow("ID number mistyped") << "natural"
                                            << "370402198503121234"
                                            << ""
                                            << "unresolved.id"
                                            << "";
        QTest::newRow("credit code mistyped") << "legal"
                                              << "91370402MA3C12345N"
                                              << ""
                                              << "unresolved.id"
                                              << "";
        QTest::newRow("phone mistyped") << "natural"
                                        << ""
                                        << "12345"
                                        << "unresolved.phone"
                                        << "";
        QTest::newRow("unknown kind") << "robot"
                                      << ""
                                      << "13812345678"
                                      << "unresolved.name"
                                      << "";
    }

    void reporters()
    {
        QFETCH(QString, kind);
        QFETCH(QString, idNumber);
        QFETCH(QString, phone);
        QFETCH(QString, error);
        QFETCH(QString, nameMasked);
        at(local(QDate(2026, 11, 19)));
        Register::NewEntry in = sample();
        in.reporterKind = kind;
        in.idNumber = idNumber;
        in.phone = phone;
        auto e = reg().record(in, clerk());
        if (error.isEmpty()) {
            QVERIFY2(e, qPrintable(e ? QString() : e.error().message));
            QCOMPARE(e->nameMasked, nameMasked);
        } else {
            QVERIFY(!e);
            QCOMPARE(e.error().code, error);
            QVERIFY(!e.error().message.isEmpty());
        }
    }

    void hostileTextRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");

        const QString esc = QStringLiteral("正常\x1b[2J\x1b[31m清屏");
        const QString nul = QStringLiteral("前半") + QChar(0) + QStringLiteral("后半");
        const QString bidi = QStringLiteral("退款") + QChar(0x202E) + QStringLiteral("元0001");
        QTest::newRow("name with an escape sequence") << "name" << esc << "unresolved.name";
        QTest::newRow("name over 200") << "name" << QString(201, u'名') << "unresolved.name";
        QTest::newRow("empty what") << "what"
                                    << "   "
                                    << "unresolved.what";
        QTest::newRow("what with NUL") << "what" << nul << "unresolved.what";
        QTest::newRow("what with a bidi override") << "what" << bidi << "unresolved.what";
        QTest::newRow("what over 1000") << "what" << QString(1001, u'字') << "unresolved.what";
        QTest::newRow("unit with a bell") << "unit" << QStringLiteral("民政局\a") << "unresolved.unit";
        QTest::newRow("unknown class") << "category"
                                       << "complaint'; DROP TABLE unresolved_entry; --"
                                       << "unresolved.category";
        QTest::newRow("unknown department") << "unitCode"
                                            << "NOPE"
                                            << "unresolved.unit";
        QTest::newRow("unknown matter") << "matter"
                                        << "999"
                                        << "unresolved.matter";
        QTest::newRow("step note with an escape") << "note" << esc << "unresolved.note";
        QTest::newRow("step note empty") << "note"
                                         << ""
                                         << "unresolved.note";
        QTest::newRow("step unit with bidi") << "stepUnit" << bidi << "unresolved.unit";
        QTest::newRow("step with unknown department") << "stepUnitCode"
                                                      << "NOPE"
                                                      << "unresolved.unit";
        QTest::newRow("step on no entry") << "entry"
                                          << ""
                                          << "unresolved.unknown";
        QTest::newRow("no one signed in") << "actor"
                                          << ""
                                          << "unresolved.actor";
        QTest::newRow("step with no one signed in") << "stepActor"
                                                    << ""
                                                    << "unresolved.actor";
    }

    void hostileTextRefused()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(QString, error);
        at(local(QDate(2026, 11, 19)));
        Register r = reg();
        auto existing = r.record(sample(), clerk());
        QVERIFY(existing);
        const qint64 entries = count(QStringLiteral("unresolved_entry"));
        const qint64 steps = count(QStringLiteral("unresolved_step"));
        const qint64 audits = count(QStringLiteral("audit_log"));

        Result<void> outcome;
        if (field == u"note" || field == u"stepUnit" || field == u"stepUnitCode" || field == u"entry" ||
            field == u"stepActor") {
            Register::Step step =
                makeStep(Register::StepKind::Assign, QStringLiteral("转区民政局"), QStringLiteral("D"));
            if (field == u"note")
                step.note = text;
            else if (field == u"stepUnit")
                step = makeStep(Register::StepKind::Assign, QStringLiteral("转办"), {}, text);
            else if (field == u"stepUnitCode")
                step.unitCode = text;
            outcome = r.apply(field == u"entry" ? 987654 : existing->id, step,
                              field == u"stepActor" ? Register::Actor{} : clerk());
        } else {
            Register::NewEntry in = sample();
            if (field == u"name")
                in.name = text;
            else if (field == u"what")
                in.what = text;
            else if (field == u"unit")
                in.unitName = text;
            else if (field == u"category")
                in.category = text;
            else if (field == u"unitCode")
                in.unitCode = text;
            else if (field == u"matter")
                in.matterId = text.toLongLong();
            auto e = r.record(in, field == u"actor" ? Register::Actor{} : clerk());
            outcome = e ? Result<void>() : Result<void>(e.error());
        }
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().code, error);
        QVERIFY(!outcome.error().message.isEmpty());
        // Nothing changed anywhere.
        QCOMPARE(count(QStringLiteral("unresolved_entry")), entries);
        QCOMPARE(count(QStringLiteral("unresolved_step")), steps);
        QCOMPARE(count(QStringLiteral("audit_log")), audits);
        QCOMPARE(r.entry(existing->id, r.today())->state, QStringLiteral("registered"));
    }

    void stepsAreAppendOnly()
    {
        at(local(QDate(2026, 11, 19)));
        auto e = reg().record(sample(), clerk());
        QVERIFY(e);
        QVERIFY(!sql::run(m_db->connection(),
                          QStringLiteral("UPDATE unresolved_step SET note = 'x' WHERE entry_id = ?"),
                          {e->id}));
        QVERIFY(!sql::run(m_db->connection(),
                          QStringLiteral("DELETE FROM unresolved_step WHERE entry_id = ?"), {e->id}));
    }

    void codeListsHaveWords()
    {
        for (const QString &c : Register::categoryCodes())
            QVERIFY2(Register::categoryLabel(c) != c, qPrintable(c));
        for (const QString &c : Register::feedbackChannels())
            QVERIFY2(Register::channelLabel(c) != c, qPrintable(c));
        for (const QString &c : Register::feedbackResults() + Register::spotCheckResults())
            QVERIFY2(Register::resultLabel(c) != c, qPrintable(c));
    }
};

QTEST_GUILESS_MAIN(TestUnresolved)
#include "tst_unresolved.moc"
