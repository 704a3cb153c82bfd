#pragma once

#include "app/devices/idcard/backendchooser.h"
#include "idcard/idcarddata.h"

#include <functional>
#include <memory>

#include <QObject>
#include <QThread>

namespace yc {
class Database;
}

namespace yc::devices {

class IdCardReaderWorker;

// The ID card reader as the intake screen sees it: start() polls in a worker
// thread, cardRead() delivers each card once (a card left on the reader is
// not read again; a new one is noticed within a poll), stateChanged() says
// what the reader is doing in a sentence for the clerk. Every card delivered
// has first been written to the audit log (who, when, which window, masked
// number); a read that cannot be audited is not delivered.
class IdCardReader : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Stopped,
        NoReader, // none found or the connection was lost; retried by itself
        Waiting,  // reader ready, no new card
        Reading,
        Error, // the last card could not be read; the message says what to do
    };
    Q_ENUM(State)

    // Who is at the window when a card is read (for the audit entry).
    struct Operator
    {
        QString staffNo;
        int windowNo = 0;
    };

    IdCardReader(IdCardReaderOptions options, std::shared_ptr<Database> auditDb,
                 std::function<Operator()> currentOperator, QObject *parent = nullptr);
    ~IdCardReader() override;

    void start();
    void stop();
    bool isRunning() const { return m_running; }

    State state() const { return m_state; }
    QString message() const { return m_message; }
    // The backend in use ("serial /dev/ttyUSB0 115200"), empty without one.
    QString backendDescription() const { return m_backend; }

signals:
    void cardRead(const yc::idcard::IdCardData &card);
    void stateChanged(yc::devices::IdCardReader::State state, const QString &message);

private:
    void onWorkerState(yc::devices::IdCardReader::State state, const QString &message,
                       const QString &backend);
    void onWorkerCard(const yc::idcard::IdCardData &card, const QString &backend);
    void setState(State state, const QString &message);

    std::shared_ptr<Database> m_db;
    std::function<Operator()> m_operator;
    QThread m_thread;
    IdCardReaderWorker *m_worker = nullptr; // lives in m_thread
    bool m_running = false;
    State m_state = State::Stopped;
    QString m_message;
    QString m_backend;
};

} // namespace yc::devices
