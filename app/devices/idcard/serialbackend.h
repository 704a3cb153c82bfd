#pragma once

#include "app/devices/idcard/idcardbackend.h"
#include "idcard/frame.h"

#include <memory>

#include <QList>
#include <QStringList>

class QSerialPort;

namespace yc::devices {

// The GA/T 467 host protocol over a (USB-)serial port, for readers that
// expose their SAM as a serial device (and for yichuang-idcard-sim).
class SerialBackend final : public IdCardBackend
{
public:
    struct Options
    {
        // Ports to try, in order; empty: every USB serial port the system
        // lists (built-in COM ports only when named here).
        QStringList ports;
        // The SAM's selectable speeds, factory default first.
        QList<qint32> bauds{115200, 57600, 38400, 19200, 9600};
        // Per-command reply timeouts (ms) after the vendor SDKs' values;
        // each command is sent up to 1 + retries times.
        int probeTimeoutMs = 500;
        int findTimeoutMs = 500;
        int selectTimeoutMs = 500;
        int readTimeoutMs = 3500;
        int retries = 2;
    };

    explicit SerialBackend(Options options);
    ~SerialBackend() override;

    QString description() const override;
    Result<void> open() override;
    void close() override;
    Result<bool> findCard() override;
    Result<QByteArray> selectCard() override;
    Result<RawCardRead> readCard() override;

    // The ports open() would try.
    QStringList candidatePorts() const;

private:
    Result<idcard::ResponseFrame> transact(idcard::Command command, int timeoutMs);
    Result<idcard::ResponseFrame> transactOnce(const QByteArray &frame, int timeoutMs);
    Result<void> probe(const QString &port, qint32 baud);

    Options m_options;
    std::unique_ptr<QSerialPort> m_port;
    idcard::FrameReader m_reader;
    QString m_portName;
    qint32 m_baud = 0;
};

} // namespace yc::devices
