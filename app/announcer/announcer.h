#pragma once

#include "app/announcer/announcementqueue.h"
#include "app/announcer/announcerconfig.h"
#include "core/result.h"

#include <memory>

#include <QObject>

namespace yc::queue {
class QueueEngine;
}

namespace yc::announcer {

class Speaker;

// The hall's voice inside yichuang-halld: on every change (HallServer::
// changed) it reads the queue events it has not seen, turns call,
// reannounce and recall into announcements, and drops what is no longer
// worth saying (the ticket was started, finished, transferred, held, given
// up). It starts from the queue's current sequence number: a restart does
// not say old calls again.
class Announcer : public QObject
{
    Q_OBJECT

public:
    // The voice chosen by the configuration (docs/announcer.md): an error
    // when the configuration cannot work (a template without clips, no
    // Mandarin speech engine for voice=tts, broken clip files).
    static Result<std::unique_ptr<Announcer>> create(queue::QueueEngine &engine,
                                                     const AnnouncerConfig &config);
    // With a voice made elsewhere (tests, benchmarks); takes it as a child.
    Announcer(queue::QueueEngine &engine, Speaker *speaker, QObject *parent = nullptr);

    void onChanged(qint64 seq);

    AnnouncementQueue &queue() { return m_queue; }
    Speaker &speaker() { return *m_speaker; }
    qint64 seenSeq() const { return m_seen; }

private:
    queue::QueueEngine &m_engine;
    Speaker *m_speaker;
    AnnouncementQueue m_queue;
    qint64 m_seen = 0;
};

} // namespace yc::announcer
