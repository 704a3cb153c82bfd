#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

class QSettings;

namespace yc::announcer {

// The [announcer] section of yichuang-halld's INI file (docs/announcer.md).
struct AnnouncerConfig
{
    Q_DECLARE_TR_FUNCTIONS(yc::announcer::AnnouncerConfig)

public:
    enum class Voice
    {
        Auto, // a Mandarin speech engine when one is installed, else the clips
        Tts,  // QTextToSpeech with a zh_CN voice, or refuse to start
        Clips // the prerecorded clips
    };
    enum class Output
    {
        Audio, // the default sound card
        Wav    // one WAV file per announcement in wavDir
    };

    bool enabled = false;
    Voice voice = Voice::Auto;
    Output output = Output::Audio;
    QString wavDir;
    int repeat = 2; // each announcement said this many times
    bool chime = true;
    QString callTemplate;   // empty = Phrasing::defaultTemplate()
    QString recallTemplate; // empty = the call template
    int pauseMs = 800;      // silence between the repeats
    int chimeGapMs = 300;   // silence between the chime and the words
    QString clipsDir;       // empty = the built-in clips
    QString ttsEngine;      // empty = any engine with a zh_CN voice

    // Relative paths (wav_dir, clips_dir) are taken from baseDir, the
    // folder of the INI file.
    static Result<AnnouncerConfig> fromSettings(QSettings &ini, const QString &baseDir);
};

} // namespace yc::announcer
