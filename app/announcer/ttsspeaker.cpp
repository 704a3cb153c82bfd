#include "ttsspeaker.h"

#include "app/announcer/clipbank.h"
#include "app/announcer/pcmoutput.h"

#include <QLoggingCategory>
#include <QVoice>

Q_LOGGING_CATEGORY(lcTtsSpeaker, "yc.announcer.tts", QtInfoMsg)

namespace yc::announcer {

namespace {

bool isMandarin(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese &&
           (locale.territory() == QLocale::China || locale.territory() == QLocale::AnyTerritory) &&
           locale.script() != QLocale::TraditionalChineseScript;
}

// A whole announcement should take seconds; far beyond that the engine hangs.
constexpr int kSayingTimeoutMs = 30 * 1000;

} // namespace

std::unique_ptr<QTextToSpeech> TtsSpeaker::findMandarin(const QString &engine)
{
    const QStringList engines = engine.isEmpty() ? QTextToSpeech::availableEngines() : QStringList{engine};
    for (const QString &name : engines) {
        auto tts = std::make_unique<QTextToSpeech>(name);
        if (tts->state() == QTextToSpeech::Error)
            continue;
        const QList<QLocale> locales = tts->availableLocales();
        for (const QLocale &locale : locales) {
            if (!isMandarin(locale))
                continue;
            tts->setLocale(locale);
            if (tts->availableVoices().isEmpty())
                continue;
            qCInfo(lcTtsSpeaker).noquote()
                << "speech engine" << name << "voice" << tts->voice().name() << "for" << locale.name();
            return tts;
        }
    }
    return nullptr;
}

TtsSpeaker::TtsSpeaker(std::unique_ptr<QTextToSpeech> tts, Phrasing phrasing, const AnnouncerConfig &config,
                       QObject *parent)
    : Speaker(parent)
    , m_tts(std::move(tts))
    , m_phrasing(std::move(phrasing))
    , m_config(config)
    , m_chime(new SoundCardOutput(this))
{
    m_pause.setSingleShot(true);
    m_watchdog.setSingleShot(true);
    connect(&m_pause, &QTimer::timeout, this, &TtsSpeaker::sayOnce);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        m_tts->stop();
        end(false, tr("The speech engine did not finish the announcement in time; it was stopped."));
    });
    connect(m_tts.get(), &QTextToSpeech::stateChanged, this, &TtsSpeaker::onState);
    connect(m_chime, &PcmOutput::finished, this, [this](bool ok, const QString &error) {
        if (!ok)
            qCWarning(lcTtsSpeaker).noquote() << "chime not played:" << error;
        if (m_active)
            m_pause.start(m_config.chimeGapMs);
    });
}

TtsSpeaker::~TtsSpeaker()
{
    m_tts->disconnect(this);
}

QString TtsSpeaker::description() const
{
    return QStringLiteral("speech engine %1, voice %2, to the sound card")
        .arg(m_tts->engine(), m_tts->voice().name());
}

void TtsSpeaker::speak(const Announcement &a)
{
    m_text = m_phrasing.text(a);
    m_left = m_config.repeat;
    m_active = true;
    m_speaking = false;
    if (m_config.chime) {
        const int rate = 16000;
        m_chime->play(ClipBank::chime(rate), a);
    } else {
        QMetaObject::invokeMethod(this, &TtsSpeaker::sayOnce, Qt::QueuedConnection);
    }
}

void TtsSpeaker::sayOnce()
{
    if (!m_active)
        return;
    --m_left;
    m_speaking = false;
    m_watchdog.start(kSayingTimeoutMs);
    m_tts->say(m_text);
}

void TtsSpeaker::onState(QTextToSpeech::State state)
{
    if (!m_active)
        return;
    if (state == QTextToSpeech::Speaking) {
        m_speaking = true;
    } else if (state == QTextToSpeech::Error) {
        end(false, tr("The speech engine failed: %1").arg(m_tts->errorString()));
    } else if (state == QTextToSpeech::Ready && m_speaking) {
        m_speaking = false;
        m_watchdog.stop();
        if (m_left > 0)
            m_pause.start(m_config.pauseMs);
        else
            end(true, {});
    }
}

void TtsSpeaker::end(bool ok, const QString &error)
{
    if (!m_active)
        return;
    m_active = false;
    m_pause.stop();
    m_watchdog.stop();
    QMetaObject::invokeMethod(
        this, [this, ok, error] { emit finished(ok, error); }, Qt::QueuedConnection);
}

} // namespace yc::announcer
