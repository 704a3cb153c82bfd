#pragma once

#include "app/announcer/announcement.h"

#include <deque>
#include <optional>

#include <QObject>

namespace yc::announcer {

class Speaker;

// Announcements in the order they were asked for, said one at a time by the
// speaker: the next starts only when the current one has finished, so no
// announcement is ever cut off (novosga #78, FQM #138).
//
// Collapsing (docs/announcer.md): a call, re-announcement or recall of a
// ticket that is still waiting in the queue merges into that entry (it keeps
// its place; the newest window wins; a recall stays a recall). A
// re-announcement of the ticket being said right now at the same window is
// the same words the citizen is hearing: dropped. A recall is always said
// again once the current saying is over, even when it already played.
class AnnouncementQueue : public QObject
{
    Q_OBJECT

public:
    enum class Added
    {
        Queued,
        Collapsed
    };

    explicit AnnouncementQueue(Speaker *speaker, QObject *parent = nullptr);

    Added add(const Announcement &a);
    // The ticket was served, transferred, held or given up: what is still
    // waiting to be said for it is dropped (not what is being said).
    int drop(qint64 ticketId);

    const std::deque<Announcement> &pending() const { return m_pending; }
    const std::optional<Announcement> &current() const { return m_current; }
    bool isIdle() const { return !m_current && m_pending.empty(); }

signals:
    void started(const yc::announcer::Announcement &a);
    void spoken(const yc::announcer::Announcement &a, bool ok, const QString &error);
    void idle();

private:
    void schedule();
    void next();
    void onFinished(bool ok, const QString &error);

    Speaker *m_speaker;
    std::deque<Announcement> m_pending;
    std::optional<Announcement> m_current;
    bool m_scheduled = false;
};

} // namespace yc::announcer
