#include "announcerconfig.h"

#include <QDir>
#include <QScopeGuard>
#include <QSettings>

namespace yc::announcer {

namespace {

Error bad(const QString &message)
{
    return Error{QStringLiteral("announcer.config"), message};
}

QString resolved(const QString &path, const QString &baseDir)
{
    if (path.isEmpty() || QDir::isAbsolutePath(path))
        return path;
    return QDir(baseDir).absoluteFilePath(path);
}

} // namespace

Result<AnnouncerConfig> AnnouncerConfig::fromSettings(QSettings &ini, const QString &baseDir)
{
    AnnouncerConfig c;
    ini.beginGroup(QStringLiteral("announcer"));
    const auto end = qScopeGuard([&ini] { ini.endGroup(); });
    c.enabled = ini.value(QStringLiteral("enabled"), c.enabled).toBool();

    const QString voice = ini.value(QStringLiteral("voice"), QStringLiteral("auto")).toString().trimmed();
    if (voice == QLatin1String("auto"))
        c.voice = Voice::Auto;
    else if (voice == QLatin1String("tts"))
        c.voice = Voice::Tts;
    else if (voice == QLatin1String("clips"))
        c.voice = Voice::Clips;
    else
        return bad(tr("app/announcer/voice is \"%1\"; use auto, tts or clips.").arg(voice));

    const QString output = ini.value(QStringLiteral("output"), QStringLiteral("audio")).toString().trimmed();
    if (output == QLatin1String("audio"))
        c.output = Output::Audio;
    else if (output == QLatin1String("wav"))
        c.output = Output::Wav;
    else
        return bad(tr("app/announcer/output is \"%1\"; use audio or wav.").arg(output));

    c.wavDir = resolved(ini.value(QStringLiteral("wav_dir")).toString().trimmed(), baseDir);
    c.clipsDir = resolved(ini.value(QStringLiteral("clips_dir")).toString().trimmed(), baseDir);
    c.callTemplate = ini.value(QStringLiteral("template")).toString();
    c.recallTemplate = ini.value(QStringLiteral("recall_template")).toString();
    c.ttsEngine = ini.value(QStringLiteral("tts_engine")).toString().trimmed();
    c.chime = ini.value(QStringLiteral("chime"), c.chime).toBool();

    bool ok = false;
    c.repeat = ini.value(QStringLiteral("repeat"), c.repeat).toInt(&ok);
    if (!ok || c.repeat < 1 || c.repeat > 5)
        return bad(tr("app/announcer/repeat must be a number from 1 to 5."));
    c.pauseMs = ini.value(QStringLiteral("pause_ms"), c.pauseMs).toInt(&ok);
    if (!ok || c.pauseMs < 0 || c.pauseMs > 10000)
        return bad(tr("app/announcer/pause_ms must be a number of milliseconds from 0 to 10000."));
    c.chimeGapMs = ini.value(QStringLiteral("chime_gap_ms"), c.chimeGapMs).toInt(&ok);
    if (!ok || c.chimeGapMs < 0 || c.chimeGapMs > 10000)
        return bad(tr("app/announcer/chime_gap_ms must be a number of milliseconds from 0 to 10000."));

    if (c.output == Output::Wav && c.wavDir.isEmpty())
        return bad(tr("app/announcer/output is wav but announcer/wav_dir names no folder. Set the folder the "
                      "announcements are written to."));
    // Qt 6.4's speech engines speak to the sound card only.
    if (c.output == Output::Wav && c.voice == Voice::Tts)
        return bad(
            tr("app/announcer/voice=tts can only play to a sound card. Use output=audio, or voice=clips "
               "for WAV files."));
    return c;
}

} // namespace yc::announcer
