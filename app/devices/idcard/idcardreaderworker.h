#pragma once

#include "app/devices/idcard/backendchooser.h"
#include "app/devices/idcard/idcardreader.h"
#include "app/devices/idcard/photodecoder.h"

#include <QObject>

class QTimer;

namespace yc::devices {

// The polling loop of IdCardReader, in its thread: find → select → read,
// remembering the last card so it is delivered once, reconnecting when the
// reader goes away. Backend calls block; nothing here touches the GUI.
class IdCardReaderWorker : public QObject
{
    Q_OBJECT

public:
    explicit IdCardReaderWorker(IdCardReaderOptions options);
    ~IdCardReaderWorker() override;

    void start();
    void stop();

signals:
    void stateChanged(yc::devices::IdCardReader::State state, const QString &message, const QString &backend);
    void cardRead(const yc::idcard::IdCardData &card, const QString &backend);

private:
    using State = IdCardReader::State;
    void tick();
    void fail(const Error &error);
    void setState(State state, const QString &message);
    void forgetCard();

    IdCardReaderOptions m_options;
    QTimer *m_timer = nullptr;
    std::unique_ptr<IdCardBackend> m_backend;
    PhotoDecoder m_decoder;
    QByteArray m_lastSerial;
    QByteArray m_lastContent;
    // What the screen said about that card (read, or refused and why), said
    // again when a hiccup's error message is over and the card still lies there.
    State m_lastCardState = State::Waiting;
    QString m_lastCardMessage;
    int m_absentPolls = 0;
    bool m_slowPolling = false;
    State m_state = State::Stopped;
    QString m_message;
};

} // namespace yc::devices
