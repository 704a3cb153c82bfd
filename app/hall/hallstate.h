#pragma once

#include "queue/queuetypes.h"

#include <optional>

#include <QHash>
#include <QJsonObject>
#include <QObject>

namespace yc {

// The window's mirror of the hall queue, kept up to date by a
// HallConnection (snapshot, then the events after its seq). Views bind to
// it: the current ticket of a window, the waiting list of its lines, the
// windows and their state.
class HallState : public QObject
{
    Q_OBJECT

public:
    explicit HallState(QObject *parent = nullptr);

    qint64 seq() const { return m_seq; }
    bool hasSnapshot() const { return m_hasSnapshot; }
    QString businessDay() const { return m_businessDay; }
    QList<queue::Line> lines() const { return m_lines; }
    // The windows and their pause state and lines (the current ticket of a
    // window: currentTicket(), which follows every event).
    QList<queue::WindowState> windows() const { return m_windows; }
    std::optional<queue::WindowState> window(int windowNo) const;
    std::optional<queue::Ticket> ticket(qint64 id) const;
    // Every known ticket, in queue order.
    QList<queue::Ticket> tickets() const;
    // The ticket open at a window (called or serving), if any.
    std::optional<queue::Ticket> currentTicket(int windowNo) const;
    // The waiting tickets a window may call, in queue order (its lines,
    // plus those transferred to it).
    QList<queue::Ticket> waitingFor(int windowNo) const;

    void applySnapshot(const QJsonObject &snapshot);
    // Applies an "events" reply; returns false when the batch does not
    // follow on from seq() (the caller then takes a snapshot).
    bool applyEvents(const QJsonObject &batch);
    void clear();

signals:
    void reset();   // a snapshot replaced everything
    void changed(); // after every applied snapshot or batch
    // Each new event, in seq order (the calling panel, the display and the
    // voice react to "call", "recall", "reannounce" …).
    void eventArrived(const yc::queue::QueueEvent &event);

private:
    void setWindows(const QJsonArray &windows);

    qint64 m_seq = 0;
    bool m_hasSnapshot = false;
    QString m_businessDay;
    QList<queue::Line> m_lines;
    QList<queue::WindowState> m_windows;
    QHash<qint64, queue::Ticket> m_tickets;
};

} // namespace yc
