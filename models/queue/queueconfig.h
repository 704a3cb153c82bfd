#pragma once

#include "core/clock.h"

#include <QDateTime>
#include <QString>
#include <QTime>
#include <QTimeZone>

class QSettings;

namespace yc::queue {

// How the hall runs its queue. halld reads it from the [queue] section of
// its INI file; the standalone client uses the defaults.
struct QueueConfig
{
    enum class Policy
    {
        Strict,
        Ratio
    };

    QTimeZone timeZone = hallTime::zone();
    // The business day starts at this local time (tickets issued before it
    // belong to the previous day).
    QTime rolloverAt = QTime(3, 0);
    // Keep still-waiting and held tickets across the rollover instead of
    // cancelling them.
    bool carryOver = false;
    // Strict: every due priority ticket before any normal one. Ratio: one
    // priority ticket after every normalPerPriority normal ones at a window.
    Policy policy = Policy::Ratio;
    int normalPerPriority = 2;
    // A recall beyond this many turns the ticket into a no-show (过号).
    int recallLimit = 2;
    // A no-show citizen who comes back within this many minutes is put back
    // in the queue at the original place.
    int requeueMinutes = 30;
    // An appointment ticket counts as priority from this many minutes before
    // its slot.
    int appointmentEarlyMinutes = 10;
    // Refuse tickets outside a line's opening hours.
    bool enforceServiceHours = true;

    static QueueConfig fromSettings(QSettings &ini);

    // The business day (yyyy-MM-dd) a moment belongs to.
    QString businessDay(const QDateTime &utc) const;
    // The local time of day of a moment.
    QTime localTime(const QDateTime &utc) const;
};

} // namespace yc::queue
