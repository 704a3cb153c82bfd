#include "intakeservice.h"

#include "audit/auditlog.h"
#include "calendar/calendarrepository.h"
#include "catalog/catalogrepository.h"
#include "codes/codes.h"
#include "core/clock.h"
#include "core/pii.h"
#include "core/text.h"
#include "crypto/fieldcipher.h"
#include "identity/identitynumbers.h"
#include "intake/applicants.h"
#include "intake/casefollowup.h"
#include "outbox/outboxwriter.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/transaction.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QTimeZone>
#include <QUuid>

Q_LOGGING_CATEGORY(lcIntake, "yc.intake", QtInfoMsg)

namespace yc {

namespace {

const QStringList kMarkStates{QStringLiteral("received"), QStringLiteral("missing"),
                              QStringLiteral("not_applicable"), QStringLiteral("licence"),
                              QStringLiteral("deferred")};

QString decisionName(IntakeDecision d)
{
    switch (d) {
    case IntakeDecision::Accept:
        return QStringLiteral("accept");
    case IntakeDecision::AcceptDeficient:
        return QStringLiteral("accept_deficient");
    case IntakeDecision::NotifyOnce:
        return QStringLiteral("notify_once");
    case IntakeDecision::Reject:
        return QStringLiteral("reject");
    }
    return {};
}

} // namespace

// An intake that passed every check, with the matters read from the catalog.
struct IntakeService::Checked
{
    ApplicantInput applicant;
    std::optional<ApplicantInput> agent;
    QList<Matter> matters;
    QDate today;
    QList<QDate> dueDates;
};

IntakeService::IntakeService(std::shared_ptr<Database> db, const FieldCipher *cipher, DueDateFunction dueDate,
                             std::unique_ptr<CaseNumberStrategy> numbers)
    : m_db(std::move(db))
    , m_cipher(cipher)
    , m_dueDate(dueDate ? std::move(dueDate)
                        : [db = m_db](const QDate &accepted, const TimeLimit &limit) -> Result<QDate> {
        auto calendar = CalendarRepository(db).load();
        if (!calendar)
            return calendar.error();
        return calendar->dueDate(accepted, limit);
    })
    , m_numbers(numbers ? std::move(numbers) : std::make_unique<DefaultCaseNumbers>())
{}

IntakeService::~IntakeService() = default;

QDate IntakeService::today() const
{
    return hallTime::date(Clock::nowUtc());
}

Result<IntakeService::Checked> IntakeService::check(const IntakeRequest &request) const
{
    Checked c;
    c.today = today();
    if (request.windowNo < 1 || request.clerkStaffNo.isEmpty())
        return Error{QStringLiteral("intake.window"), tr("Sign in at a window before taking in a case.")};
    if (request.matters.isEmpty())
        return Error{QStringLiteral("intake.no_matter"), tr("Choose at least one matter.")};
    auto applicant = normaliseApplicant(request.applicant, c.today, tr("Applicant"));
    if (!applicant)
        return applicant.error();
    c.applicant = applicant.value();
    if (request.agent) {
        auto agent = normaliseApplicant(*request.agent, c.today, tr("Agent"));
        if (!agent)
            return agent.error();
        c.agent = agent.value();
    }

    CatalogRepository catalog(m_db);
    int missingCount = 0;
    bool onlyDeferrableMissing = true;
    for (const MatterIntake &mi : request.matters) {
        auto matter = catalog.matter(mi.matterId);
        if (!matter)
            return Error{QStringLiteral("intake.matter_gone"),
                         tr("A chosen matter is no longer in the catalog. Search for it again.")};
        auto current = sql::scalar(
            m_db->connection(), QStringLiteral("SELECT is_current FROM matter WHERE id = ?"), {mi.matterId});
        if (!current)
            return current.error();
        if (!current->toBool() || matter->state != QLatin1String("active"))
            return Error{
                QStringLiteral("intake.matter_inactive"),
                tr("%1 is no longer offered in this version of the catalog; search for the matter again.")
                    .arg(matter->name)};
        QHash<QString, MaterialMark> marks;
        for (const MaterialMark &m : mi.materials) {
            if (m.state == QLatin1String("pending"))
                continue; // looked at but not decided: reported below by name
            if (!kMarkStates.contains(m.state) || m.paperCount < 0 || m.paperCount > 99 ||
                m.note.toUcs4().size() > 500 || hasControlCharacters(m.note) || m.licenceRef.size() > 100)
                return Error{QStringLiteral("intake.mark"),
                             tr("%1: a material mark is invalid.").arg(matter->name)};
            marks.insert(m.code, m);
        }
        for (const MatterMaterial &mm : matter->materials) {
            if (!marks.contains(mm.code))
                return Error{
                    QStringLiteral("intake.unmarked"),
                    tr("%1: mark \"%2\" as received, missing or not applicable.").arg(matter->name, mm.name)};
            const MaterialMark &mark = marks.value(mm.code);
            const bool absent =
                mark.state == QLatin1String("missing") || mark.state == QLatin1String("deferred");
            if (mark.state == QLatin1String("licence") && mark.licenceRef.trimmed().isEmpty())
                return Error{
                    QStringLiteral("intake.licence"),
                    tr("%1: name the electronic licence used instead of \"%2\".").arg(matter->name, mm.name)};
            if (absent && mm.necessity != QLatin1String("optional")) {
                ++missingCount;
                if (mm.necessity != QLatin1String("deferrable"))
                    onlyDeferrableMissing = false;
            }
            if (mark.state == QLatin1String("deferred") && mm.necessity != QLatin1String("deferrable"))
                return Error{
                    QStringLiteral("intake.not_deferrable"),
                    tr("%1: \"%2\" may not follow later; it is needed now.").arg(matter->name, mm.name)};
        }
        for (auto it = marks.cbegin(); it != marks.cend(); ++it) {
            const bool known = std::any_of(matter->materials.cbegin(), matter->materials.cend(),
                                           [&it](const MatterMaterial &mm) { return mm.code == it.key(); });
            if (!known)
                return Error{QStringLiteral("intake.mark"),
                             tr("%1: a marked material is not in its list.").arg(matter->name)};
        }
        if (matter->projectKind == QLatin1String("instant")) {
            c.dueDates << c.today;
        } else {
            auto due = m_dueDate(c.today, matter->promiseLimit);
            if (!due)
                return due.error();
            c.dueDates << due.value();
        }
        c.matters << matter.value();
    }

    switch (request.decision) {
    case IntakeDecision::Accept:
        if (missingCount > 0)
            return Error{
                QStringLiteral("intake.incomplete"),
                tr("%n required material(s) missing: accept with a commitment (容缺受理) if every one may "
                   "follow later, or tell the applicant once what is missing.",
                   nullptr, missingCount)};
        break;
    case IntakeDecision::AcceptDeficient: {
        if (missingCount == 0)
            return Error{QStringLiteral("intake.nothing_deferred"),
                         tr("Nothing is missing: accept the case normally.")};
        if (!onlyDeferrableMissing)
            return Error{
                QStringLiteral("intake.not_deferrable"),
                tr("Acceptance with a commitment needs every missing material to be one that may follow "
                   "later; tell the applicant once what is missing instead.")};
        if (request.commitment.trimmed().isEmpty() || hasControlCharacters(request.commitment))
            return Error{QStringLiteral("intake.commitment"),
                         tr("Record the applicant's written commitment.")};
        if (!request.supplyDeadline.isValid() || request.supplyDeadline < c.today)
            return Error{QStringLiteral("intake.deadline"), tr("Set a supply deadline from today on.")};
        for (qsizetype i = 0; i < c.matters.size(); ++i) {
            if (request.supplyDeadline > c.dueDates.at(i))
                return Error{QStringLiteral("intake.deadline"),
                             tr("The supply deadline may not be after the committed date %1 of %2.")
                                 .arg(c.dueDates.at(i).toString(Qt::ISODate), c.matters.at(i).name)};
        }
        break;
    }
    case IntakeDecision::NotifyOnce:
        if (missingCount == 0)
            return Error{QStringLiteral("intake.nothing_missing"),
                         tr("Nothing is marked missing: there is nothing to tell the applicant.")};
        break;
    case IntakeDecision::Reject:
        if (request.rejectReason.trimmed().isEmpty() || request.rejectReason.toUcs4().size() > 1000 ||
            hasControlCharacters(request.rejectReason))
            return Error{QStringLiteral("intake.reason"),
                         tr("Give the reason for not accepting (at most 1000 characters).")};
        if (request.competentAgency.toUcs4().size() > 200 || hasControlCharacters(request.competentAgency))
            return Error{QStringLiteral("intake.agency"),
                         tr("The competent agency may have at most 200 characters.")};
        break;
    }
    return c;
}

Result<IntakeOutcome> IntakeService::submit(const IntakeRequest &request)
{
    if (!m_cipher)
        return Error{QStringLiteral("intake.cipher"),
                     tr("The data key is not loaded; personal data cannot be stored.")};
    auto checked = check(request);
    if (!checked)
        return checked.error();
    const Checked &c = checked.value();
    if ((!request.proxyMode.isEmpty() && !Codes::proxyModes().contains(request.proxyMode)) ||
        (!request.proxyReason.isEmpty() && !Codes::proxyReasons().contains(request.proxyReason)))
        return Error{QStringLiteral("intake.proxy_mode"),
                     tr("The help-with-the-process mark of the ticket is not known here. Mark the ticket "
                        "again at the calling panel.")};

    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    const QString now = toStoredTime(Clock::nowUtc());
    auto hall = sql::run(db, QStringLiteral("SELECT id, name FROM hall ORDER BY id LIMIT 1"));
    if (!hall)
        return hall.error();
    if (!hall->next())
        return Error{QStringLiteral("intake.no_hall"), tr("The hall is not set up.")};
    const qint64 hallId = hall->value(0).toLongLong();
    const QString hallName = hall->value(1).toString();
    hall->finish();

    IntakeOutcome outcome;
    outcome.intakeGroup =
        c.matters.size() > 1 ? QUuid::createUuid().toString(QUuid::WithoutBraces) : QString();
    auto applicantId = upsertApplicant(db, *m_cipher, c.applicant, now);
    if (!applicantId)
        return applicantId.error();
    outcome.applicantId = applicantId.value();
    QVariant agentId;
    if (c.agent) {
        auto id = upsertApplicant(db, *m_cipher, *c.agent, now);
        if (!id)
            return id.error();
        agentId = id.value();
    }

    const bool accepted =
        request.decision == IntakeDecision::Accept || request.decision == IntakeDecision::AcceptDeficient;
    const QString status = accepted                                         ? QStringLiteral("accepted")
                           : request.decision == IntakeDecision::NotifyOnce ? QStringLiteral("notified")
                                                                            : QStringLiteral("rejected");
    const QString docType =
        request.decision == IntakeDecision::Accept            ? QStringLiteral("acceptance_receipt")
        : request.decision == IntakeDecision::AcceptDeficient ? QStringLiteral("deficiency_notice")
        : request.decision == IntakeDecision::NotifyOnce      ? QStringLiteral("notify_once")
                                                              : QStringLiteral("rejection_notice");

    for (qsizetype i = 0; i < c.matters.size(); ++i) {
        const Matter &m = c.matters.at(i);
        const MatterIntake &mi = request.matters.at(i);
        IntakeCase ic;
        ic.localId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        ic.status = status;
        ic.docType = docType;
        if (accepted) {
            auto number = m_numbers->next(db, {m.taskCode, c.today, request.windowNo});
            if (!number)
                return number.error();
            ic.projectNo = number.value();
            ic.queryPassword = newQueryPassword();
            ic.dueDate = c.dueDates.at(i);
        }
        // The due date is the end of that day in the hall, kept in UTC like every time.
        const QVariant dueAt =
            accepted ? QVariant(toStoredTime(QDateTime(ic.dueDate, QTime(23, 59, 59), hallTime::zone())))
                     : QVariant();
        auto inserted = sql::run(
            db,
            QStringLiteral(
                "INSERT INTO case_record (local_id, project_no, query_password, intake_group, matter_id, "
                "task_code, matter_version, matter_name, project_kind, applicant_id, agent_id, "
                "contact_phone_masked, status, decision, reject_reason, competent_agency, apply_channel, "
                "hall_id, window_no, clerk_staff_no, ticket_id, applied_at, accepted_at, promise_due_at, "
                "commitment, supply_deadline, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "?, ?, ?, ?, ?, ?, ?, 'window', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {ic.localId,
             ic.projectNo.isEmpty() ? QVariant() : QVariant(ic.projectNo),
             ic.queryPassword,
             outcome.intakeGroup,
             m.id,
             m.taskCode,
             m.version,
             m.name,
             m.projectKind,
             applicantId.value(),
             agentId,
             c.applicant.phone.isEmpty() ? QString() : pii::maskPhone(c.applicant.phone),
             status,
             decisionName(request.decision),
             request.rejectReason.trimmed(),
             request.competentAgency.trimmed(),
             hallId,
             request.windowNo,
             request.clerkStaffNo,
             request.ticketId > 0 ? QVariant(request.ticketId) : QVariant(),
             now,
             accepted ? QVariant(now) : QVariant(),
             dueAt,
             request.commitment.trimmed(),
             request.decision == IntakeDecision::AcceptDeficient
                 ? QVariant(request.supplyDeadline.toString(Qt::ISODate))
                 : QVariant(),
             now,
             now});
        if (!inserted)
            return inserted.error();
        ic.caseId = inserted->lastInsertId().toLongLong();
        if (!request.proxyMode.isEmpty())
            if (auto p = sql::run(db,
                                  QStringLiteral("UPDATE case_record SET proxy_mode = ?, proxy_reason = ? "
                                                 "WHERE id = ?"),
                                  {request.proxyMode,
                                   request.proxyReason.isEmpty() ? QVariant() : QVariant(request.proxyReason),
                                   ic.caseId});
                !p)
                return p.error();

        QJsonArray materials;
        for (const MatterMaterial &mm : m.materials) {
            MaterialMark mark;
            for (const MaterialMark &candidate : mi.materials) {
                if (candidate.code == mm.code)
                    mark = candidate;
            }
            const bool deferred = mark.state == QLatin1String("deferred");
            auto mq = sql::run(
                db,
                QStringLiteral("INSERT INTO case_material (case_id, material_code, name, state, "
                               "paper_count, licence_ref, supply_due_at, note) VALUES (?, ?, ?, ?, ?, "
                               "?, ?, ?)"),
                {ic.caseId, mm.code, mm.name, mark.state, mark.paperCount, mark.licenceRef.trimmed(),
                 deferred ? QVariant(request.supplyDeadline.toString(Qt::ISODate)) : QVariant(),
                 mark.note.trimmed()});
            if (!mq)
                return mq.error();
            materials.append(QJsonObject{{QStringLiteral("code"), mm.code},
                                         {QStringLiteral("name"), mm.name},
                                         {QStringLiteral("state"), mark.state},
                                         {QStringLiteral("paperCount"), mark.paperCount},
                                         {QStringLiteral("licenceRef"), mark.licenceRef.trimmed()}});
        }

        auto docNo = nextDocumentNumber(db, hallName, docType, c.today.year());
        if (!docNo)
            return docNo.error();
        ic.docNo = docNo.value();
        if (auto d =
                sql::run(db,
                         QStringLiteral("INSERT INTO case_document (case_id, doc_type, doc_no, issued_at, "
                                        "issued_by) VALUES (?, ?, ?, ?, ?)"),
                         {ic.caseId, docType, ic.docNo, now, request.clerkStaffNo});
            !d)
            return d.error();
        if (auto s =
                sql::run(db,
                         QStringLiteral("INSERT INTO case_step (case_id, seq, step_name, action, step_state, "
                                        "staff_name, opinion, started_at, ended_at) VALUES (?, 1, ?, ?, "
                                        "'done', ?, ?, ?, ?)"),
                         {ic.caseId, accepted ? QStringLiteral("受理") : QStringLiteral("收件"),
                          accepted ? QStringLiteral("approve") : QStringLiteral("other"),
                          request.clerkStaffNo, request.rejectReason.trimmed(), now, now});
            !s)
            return s.error();

        QJsonObject data{{QStringLiteral("projectNo"), ic.projectNo},
                         {QStringLiteral("taskCode"), m.taskCode},
                         {QStringLiteral("matterVersion"), m.version},
                         {QStringLiteral("matterName"), m.name},
                         {QStringLiteral("projectKind"), m.projectKind},
                         {QStringLiteral("decision"), decisionName(request.decision)},
                         {QStringLiteral("applicant"), sealedPersonJson(*m_cipher, c.applicant)},
                         {QStringLiteral("materials"), materials},
                         {QStringLiteral("appliedAt"), now},
                         {QStringLiteral("windowNo"), request.windowNo},
                         {QStringLiteral("clerk"), request.clerkStaffNo},
                         {QStringLiteral("docNo"), ic.docNo}};
        if (c.agent)
            data.insert(QStringLiteral("agent"), sealedPersonJson(*m_cipher, *c.agent));
        if (accepted) {
            data.insert(QStringLiteral("acceptedAt"), now);
            data.insert(QStringLiteral("promiseDueDate"), ic.dueDate.toString(Qt::ISODate));
        }
        if (!outcome.intakeGroup.isEmpty())
            data.insert(QStringLiteral("intakeGroup"), outcome.intakeGroup);
        if (request.decision == IntakeDecision::Reject) {
            data.insert(QStringLiteral("reason"), request.rejectReason.trimmed());
            data.insert(QStringLiteral("competentAgency"), request.competentAgency.trimmed());
        }
        if (request.decision == IntakeDecision::AcceptDeficient)
            data.insert(QStringLiteral("supplyDeadline"), request.supplyDeadline.toString(Qt::ISODate));
        const QString eventType = accepted ? QStringLiteral("case.accepted")
                                  : request.decision == IntakeDecision::NotifyOnce
                                      ? QStringLiteral("case.notified")
                                      : QStringLiteral("case.rejected");
        if (auto e = enqueueEvent(db, {ic.localId, eventType, data}); !e)
            return e.error();
        if (auto a = appendAudit(db, {request.clerkStaffNo, request.windowNo,
                                      QStringLiteral("case.") + decisionName(request.decision),
                                      ic.projectNo.isEmpty() ? ic.localId : ic.projectNo, m.taskCode});
            !a)
            return a.error();
        outcome.cases << ic;
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    qCInfo(lcIntake) << "intake at window" << request.windowNo << decisionName(request.decision)
                     << outcome.cases.size() << "case(s)";
    return outcome;
}

Result<void> IntakeService::finishAtWindow(qint64 caseId, const QString &staffNo, int windowNo)
{
    auto q = sql::run(m_db->connection(),
                      QStringLiteral("SELECT project_kind, status FROM case_record WHERE id = ?"), {caseId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{QStringLiteral("case.unknown"), tr("The case does not exist.")};
    const bool instant = q->value(0).toString() == QLatin1String("instant");
    const bool accepted = q->value(1).toString() == QLatin1String("accepted");
    q->finish();
    if (!instant || !accepted)
        return Error{QStringLiteral("case.not_instant"),
                     tr("Only an accepted instant case (即办件) can be finished at the window.")};
    // The same result as any case's, recorded at once: one place writes it.
    return CaseFollowUp(m_db).recordResult(caseId, {QStringLiteral("none"), {}, {}}, staffNo, windowNo);
}

Result<void> IntakeService::supplyMaterial(qint64 caseId, const QString &materialCode, const QString &staffNo,
                                           int windowNo)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    auto q =
        sql::run(db,
                 QStringLiteral("SELECT c.local_id, c.project_no, c.status, m.state FROM case_record c JOIN "
                                "case_material m ON m.case_id = c.id WHERE c.id = ? AND m.material_code = ?"),
                 {caseId, materialCode});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{QStringLiteral("case.unknown"), tr("The case or the material does not exist.")};
    const QString localId = q->value(0).toString();
    const QString projectNo = q->value(1).toString();
    const QString caseStatus = q->value(2).toString();
    const QString state = q->value(3).toString();
    q->finish();
    if (state != QLatin1String("deferred") && state != QLatin1String("missing"))
        return Error{QStringLiteral("case.not_missing"), tr("This material was not missing.")};
    if (caseStatus != QLatin1String("accepted") && caseStatus != QLatin1String("supplementing"))
        return Error{QStringLiteral("case.closed"), tr("The case no longer takes materials.")};
    const QString now = toStoredTime(Clock::nowUtc());
    if (auto u = sql::run(db,
                          QStringLiteral("UPDATE case_material SET state = 'received', supplied_at = ? WHERE "
                                         "case_id = ? AND material_code = ?"),
                          {now, caseId, materialCode});
        !u)
        return u.error();
    if (auto e = enqueueEvent(db, {localId, QStringLiteral("case.material_supplied"),
                                   QJsonObject{{QStringLiteral("projectNo"), projectNo},
                                               {QStringLiteral("materialCode"), materialCode},
                                               {QStringLiteral("suppliedAt"), now}}});
        !e)
        return e;
    if (auto a = appendAudit(
            db, {staffNo, windowNo, QStringLiteral("case.material_supplied"), projectNo, materialCode});
        !a)
        return a;
    return tx.commit();
}

Result<std::optional<ApplicantInput>> IntakeService::findApplicant(const QString &idType,
                                                                   const QString &idNumber,
                                                                   const QString &staffNo, int windowNo)
{
    if (!m_cipher)
        return Error{QStringLiteral("intake.cipher"),
                     tr("The data key is not loaded; personal data cannot be read.")};
    QSqlDatabase db = m_db->connection();
    auto q =
        sql::run(db,
                 QStringLiteral("SELECT kind, name, id_type, id_no_cipher, phone_cipher, address, legal_rep, "
                                "id_no_masked FROM applicant WHERE id_type = ? AND id_no_lookup = ?"),
                 {idType, m_cipher->lookupHash(idNumber)});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<ApplicantInput>();
    ApplicantInput a;
    a.kind = q->value(0).toString();
    a.name = q->value(1).toString();
    a.idType = q->value(2).toString();
    auto id = m_cipher->decrypt(q->value(3).toByteArray());
    if (!id)
        return id.error();
    a.idNumber = QString::fromUtf8(id.value());
    if (!q->value(4).isNull()) {
        auto phone = m_cipher->decrypt(q->value(4).toByteArray());
        if (!phone)
            return phone.error();
        a.phone = QString::fromUtf8(phone.value());
    }
    a.address = q->value(5).toString();
    a.legalRep = q->value(6).toString();
    const QString masked = q->value(7).toString();
    q->finish();
    Transaction tx(db);
    if (auto r =
            appendAudit(db, {staffNo, windowNo, QStringLiteral("applicant.read_full"), masked, QString()});
        !r)
        return r.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return std::optional<ApplicantInput>(a);
}

} // namespace yc
