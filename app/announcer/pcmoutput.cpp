#include "pcmoutput.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSink>
#include <QDir>
#include <QMediaDevices>

namespace yc::announcer {

WavFolderOutput::WavFolderOutput(QString directory, QObject *parent)
    : PcmOutput(parent)
    , m_directory(std::move(directory))
{}

QString WavFolderOutput::fileName(const Announcement &a)
{
    QString ticket;
    for (QChar c : a.displayNo)
        if (c.isLetterOrNumber() && c.unicode() < 128)
            ticket += c;
    return QStringLiteral("%1-%2-%3-w%4.wav")
        .arg(a.seq, 10, 10, QLatin1Char('0'))
        .arg(Announcement::kindName(a.kind), ticket)
        .arg(a.windowNo);
}

void WavFolderOutput::play(const Pcm &pcm, const Announcement &a)
{
    QString error;
    if (!QDir().mkpath(m_directory)) {
        error = tr("The folder %1 for the announcements cannot be created.")
                    .arg(QDir::toNativeSeparators(m_directory));
    } else if (auto written = Wav::write(QDir(m_directory).filePath(fileName(a)), pcm); !written) {
        error = written.error().message;
    }
    QMetaObject::invokeMethod(
        this, [this, error] { emit finished(error.isEmpty(), error); }, Qt::QueuedConnection);
}

QString WavFolderOutput::description() const
{
    return QStringLiteral("WAV files in %1").arg(QDir::toNativeSeparators(m_directory));
}

SoundCardOutput::SoundCardOutput(QObject *parent)
    : PcmOutput(parent)
{
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this,
            [this] { done(false, tr("The sound card did not finish playing in time; it was stopped.")); });
}

SoundCardOutput::~SoundCardOutput()
{
    if (m_sink)
        m_sink->stop();
}

bool SoundCardOutput::available()
{
    return !QMediaDevices::defaultAudioOutput().isNull();
}

QString SoundCardOutput::description() const
{
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    return device.isNull() ? QStringLiteral("no sound card")
                           : QStringLiteral("the sound card %1").arg(device.description());
}

void SoundCardOutput::play(const Pcm &pcm, const Announcement &)
{
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    QAudioFormat format;
    format.setSampleRate(pcm.sampleRate);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    QString error;
    if (device.isNull())
        error = tr("There is no sound card. Connect one, or set announcer/output=wav.");
    else if (!device.isFormatSupported(format))
        error = tr("The sound card %1 cannot play mono 16-bit sound at %2 Hz.")
                    .arg(device.description())
                    .arg(pcm.sampleRate);
    if (!error.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, error] { emit finished(false, error); }, Qt::QueuedConnection);
        return;
    }
    if (m_sink)
        m_sink->stop();
    m_sink = std::make_unique<QAudioSink>(device, format);
    connect(m_sink.get(), &QAudioSink::stateChanged, this, [this](QAudio::State state) {
        if (!m_playing)
            return;
        if (state == QAudio::IdleState)
            done(true, {});
        else if (state == QAudio::StoppedState && m_sink->error() != QAudio::NoError)
            done(false, tr("The sound card reported an error (%1) while playing.").arg(int(m_sink->error())));
    });
    Pcm padded = pcm;
    padded.appendSilence(250);
    m_buffer.close();
    m_buffer.setData(padded.samples);
    m_buffer.open(QIODevice::ReadOnly);
    m_playing = true;
    m_watchdog.start(int(padded.durationMs()) + 5000);
    m_sink->start(&m_buffer);
}

void SoundCardOutput::done(bool ok, const QString &error)
{
    if (!m_playing)
        return;
    m_playing = false;
    m_watchdog.stop();
    // Stopping from inside the sink's own signal is not safe everywhere:
    // after the event loop turn.
    QMetaObject::invokeMethod(
        this,
        [this, ok, error] {
            if (m_sink)
                m_sink->stop();
            emit finished(ok, error);
        },
        Qt::QueuedConnection);
}

} // namespace yc::announcer
