#include "proxycases.h"

#include "attachments/attachmentstore.h"
#include "audit/auditlog.h"
#include "calendar/calendarrepository.h"
#include "core/text.h"
#include "crypto/fieldcipher.h"
#include "intake/applicants.h"
#include "intake/numbering.h"
#include "outbox/outboxwriter.h"
#include "proxy/proxyinternal.h"
#include "store/database.h"
#include "store/transaction.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcProxy, "yc.proxy", QtInfoMsg)

namespace yc {

using namespace proxyinternal;

namespace {

// The person or enterprise served as the outbox carries a person: personal
// data stays sealed with the field key (the applicant row's own ciphertext).
Result<QJsonObject> principalJson(QSqlDatabase db, qint64 applicantId)
{
    auto q = sql::run(db,
                      QStringLiteral("SELECT kind, name, id_type, id_no_masked, id_no_cipher, phone_cipher, "
                                     "address, legal_rep FROM applicant WHERE id = ?"),
                      {applicantId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{QStringLiteral("proxy.principal"),
                     ProxyCases::tr("The person served is not on record.")};
    QJsonObject o{
        {QStringLiteral("kind"), q->value(0).toString()},
        {QStringLiteral("name"), q->value(1).toString()},
        {QStringLiteral("idType"), q->value(2).toString()},
        {QStringLiteral("idNumberMasked"), q->value(3).toString()},
        {QStringLiteral("idNumberSealed"), QString::fromLatin1(q->value(4).toByteArray().toBase64())}};
    if (!q->value(5).isNull() && !q->value(5).toByteArray().isEmpty())
        o.insert(QStringLiteral("phoneSealed"), QString::fromLatin1(q->value(5).toByteArray().toBase64()));
    if (!q->value(6).toString().isEmpty())
        o.insert(QStringLiteral("address"), q->value(6).toString());
    if (!q->value(7).toString().isEmpty())
        o.insert(QStringLiteral("legalRep"), q->value(7).toString());
    return o;
}

} // namespace

ProxyCases::ProxyCases(std::shared_ptr<Database> db, const FieldCipher *cipher, AttachmentStore *attachments)
    : m_db(std::move(db))
    , m_cipher(cipher)
    , m_attachments(attachments)
{}

const QStringList &ProxyCases::serviceModes()
{
    static const QStringList modes{QStringLiteral("assist"), QStringLiteral("proxy"),
                                   QStringLiteral("home_visit")};
    return modes;
}

const QStringList &ProxyCases::reasons()
{
    static const QStringList list{QStringLiteral("elderly"),
                                  QStringLiteral("disabled"),
                                  QStringLiteral("pregnant"),
                                  QStringLiteral("limited_mobility"),
                                  QStringLiteral("enterprise_start"),
                                  QStringLiteral("enterprise_change"),
                                  QStringLiteral("enterprise_close"),
                                  QStringLiteral("key_project"),
                                  QStringLiteral("other")};
    return list;
}

QDate ProxyCases::today() const
{
    return localDay(Clock::nowUtc(), hallZone(m_db->connection()));
}

Result<WorkCalendar> ProxyCases::calendar() const
{
    return CalendarRepository(m_db).load();
}

Result<ProxyCases::Row> ProxyCases::openRow(QSqlDatabase db, qint64 proxyId) const
{
    auto row = readRow(db, proxyId);
    if (row && row->closed())
        return closedError();
    return row;
}

Result<ProxyCases::Row> ProxyCases::readRow(QSqlDatabase db, qint64 proxyId) const
{
    auto q =
        sql::run(db,
                 QStringLiteral("SELECT id, local_id, proxy_no, service_mode, reason, state, "
                                "assigned_staff_no, principal_id, mandate_signed, next_action, "
                                "coalesce(next_due_at, ''), waiting_on_citizen FROM proxy_case WHERE id = ?"),
                 {proxyId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{QStringLiteral("proxy.unknown"), tr("There is no such proxy case.")};
    Row r;
    r.id = q->value(0).toLongLong();
    r.localId = q->value(1).toString();
    r.proxyNo = q->value(2).toString();
    r.mode = q->value(3).toString();
    r.reason = q->value(4).toString();
    r.state = q->value(5).toString();
    r.staffNo = q->value(6).toString();
    r.principalId = q->value(7).toLongLong();
    r.mandateSigned = q->value(8).toBool();
    r.nextAction = q->value(9).toString();
    r.nextDueStored = q->value(10).toString();
    r.waiting = q->value(11).toBool();
    return r;
}

// The platform and the hall get the whole case as it stands after each
// change, so a lost or reordered event never leaves them with a half case.
Result<void> ProxyCases::emitEvent(QSqlDatabase db, const Row &before, const QString &action,
                                   const ProxyActor &actor, const QJsonObject &extra) const
{
    auto row = readRow(db, before.id);
    if (!row)
        return row.error();
    auto linked =
        sql::run(db,
                 QStringLiteral("SELECT c.project_no FROM proxy_case_link l JOIN case_record c ON "
                                "c.id = l.case_id WHERE l.proxy_case_id = ? AND c.project_no IS NOT "
                                "NULL ORDER BY c.project_no"),
                 {row->id});
    if (!linked)
        return linked.error();
    QJsonArray projectNos;
    while (linked->next())
        projectNos << linked->value(0).toString();
    auto counts = sql::run(db,
                           QStringLiteral("SELECT coalesce(sum(direction = 'received'), 0), "
                                          "coalesce(sum(direction = 'returned'), 0) FROM proxy_handover "
                                          "WHERE proxy_case_id = ?"),
                           {row->id});
    if (!counts)
        return counts.error();
    counts->next();
    auto open = outstandingIn(db, row->id);
    if (!open)
        return open.error();
    int outstandingOriginals = 0;
    for (const auto &o : open.value())
        outstandingOriginals += o.count;

    QJsonObject data{
        {QStringLiteral("proxyNo"), row->proxyNo},
        {QStringLiteral("action"), action},
        {QStringLiteral("serviceMode"), row->mode},
        {QStringLiteral("reason"), row->reason},
        {QStringLiteral("state"), row->state},
        {QStringLiteral("helper"), row->staffNo},
        {QStringLiteral("recordedBy"), actor.staffNo},
        {QStringLiteral("recordedAt"), toStoredTime(Clock::nowUtc())},
        {QStringLiteral("mandateSigned"), row->mandateSigned},
        {QStringLiteral("waitingOnCitizen"), row->waiting},
        {QStringLiteral("linkedProjectNos"), projectNos},
        {QStringLiteral("handoversReceived"), counts->value(0).toInt()},
        {QStringLiteral("handoversReturned"), counts->value(1).toInt()},
        {QStringLiteral("originalsOutstanding"), outstandingOriginals},
    };
    if (!row->nextAction.isEmpty()) {
        data.insert(QStringLiteral("nextAction"), row->nextAction);
        data.insert(QStringLiteral("nextDueDate"),
                    dueDayFromStored(row->nextDueStored, hallZone(db)).toString(Qt::ISODate));
    }
    if (action == u"opened") {
        auto principal = principalJson(db, row->principalId);
        if (!principal)
            return principal.error();
        data.insert(QStringLiteral("principal"), principal.value());
    }
    for (auto it = extra.begin(); it != extra.end(); ++it)
        data.insert(it.key(), it.value());
    return enqueueEvent(db, {row->localId, QStringLiteral("proxy.recorded"), data});
}

Result<void> ProxyCases::writeProgress(QSqlDatabase db, const Row &row, const QString &kind,
                                       const QString &note, const QString &nextAction, const QDate &nextDue,
                                       const QString &staffNo) const
{
    // Each entry carries the case's next action as of that entry, so the
    // latest entry and the case always agree (the indicators read the entry).
    const QString due = dueEndStored(nextDue, hallZone(db));
    if (auto p =
            sql::run(db,
                     QStringLiteral("INSERT INTO proxy_progress (proxy_case_id, at, staff_no, kind, note, "
                                    "next_action, next_due_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                     {row.id, toStoredTime(Clock::nowUtc()), staffNo, kind, note.trimmed(),
                      nextAction.trimmed(), due.isEmpty() ? QVariant() : QVariant(due)});
        !p)
        return p.error();
    if (auto u =
            sql::run(db,
                     QStringLiteral("UPDATE proxy_case SET next_action = ?, next_due_at = ?, updated_at = ? "
                                    "WHERE id = ?"),
                     {nextAction.trimmed(), due.isEmpty() ? QVariant() : QVariant(due),
                      toStoredTime(Clock::nowUtc()), row.id});
        !u)
        return u.error();
    return {};
}

Result<ProxyOpened> ProxyCases::open(const ProxyOpenRequest &request, const ProxyActor &actor)
{
    if (actor.staffNo.isEmpty())
        return Error{QStringLiteral("proxy.staff"), tr("Sign in before opening a proxy case.")};
    if (!serviceModes().contains(request.serviceMode))
        return Error{QStringLiteral("proxy.mode"),
                     tr("Choose 帮办 (assist), 代办 (proxy) or 上门办 (home visit).")};
    if (!reasons().contains(request.reason))
        return Error{QStringLiteral("proxy.reason"), tr("Choose why the citizen needs help.")};
    const bool other = request.reason == u"other";
    if (!isCleanText(request.reasonDetail, 200, other))
        return Error{QStringLiteral("proxy.reason"),
                     other ? tr("Describe the reason for help (at most 200 characters).")
                           : tr("The reason's detail may have at most 200 characters.")};
    if (!isCleanText(request.nextAction, 200, true))
        return Error{QStringLiteral("proxy.due"), tr("Say what happens next (at most 200 characters).")};
    const QDate day = today();
    if (!request.nextDue.isValid() || request.nextDue < day)
        return Error{QStringLiteral("proxy.due"), tr("Give the next action a day, today or later.")};

    QSqlDatabase db = m_db->connection();
    auto assignee =
        sql::scalar(db,
                    QStringLiteral("SELECT count(*) FROM staff s JOIN staff_role r ON r.staff_id = "
                                   "s.id WHERE s.staff_no = ? AND s.active = 1 AND r.role = 'helpdesk'"),
                    {request.assignedStaffNo});
    if (!assignee)
        return assignee.error();
    if (assignee->toInt() == 0)
        return Error{QStringLiteral("proxy.staff"),
                     tr("Assign the case to an active member of the help desk.")};

    std::optional<ApplicantInput> typed;
    qint64 applicantId = 0;
    if (request.sourceCaseId > 0) {
        auto a = sql::scalar(db, QStringLiteral("SELECT applicant_id FROM case_record WHERE id = ?"),
                             {request.sourceCaseId});
        if (!a)
            return a.error();
        if (!a->isValid())
            return Error{QStringLiteral("proxy.case"), tr("The case to help with does not exist.")};
        applicantId = a->toLongLong();
    } else {
        if (!m_cipher)
            return Error{QStringLiteral("proxy.cipher"),
                         tr("The data key is not loaded; personal data cannot be stored.")};
        auto p = normaliseApplicant(request.principal, day, tr("Person served"));
        if (!p)
            return Error{QStringLiteral("proxy.principal"), p.error().message};
        typed = p.value();
    }
    if (request.ticketId > 0) {
        auto t =
            sql::scalar(db, QStringLiteral("SELECT count(*) FROM ticket WHERE id = ?"), {request.ticketId});
        if (!t)
            return t.error();
        if (t->toInt() == 0)
            return Error{QStringLiteral("proxy.ticket"), tr("The ticket no longer exists.")};
    }

    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    const QString now = toStoredTime(Clock::nowUtc());
    if (typed) {
        auto id = upsertApplicant(db, *m_cipher, *typed, now);
        if (!id)
            return id.error();
        applicantId = id.value();
    }
    const QString dayText = day.toString(QStringLiteral("yyyyMMdd"));
    const int window = std::clamp(actor.windowNo, 0, 99);
    auto serial = nextSequenceValue(db, QStringLiteral("proxy:%1:%2").arg(dayText).arg(window));
    if (!serial)
        return serial.error();
    ProxyOpened opened;
    opened.localId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    opened.proxyNo = QStringLiteral("BD%1%2%3")
                         .arg(dayText)
                         .arg(window, 2, 10, QLatin1Char('0'))
                         .arg(serial.value(), 3, 10, QLatin1Char('0'));
    auto ins = sql::run(
        db,
        QStringLiteral("INSERT INTO proxy_case (local_id, proxy_no, service_mode, reason, reason_detail, "
                       "principal_id, assigned_staff_no, state, opened_at, opened_by, window_no, ticket_id, "
                       "source_case_id, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?, ?, ?)"),
        {opened.localId, opened.proxyNo, request.serviceMode, request.reason, request.reasonDetail.trimmed(),
         applicantId, request.assignedStaffNo, now, actor.staffNo,
         actor.windowNo > 0 ? QVariant(actor.windowNo) : QVariant(),
         request.ticketId > 0 ? QVariant(request.ticketId) : QVariant(),
         request.sourceCaseId > 0 ? QVariant(request.sourceCaseId) : QVariant(), now});
    if (!ins)
        return ins.error();
    opened.id = ins->lastInsertId().toLongLong();
    if (request.sourceCaseId > 0) {
        if (auto l = sql::run(
                db, QStringLiteral("INSERT INTO proxy_case_link (proxy_case_id, case_id) VALUES (?, ?)"),
                {opened.id, request.sourceCaseId});
            !l)
            return l.error();
    }
    auto row = readRow(db, opened.id);
    if (!row)
        return row.error();
    if (auto p = writeProgress(db, row.value(), QStringLiteral("note"), tr("Case opened"), request.nextAction,
                               request.nextDue, actor.staffNo);
        !p)
        return p.error();
    if (auto a = audit(db, actor, QStringLiteral("open"), opened.proxyNo, request.serviceMode); !a)
        return a.error();
    if (auto e =
            emitEvent(db, row.value(), QStringLiteral("opened"), actor, {{QStringLiteral("openedAt"), now}});
        !e)
        return e.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    qCInfo(lcProxy) << "opened proxy case" << opened.proxyNo << request.serviceMode;
    return opened;
}

Result<void> ProxyCases::link(qint64 proxyId, qint64 caseId, const ProxyActor &actor)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    auto row = openRow(db, proxyId);
    if (!row)
        return row.error();
    auto projectNo = sql::scalar(
        db, QStringLiteral("SELECT coalesce(project_no, '') FROM case_record WHERE id = ?"), {caseId});
    if (!projectNo)
        return projectNo.error();
    if (!projectNo->isValid())
        return Error{QStringLiteral("proxy.case"), tr("There is no such case.")};
    auto ins = sql::run(db,
                        QStringLiteral("INSERT INTO proxy_case_link (proxy_case_id, case_id) VALUES (?, ?) "
                                       "ON CONFLICT DO NOTHING"),
                        {proxyId, caseId});
    if (!ins)
        return ins.error();
    if (ins->numRowsAffected() == 0)
        return Error{QStringLiteral("proxy.link"), tr("The case is already linked to this proxy case.")};
    if (auto m = markInProgress(db, proxyId); !m)
        return m;
    if (auto a = audit(db, actor, QStringLiteral("link"), row->proxyNo, projectNo->toString()); !a)
        return a;
    if (auto e = emitEvent(db, row.value(), QStringLiteral("linked"), actor); !e)
        return e;
    return tx.commit();
}

Result<void> ProxyCases::linkByNumber(qint64 proxyId, const QString &projectNo, const ProxyActor &actor)
{
    if (!isCleanText(projectNo, 60, true))
        return Error{QStringLiteral("proxy.case"), tr("Enter the case number (办件编号).")};
    auto id =
        sql::scalar(m_db->connection(), QStringLiteral("SELECT id FROM case_record WHERE project_no = ?"),
                    {projectNo.trimmed()});
    if (!id)
        return id.error();
    if (!id->isValid())
        return Error{
            QStringLiteral("proxy.case"),
            tr("No case has the number %1. Check the number on the receipt.").arg(projectNo.trimmed())};
    return link(proxyId, id->toLongLong(), actor);
}

Result<void> ProxyCases::unlink(qint64 proxyId, qint64 caseId, const ProxyActor &actor)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    auto row = openRow(db, proxyId);
    if (!row)
        return row.error();
    auto del =
        sql::run(db, QStringLiteral("DELETE FROM proxy_case_link WHERE proxy_case_id = ? AND case_id = ?"),
                 {proxyId, caseId});
    if (!del)
        return del.error();
    if (del->numRowsAffected() == 0)
        return Error{QStringLiteral("proxy.link"), tr("The case is not linked to this proxy case.")};
    if (auto a = audit(db, actor, QStringLiteral("unlink"), row->proxyNo, QString::number(caseId)); !a)
        return a;
    if (auto e = emitEvent(db, row.value(), QStringLiteral("unlinked"), actor); !e)
        return e;
    return tx.commit();
}

Result<void> ProxyCases::setMandate(qint64 proxyId, const ProxyMandate &mandate, const ProxyActor &actor)
{
    if (!isCleanText(mandate.scope, 1000, true, true))
        return Error{
            QStringLiteral("proxy.mandate"),
            tr("Write what the citizen entrusts (the matters and powers, at most 1000 characters).")};
    if (!mandate.from.isValid() || !mandate.to.isValid() || mandate.to < mandate.from)
        return Error{QStringLiteral("proxy.mandate"),
                     tr("Give the mandate's period: a first day and a last day on or after it.")};
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    auto row = openRow(db, proxyId);
    if (!row)
        return row.error();
    const QString now = toStoredTime(Clock::nowUtc());
    if (auto u = sql::run(
            db,
            QStringLiteral("UPDATE proxy_case SET mandate_scope = ?, mandate_from = ?, mandate_to = ?, "
                           "mandate_signed = ?, mandate_signed_at = CASE WHEN ? THEN ? ELSE NULL END, "
                           "updated_at = ? WHERE id = ?"),
            {mandate.scope.trimmed(), mandate.from.toString(Qt::ISODate), mandate.to.toString(Qt::ISODate),
             mandate.isSigned ? 1 : 0, mandate.isSigned ? 1 : 0, now, now, proxyId});
        !u)
        return u.error();
    if (auto m = markInProgress(db, proxyId); !m)
        return m;
    if (auto a = audit(db, actor, QStringLiteral("mandate"), row->proxyNo,
                       mandate.isSigned ? QStringLiteral("signed") : QStringLiteral("unsigned"));
        !a)
        return a;
    if (auto e = emitEvent(db, row.value(), QStringLiteral("mandate"), actor,
                           {{QStringLiteral("mandateFrom"), mandate.from.toString(Qt::ISODate)},
                            {QStringLiteral("mandateTo"), mandate.to.toString(Qt::ISODate)}});
        !e)
        return e;
    return tx.commit();
}

Result<void> ProxyCases::attachMandateScan(qint64 proxyId, const AttachmentInput &scan,
                                           const ProxyActor &actor)
{
    if (!m_attachments)
        return Error{QStringLiteral("proxy.scan"),
                     tr("Scans cannot be stored on this computer (the attachment store is not running).")};
    {
        auto row = readRow(m_db->connection(), proxyId);
        if (!row)
            return row.error();
        if (row->closed())
            return closedError();
    }
    auto file = m_attachments->storeFile(scan);
    if (!file)
        return file.error();
    QSqlDatabase db = m_db->connection();
    auto fail = [&](const Error &e) -> Result<void> {
        m_attachments->discard(file->storageRef);
        return e;
    };
    Transaction tx(db);
    if (!tx.isActive())
        return fail(tx.beginError());
    auto row = openRow(db, proxyId);
    if (!row)
        return fail(row.error());
    auto ins =
        sql::run(db,
                 QStringLiteral("INSERT INTO proxy_attachment (proxy_case_id, purpose, file_name, mime_type, "
                                "size_bytes, page_count, sha256, storage_ref, created_at, created_by) "
                                "VALUES (?, 'mandate', ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {proxyId, file->fileName, file->mimeType, file->sizeBytes, file->pageCount, file->sha256,
                  file->storageRef, toStoredTime(file->createdAt), actor.staffNo});
    if (!ins)
        return fail(ins.error());
    const qint64 attachmentId = ins->lastInsertId().toLongLong();
    if (auto u =
            sql::run(db,
                     QStringLiteral("UPDATE proxy_case SET mandate_attachment_id = ?, mandate_scan_ref = ?, "
                                    "updated_at = ? WHERE id = ?"),
                     {attachmentId, file->storageRef, toStoredTime(Clock::nowUtc()), proxyId});
        !u)
        return fail(u.error());
    if (auto a = audit(db, actor, QStringLiteral("mandate_scan"), row->proxyNo,
                       QStringLiteral("#%1 %2 pages").arg(attachmentId).arg(file->pageCount));
        !a)
        return fail(a.error());
    if (auto e = emitEvent(db, row.value(), QStringLiteral("mandate_scan"), actor); !e)
        return fail(e.error());
    if (auto c = tx.commit(); !c)
        return fail(c.error());
    return {};
}

Result<QByteArray> ProxyCases::readMandateScan(qint64 proxyId, const ProxyActor &actor) const
{
    if (!m_attachments)
        return Error{QStringLiteral("proxy.scan"),
                     tr("Scans cannot be read on this computer (the attachment store is not running).")};
    QSqlDatabase db = m_db->connection();
    auto q =
        sql::run(db,
                 QStringLiteral("SELECT a.storage_ref, a.sha256, a.id, p.proxy_no FROM proxy_case p JOIN "
                                "proxy_attachment a ON a.id = p.mandate_attachment_id WHERE p.id = ?"),
                 {proxyId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{QStringLiteral("proxy.scan"), tr("No scan of the mandate has been stored.")};
    auto content = m_attachments->readFile(q->value(0).toString(), q->value(1).toString());
    if (!content)
        return content.error();
    if (auto a = audit(db, actor, QStringLiteral("mandate_scan_read"), q->value(3).toString(),
                       QStringLiteral("#%1").arg(q->value(2).toLongLong()));
        !a)
        return a.error();
    return content;
}

Result<void> ProxyCases::recordHandover(qint64 proxyId, const ProxyHandoverInput &h, const ProxyActor &actor)
{
    if (!isCleanText(h.item, 100, true))
        return Error{QStringLiteral("proxy.handover"), tr("Name the item (at most 100 characters).")};
    if (h.kind != u"original" && h.kind != u"copy")
        return Error{QStringLiteral("proxy.handover"), tr("Say whether it is an original or a copy.")};
    if (h.direction != u"received" && h.direction != u"returned")
        return Error{QStringLiteral("proxy.handover"), tr("Say whether the item was received or returned.")};
    if (h.count < 1 || h.count > 999)
        return Error{QStringLiteral("proxy.handover"), tr("The count is 1 to 999.")};
    if (!isCleanText(h.counterpart, 100, false) || !isCleanText(h.note, 200, false))
        return Error{QStringLiteral("proxy.handover"),
                     tr("Who handed it over or took it back: at most 100 characters; the note at most 200.")};
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    auto row = openRow(db, proxyId);
    if (!row)
        return row.error();
    if (h.direction == u"returned") {
        auto held =
            sql::scalar(db,
                        QStringLiteral("SELECT coalesce(sum(CASE direction WHEN 'received' THEN count ELSE "
                                       "-count END), 0) FROM proxy_handover WHERE proxy_case_id = ? AND "
                                       "item = ? AND kind = ?"),
                        {proxyId, h.item.trimmed(), h.kind});
        if (!held)
            return held.error();
        if (held->toInt() < h.count)
            return Error{QStringLiteral("proxy.handover"),
                         tr("Only %n of this item is held for the citizen; check the item and the count.", "",
                            held->toInt())};
    }
    if (auto i = sql::run(
            db,
            QStringLiteral("INSERT INTO proxy_handover (proxy_case_id, item, kind, count, direction, "
                           "at, staff_no, counterpart, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {proxyId, h.item.trimmed(), h.kind, h.count, h.direction, toStoredTime(Clock::nowUtc()),
             actor.staffNo, h.counterpart.trimmed(), h.note.trimmed()});
        !i)
        return i.error();
    if (auto m = markInProgress(db, proxyId); !m)
        return m;
    if (auto a = audit(db, actor, QStringLiteral("handover"), row->proxyNo,
                       QStringLiteral("%1 %2 x%3").arg(h.direction, h.kind).arg(h.count));
        !a)
        return a;
    if (auto e = emitEvent(db, row.value(), QStringLiteral("handover"), actor); !e)
        return e;
    return tx.commit();
}

Result<void> ProxyCases::addProgress(qint64 proxyId, const ProxyProgressInput &p, const ProxyActor &actor)
{
    if (!isCleanText(p.note, 500, true, true))
        return inputError(tr("Write what was done (at most 500 characters)."));
    if (!isCleanText(p.nextAction, 200, true))
        return Error{QStringLiteral("proxy.due"), tr("Say what happens next (at most 200 characters).")};
    if (!p.nextDue.isValid() || p.nextDue < today())
        return Error{QStringLiteral("proxy.due"), tr("Give the next action a day, today or later.")};
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    auto row = openRow(db, proxyId);
    if (!row)
        return row.error();
    if (row->state == u"suspended")
        return Error{QStringLiteral("proxy.state"), tr("The case is suspended; resume it first.")};
    if (auto w = sql::run(db, QStringLiteral("UPDATE proxy_case SET waiting_on_citizen = ? WHERE id = ?"),
                          {p.waitingOnCitizen ? 1 : 0, proxyId});
        !w)
        return w.error();
    if (auto m = markInProgress(db, proxyId); !m)
        return m;
    if (auto w = writeProgress(db, row.value(), QStringLiteral("note"), p.note, p.nextAction, p.nextDue,
                               actor.staffNo);
        !w)
        return w;
    if (auto a = audit(db, actor, QStringLiteral("progress"), row->proxyNo); !a)
        return a;
    if (auto e = emitEvent(db, row.value(), QStringLiteral("progress"), actor); !e)
        return e;
    return tx.commit();
}

Result<qint64> ProxyCases::scheduleHomeVisit(qint64 proxyId, const ProxyHomeVisitInput &v,
                                             const ProxyActor &actor)
{
    if (!v.scheduledAt.isValid() || v.scheduledAt < Clock::nowUtc())
        return Error{QStringLiteral("proxy.visit"), tr("Choose a time for the visit that has not passed.")};
    if (!isCleanText(v.address, 200, true))
        return Error{QStringLiteral("proxy.visit"),
                     tr("Enter the address of the visit (at most 200 characters).")};
    if (!isCleanText(v.purpose, 200, false))
        return Error{QStringLiteral("proxy.visit"), tr("The purpose may have at most 200 characters.")};
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    auto row = openRow(db, proxyId);
    if (!row)
        return row.error();
    if (row->state == u"suspended")
        return Error{QStringLiteral("proxy.state"), tr("The case is suspended; resume it first.")};
    const QTimeZone tz = hallZone(db);
    auto ins = sql::run(
        db,
        QStringLiteral("INSERT INTO proxy_home_visit (proxy_case_id, scheduled_at, address, purpose, "
                       "staff_no, state) VALUES (?, ?, ?, ?, ?, 'scheduled')"),
        {proxyId, toStoredTime(v.scheduledAt.toUTC()), v.address.trimmed(), v.purpose.trimmed(),
         actor.staffNo});
    if (!ins)
        return ins.error();
    const qint64 visitId = ins->lastInsertId().toLongLong();
    const QString when = v.scheduledAt.toTimeZone(tz).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (auto m = markInProgress(db, proxyId); !m)
        return m.error();
    if (auto w = writeProgress(db, row.value(), QStringLiteral("home_visit"),
                               tr("Home visit booked for %1 at %2").arg(when, v.address.trimmed()),
                               tr("Home visit: %1").arg(v.address.trimmed()), localDay(v.scheduledAt, tz),
                               actor.staffNo);
        !w)
        return w.error();
    if (auto a = audit(db, actor, QStringLiteral("home_visit"), row->proxyNo, when); !a)
        return a.error();
    if (auto e = emitEvent(db, row.value(), QStringLiteral("home_visit_scheduled"), actor,
                           {{QStringLiteral("visitAt"), toStoredTime(v.scheduledAt.toUTC())}});
        !e)
        return e.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return visitId;
}

Result<void> ProxyCases::recordHomeVisit(qint64 visitId, bool done, const QString &result,
                                         const ProxyActor &actor)
{
    if (!isCleanText(result, 500, true, true))
        return inputError(done ? tr("Write what was done at the visit (at most 500 characters).")
                               : tr("Write why the visit was cancelled (at most 500 characters)."));
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    auto v = sql::run(db, QStringLiteral("SELECT proxy_case_id, state FROM proxy_home_visit WHERE id = ?"),
                      {visitId});
    if (!v)
        return v.error();
    if (!v->next())
        return Error{QStringLiteral("proxy.visit"), tr("There is no such home visit.")};
    const qint64 proxyId = v->value(0).toLongLong();
    if (v->value(1).toString() != u"scheduled")
        return Error{QStringLiteral("proxy.visit"), tr("The result of this visit is already recorded.")};
    auto row = openRow(db, proxyId);
    if (!row)
        return row.error();
    const QString now = toStoredTime(Clock::nowUtc());
    if (auto u =
            sql::run(db,
                     QStringLiteral("UPDATE proxy_home_visit SET state = ?, result = ?, recorded_at = ?, "
                                    "recorded_by = ? WHERE id = ?"),
                     {done ? QStringLiteral("done") : QStringLiteral("cancelled"), result.trimmed(), now,
                      actor.staffNo, visitId});
        !u)
        return u.error();
    // The next action stays what it was until the next progress entry.
    const QTimeZone tz = hallZone(db);
    if (auto w =
            writeProgress(db, row.value(), QStringLiteral("home_visit"),
                          (done ? tr("Visit done: %1") : tr("Visit cancelled: %1")).arg(result.trimmed()),
                          row->nextAction, dueDayFromStored(row->nextDueStored, tz), actor.staffNo);
        !w)
        return w;
    if (auto a = audit(db, actor, QStringLiteral("home_visit_result"), row->proxyNo,
                       done ? QStringLiteral("done") : QStringLiteral("cancelled"));
        !a)
        return a;
    if (auto e = emitEvent(db, row.value(), QStringLiteral("home_visit_recorded"), actor,
                           {{QStringLiteral("visitDone"), done}});
        !e)
        return e;
    return tx.commit();
}

} // namespace yc
