#pragma once

#include "core/result.h"
#include "queue/queueconfig.h"
#include "queue/queuetypes.h"

#include <memory>

#include <QCoreApplication>
#include <QSqlDatabase>

namespace yc {
class Database;
}

namespace yc::queue {

// The hall's queue: tickets, calls, windows and appointments on the main
// schema. Pure domain and SQLite, no network: yichuang-halld serves it over
// the hall protocol and `yichuang --standalone` runs it in-process.
//
// Every operation is one BEGIN IMMEDIATE transaction that first applies a
// pending business-day rollover, checks its precondition against the rows
// (compare-and-set: the UPDATE names the state it expects and must touch
// exactly one row), and appends a queue_event whose seq it returns. Nothing
// is cached between calls, so several engines on one file stay correct.
class QueueEngine
{
    Q_DECLARE_TR_FUNCTIONS(yc::queue::QueueEngine)

public:
    QueueEngine(std::shared_ptr<Database> db, QueueConfig config = {});

    const QueueConfig &config() const { return m_config; }
    const std::shared_ptr<Database> &database() const { return m_db; }

    struct IssueRequest
    {
        qint64 lineId = 0;
        QString prefix; // instead of lineId
        QString priorityGroup = QStringLiteral("none");
        QString proxyMode;
        QString personMasked;
        QString proxyReason; // with a proxy mode: why (Codes::proxyReasons()); "other" if not given
    };
    Result<TicketChange> issue(const IssueRequest &request, const Actor &by = {});

    // The window's active ticket again (reannounce) or the next one by the
    // line weights and the priority policy.
    Result<TicketChange> callNext(const Actor &at);
    Result<TicketChange> call(const Actor &at, qint64 ticketId);
    // The citizen arrived at the window: called → serving.
    Result<TicketChange> start(const Actor &at, qint64 ticketId);
    // Announce again; past the recall limit the ticket becomes a no-show.
    Result<TicketChange> recall(const Actor &at, qint64 ticketId);
    Result<TicketChange> noShow(const Actor &at, qint64 ticketId);
    // A no-show citizen came back within the configured time.
    Result<TicketChange> requeue(const Actor &by, qint64 ticketId);

    struct TransferTarget
    {
        qint64 lineId = 0;  // 0 = the same line
        int windowNo = 0;   // only this window may call it
        QString staffNo;    // only this staff member may call it
        bool front = false; // at the front instead of by arrival
    };
    Result<TicketChange> transfer(const Actor &by, qint64 ticketId, const TransferTarget &to);
    Result<TicketChange> hold(const Actor &at, qint64 ticketId, const QString &note);
    Result<TicketChange> resume(const Actor &at, qint64 ticketId);
    Result<TicketChange> finish(const Actor &at, qint64 ticketId, const QString &caseNo);
    // 帮办代办 decided at the window: the clerk marks the ticket open at their
    // window (or a waiting one) with a mode and a reason; an empty mode takes
    // the mark off. Audited; the ticket keeps its place and priority.
    Result<TicketChange> markProxy(const Actor &by, qint64 ticketId, const QString &mode,
                                   const QString &reason);
    // 置顶: supervisors only, with a reason, audited.
    Result<TicketChange> pin(const Actor &by, qint64 ticketId, const QString &reason);

    struct LineWeight
    {
        qint64 lineId = 0;
        int weight = 1;
    };
    // The lines a window serves and their weights (supervisors only; no
    // lines = every line).
    Result<qint64> setWindowLines(const Actor &by, int windowNo, const QList<LineWeight> &lines);

    Result<qint64> pauseWindow(const Actor &at, const QString &reason);
    Result<qint64> resumeWindow(const Actor &at);

    struct Booking
    {
        qint64 lineId = 0;
        QString source = QStringLiteral("window"); // window | kiosk | platform
        QString externalId;                        // the platform's id; repeats are ignored
        QString personMasked;
        QDateTime slotStart;
        QDateTime slotEnd;
    };
    Result<Appointment> book(const Actor &by, const Booking &booking);
    // 预约签到: the appointment becomes a ticket (again the same one if repeated).
    Result<TicketChange> checkIn(const Actor &by, qint64 appointmentId);
    // The source (the platform) cancelled a booking: a booked appointment
    // becomes cancelled. The seq of that change, or 0 when nothing changed
    // (not known here, cancelled before, or the citizen has checked in).
    Result<qint64> cancelAppointment(const Actor &by, const QString &source, const QString &externalId);
    // Today's appointments still to check in for a person: those whose
    // masked person contains the masked ID the kiosk derives from the card
    // ("张** 3704**********123X" is found by "3704**********123X").
    Result<QList<Appointment>> bookedToday(const QString &personMasked);

    // Applies a business-day change now (halld calls it on a timer so the
    // displays roll over without waiting for the next operation); the seq of
    // the rollover event, or 0 when there was nothing to do.
    Result<qint64> rollOver();

    Result<Snapshot> snapshot();
    Result<EventBatch> eventsSince(qint64 seq, int limit = 500);
    Result<qint64> lastSeq();

private:
    Result<qint64> rollOverIn(QSqlDatabase db);
    Result<Ticket> loadTicket(QSqlDatabase db, qint64 id);
    Result<Ticket> activeAt(QSqlDatabase db, const Actor &at, qint64 ticketId);
    Result<void> requireWindow(QSqlDatabase db, int windowNo);
    Result<void> requireFreeWindow(QSqlDatabase db, int windowNo);
    // UPDATE ticket SET <assignments> WHERE id = ? AND state IN (<states>);
    // a conflict when no row matched.
    Result<void> update(QSqlDatabase db, const Ticket &t, const QStringList &fromStates,
                        const QString &assignments, QVariantList values);
    Result<TicketChange> markCalled(QSqlDatabase db, const Actor &at, const Ticket &t, const QString &kind);
    Result<Ticket> issueIn(QSqlDatabase db, const IssueRequest &request, const QDateTime &priorityFrom,
                           qint64 appointmentId);
    Result<TicketChange> finishChange(QSqlDatabase db, qint64 ticketId, qint64 seq, bool reannounce = false);

    std::shared_ptr<Database> m_db;
    QueueConfig m_config;
};

} // namespace yc::queue
