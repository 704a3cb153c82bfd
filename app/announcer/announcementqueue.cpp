#include "announcementqueue.h"

#include "app/announcer/speaker.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAnnounceQueue, "yc.announcer.queue", QtInfoMsg)

namespace yc::announcer {

AnnouncementQueue::AnnouncementQueue(Speaker *speaker, QObject *parent)
    : QObject(parent)
    , m_speaker(speaker)
{
    connect(m_speaker, &Speaker::finished, this, &AnnouncementQueue::onFinished);
}

AnnouncementQueue::Added AnnouncementQueue::add(const Announcement &a)
{
    for (Announcement &queued : m_pending) {
        if (queued.ticketId != a.ticketId)
            continue;
        queued.windowNo = a.windowNo;
        queued.displayNo = a.displayNo;
        if (a.kind == Announcement::Kind::Recall)
            queued.kind = Announcement::Kind::Recall;
        qCDebug(lcAnnounceQueue) << "collapsed" << a.displayNo << "into the queued announcement";
        return Added::Collapsed;
    }
    if (m_current && m_current->ticketId == a.ticketId && m_current->windowNo == a.windowNo &&
        a.kind == Announcement::Kind::Reannounce) {
        qCDebug(lcAnnounceQueue) << "dropped a re-announcement of" << a.displayNo << "while it is being said";
        return Added::Collapsed;
    }
    m_pending.push_back(a);
    schedule();
    return Added::Queued;
}

int AnnouncementQueue::drop(qint64 ticketId)
{
    const auto before = m_pending.size();
    std::erase_if(m_pending, [ticketId](const Announcement &a) { return a.ticketId == ticketId; });
    return int(before - m_pending.size());
}

// The next announcement starts from the event loop, so that the events of
// one batch are all queued (and collapsed) before the first is said.
void AnnouncementQueue::schedule()
{
    if (m_current || m_scheduled)
        return;
    m_scheduled = true;
    QMetaObject::invokeMethod(this, &AnnouncementQueue::next, Qt::QueuedConnection);
}

void AnnouncementQueue::next()
{
    m_scheduled = false;
    if (m_current)
        return;
    if (m_pending.empty()) {
        emit idle();
        return;
    }
    m_current = m_pending.front();
    m_pending.pop_front();
    emit started(*m_current);
    m_speaker->speak(*m_current);
}

void AnnouncementQueue::onFinished(bool ok, const QString &error)
{
    if (!m_current)
        return;
    const Announcement done = *m_current;
    m_current.reset();
    if (!ok)
        qCWarning(lcAnnounceQueue).noquote() << "the announcement of" << done.displayNo << "for window"
                                             << done.windowNo << "was not played:" << error;
    emit spoken(done, ok, error);
    m_scheduled = true;
    QMetaObject::invokeMethod(this, &AnnouncementQueue::next, Qt::QueuedConnection);
}

} // namespace yc::announcer
