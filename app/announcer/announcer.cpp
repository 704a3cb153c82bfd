#include "announcer.h"

#include "app/announcer/clipspeaker.h"
#include "app/announcer/pcmoutput.h"
#include "app/announcer/ttsspeaker.h"
#include "queue/queueengine.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAnnouncer, "yc.announcer", QtInfoMsg)

namespace yc::announcer {

namespace {

std::optional<Announcement::Kind> announcedKind(const QString &event)
{
    if (event == QLatin1String("call"))
        return Announcement::Kind::Call;
    if (event == QLatin1String("reannounce"))
        return Announcement::Kind::Reannounce;
    if (event == QLatin1String("recall"))
        return Announcement::Kind::Recall;
    return std::nullopt;
}

// After these the citizen no longer needs to hear the call.
bool endsTheCall(const QString &event)
{
    static const QStringList kinds = {QStringLiteral("start"),   QStringLiteral("finish"),
                                      QStringLiteral("no_show"), QStringLiteral("transfer"),
                                      QStringLiteral("hold"),    QStringLiteral("requeue")};
    return kinds.contains(event);
}

} // namespace

Result<std::unique_ptr<Announcer>> Announcer::create(queue::QueueEngine &engine,
                                                     const AnnouncerConfig &config)
{
    const QString callTemplate =
        config.callTemplate.isEmpty() ? Phrasing::defaultTemplate() : config.callTemplate;
    std::unique_ptr<QTextToSpeech> tts;
    if (config.output == AnnouncerConfig::Output::Audio && config.voice != AnnouncerConfig::Voice::Clips) {
        tts = TtsSpeaker::findMandarin(config.ttsEngine);
        if (!tts && config.voice == AnnouncerConfig::Voice::Tts)
            return Error{
                QStringLiteral("announcer.no_tts"),
                tr("No speech engine with a Mandarin (zh_CN) voice is installed. Install one (for "
                   "example speech-dispatcher with a Mandarin voice), or set announcer/voice=clips.")};
    }
    auto phrasing = Phrasing::create(callTemplate, config.recallTemplate, !tts);
    if (!phrasing)
        return phrasing.error();

    Speaker *speaker = nullptr;
    if (tts) {
        speaker = new TtsSpeaker(std::move(tts), phrasing.value(), config);
    } else {
        auto clips =
            ClipBank::load(config.clipsDir.isEmpty() ? ClipBank::builtInDirectory() : config.clipsDir);
        if (!clips)
            return clips.error();
        PcmOutput *output = nullptr;
        if (config.output == AnnouncerConfig::Output::Wav) {
            if (!QDir().mkpath(config.wavDir))
                return Error{
                    QStringLiteral("announcer.config"),
                    tr("The folder %1 for the announcements cannot be created. Check announcer/wav_dir.")
                        .arg(QDir::toNativeSeparators(config.wavDir))};
            output = new WavFolderOutput(config.wavDir);
        } else {
            if (!SoundCardOutput::available())
                qCWarning(lcAnnouncer) << "no sound card: announcements will be logged as not played until "
                                          "one is connected (or set announcer/output=wav)";
            output = new SoundCardOutput;
        }
        speaker = new ClipSpeaker(clips.value(), phrasing.value(), config, output);
    }
    auto announcer = std::make_unique<Announcer>(engine, speaker);
    qCInfo(lcAnnouncer).noquote() << "announcing with" << speaker->description() << "from seq"
                                  << announcer->seenSeq();
    return announcer;
}

Announcer::Announcer(queue::QueueEngine &engine, Speaker *speaker, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_speaker(speaker)
    , m_queue(speaker)
{
    m_speaker->setParent(this);
    // What was called before this start is not said again.
    auto last = m_engine.lastSeq();
    if (last)
        m_seen = last.value();
    else
        qCWarning(lcAnnouncer).noquote() << "cannot read the queue's position:" << last.error().message;
}

void Announcer::onChanged(qint64 seq)
{
    while (seq > m_seen) {
        auto batch = m_engine.eventsSince(m_seen);
        if (!batch) {
            // Tried again on the next change.
            qCWarning(lcAnnouncer).noquote() << "cannot read the queue events:" << batch.error().message;
            return;
        }
        if (batch->events.isEmpty())
            return;
        for (const queue::QueueEvent &e : std::as_const(batch->events)) {
            m_seen = e.seq;
            if (e.ticketId <= 0)
                continue;
            if (endsTheCall(e.kind)) {
                m_queue.drop(e.ticketId);
                continue;
            }
            const auto kind = announcedKind(e.kind);
            if (!kind)
                continue;
            Announcement a;
            a.seq = e.seq;
            a.ticketId = e.ticketId;
            a.windowNo = e.windowNo;
            a.kind = *kind;
            a.displayNo = QJsonDocument::fromJson(e.detail.toUtf8())
                              .object()
                              .value(QStringLiteral("displayNo"))
                              .toString();
            if (a.displayNo.isEmpty()) {
                for (const queue::Ticket &t : std::as_const(batch->tickets))
                    if (t.id == e.ticketId)
                        a.displayNo = t.displayNo;
            }
            m_queue.add(a);
        }
        if (!batch->more)
            return;
    }
}

} // namespace yc::announcer
