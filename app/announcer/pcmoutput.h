#pragma once

#include "app/announcer/announcement.h"
#include "app/announcer/pcm.h"

#include <memory>

#include <QBuffer>
#include <QCoreApplication>
#include <QObject>
#include <QTimer>

class QAudioSink;

namespace yc::announcer {

// Where rendered sound goes. finished() follows every play() exactly once,
// when the sound has been played (or written) whole, never from inside play().
class PcmOutput : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    virtual void play(const Pcm &pcm, const Announcement &a) = 0;
    virtual QString description() const = 0;

signals:
    void finished(bool ok, const QString &error);
};

// One WAV file per announcement, for tests and hosts without a sound card:
// <seq>-<kind>-<ticket>-w<window>.wav, seq zero-padded to ten digits so the
// names sort in the order the announcements were said. Each file appears
// whole (written aside, then renamed).
class WavFolderOutput : public PcmOutput
{
    Q_OBJECT

public:
    explicit WavFolderOutput(QString directory, QObject *parent = nullptr);
    void play(const Pcm &pcm, const Announcement &a) override;
    QString description() const override;

    static QString fileName(const Announcement &a);

private:
    QString m_directory;
};

// The default sound card through Qt Multimedia. The sink plays from a
// buffer; the announcement is over when the sink has drained it (a little
// silence is appended so the last word is not clipped by the device's own
// buffering). A watchdog ends a playback that hangs, so one broken device
// cannot stop the queue for good.
class SoundCardOutput : public PcmOutput
{
    Q_OBJECT

public:
    explicit SoundCardOutput(QObject *parent = nullptr);
    ~SoundCardOutput() override;
    void play(const Pcm &pcm, const Announcement &a) override;
    QString description() const override;
    // Whether the host has a sound card at all.
    static bool available();

private:
    void done(bool ok, const QString &error);

    std::unique_ptr<QAudioSink> m_sink;
    QBuffer m_buffer;
    QTimer m_watchdog;
    bool m_playing = false;
};

} // namespace yc::announcer
