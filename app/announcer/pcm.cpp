#include "pcm.h"

#include <QFile>
#include <QSaveFile>
#include <QtEndian>

namespace yc::announcer {

namespace {

Error bad(const QString &name, const QString &why)
{
    return Error{QStringLiteral("announcer.wav"),
                 Wav::tr("The sound file %1 cannot be used: %2. Regenerate it with "
                         "scripts/make-voice-clips or record it as mono 16-bit PCM.")
                     .arg(name, why)};
}

quint32 u32(const char *p)
{
    return qFromLittleEndian<quint32>(p);
}

quint16 u16(const char *p)
{
    return qFromLittleEndian<quint16>(p);
}

} // namespace

Result<Pcm> Wav::parse(const QByteArray &bytes, const QString &name)
{
    if (bytes.size() < 12 || !bytes.startsWith("RIFF") || bytes.mid(8, 4) != "WAVE")
        return bad(name, tr("it is not a WAV file"));
    const char *data = bytes.constData();
    qsizetype pos = 12;
    bool haveFormat = false;
    Pcm pcm;
    while (pos + 8 <= bytes.size()) {
        const QByteArray id = bytes.mid(pos, 4);
        const qsizetype size = u32(data + pos + 4);
        const qsizetype body = pos + 8;
        if (body + size > bytes.size())
            return bad(name, tr("the file is cut short"));
        if (id == "fmt ") {
            if (size < 16)
                return bad(name, tr("the format chunk is too short"));
            const quint16 format = u16(data + body);
            const quint16 channels = u16(data + body + 2);
            const quint16 bits = u16(data + body + 14);
            if (format != 1 || channels != 1 || bits != 16)
                return bad(name, tr("it is not mono 16-bit PCM (format %1, %2 channels, %3 bits)")
                                     .arg(format)
                                     .arg(channels)
                                     .arg(bits));
            pcm.sampleRate = int(u32(data + body + 4));
            if (pcm.sampleRate < 8000 || pcm.sampleRate > 48000)
                return bad(name,
                           tr("the sample rate %1 Hz is not between 8000 and 48000").arg(pcm.sampleRate));
            haveFormat = true;
        } else if (id == "data") {
            if (!haveFormat)
                return bad(name, tr("the data comes before the format"));
            pcm.samples = bytes.mid(body, size & ~qsizetype(1));
            return pcm;
        }
        pos = body + size + (size & 1); // chunks are padded to even sizes
    }
    return bad(name, tr("it holds no sound data"));
}

Result<Pcm> Wav::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("announcer.wav"),
                     tr("The sound file %1 cannot be read: %2.").arg(path, file.errorString())};
    return parse(file.readAll(), path);
}

QByteArray Wav::encode(const Pcm &pcm)
{
    QByteArray out;
    out.reserve(44 + pcm.samples.size());
    auto put32 = [&out](quint32 v) {
        char b[4];
        qToLittleEndian(v, b);
        out.append(b, 4);
    };
    auto put16 = [&out](quint16 v) {
        char b[2];
        qToLittleEndian(v, b);
        out.append(b, 2);
    };
    out.append("RIFF");
    put32(quint32(36 + pcm.samples.size()));
    out.append("WAVEfmt ");
    put32(16);
    put16(1); // PCM
    put16(1); // mono
    put32(quint32(pcm.sampleRate));
    put32(quint32(pcm.sampleRate * 2)); // bytes per second
    put16(2);                           // block align
    put16(16);                          // bits per sample
    out.append("data");
    put32(quint32(pcm.samples.size()));
    out.append(pcm.samples);
    return out;
}

Result<void> Wav::write(const QString &path, const Pcm &pcm)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(encode(pcm)) < 0 || !file.commit())
        return Error{QStringLiteral("announcer.wav_write"),
                     tr("The announcement could not be written to %1: %2. Check that the folder exists "
                        "and has room.")
                         .arg(path, file.errorString())};
    return {};
}

} // namespace yc::announcer
