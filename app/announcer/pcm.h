#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace yc::announcer {

// Mono signed 16-bit little-endian samples at one sample rate: the one audio
// form the announcer handles, read from the clips and written to WAV files
// or a sound card.
struct Pcm
{
    int sampleRate = 16000;
    QByteArray samples; // 2 bytes per sample

    qint64 sampleCount() const { return samples.size() / 2; }
    qint64 durationMs() const { return sampleRate > 0 ? sampleCount() * 1000 / sampleRate : 0; }
    void append(const Pcm &other) { samples.append(other.samples); }
    void appendSilence(int ms) { samples.append(QByteArray(qsizetype(sampleRate) * ms / 1000 * 2, '\0')); }
};

// RIFF WAVE files holding PCM 16-bit mono.
class Wav
{
    Q_DECLARE_TR_FUNCTIONS(yc::announcer::Wav)

public:
    // Any chunk order and extra chunks (LIST, fact) are accepted; anything
    // but PCM 16-bit mono is refused with a message naming the file.
    static Result<Pcm> parse(const QByteArray &bytes, const QString &name);
    static Result<Pcm> read(const QString &path);
    static QByteArray encode(const Pcm &pcm);
    // Written whole or not at all (QSaveFile): a reader never sees half an
    // announcement.
    static Result<void> write(const QString &path, const Pcm &pcm);
};

} // namespace yc::announcer
