#include "clipspeaker.h"

#include "app/announcer/pcmoutput.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcClipSpeaker, "yc.announcer.clips", QtInfoMsg)

namespace yc::announcer {

ClipSpeaker::ClipSpeaker(ClipBank clips, Phrasing phrasing, const AnnouncerConfig &config, PcmOutput *output,
                         QObject *parent)
    : Speaker(parent)
    , m_clips(std::move(clips))
    , m_phrasing(std::move(phrasing))
    , m_config(config)
    , m_output(output)
{
    m_output->setParent(this);
    connect(m_output, &PcmOutput::finished, this, &Speaker::finished);
}

Pcm ClipSpeaker::render(const ClipBank &clips, const Phrasing &phrasing, const AnnouncerConfig &config,
                        const Announcement &a, QStringList *unsaid)
{
    Pcm out;
    out.sampleRate = clips.sampleRate();
    if (config.chime) {
        out.append(ClipBank::chime(clips.sampleRate()));
        out.appendSilence(config.chimeGapMs);
    }
    const Pcm words = clips.concat(phrasing.clips(a, unsaid));
    for (int i = 0; i < config.repeat; ++i) {
        if (i > 0)
            out.appendSilence(config.pauseMs);
        out.append(words);
    }
    return out;
}

void ClipSpeaker::speak(const Announcement &a)
{
    QStringList unsaid;
    const Pcm pcm = render(m_clips, m_phrasing, m_config, a, &unsaid);
    if (!unsaid.isEmpty())
        qCWarning(lcClipSpeaker).noquote() << "no clip says" << unsaid.join(u' ') << "in" << a.displayNo;
    m_output->play(pcm, a);
}

QString ClipSpeaker::description() const
{
    return QStringLiteral("prerecorded clips (%1 Hz) to %2")
        .arg(m_clips.sampleRate())
        .arg(m_output->description());
}

} // namespace yc::announcer
