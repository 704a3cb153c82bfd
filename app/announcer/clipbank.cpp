#include "clipbank.h"

#include "app/announcer/phrasing.h"

#include <cmath>

#include <QDir>
#include <QtEndian>

namespace yc::announcer {

Result<ClipBank> ClipBank::load(const QString &directory)
{
    ClipBank bank;
    const QDir dir(directory);
    QStringList missing;
    bool first = true;
    for (const QString &name : Phrasing::allClipNames()) {
        const QString path = dir.filePath(name + QStringLiteral(".wav"));
        if (!QFile::exists(path)) {
            missing.append(name + QStringLiteral(".wav"));
            continue;
        }
        auto pcm = Wav::read(path);
        if (!pcm)
            return pcm.error();
        if (first) {
            bank.m_sampleRate = pcm->sampleRate;
            first = false;
        } else if (pcm->sampleRate != bank.m_sampleRate) {
            return Error{QStringLiteral("announcer.clips"),
                         tr("The voice clip %1 is at %2 Hz but the others are at %3 Hz. Record every clip "
                            "at one sample rate.")
                             .arg(path)
                             .arg(pcm->sampleRate)
                             .arg(bank.m_sampleRate)};
        }
        bank.m_clips.insert(name, pcm.value());
    }
    if (!missing.isEmpty())
        return Error{QStringLiteral("announcer.clips"),
                     tr("The voice clips in %1 are incomplete; missing: %2. Regenerate them with "
                        "scripts/make-voice-clips.")
                         .arg(QDir::toNativeSeparators(directory), missing.join(QStringLiteral(", ")))};
    return bank;
}

Pcm ClipBank::concat(const QStringList &names) const
{
    Pcm out;
    out.sampleRate = m_sampleRate;
    for (const QString &name : names) {
        auto it = m_clips.constFind(name);
        if (it != m_clips.constEnd())
            out.append(it.value());
    }
    return out;
}

Pcm ClipBank::chime(int sampleRate)
{
    Pcm out;
    out.sampleRate = sampleRate;
    const double notes[] = {659.25, 523.25}; // E5, C5
    const int noteSamples = sampleRate * 55 / 100;
    out.samples.resize(qsizetype(noteSamples) * 2 * 2);
    char *p = out.samples.data();
    for (double frequency : notes) {
        for (int i = 0; i < noteSamples; ++i) {
            const double t = double(i) / sampleRate;
            // A short attack against clicks, then an exponential decay; a
            // quieter octave above for a bell colour.
            const double envelope = std::min(1.0, t / 0.005) * std::exp(-t / 0.18);
            const double wave = std::sin(2 * M_PI * frequency * t) + 0.3 * std::sin(4 * M_PI * frequency * t);
            qToLittleEndian(qint16(std::lround(0.45 * 32767 / 1.3 * envelope * wave)), p);
            p += 2;
        }
    }
    return out;
}

} // namespace yc::announcer
