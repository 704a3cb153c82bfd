#pragma once

#include "queue/queuefigures.h"

#include <QDateTime>
#include <QHash>
#include <QList>

class QSettings;

namespace yc::queue {

// When the supervisor is alerted. 0 turns one kind off. The [alerts]
// section of an INI file (docs/hall-protocol.md, "Supervisor alerts").
struct AlertThresholds
{
    int waitMinutes = 30;      // a citizen has waited longer than this (per line)
    int queueLength = 20;      // more tickets than this wait on one line
    int idleWindowMinutes = 5; // an open window has no ticket while its lines wait
    int serviceMinutes = 30;   // one ticket has been at a window longer than this
    int pausedMinutes = 20;    // a window has been paused longer than this
    // An alert whose condition has gone stays (marked as clearing) this long
    // before it disappears, so it does not flap when a figure hovers at its
    // threshold. A queue alert also waits until the line is a fifth (at
    // least one ticket) below its threshold.
    int holdSeconds = 120;

    static AlertThresholds fromSettings(QSettings &ini);
};

struct Alert
{
    enum class Kind
    {
        LongWait,    // figure: minutes the longest waiting ticket of the line has waited
        LongQueue,   // figure: tickets waiting on the line
        IdleWindow,  // figure: minutes the window has been idle while its lines wait
        LongService, // figure: minutes the window's ticket has been at it
        LongPause,   // figure: minutes the window has been paused
    };

    Kind kind = Kind::LongWait;
    qint64 lineId = 0; // LongWait, LongQueue
    int windowNo = 0;  // IdleWindow, LongService, LongPause
    qint64 figure = 0;
    qint64 threshold = 0;
    // When the threshold was crossed (for a queue: when it was first seen
    // crossed); kept while the alert stays active.
    QDateTime since;
    bool isNew = false;    // raised by the evaluation that returned it
    bool clearing = false; // its condition has gone; it disappears after holdSeconds

    // A stable name of the kind ("long_wait", "long_queue", "idle_window",
    // "long_service", "long_pause").
    static QString kindCode(Kind kind);
    // "long_wait:line:3", "idle_window:window:5": one alert per kind and subject.
    QString key() const;
};

// Turns queue figures into the supervisor's alerts, remembering what is
// already active so that "since" holds and an alert does not flap. Pure:
// the caller passes the figures (with their moment); nothing is read here.
class QueueAlerts
{
public:
    explicit QueueAlerts(AlertThresholds thresholds = {});

    const AlertThresholds &thresholds() const { return m_thresholds; }
    // The alerts active at figures.at, by kind, then line or window; those
    // first raised now have isNew set.
    QList<Alert> evaluate(const QueueFigures &figures);
    void clear() { m_active.clear(); }

private:
    struct Tracked
    {
        Alert alert;
        QDateTime clearingSince; // invalid: the condition holds
    };
    struct Candidate
    {
        Alert alert;
        bool above = false;     // the threshold is crossed
        bool clearable = false; // far enough below it to start clearing
    };
    QList<Candidate> candidates(const QueueFigures &f) const;

    AlertThresholds m_thresholds;
    QHash<QString, Tracked> m_active;
};

} // namespace yc::queue
