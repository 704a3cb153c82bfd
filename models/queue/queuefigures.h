#pragma once

#include "queue/queueconfig.h"
#include "queue/queuetypes.h"

#include <QDateTime>
#include <QList>

namespace yc::queue {

// What a hall supervisor reads off the queue at one moment: per line the
// waiting tickets and how long they have waited, per window what it is doing
// and since when, and the tickets served today. Computed from a snapshot (or
// the client's HallState mirror) and "now"; nothing is read from the store.
struct LineFigures
{
    qint64 lineId = 0;
    QString prefix;
    QString name;
    int waiting = 0;
    qint64 longestWaitSecs = 0;
    qint64 averageWaitSecs = 0;
    QDateTime oldestIssuedAt; // the longest-waiting ticket's issue time (invalid: none waits)
    int servedToday = 0;      // finished today
};

struct WindowFigures
{
    enum class Activity
    {
        Closed,  // nobody has worked at it this business day
        Idle,    // open, no ticket at it
        Called,  // a ticket is called to it, the citizen has not arrived yet
        Serving, // a citizen is being served
        Paused,  // paused by its clerk, with a reason
    };

    int windowNo = 0;
    QString name;
    QString staffNo;
    Activity activity = Activity::Closed;
    QString pauseReason;
    qint64 ticketId = 0;
    QString ticketDisplayNo; // the ticket at the window: its number only, never the person
    // Since when the window does what it does: the call of its ticket
    // (called, serving), the start of the pause, the end of its last piece of
    // work (idle).
    QDateTime since;
    int servedToday = 0;
    // Waiting tickets this window may call (its lines and those sent to it),
    // and since when the longest of them waits.
    int waitingForIt = 0;
    QDateTime oldestWaitingIssuedAt;
    QList<qint64> lineIds;
};

struct QueueFigures
{
    QDateTime at;
    QString businessDay;
    QList<LineFigures> lines; // active lines, by prefix
    QList<WindowFigures> windows;
    int waiting = 0;
    qint64 longestWaitSecs = 0;
    qint64 averageWaitSecs = 0;
    int servedToday = 0;

    // The config gives the business day of a window's last change (a window
    // untouched since yesterday is closed, not idle).
    static QueueFigures compute(const Snapshot &snapshot, const QDateTime &nowUtc,
                                const QueueConfig &config = {});
    const LineFigures *line(qint64 lineId) const;
    const WindowFigures *window(int windowNo) const;
};

} // namespace yc::queue
