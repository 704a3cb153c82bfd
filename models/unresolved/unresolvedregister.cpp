#include "unresolvedregister.h"

#include "audit/auditlog.h"
#include "calendar/calendarrepository.h"
#include "core/clock.h"
#include "core/pii.h"
#include "core/text.h"
#include "crypto/fieldcipher.h"
#include "identity/identitynumbers.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/transaction.h"

#include <QTimeZone>

namespace yc {

namespace {

constexpr int kNameMax = 200;
constexpr int kWhatMax = 1000;
constexpr int kNoteMax = 1000;
constexpr int kUnitMax = 200;

// Bidirectional embeddings, overrides and isolates are format characters,
// not control characters, so isCleanText lets them through; in a register
// they only serve to make a line read differently from what it stores.
bool hasBidiControls(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069))
            return true;
    }
    return false;
}

Error signedOut()
{
    return {QStringLiteral("unresolved.actor"),
            UnresolvedRegister::tr("Sign in first: every entry and step of the register is signed.")};
}

bool clean(const QString &text, int maxLength, bool required, bool multiLine = false)
{
    return isCleanText(text, maxLength, required, multiLine) && !hasBidiControls(text);
}

QString dayText(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QString stepCode(UnresolvedRegister::StepKind kind)
{
    using K = UnresolvedRegister::StepKind;
    switch (kind) {
    case K::Assign:
        return QStringLiteral("assign");
    case K::Reply:
        return QStringLiteral("reply");
    case K::Resolve:
        return QStringLiteral("resolve");
    case K::Unresolvable:
        return QStringLiteral("unresolvable");
    case K::Feedback:
        return QStringLiteral("feedback");
    case K::SpotCheck:
        return QStringLiteral("spot_check");
    }
    return {};
}

// The columns list() and entry() read, in the order readEntry() expects.
const QString entryColumns = QStringLiteral(
    "e.id, e.entry_no, e.registered_at, e.registered_on, e.registered_by, coalesce(e.window_no, 0), "
    "e.reporter_kind, e.reporter_name, e.reporter_id_masked, e.phone_masked, coalesce(e.matter_id, 0), "
    "coalesce(m.name, ''), e.what, e.category, coalesce(e.unit_code, ''), coalesce(d.name, e.unit_name), "
    "e.deadline_days, e.due_on, e.state, coalesce(e.closed_at, ''), e.feedback_result, e.spot_check_result, "
    "(e.state <> 'closed' AND e.due_on < ?) ");
const QString entryFrom = QStringLiteral(" FROM unresolved_entry e LEFT JOIN matter m ON m.id = e.matter_id "
                                         "LEFT JOIN department d ON d.code = e.unit_code ");

UnresolvedRegister::Entry readEntry(const QSqlQuery &q)
{
    UnresolvedRegister::Entry e;
    e.id = q.value(0).toLongLong();
    e.entryNo = q.value(1).toString();
    e.registeredUtc = fromStoredTime(q.value(2).toString());
    e.registeredOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    e.registeredBy = q.value(4).toString();
    e.windowNo = q.value(5).toInt();
    e.reporterKind = q.value(6).toString();
    const QString name = q.value(7).toString();
    e.nameMasked = e.reporterKind == u"legal" ? name : pii::maskName(name);
    e.idMasked = q.value(8).toString();
    e.phoneMasked = q.value(9).toString();
    e.matterId = q.value(10).toLongLong();
    e.matterName = q.value(11).toString();
    e.what = q.value(12).toString();
    e.category = q.value(13).toString();
    e.unitCode = q.value(14).toString();
    e.unitName = q.value(15).toString();
    e.deadlineDays = q.value(16).toInt();
    e.dueOn = QDate::fromString(q.value(17).toString(), Qt::ISODate);
    e.state = q.value(18).toString();
    if (!q.value(19).toString().isEmpty())
        e.closedUtc = fromStoredTime(q.value(19).toString());
    e.feedbackResult = q.value(20).toString();
    e.spotCheckResult = q.value(21).toString();
    e.overdue = q.value(22).toBool();
    return e;
}

} // namespace

UnresolvedRegister::UnresolvedRegister(std::shared_ptr<Database> db, const FieldCipher *cipher)
    : m_db(std::move(db))
    , m_cipher(cipher)
{}

QDate UnresolvedRegister::today() const
{
    return hallTime::date(Clock::nowUtc());
}

Result<UnresolvedRegister::Entry> UnresolvedRegister::record(const NewEntry &in, const Actor &actor)
{
    // Everything is checked before anything is written.
    if (actor.staffNo.isEmpty())
        return signedOut();
    const QDate day = today();
    const bool legal = in.reporterKind == u"legal";
    if (!legal && in.reporterKind != u"natural")
        return Error{QStringLiteral("unresolved.name"),
                     tr("Say whether a person or an enterprise reported it.")};
    if (!clean(in.name, kNameMax, true))
        return Error{QStringLiteral("unresolved.name"),
                     legal
                         ? tr("Enter the enterprise's name (at most 200 characters, no control characters).")
                         : tr("Enter the citizen's name (at most 200 characters, no control characters).")};
    if (in.idNumber.trimmed().isEmpty() && in.phone.trimmed().isEmpty())
        return Error{QStringLiteral("unresolved.contact"),
                     tr("Enter an ID number, a credit code or a phone number, so the feedback reaches the "
                        "person who reported it.")};
    QString idType;
    QString idNumber;
    if (!in.idNumber.trimmed().isEmpty()) {
        if (legal) {
            auto code = identity::checkCreditCode(in.idNumber);
            if (!code)
                return Error{QStringLiteral("unresolved.id"), code.error().message};
            idType = QStringLiteral("credit_code");
            idNumber = code.value();
        } else {
            auto id = identity::parseIdNumber(in.idNumber, day);
            if (!id)
                return Error{QStringLiteral("unresolved.id"), id.error().message};
            idNumber = id->normalized;
            switch (id->kind) {
            case identity::IdKind::Resident18:
            case identity::IdKind::Resident15:
                idType = QStringLiteral("resident_id");
                break;
            case identity::IdKind::HkMacaoTaiwanResidence:
                idType = QStringLiteral("hk_mo_tw_residence");
                break;
            case identity::IdKind::ForeignPermanentResident:
                idType = QStringLiteral("foreign_permanent");
                break;
            }
        }
    }
    QString phone;
    if (!in.phone.trimmed().isEmpty()) {
        auto p = identity::checkPhone(in.phone);
        if (!p)
            return Error{QStringLiteral("unresolved.phone"), p.error().message};
        phone = p.value();
    }
    if (!clean(in.what, kWhatMax, true, true))
        return Error{QStringLiteral("unresolved.what"),
                     tr("Describe what could not be done (at most 1000 characters, no control characters).")};
    if (!categoryCodes().contains(in.category))
        return Error{QStringLiteral("unresolved.category"), tr("Choose the class of the problem.")};
    if (!clean(in.unitName, kUnitMax, false))
        return Error{QStringLiteral("unresolved.unit"),
                     tr("The responsible unit's name is too long or contains control characters.")};
    if (in.deadlineDays < 1 || in.deadlineDays > kMaxDeadlineDays)
        return Error{QStringLiteral("unresolved.deadline"),
                     tr("The deadline is 1 to %1 working days.").arg(kMaxDeadlineDays)};
    if ((!idNumber.isEmpty() || !phone.isEmpty()) && !m_cipher)
        return Error{QStringLiteral("unresolved.cipher"),
                     tr("The data key is not loaded; personal data cannot be stored.")};

    QSqlDatabase db = m_db->connection();
    if (in.matterId != 0) {
        auto m = sql::scalar(db, QStringLiteral("SELECT count(*) FROM matter WHERE id = ?"), {in.matterId});
        if (!m)
            return m.error();
        if (m->toInt() == 0)
            return Error{QStringLiteral("unresolved.matter"), tr("That matter is not in the catalog.")};
    }
    if (!in.unitCode.isEmpty()) {
        auto d =
            sql::scalar(db, QStringLiteral("SELECT count(*) FROM department WHERE code = ?"), {in.unitCode});
        if (!d)
            return d.error();
        if (d->toInt() == 0)
            return Error{QStringLiteral("unresolved.unit"), tr("That department is not in the catalog.")};
    }
    auto calendar = CalendarRepository(m_db).load();
    if (!calendar)
        return Error{QStringLiteral("unresolved.calendar"), calendar.error().message};
    const QDate due = calendar->addWorkingDays(day, in.deadlineDays);

    QVariant idBlob;
    QVariant phoneBlob;
    if (!idNumber.isEmpty()) {
        auto blob = m_cipher->encrypt(idNumber.toUtf8());
        if (!blob)
            return blob.error();
        idBlob = blob.value();
    }
    if (!phone.isEmpty()) {
        auto blob = m_cipher->encrypt(phone.toUtf8());
        if (!blob)
            return blob.error();
        phoneBlob = blob.value();
    }

    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    // The day's next number; the write lock is held, so two windows cannot
    // take the same one.
    auto seq =
        sql::scalar(db, QStringLiteral("SELECT count(*) + 1 FROM unresolved_entry WHERE registered_on = ?"),
                    {dayText(day)});
    if (!seq)
        return seq.error();
    const QString entryNo = QStringLiteral("U-%1-%2")
                                .arg(day.toString(QStringLiteral("yyyyMMdd")))
                                .arg(seq->toInt(), 3, 10, QLatin1Char('0'));
    const QString now = toStoredTime(Clock::nowUtc());
    auto ins = sql::run(
        db,
        QStringLiteral(
            "INSERT INTO unresolved_entry (entry_no, registered_at, registered_on, registered_by, "
            "window_no, reporter_kind, reporter_name, reporter_id_type, reporter_id_cipher, "
            "reporter_id_masked, phone_cipher, phone_masked, matter_id, what, category, unit_code, "
            "unit_name, deadline_days, due_on, state) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'registered')"),
        {entryNo, now, dayText(day), actor.staffNo,
         actor.windowNo > 0 ? QVariant(actor.windowNo) : QVariant(), in.reporterKind, in.name.trimmed(),
         idType, idBlob, idNumber.isEmpty() ? QString() : pii::maskIdNumber(idNumber), phoneBlob,
         phone.isEmpty() ? QString() : pii::maskPhone(phone),
         in.matterId != 0 ? QVariant(in.matterId) : QVariant(), in.what.trimmed(), in.category,
         in.unitCode.isEmpty() ? QVariant() : QVariant(in.unitCode), in.unitName.trimmed(), in.deadlineDays,
         dayText(due)});
    if (!ins)
        return ins.error();
    const qint64 id = ins->lastInsertId().toLongLong();
    if (auto s = sql::run(db,
                          QStringLiteral("INSERT INTO unresolved_step (entry_id, kind, at, staff_no, note) "
                                         "VALUES (?, 'register', ?, ?, '')"),
                          {id, now, actor.staffNo});
        !s)
        return s.error();
    if (auto a = appendAudit(
            db, {actor.staffNo, actor.windowNo, QStringLiteral("unresolved.register"), entryNo, in.category});
        !a)
        return a.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return entry(id, day);
}

Result<void> UnresolvedRegister::apply(qint64 entryId, const Step &step, const Actor &actor)
{
    using K = StepKind;
    if (actor.staffNo.isEmpty())
        return signedOut();
    if (!clean(step.note, kNoteMax, true, true))
        return Error{QStringLiteral("unresolved.note"),
                     tr("Write what was done or said (at most 1000 characters, no control characters).")};
    if (step.kind == K::SpotCheck && !actor.supervisor)
        return Error{QStringLiteral("unresolved.role"), tr("Only a supervisor records a spot check.")};
    if (step.kind == K::Assign && step.unitCode.isEmpty() && step.unitName.trimmed().isEmpty())
        return Error{QStringLiteral("unresolved.unit"), tr("Choose the responsible unit or write its name.")};
    if (!clean(step.unitName, kUnitMax, false))
        return Error{QStringLiteral("unresolved.unit"),
                     tr("The responsible unit's name is too long or contains control characters.")};
    if (step.kind == K::Feedback) {
        if (!feedbackChannels().contains(step.channel))
            return Error{QStringLiteral("unresolved.channel"), tr("Say how the citizen was told.")};
        if (!feedbackResults().contains(step.result))
            return Error{QStringLiteral("unresolved.result"), tr("Say what the citizen answered.")};
    }
    if (step.kind == K::SpotCheck && !spotCheckResults().contains(step.result))
        return Error{QStringLiteral("unresolved.result"), tr("Say whether the matter is really settled.")};

    QSqlDatabase db = m_db->connection();
    const QDate day = today();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    auto q = sql::run(db,
                      QStringLiteral("SELECT entry_no, state, spot_check_result, deadline_days, "
                                     "coalesce(unit_code, '') <> '' OR unit_name <> '' "
                                     "FROM unresolved_entry WHERE id = ?"),
                      {entryId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{QStringLiteral("unresolved.unknown"), tr("There is no such entry in the register.")};
    const QString entryNo = q->value(0).toString();
    const QString state = q->value(1).toString();
    const QString spotCheck = q->value(2).toString();
    const int deadlineDays = q->value(3).toInt();
    const bool hasUnit = q->value(4).toBool();
    q->finish();

    if (!step.unitCode.isEmpty()) {
        auto d = sql::scalar(db, QStringLiteral("SELECT count(*) FROM department WHERE code = ?"),
                             {step.unitCode});
        if (!d)
            return d.error();
        if (d->toInt() == 0)
            return Error{QStringLiteral("unresolved.unit"), tr("That department is not in the catalog.")};
    }

    const bool closed = state == u"closed";
    const bool concluded = state == u"resolved" || state == u"unresolvable";
    if (closed && step.kind != K::SpotCheck)
        return Error{QStringLiteral("unresolved.closed"),
                     tr("The entry is closed. A supervisor's spot check can reopen it.")};
    QString next = state;
    switch (step.kind) {
    case K::Assign:
        if (concluded)
            return Error{QStringLiteral("unresolved.order"),
                         tr("The entry is already concluded; give the citizen the feedback.")};
        next = QStringLiteral("assigned");
        break;
    case K::Reply:
        if (state != u"assigned" && state != u"replied")
            return Error{QStringLiteral("unresolved.order"),
                         concluded ? tr("The entry is already concluded; give the citizen the feedback.")
                                   : tr("Assign the entry to a unit before recording its reply.")};
        next = QStringLiteral("replied");
        break;
    case K::Resolve:
    case K::Unresolvable:
        if (concluded)
            return Error{QStringLiteral("unresolved.order"),
                         tr("The entry is already concluded; give the citizen the feedback.")};
        next = step.kind == K::Resolve ? QStringLiteral("resolved") : QStringLiteral("unresolvable");
        break;
    case K::Feedback:
        if (!concluded)
            return Error{QStringLiteral("unresolved.order"),
                         tr("Record whether it was resolved before the feedback to the citizen.")};
        if (step.result != u"unreachable")
            next = QStringLiteral("closed");
        break;
    case K::SpotCheck:
        if (!closed)
            return Error{QStringLiteral("unresolved.order"), tr("Only a closed entry is spot-checked.")};
        if (spotCheck == u"confirmed")
            return Error{QStringLiteral("unresolved.order"), tr("This entry has already been spot-checked.")};
        if (step.result == u"reopened")
            next = hasUnit ? QStringLiteral("assigned") : QStringLiteral("registered");
        break;
    }

    const QString now = toStoredTime(Clock::nowUtc());
    if (auto s = sql::run(
            db,
            QStringLiteral("INSERT INTO unresolved_step (entry_id, kind, at, staff_no, note, unit_code, "
                           "unit_name, channel, result) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {entryId, stepCode(step.kind), now, actor.staffNo, step.note.trimmed(), step.unitCode,
             step.unitName.trimmed(), step.channel, step.result});
        !s)
        return s.error();

    QString update = QStringLiteral("UPDATE unresolved_entry SET state = ? WHERE id = ?");
    QVariantList values{next, entryId};
    switch (step.kind) {
    case K::Assign:
        update = QStringLiteral(
            "UPDATE unresolved_entry SET state = ?, unit_code = ?, unit_name = ? WHERE id = ?");
        values = {next, step.unitCode.isEmpty() ? QVariant() : QVariant(step.unitCode),
                  step.unitName.trimmed(), entryId};
        break;
    case K::Feedback:
        update = QStringLiteral("UPDATE unresolved_entry SET state = ?, closed_at = ?, closed_on = ?, "
                                "feedback_result = ? WHERE id = ?");
        values = {next, next == u"closed" ? QVariant(now) : QVariant(),
                  next == u"closed" ? QVariant(dayText(day)) : QVariant(), step.result, entryId};
        break;
    case K::SpotCheck:
        if (step.result == u"reopened") {
            // 回头看 found it unsettled: it is worked again, with a fresh deadline.
            auto calendar = CalendarRepository(m_db).load();
            if (!calendar)
                return Error{QStringLiteral("unresolved.calendar"), calendar.error().message};
            update = QStringLiteral(
                "UPDATE unresolved_entry SET state = ?, closed_at = NULL, closed_on = NULL, "
                "feedback_result = '', spot_check_result = 'reopened', due_on = ? WHERE id = ?");
            values = {next, dayText(calendar->addWorkingDays(day, deadlineDays)), entryId};
        } else {
            update =
                QStringLiteral("UPDATE unresolved_entry SET spot_check_result = 'confirmed' WHERE id = ?");
            values = {entryId};
        }
        break;
    case K::Reply:
    case K::Resolve:
    case K::Unresolvable:
        break;
    }
    auto u = sql::run(db, update, values);
    if (!u)
        return u.error();
    const QString detail = step.result.isEmpty() ? next : next + QLatin1Char(' ') + step.result;
    if (auto a = appendAudit(db, {actor.staffNo, actor.windowNo,
                                  QStringLiteral("unresolved.") + stepCode(step.kind), entryNo, detail});
        !a)
        return a;
    return tx.commit();
}

Result<QList<UnresolvedRegister::Entry>> UnresolvedRegister::list(const Filter &filter,
                                                                  const QDate &today) const
{
    QString where = QStringLiteral("WHERE 1 ");
    QVariantList values{dayText(today)};
    switch (filter.scope) {
    case Filter::Scope::Open:
        where += QStringLiteral("AND e.state <> 'closed' ");
        break;
    case Filter::Scope::Overdue:
        where += QStringLiteral("AND e.state <> 'closed' AND e.due_on < ? ");
        values << dayText(today);
        break;
    case Filter::Scope::All:
        break;
    }
    if (!filter.registeredBy.isEmpty()) {
        where += QStringLiteral("AND e.registered_by = ? ");
        values << filter.registeredBy;
    }
    if (!filter.category.isEmpty()) {
        where += QStringLiteral("AND e.category = ? ");
        values << filter.category;
    }
    // Open before closed, overdue first, then by due day.
    auto q = sql::run(m_db->connection(),
                      QStringLiteral("SELECT ") + entryColumns + QStringLiteral("AS overdue") + entryFrom +
                          where + QStringLiteral("ORDER BY e.state = 'closed', overdue DESC, e.due_on, e.id"),
                      values);
    if (!q)
        return q.error();
    QList<Entry> out;
    while (q->next())
        out << readEntry(q.value());
    return out;
}

Result<UnresolvedRegister::Entry> UnresolvedRegister::entry(qint64 entryId, const QDate &today) const
{
    auto q = sql::run(m_db->connection(),
                      QStringLiteral("SELECT ") + entryColumns + entryFrom + QStringLiteral("WHERE e.id = ?"),
                      {dayText(today), entryId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{QStringLiteral("unresolved.unknown"), tr("There is no such entry in the register.")};
    return readEntry(q.value());
}

Result<QList<UnresolvedRegister::StepRecord>> UnresolvedRegister::steps(qint64 entryId) const
{
    auto q =
        sql::run(m_db->connection(),
                 QStringLiteral("SELECT s.kind, s.at, s.staff_no, s.note, coalesce(d.name, s.unit_name), "
                                "s.channel, s.result FROM unresolved_step s "
                                "LEFT JOIN department d ON d.code = s.unit_code "
                                "WHERE s.entry_id = ? ORDER BY s.at, s.id"),
                 {entryId});
    if (!q)
        return q.error();
    QList<StepRecord> out;
    while (q->next())
        out << StepRecord{q->value(0).toString(), fromStoredTime(q->value(1).toString()),
                          q->value(2).toString(), q->value(3).toString(),
                          q->value(4).toString(), q->value(5).toString(),
                          q->value(6).toString()};
    return out;
}

Result<UnresolvedRegister::Reporter> UnresolvedRegister::readReporter(qint64 entryId, const Actor &actor)
{
    if (actor.staffNo.isEmpty())
        return signedOut();
    if (!m_cipher)
        return Error{QStringLiteral("unresolved.cipher"),
                     tr("The data key is not loaded; personal data cannot be read.")};
    QSqlDatabase db = m_db->connection();
    auto q = sql::run(db,
                      QStringLiteral("SELECT entry_no, reporter_name, reporter_id_type, reporter_id_cipher, "
                                     "phone_cipher FROM unresolved_entry WHERE id = ?"),
                      {entryId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{QStringLiteral("unresolved.unknown"), tr("There is no such entry in the register.")};
    const QString entryNo = q->value(0).toString();
    Reporter r;
    r.name = q->value(1).toString();
    r.idType = q->value(2).toString();
    for (auto [column, target] : {std::pair{3, &r.idNumber}, std::pair{4, &r.phone}}) {
        if (q->value(column).isNull())
            continue;
        auto plain = m_cipher->decrypt(q->value(column).toByteArray());
        if (!plain)
            return plain.error();
        *target = QString::fromUtf8(plain.value());
    }
    q->finish();
    // The read is on record before anything is shown.
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    if (auto a = appendAudit(
            db, {actor.staffNo, actor.windowNo, QStringLiteral("unresolved.read_full"), entryNo, {}});
        !a)
        return a.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return r;
}

Result<UnresolvedRegister::Figures> UnresolvedRegister::figures(const QDate &from, const QDate &to,
                                                                const QDate &today) const
{
    auto q = sql::run(
        m_db->connection(),
        QStringLiteral(
            "SELECT "
            " (SELECT count(*) FROM unresolved_entry WHERE registered_on BETWEEN ? AND ?), "
            " (SELECT count(*) FROM unresolved_entry WHERE state = 'closed' AND closed_on BETWEEN ? AND ?), "
            " (SELECT count(*) FROM unresolved_entry WHERE state = 'closed' AND closed_on BETWEEN ? AND ? "
            "   AND closed_on <= due_on), "
            " (SELECT count(*) FROM unresolved_entry WHERE due_on BETWEEN ? AND ? AND due_on < ? "
            "   AND (state <> 'closed' OR closed_on > due_on))"),
        {dayText(from), dayText(to), dayText(from), dayText(to), dayText(from), dayText(to), dayText(from),
         dayText(to), dayText(today)});
    if (!q)
        return q.error();
    if (!q->next())
        return Figures{};
    return Figures{q->value(0).toInt(), q->value(1).toInt(), q->value(2).toInt(), q->value(3).toInt()};
}

Result<QList<UnresolvedRegister::Unit>> UnresolvedRegister::units() const
{
    auto q =
        sql::run(m_db->connection(), QStringLiteral("SELECT code, name FROM department ORDER BY name, code"));
    if (!q)
        return q.error();
    QList<Unit> out;
    while (q->next())
        out << Unit{q->value(0).toString(), q->value(1).toString()};
    return out;
}

} // namespace yc
