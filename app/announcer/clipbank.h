#pragma once

#include "app/announcer/pcm.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace yc::announcer {

// The prerecorded clips, one WAV file per word, digit and letter
// (Phrasing::allClipNames()), all at one sample rate; and the chime, made
// here at that rate. Shipped in resources/voice/ (embedded as :/yc/voice);
// a hall may point clips_dir at its own recordings with the same names.
class ClipBank
{
    Q_DECLARE_TR_FUNCTIONS(yc::announcer::ClipBank)

public:
    static QString builtInDirectory() { return QStringLiteral(":/yc/voice"); }
    // Every clip must be there and share one sample rate.
    static Result<ClipBank> load(const QString &directory = builtInDirectory());

    int sampleRate() const { return m_sampleRate; }
    bool contains(const QString &name) const { return m_clips.contains(name); }
    const Pcm &clip(const QString &name) const { return m_clips.find(name).value(); }
    // The clips one after another, as they are (no gaps added: each clip
    // carries its own short tail).
    Pcm concat(const QStringList &names) const;
    // A two-note "ding-dong" (E5 then C5 with a bell-like decay), made at
    // the given rate so it also serves a speech engine's announcements.
    static Pcm chime(int sampleRate);

private:
    int m_sampleRate = 16000;
    QHash<QString, Pcm> m_clips;
};

} // namespace yc::announcer
