#pragma once

#include "core/result.h"
#include "proxy/proxytypes.h"

#include <memory>

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>

namespace yc {

class AttachmentStore;
class Database;
class FieldCipher;
struct AttachmentInput;

// 帮办代办 cases (帮办 assist, 代办 proxy, 上门办 home visit), from opening to
// the follow-up call (回访). Every change is one transaction with its audit
// entry and a `proxy.recorded` outbox event (platform and hall) carrying the
// case as it is after the change.
//
// States: open → in_progress (the first piece of work) ⇄ suspended (中止,
// with a reason; resumed with the next action) → finished (办结) or
// terminated (终止, with a reason; also from open and suspended). A closed
// case takes nothing but the one follow-up call. Finishing needs, for 代办, a
// signed mandate; finishing or terminating needs every received original
// returned, or a note saying where the rest is (e.g. kept by the authority).
// Every progress entry of an open case names the next action and its day; the
// case carries the latest (the workspace's due and overdue lists).
//
// Error codes: proxy.unknown, proxy.closed, proxy.state, proxy.input,
// proxy.mode, proxy.reason, proxy.principal, proxy.staff, proxy.case,
// proxy.link, proxy.mandate, proxy.handover, proxy.originals, proxy.due,
// proxy.visit, proxy.callback, proxy.cipher, proxy.scan, proxy.ticket.
class ProxyCases
{
    Q_DECLARE_TR_FUNCTIONS(yc::ProxyCases)

public:
    // `attachments` may be null: the mandate scan is then refused with a message.
    ProxyCases(std::shared_ptr<Database> db, const FieldCipher *cipher,
               AttachmentStore *attachments = nullptr);

    static const QStringList &serviceModes();
    // The hall's business day now (its time zone, not the computer's).
    QDate today() const;
    static const QStringList &reasons();

    Result<ProxyOpened> open(const ProxyOpenRequest &request, const ProxyActor &actor);
    Result<void> link(qint64 proxyId, qint64 caseId, const ProxyActor &actor);
    // The same by 办件编号, as a clerk reads it off a receipt.
    Result<void> linkByNumber(qint64 proxyId, const QString &projectNo, const ProxyActor &actor);
    Result<void> unlink(qint64 proxyId, qint64 caseId, const ProxyActor &actor);

    Result<void> setMandate(qint64 proxyId, const ProxyMandate &mandate, const ProxyActor &actor);
    Result<void> attachMandateScan(qint64 proxyId, const AttachmentInput &scan, const ProxyActor &actor);
    // Decrypted and checked; audited (the scan is personal data).
    Result<QByteArray> readMandateScan(qint64 proxyId, const ProxyActor &actor) const;

    Result<void> recordHandover(qint64 proxyId, const ProxyHandoverInput &handover, const ProxyActor &actor);
    Result<void> addProgress(qint64 proxyId, const ProxyProgressInput &progress, const ProxyActor &actor);
    Result<qint64> scheduleHomeVisit(qint64 proxyId, const ProxyHomeVisitInput &visit,
                                     const ProxyActor &actor);
    // done = the visit took place (result: what was done); otherwise cancelled (result: why).
    Result<void> recordHomeVisit(qint64 visitId, bool done, const QString &result, const ProxyActor &actor);

    Result<void> suspend(qint64 proxyId, const QString &reason, const ProxyActor &actor);
    Result<void> resume(qint64 proxyId, const ProxyProgressInput &next, const ProxyActor &actor);
    Result<void> terminate(qint64 proxyId, const QString &reason, const QString &retainedNote,
                           const ProxyActor &actor);
    Result<void> finish(qint64 proxyId, const ProxyFinishInput &input, const ProxyActor &actor);
    Result<void> recordCallback(qint64 proxyId, const ProxyCallbackInput &callback, const ProxyActor &actor);

    // Reading (proxyqueries.cpp).
    Result<QList<ProxyCaseSummary>> list(const ProxyFilter &filter, const QDateTime &nowUtc) const;
    Result<ProxyCaseDetail> detail(qint64 proxyId, const QDateTime &nowUtc) const;
    Result<QList<ProxyLinkedCase>> linkedCases(qint64 proxyId) const;
    Result<QList<ProxyHandoverRecord>> handovers(qint64 proxyId) const;
    Result<QList<ProxyOutstandingOriginal>> outstandingOriginals(qint64 proxyId) const;
    Result<QList<ProxyProgressRecord>> progress(qint64 proxyId) const;
    Result<QList<ProxyHomeVisit>> homeVisits(qint64 proxyId) const;
    // The staff member's reminders: own open cases due today or overdue, and
    // home visits scheduled for today or past without a result.
    Result<int> reminderCount(const QString &staffNo, const QDateTime &nowUtc) const;
    // The proxy case opened from an intake case or a ticket, if any (so the
    // caller opens it instead of a second one).
    Result<qint64> findBySource(qint64 caseId, qint64 ticketId) const;

private:
    struct Row;
    Result<Row> readRow(QSqlDatabase db, qint64 proxyId) const;
    // The case a change is made to: refused (closedError) once finished or terminated.
    Result<Row> openRow(QSqlDatabase db, qint64 proxyId) const;
    Result<void> emitEvent(QSqlDatabase db, const Row &row, const QString &action, const ProxyActor &actor,
                           const QJsonObject &extra = {}) const;
    Result<void> writeProgress(QSqlDatabase db, const Row &row, const QString &kind, const QString &note,
                               const QString &nextAction, const QDate &nextDue, const QString &staffNo) const;
    Result<WorkCalendar> calendar() const;

    std::shared_ptr<Database> m_db;
    const FieldCipher *m_cipher;
    AttachmentStore *m_attachments;
};

} // namespace yc
