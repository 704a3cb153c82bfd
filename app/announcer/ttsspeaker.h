#pragma once

#include "app/announcer/announcerconfig.h"
#include "app/announcer/phrasing.h"
#include "app/announcer/speaker.h"

#include <memory>

#include <QTextToSpeech>
#include <QTimer>

namespace yc::announcer {

class SoundCardOutput;

// The speech-engine voice: the chime through the sound card, then the text
// said by QTextToSpeech in a zh_CN voice `repeat` times. The next saying
// starts only after the engine went back from Speaking to Ready.
class TtsSpeaker : public Speaker
{
    Q_OBJECT

public:
    // A speech engine with a Mandarin (zh_CN) voice: the named engine, or the
    // first installed one that has such a voice; null when there is none.
    static std::unique_ptr<QTextToSpeech> findMandarin(const QString &engine);

    TtsSpeaker(std::unique_ptr<QTextToSpeech> tts, Phrasing phrasing, const AnnouncerConfig &config,
               QObject *parent = nullptr);
    ~TtsSpeaker() override;
    void speak(const Announcement &a) override;
    QString description() const override;

private:
    void sayOnce();
    void onState(QTextToSpeech::State state);
    void end(bool ok, const QString &error);

    std::unique_ptr<QTextToSpeech> m_tts;
    Phrasing m_phrasing;
    AnnouncerConfig m_config;
    SoundCardOutput *m_chime;
    QTimer m_pause;
    QTimer m_watchdog;
    QString m_text;
    int m_left = 0; // sayings still to start
    bool m_active = false;
    bool m_speaking = false;
};

} // namespace yc::announcer
