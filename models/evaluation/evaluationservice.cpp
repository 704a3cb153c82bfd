#include "evaluationservice.h"

#include "audit/auditlog.h"
#include "calendar/calendarrepository.h"
#include "core/clock.h"
#include "core/text.h"
#include "outbox/outboxwriter.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/transaction.h"

#include <QJsonObject>
#include <QUuid>

namespace yc {

namespace {

// What the evaluation is about: a case, or a ticket served without one.
struct Service
{
    std::optional<qint64> caseId;
    std::optional<qint64> ticketId;
    QString key;    // outbox key: the case's local id, or the evaluation's own for a ticket
    QString number; // 办件编号 or ticket number
    QString taskCode;
    QVariant windowNo;
    QString staffNo;
};

Result<std::optional<Service>> findService(QSqlDatabase db, const EvaluationService::Input &in)
{
    if (in.ticketId && !in.caseId) {
        auto t = sql::run(db,
                          QStringLiteral("SELECT case_id, display_no, window_no, staff_no FROM ticket "
                                         "WHERE id = ? AND state = 'finished'"),
                          {*in.ticketId});
        if (!t)
            return t.error();
        if (!t->next())
            return std::optional<Service>{};
        if (t->value(0).isNull())
            return std::optional<Service>(Service{std::nullopt,
                                                  in.ticketId,
                                                  {},
                                                  t->value(1).toString(),
                                                  {},
                                                  t->value(2),
                                                  t->value(3).toString()});
        // A ticket that led to a case is evaluated as the case.
        EvaluationService::Input byCase = in;
        byCase.caseId = t->value(0).toLongLong();
        return findService(db, byCase);
    }
    if (!in.caseId)
        return std::optional<Service>{};
    auto c = sql::run(db,
                      QStringLiteral("SELECT local_id, coalesce(project_no, local_id), task_code, window_no, "
                                     "clerk_staff_no FROM case_record WHERE id = ?"),
                      {*in.caseId});
    if (!c)
        return c.error();
    if (!c->next())
        return std::optional<Service>{};
    return std::optional<Service>(Service{in.caseId, std::nullopt, c->value(0).toString(),
                                          c->value(1).toString(), c->value(2).toString(), c->value(3),
                                          c->value(4).toString()});
}

QDateTime endOfWorkingDay(const WorkCalendar &calendar, const QDateTime &fromUtc, int workingDays)
{
    const QDate due = calendar.addWorkingDays(hallTime::date(fromUtc), workingDays);
    return hallTime::startOfDayUtc(due.addDays(1));
}

} // namespace

EvaluationService::EvaluationService(std::shared_ptr<Database> db, BadReviewRules rules)
    : m_db(std::move(db))
    , m_rules(rules)
{}

const QStringList &EvaluationService::levels()
{
    static const QStringList l{QStringLiteral("very_satisfied"), QStringLiteral("satisfied"),
                               QStringLiteral("basically_satisfied"), QStringLiteral("dissatisfied"),
                               QStringLiteral("very_dissatisfied")};
    return l;
}

bool EvaluationService::isBad(const QString &level)
{
    return level == u"dissatisfied" || level == u"very_dissatisfied";
}

Result<qint64> EvaluationService::submit(const Input &input)
{
    static const QStringList channels{QStringLiteral("window_device"), QStringLiteral("qr_page"),
                                      QStringLiteral("kiosk")};
    if (!levels().contains(input.level) || !channels.contains(input.channel))
        return Error{QStringLiteral("evaluation.level"), tr("Choose one of the five levels.")};
    for (const auto &item : {input.efficiency, input.serviceLevel, input.attitude})
        if (item && (*item < 1 || *item > 5))
            return Error{QStringLiteral("evaluation.items"),
                         tr("Service efficiency, service level and attitude are rated from 1 to 5.")};
    if (!isCleanText(input.comment, 500, false, true))
        return Error{QStringLiteral("evaluation.text"),
                     tr("The comment can have at most 500 characters and no control characters.")};
    if (isBad(input.level) && input.comment.trimmed().isEmpty())
        return Error{QStringLiteral("evaluation.detail"),
                     tr("Please tell us what was not satisfactory, so that it can be put right.")};

    auto calendar = CalendarRepository(m_db).load();
    if (!calendar)
        return calendar.error();
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    if (!input.localId.isEmpty()) {
        if (input.localId.size() > 64)
            return Error{QStringLiteral("evaluation.key"), tr("The evaluation's key is too long.")};
        auto same =
            sql::scalar(db, QStringLiteral("SELECT id FROM evaluation WHERE local_id = ?"), {input.localId});
        if (!same)
            return same.error();
        if (same->isValid())
            return same->toLongLong();
    }
    auto found = findService(db, input);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{QStringLiteral("evaluation.target"),
                     tr("There is no such case or finished service to evaluate.")};
    Service s = found->value();
    const QString target =
        s.caseId ? QStringLiteral("case_id = ?") : QStringLiteral("ticket_id = ? AND case_id IS NULL");
    auto earlier = sql::scalar(db, QStringLiteral("SELECT count(*) FROM evaluation WHERE ") + target,
                               {s.caseId ? *s.caseId : *s.ticketId});
    if (!earlier)
        return earlier.error();
    if (!input.followUp && earlier->toInt() > 0)
        return Error{QStringLiteral("evaluation.once"),
                     tr("This service has already been evaluated; a follow-up evaluation can be added.")};
    if (input.followUp && earlier->toInt() == 0)
        return Error{QStringLiteral("evaluation.no_first"),
                     tr("A follow-up evaluation needs a first evaluation of the service.")};

    const QDateTime now = Clock::nowUtc();
    const QString localId =
        input.localId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : input.localId;
    if (s.key.isEmpty())
        s.key = localId;
    auto optional = [](const std::optional<int> &v) { return v ? QVariant(*v) : QVariant(); };
    auto inserted = sql::run(
        db,
        QStringLiteral(
            "INSERT INTO evaluation (local_id, case_id, ticket_id, channel, window_no, staff_no, "
            "task_code, level, efficiency, service_level, attitude, comment, is_followup, evaluated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {localId, s.caseId ? QVariant(*s.caseId) : QVariant(),
         s.ticketId ? QVariant(*s.ticketId) : QVariant(), input.channel, s.windowNo, s.staffNo, s.taskCode,
         input.level, optional(input.efficiency), optional(input.serviceLevel), optional(input.attitude),
         input.comment.trimmed(), input.followUp ? 1 : 0, toStoredTime(now)});
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted->lastInsertId().toLongLong();

    QJsonObject data{{QStringLiteral("evaluationId"), localId},
                     {QStringLiteral("projectNo"), s.number},
                     {QStringLiteral("taskCode"), s.taskCode},
                     {QStringLiteral("channel"), input.channel},
                     {QStringLiteral("satisfaction"), input.level},
                     {QStringLiteral("comment"), input.comment.trimmed()},
                     {QStringLiteral("attempt"), earlier->toInt() + 1},
                     {QStringLiteral("windowNo"), s.windowNo.toInt()},
                     {QStringLiteral("staffNo"), s.staffNo},
                     {QStringLiteral("evaluatedAt"), toStoredTime(now)}};
    if (input.efficiency)
        data.insert(QStringLiteral("efficiency"), *input.efficiency);
    if (input.serviceLevel)
        data.insert(QStringLiteral("serviceLevel"), *input.serviceLevel);
    if (input.attitude)
        data.insert(QStringLiteral("attitude"), *input.attitude);
    if (auto e = enqueueEvent(db, {s.key, QStringLiteral("evaluation.submitted"), data}); !e)
        return e.error();

    if (isBad(input.level)) {
        if (auto o = sql::run(
                db,
                QStringLiteral("INSERT INTO bad_review_order (evaluation_id, state, contact_due_at, "
                               "close_due_at) VALUES (?, 'open', ?, ?)"),
                {id, toStoredTime(endOfWorkingDay(calendar.value(), now, m_rules.contactWorkingDays)),
                 toStoredTime(endOfWorkingDay(calendar.value(), now, m_rules.closeWorkingDays))});
            !o)
            return o.error();
    }
    // The citizen evaluates; the clerk evaluated is named in the detail.
    if (auto a = appendAudit(db, {QStringLiteral("citizen:") + input.channel, s.windowNo.toInt(),
                                  QStringLiteral("evaluation.submit"), s.number,
                                  input.level + QStringLiteral(" staff=") + s.staffNo});
        !a)
        return a.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return id;
}

Result<std::optional<qint64>> EvaluationService::caseByNumber(const QString &caseNo) const
{
    auto id = sql::scalar(m_db->connection(),
                          QStringLiteral("SELECT id FROM case_record WHERE project_no = ? OR local_id = ? "
                                         "ORDER BY id LIMIT 1"),
                          {caseNo, caseNo});
    if (!id)
        return id.error();
    return id->isValid() ? std::optional<qint64>(id->toLongLong()) : std::nullopt;
}

Result<EvaluationService::Standing> EvaluationService::standing(std::optional<qint64> caseId,
                                                                std::optional<qint64> ticketId) const
{
    Input in;
    in.caseId = caseId;
    in.ticketId = ticketId;
    QSqlDatabase db = m_db->connection();
    auto found = findService(db, in);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Standing::Unknown;
    const Service &s = found->value();
    auto n = sql::scalar(db,
                         s.caseId ? QStringLiteral("SELECT count(*) FROM evaluation WHERE case_id = ?")
                                  : QStringLiteral("SELECT count(*) FROM evaluation WHERE ticket_id = ? "
                                                   "AND case_id IS NULL"),
                         {s.caseId ? *s.caseId : *s.ticketId});
    if (!n)
        return n.error();
    return n->toInt() > 0 ? Standing::Evaluated : Standing::Open;
}

Result<int> EvaluationService::applyDefaultRatings(const QDateTime &nowUtc, int days, const QString &level)
{
    if (!levels().contains(level) || isBad(level) || days < 1)
        return Error{QStringLiteral("evaluation.default"),
                     tr("The default rating must be a good or neutral level after at least one day.")};
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    auto due =
        sql::run(db,
                 QStringLiteral("SELECT c.id, c.local_id, coalesce(c.project_no, c.local_id), c.task_code, "
                                "c.window_no, c.clerk_staff_no FROM case_record c "
                                "WHERE c.status IN ('finished', 'delivered') AND c.finished_at <= ? "
                                "AND NOT EXISTS (SELECT 1 FROM evaluation e WHERE e.case_id = c.id)"),
                 {toStoredTime(nowUtc.addDays(-days))});
    if (!due)
        return due.error();
    int n = 0;
    const QString at = toStoredTime(nowUtc);
    while (due->next()) {
        const QString localId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (auto i = sql::run(
                db,
                QStringLiteral("INSERT INTO evaluation (local_id, case_id, channel, window_no, staff_no, "
                               "task_code, level, evaluated_at) VALUES (?, ?, 'default', ?, ?, ?, ?, ?)"),
                {localId, due->value(0), due->value(4), due->value(5), due->value(3), level, at});
            !i)
            return i.error();
        if (auto e = enqueueEvent(db, {due->value(1).toString(), QStringLiteral("evaluation.submitted"),
                                       QJsonObject{{QStringLiteral("evaluationId"), localId},
                                                   {QStringLiteral("projectNo"), due->value(2).toString()},
                                                   {QStringLiteral("taskCode"), due->value(3).toString()},
                                                   {QStringLiteral("channel"), QStringLiteral("default")},
                                                   {QStringLiteral("satisfaction"), level},
                                                   {QStringLiteral("comment"), QString()},
                                                   {QStringLiteral("attempt"), 1},
                                                   {QStringLiteral("windowNo"), due->value(4).toInt()},
                                                   {QStringLiteral("staffNo"), due->value(5).toString()},
                                                   {QStringLiteral("evaluatedAt"), at}}});
            !e)
            return e.error();
        if (auto a = appendAudit(db, {QStringLiteral("system"), due->value(4).toInt(),
                                      QStringLiteral("evaluation.default"), due->value(2).toString(), level});
            !a)
            return a.error();
        ++n;
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    return n;
}

} // namespace yc
