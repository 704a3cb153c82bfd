#pragma once

#include "app/display/ledtext.h"
#include "app/hall/hallstate.h"
#include "core/result.h"

#include <QJsonObject>
#include <QList>

namespace yc {
namespace queue {
class QueueEngine;
}

namespace display {

// halld's own mirror of the queue for the public outputs (the waiting-hall
// page and the LED strips): a HallState kept up to date from the engine the
// way a window's connection keeps its own (snapshot, then the events after
// its seq), plus the latest calls. Everything it hands out is public: display
// numbers, window numbers and names, line names, counts, and a pause reason
// passed through pii::scrub; never a person, a staff member or a case.
class DisplayMirror
{
public:
    struct Call
    {
        qint64 seq = 0; // the seq of the (latest) call event
        qint64 ticketId = 0;
        QString ticket; // "A012"
        int windowNo = 0;
        QString kind; // call | recall | reannounce
        QDateTime at;
    };
    static constexpr int kMaxCalls = 12;

    DisplayMirror(queue::QueueEngine &engine, QString hallName);

    // Brings the mirror up to the engine's last seq (cheap when it already is).
    Result<void> sync();
    qint64 seq() const { return m_state.seq(); }

    // The page's state message ({"type":"state", …}, docs/hall-display.md).
    QJsonObject publicState() const;
    // A window's LED strip; nullopt for a window the hall does not have.
    std::optional<LedWindow> ledWindow(int windowNo) const;
    QList<Call> calls() const { return m_calls; }

private:
    Result<void> takeSnapshot();
    // The waiting count (a sort of the day's tickets) only for the LED.
    LedWindow windowFor(const queue::WindowState &w, bool countWaiting) const;
    void noteCall(const queue::QueueEvent &event);

    queue::QueueEngine &m_engine;
    QString m_hallName;
    HallState m_state;
    QList<Call> m_calls; // newest first, one per ticket
};

} // namespace display
} // namespace yc
