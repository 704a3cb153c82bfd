#pragma once

#include "app/announcer/announcerconfig.h"
#include "app/announcer/clipbank.h"
#include "app/announcer/phrasing.h"
#include "app/announcer/speaker.h"

namespace yc::announcer {

class PcmOutput;

// The prerecorded voice: an announcement is rendered as one stretch of sound
// (chime, pause, then the words `repeat` times with a pause between) and
// handed whole to the output, a sound card or a WAV folder.
class ClipSpeaker : public Speaker
{
    Q_OBJECT

public:
    // Takes the output as a child.
    ClipSpeaker(ClipBank clips, Phrasing phrasing, const AnnouncerConfig &config, PcmOutput *output,
                QObject *parent = nullptr);
    void speak(const Announcement &a) override;
    QString description() const override;

    // What speak() hands to the output; characters no clip says are listed
    // in unsaid.
    static Pcm render(const ClipBank &clips, const Phrasing &phrasing, const AnnouncerConfig &config,
                      const Announcement &a, QStringList *unsaid = nullptr);

private:
    ClipBank m_clips;
    Phrasing m_phrasing;
    AnnouncerConfig m_config;
    PcmOutput *m_output;
};

} // namespace yc::announcer
