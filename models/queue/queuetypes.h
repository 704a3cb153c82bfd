#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

namespace yc::queue {

// Ticket states as stored (the CHECK in migration 0004).
namespace state {
inline const QString waiting = QStringLiteral("waiting");
inline const QString called = QStringLiteral("called");
inline const QString serving = QStringLiteral("serving");
inline const QString held = QStringLiteral("held");
inline const QString finished = QStringLiteral("finished");
inline const QString noShow = QStringLiteral("no_show");
inline const QString cancelled = QStringLiteral("cancelled");
} // namespace state

// The priority groups a ticket may carry; "none" is a normal ticket.
// green_channel (绿色通道) goes before every other group.
inline QStringList priorityGroups()
{
    return {QStringLiteral("none"),        QStringLiteral("elderly"),      QStringLiteral("disabled"),
            QStringLiteral("pregnant"),    QStringLiteral("military"),     QStringLiteral("proxy"),
            QStringLiteral("appointment"), QStringLiteral("green_channel")};
}

struct Ticket
{
    qint64 id = 0;
    QString businessDay; // yyyy-MM-dd in the hall's calendar
    qint64 lineId = 0;
    QString linePrefix; // the prefix it was numbered under
    int number = 0;
    QString displayNo; // "A012"
    QString priorityGroup = QStringLiteral("none");
    QString proxyMode;   // assist | proxy | home_visit | empty
    QString proxyReason; // why (Codes::proxyReasons()); empty without a mode
    QString state;
    QDateTime issuedAt;
    QDateTime calledAt;
    QDateTime finishedAt;
    QDateTime stateChangedAt;
    QDateTime priorityFrom; // the group counts from this time (an appointment's slot)
    int windowNo = 0;       // the window serving it (or that held it)
    QString staffNo;
    int recallCount = 0;
    qint64 sortKey = 0;
    bool pinned = false;
    int targetWindow = 0; // transferred to this window only
    QString targetStaff;  // transferred to this staff member only
    QString caseNo;
    qint64 appointmentId = 0;
    QString personMasked;

    bool isActive() const { return state == state::called || state == state::serving; }
};

struct Line
{
    qint64 id = 0;
    QString prefix;
    QString name;
    int dailyCap = 0; // 0 = no cap
    QTime opensAt;
    QTime closesAt;
    bool active = true;
};

struct WindowState
{
    int windowNo = 0;
    QString name;
    QString type;
    bool paused = false;
    QString pauseReason;
    QString staffNo;
    qint64 currentTicketId = 0;
    QList<qint64> lineIds; // empty = every line
    // When the window last paused, resumed or called; while it is paused,
    // since when (calls and a new reason do not move it then).
    QDateTime changedAt;
};

struct QueueEvent
{
    qint64 seq = 0;
    QDateTime at;
    QString kind;
    qint64 ticketId = 0;
    int windowNo = 0;
    QString staffNo;
    QString detail; // JSON text
};

struct Appointment
{
    qint64 id = 0;
    qint64 lineId = 0;
    QString source; // window | kiosk | platform
    QString externalId;
    QString personMasked;
    QDateTime slotStart;
    QDateTime slotEnd;
    QString state; // booked | checked_in | cancelled | missed
    qint64 ticketId = 0;
};

// Who asks: the staff member, the window they sit at, their roles.
struct Actor
{
    QString staffNo;
    int windowNo = 0;
    QStringList roles;

    bool isSupervisor() const
    {
        return roles.contains(QStringLiteral("supervisor")) || roles.contains(QStringLiteral("admin"));
    }
};

// The result of an operation that changed one ticket.
struct TicketChange
{
    Ticket ticket;
    qint64 seq = 0;
    bool reannounce = false;   // call next on a window that already had this ticket
    bool becameNoShow = false; // a recall past the limit
};

struct Snapshot
{
    qint64 seq = 0;
    QString businessDay;
    QList<Line> lines;
    QList<WindowState> windows;
    QList<Ticket> tickets; // today's, plus carried-over ones still open
    // Booked appointments whose slot has not ended yet, by slot.
    QList<Appointment> appointments;
};

struct EventBatch
{
    QList<QueueEvent> events;
    QList<Ticket> tickets;      // the current rows of the tickets the events touch
    QList<WindowState> windows; // every window's state, when a window.* event is in the batch
    bool hasWindows = false;
    bool more = false; // the batch was cut; ask again from the last seq
};

} // namespace yc::queue
