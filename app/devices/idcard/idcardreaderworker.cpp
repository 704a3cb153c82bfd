#include "idcardreaderworker.h"

#include "app/devices/idcard/readertexts.h"
#include "core/clock.h"
#include "idcard/samstatus.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QTimer>

namespace yc::devices {

Q_LOGGING_CATEGORY(lcWorker, "yc.device.idcard")

namespace {

// Two polls without a card before it counts as taken away: some modules
// miss a card for one poll while it lies there.
constexpr int kAbsentPollsForRemoval = 2;

QString waitingMessage()
{
    return ReaderTexts::tr("Place the ID card on the reader.");
}

bool isKnownSerial(const QByteArray &serial)
{
    return !serial.isEmpty() && serial.count('\0') != serial.size();
}

QByteArray contentKey(const RawCardRead &raw)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (raw.fields) {
        const auto &f = *raw.fields;
        for (const QString *s : {&f.name, &f.englishName, &f.number, &f.validFrom, &f.validTo, &f.address})
            hash.addData(s->toUtf8() + '\x1f');
    } else {
        hash.addData(raw.textBlock);
        hash.addData(raw.wlt);
    }
    hash.addData(raw.appendedAddress.toUtf8());
    return hash.result();
}

} // namespace

IdCardReaderWorker::IdCardReaderWorker(IdCardReaderOptions options)
    : m_options(std::move(options))
    , m_decoder(m_options.photoDecoderLibraries.isEmpty() ? PhotoDecoder::defaultLibraries()
                                                          : m_options.photoDecoderLibraries)
{}

IdCardReaderWorker::~IdCardReaderWorker() = default;

void IdCardReaderWorker::start()
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &IdCardReaderWorker::tick);
    }
    m_timer->start(0);
}

void IdCardReaderWorker::stop()
{
    if (m_timer)
        m_timer->stop();
    if (m_backend)
        m_backend->close();
    m_backend.reset();
    forgetCard();
    setState(State::Stopped, QString());
}

void IdCardReaderWorker::forgetCard()
{
    m_lastSerial.clear();
    m_lastContent.clear();
    m_lastCardMessage.clear();
    m_absentPolls = 0;
}

void IdCardReaderWorker::setState(State state, const QString &message)
{
    if (state == m_state && message == m_message)
        return;
    m_state = state;
    m_message = message;
    emit stateChanged(state, message, m_backend ? m_backend->description() : QString());
}

void IdCardReaderWorker::fail(const Error &error)
{
    qCInfo(lcWorker) << "reader error" << error.code;
    if (error.code.startsWith(QLatin1String("idcard.link."))) {
        if (m_backend)
            m_backend->close();
        m_backend.reset();
        forgetCard();
        setState(State::NoReader, error.message);
        return;
    }
    // A module that refuses to work (self-test failed, not authorised …) is
    // asked less often; a card that moved is tried again at the next poll.
    // The card read last is still remembered: a hiccup while it lies there
    // must not deliver it twice, and a different card is read anyway.
    bool isStatus = false;
    const uint sw3 =
        error.code.startsWith(QLatin1String("idcard.sam.")) ? error.code.mid(11).toUInt(&isStatus, 16) : 0;
    m_slowPolling = isStatus && !idcard::samStatusIsTransient(quint8(sw3));
    setState(State::Error, error.message);
}

void IdCardReaderWorker::tick()
{
    // Every path below ends by scheduling the next poll.
    struct Reschedule
    {
        IdCardReaderWorker *w;
        ~Reschedule()
        {
            if (w->m_state != State::Stopped)
                w->m_timer->start(w->m_backend && !w->m_slowPolling ? w->m_options.pollIntervalMs
                                                                    : w->m_options.reconnectIntervalMs);
        }
    } reschedule{this};

    if (!m_backend) {
        auto opened = openIdCardBackend(m_options);
        if (!opened) {
            setState(State::NoReader, opened.error().message);
            return;
        }
        m_backend = std::move(opened.value());
        forgetCard();
        setState(State::Waiting, waitingMessage());
    }

    const auto found = m_backend->findCard();
    if (!found)
        return fail(found.error());
    m_slowPolling = false;
    if (!found.value()) {
        if (++m_absentPolls >= kAbsentPollsForRemoval)
            forgetCard();
        setState(State::Waiting, waitingMessage());
        return;
    }
    m_absentPolls = 0;

    const auto serial = m_backend->selectCard();
    if (!serial)
        return fail(serial.error());
    if (isKnownSerial(serial.value()) && serial.value() == m_lastSerial) {
        setState(m_lastCardState, m_lastCardMessage); // the card already read is still there
        return;
    }

    // A module without chip serials re-reads the card lying there at every
    // poll; that is not news for the screen.
    if (isKnownSerial(serial.value()) || m_lastContent.isEmpty())
        setState(State::Reading, ReaderTexts::tr("Reading the card; keep it still on the reader."));
    const auto raw = m_backend->readCard();
    if (!raw)
        return fail(raw.error());
    const QByteArray content = contentKey(raw.value());
    if (!isKnownSerial(serial.value()) && content == m_lastContent) {
        setState(m_lastCardState, m_lastCardMessage);
        return;
    }
    m_lastSerial = serial.value();
    m_lastContent = content;

    const QDate today = hallTime::date(Clock::nowUtc());
    auto card = raw->fields ? idcard::checkCard(*raw->fields, today)
                            : idcard::parseCard(raw->textBlock, raw->wlt, today);
    if (!card) {
        // Not retried while the same card lies there: the data will not change.
        qCInfo(lcWorker) << "card refused:" << card.error().code;
        m_lastCardState = State::Error;
        m_lastCardMessage = card.error().message;
        setState(m_lastCardState, m_lastCardMessage);
        return;
    }
    card->appendedAddress = raw->appendedAddress;
    if (!raw->vendorPhoto.isNull()) {
        card->photo = raw->vendorPhoto;
    } else {
        QString reason;
        card->photo = m_decoder.decode(raw->wlt, &reason);
        card->photoUnavailableReason = reason;
    }
    emit cardRead(card.value(), m_backend->description());
    m_lastCardState = State::Waiting;
    m_lastCardMessage = ReaderTexts::tr("The card has been read. Remove it to read another.");
    setState(m_lastCardState, m_lastCardMessage);
}

} // namespace yc::devices
