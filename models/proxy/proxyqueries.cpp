// What the help desk's workspace reads: the lists, one case in full, and its
// logs. The writes are in proxycases.cpp.

#include "proxy/proxyinternal.h"
#include "proxycases.h"
#include "store/database.h"

namespace yc {

using namespace proxyinternal;

namespace {

const QString kSummarySelect = QStringLiteral(
    "SELECT p.id, p.proxy_no, p.service_mode, p.reason, p.state, a.kind, a.name, a.id_no_masked, "
    "p.assigned_staff_no, coalesce(s.name, ''), p.waiting_on_citizen, p.next_action, coalesce(p.next_due_at, "
    "''), "
    "p.opened_at, coalesce(p.closed_at, ''), p.callback_at IS NOT NULL, "
    "(SELECT count(*) FROM proxy_case_link l WHERE l.proxy_case_id = p.id) "
    "FROM proxy_case p JOIN applicant a ON a.id = p.principal_id "
    "LEFT JOIN staff s ON s.staff_no = p.assigned_staff_no ");

ProxyCaseSummary summaryFrom(const QSqlQuery &q, const QTimeZone &tz, const WorkCalendar &calendar,
                             const QDate &today, int warnDays)
{
    ProxyCaseSummary s;
    s.id = q.value(0).toLongLong();
    s.proxyNo = q.value(1).toString();
    s.serviceMode = q.value(2).toString();
    s.reason = q.value(3).toString();
    s.state = q.value(4).toString();
    s.principalKind = q.value(5).toString();
    s.principalName = q.value(6).toString();
    s.principalIdMasked = q.value(7).toString();
    s.assignedStaffNo = q.value(8).toString();
    s.assignedName = q.value(9).toString();
    s.waitingOnCitizen = q.value(10).toBool();
    s.nextAction = q.value(11).toString();
    s.nextDue = dueDayFromStored(q.value(12).toString(), tz);
    s.openedAt = fromStoredTime(q.value(13).toString());
    if (!q.value(14).toString().isEmpty())
        s.closedAt = fromStoredTime(q.value(14).toString());
    s.callbackDone = q.value(15).toBool();
    s.linkedCases = q.value(16).toInt();
    const bool working = s.state == u"open" || s.state == u"in_progress";
    s.dueState =
        working && s.nextDue.isValid() ? calendar.dueState(s.nextDue, today, warnDays) : DueState::OnTime;
    return s;
}

bool inView(const ProxyCaseSummary &s, const ProxyFilter &f)
{
    const bool closed = s.state == u"finished" || s.state == u"terminated";
    switch (f.view) {
    case ProxyView::Mine:
    case ProxyView::Team:
        return !closed;
    case ProxyView::DueSoon:
        return s.dueState == DueState::DueSoon;
    case ProxyView::Overdue:
        return s.dueState == DueState::Overdue;
    case ProxyView::WaitingOnCitizen:
        return !closed && (s.state == u"suspended" || s.waitingOnCitizen);
    case ProxyView::AwaitingCallback:
        return closed && !s.callbackDone;
    case ProxyView::Closed:
        return closed;
    }
    return false;
}

} // namespace

Result<QList<ProxyCaseSummary>> ProxyCases::list(const ProxyFilter &filter, const QDateTime &nowUtc) const
{
    QSqlDatabase db = m_db->connection();
    auto cal = calendar();
    if (!cal)
        return cal.error();
    const QTimeZone tz = hallZone(db);
    const QDate day = localDay(nowUtc, tz);
    const QString staff = filter.view == ProxyView::Team ? QString() : filter.staffNo;
    auto q = sql::run(db,
                      kSummarySelect +
                          QStringLiteral("WHERE (? = '' OR p.assigned_staff_no = ?) AND (? = '' OR "
                                         "p.state = ?) ORDER BY p.next_due_at IS NULL, p.next_due_at, "
                                         "p.opened_at DESC, p.id"),
                      {staff, staff, filter.state, filter.state});
    if (!q)
        return q.error();
    QList<ProxyCaseSummary> out;
    while (q->next()) {
        ProxyCaseSummary s = summaryFrom(q.value(), tz, cal.value(), day, filter.dueSoonWorkingDays);
        if (inView(s, filter))
            out << s;
    }
    return out;
}

Result<ProxyCaseDetail> ProxyCases::detail(qint64 proxyId, const QDateTime &nowUtc) const
{
    QSqlDatabase db = m_db->connection();
    auto cal = calendar();
    if (!cal)
        return cal.error();
    const QTimeZone tz = hallZone(db);
    auto q = sql::run(db, kSummarySelect + QStringLiteral("WHERE p.id = ?"), {proxyId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{QStringLiteral("proxy.unknown"), tr("There is no such proxy case.")};
    ProxyCaseDetail d;
    d.summary = summaryFrom(q.value(), tz, cal.value(), localDay(nowUtc, tz), 2);
    auto x = sql::run(
        db,
        QStringLiteral(
            "SELECT p.local_id, p.reason_detail, a.phone_masked, a.address, a.legal_rep, p.opened_by, "
            "coalesce(p.window_no, 0), coalesce(t.display_no, ''), coalesce(c.project_no, ''), "
            "p.mandate_scope, coalesce(p.mandate_from, ''), coalesce(p.mandate_to, ''), p.mandate_signed, "
            "coalesce(p.mandate_signed_at, ''), coalesce(p.mandate_attachment_id, 0), "
            "coalesce(m.file_name, ''), p.closed_by, p.close_reason, p.retained_note, "
            "coalesce(p.callback_at, ''), p.callback_by, coalesce(p.callback_method, ''), "
            "coalesce(p.callback_satisfaction, ''), p.callback_result "
            "FROM proxy_case p JOIN applicant a ON a.id = p.principal_id "
            "LEFT JOIN ticket t ON t.id = p.ticket_id LEFT JOIN case_record c ON c.id = p.source_case_id "
            "LEFT JOIN proxy_attachment m ON m.id = p.mandate_attachment_id WHERE p.id = ?"),
        {proxyId});
    if (!x)
        return x.error();
    x->next();
    d.localId = x->value(0).toString();
    d.reasonDetail = x->value(1).toString();
    d.principalPhoneMasked = x->value(2).toString();
    d.principalAddress = x->value(3).toString();
    d.principalLegalRep = x->value(4).toString();
    d.openedBy = x->value(5).toString();
    d.windowNo = x->value(6).toInt();
    d.ticketNo = x->value(7).toString();
    d.sourceCaseNo = x->value(8).toString();
    d.mandate.scope = x->value(9).toString();
    d.mandate.from = QDate::fromString(x->value(10).toString(), Qt::ISODate);
    d.mandate.to = QDate::fromString(x->value(11).toString(), Qt::ISODate);
    d.mandate.isSigned = x->value(12).toBool();
    if (!x->value(13).toString().isEmpty())
        d.mandateSignedAt = fromStoredTime(x->value(13).toString());
    d.mandateScanId = x->value(14).toLongLong();
    d.mandateScanName = x->value(15).toString();
    d.closedBy = x->value(16).toString();
    d.closeReason = x->value(17).toString();
    d.retainedNote = x->value(18).toString();
    if (!x->value(19).toString().isEmpty())
        d.callbackAt = fromStoredTime(x->value(19).toString());
    d.callbackBy = x->value(20).toString();
    d.callbackMethod = x->value(21).toString();
    d.callbackSatisfaction = x->value(22).toString();
    d.callbackNote = x->value(23).toString();
    return d;
}

Result<QList<ProxyLinkedCase>> ProxyCases::linkedCases(qint64 proxyId) const
{
    auto q = sql::run(m_db->connection(),
                      QStringLiteral("SELECT c.id, coalesce(c.project_no, ''), c.matter_name, c.status FROM "
                                     "proxy_case_link l JOIN case_record c ON c.id = l.case_id WHERE "
                                     "l.proxy_case_id = ? ORDER BY c.project_no, c.id"),
                      {proxyId});
    if (!q)
        return q.error();
    QList<ProxyLinkedCase> out;
    while (q->next())
        out << ProxyLinkedCase{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                               q->value(3).toString()};
    return out;
}

Result<QList<ProxyHandoverRecord>> ProxyCases::handovers(qint64 proxyId) const
{
    auto q = sql::run(
        m_db->connection(),
        QStringLiteral("SELECT id, item, kind, count, direction, counterpart, note, at, staff_no FROM "
                       "proxy_handover WHERE proxy_case_id = ? ORDER BY at, id"),
        {proxyId});
    if (!q)
        return q.error();
    QList<ProxyHandoverRecord> out;
    while (q->next())
        out << ProxyHandoverRecord{q->value(0).toLongLong(), q->value(1).toString(),
                                   q->value(2).toString(),   q->value(3).toInt(),
                                   q->value(4).toString(),   q->value(5).toString(),
                                   q->value(6).toString(),   fromStoredTime(q->value(7).toString()),
                                   q->value(8).toString()};
    return out;
}

Result<QList<ProxyOutstandingOriginal>> ProxyCases::outstandingOriginals(qint64 proxyId) const
{
    return outstandingIn(m_db->connection(), proxyId);
}

Result<QList<ProxyProgressRecord>> ProxyCases::progress(qint64 proxyId) const
{
    QSqlDatabase db = m_db->connection();
    const QTimeZone tz = hallZone(db);
    auto q = sql::run(
        db,
        QStringLiteral("SELECT at, staff_no, kind, note, next_action, coalesce(next_due_at, '') FROM "
                       "proxy_progress WHERE proxy_case_id = ? ORDER BY at, id"),
        {proxyId});
    if (!q)
        return q.error();
    QList<ProxyProgressRecord> out;
    while (q->next())
        out << ProxyProgressRecord{fromStoredTime(q->value(0).toString()),
                                   q->value(1).toString(),
                                   q->value(2).toString(),
                                   q->value(3).toString(),
                                   q->value(4).toString(),
                                   dueDayFromStored(q->value(5).toString(), tz)};
    return out;
}

Result<QList<ProxyHomeVisit>> ProxyCases::homeVisits(qint64 proxyId) const
{
    auto q =
        sql::run(m_db->connection(),
                 QStringLiteral("SELECT id, scheduled_at, address, purpose, staff_no, state, result FROM "
                                "proxy_home_visit WHERE proxy_case_id = ? ORDER BY scheduled_at, id"),
                 {proxyId});
    if (!q)
        return q.error();
    QList<ProxyHomeVisit> out;
    while (q->next())
        out << ProxyHomeVisit{q->value(0).toLongLong(), fromStoredTime(q->value(1).toString()),
                              q->value(2).toString(),   q->value(3).toString(),
                              q->value(4).toString(),   q->value(5).toString(),
                              q->value(6).toString()};
    return out;
}

Result<int> ProxyCases::reminderCount(const QString &staffNo, const QDateTime &nowUtc) const
{
    QSqlDatabase db = m_db->connection();
    const QTimeZone tz = hallZone(db);
    const QDate day = localDay(nowUtc, tz);
    // Due today or before: the stored end of the due day is at most the end of today.
    auto cases =
        sql::scalar(db,
                    QStringLiteral("SELECT count(*) FROM proxy_case WHERE assigned_staff_no = ? AND state "
                                   "IN ('open', 'in_progress') AND next_due_at IS NOT NULL AND "
                                   "next_due_at <= ?"),
                    {staffNo, dueEndStored(day, tz)});
    if (!cases)
        return cases.error();
    auto visits =
        sql::scalar(db,
                    QStringLiteral("SELECT count(*) FROM proxy_home_visit v JOIN proxy_case p ON p.id = "
                                   "v.proxy_case_id WHERE p.assigned_staff_no = ? AND v.state = "
                                   "'scheduled' AND v.scheduled_at < ?"),
                    {staffNo, dueEndStored(day, tz)});
    if (!visits)
        return visits.error();
    return cases->toInt() + visits->toInt();
}

Result<qint64> ProxyCases::findBySource(qint64 caseId, qint64 ticketId) const
{
    auto q = sql::scalar(m_db->connection(),
                         QStringLiteral("SELECT id FROM proxy_case WHERE (? > 0 AND source_case_id = ?) OR "
                                        "(? > 0 AND ticket_id = ?) OR (? > 0 AND id IN (SELECT proxy_case_id "
                                        "FROM proxy_case_link WHERE case_id = ?)) ORDER BY id DESC LIMIT 1"),
                         {caseId, caseId, ticketId, ticketId, caseId, caseId});
    if (!q)
        return q.error();
    return q->isValid() ? q->toLongLong() : qint64(0);
}

} // namespace yc
