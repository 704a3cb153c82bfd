#include "serialbackend.h"

#include "app/devices/idcard/readertexts.h"
#include "idcard/samstatus.h"

#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QSerialPort>
#include <QSerialPortInfo>

namespace yc::devices {

Q_LOGGING_CATEGORY(lcSerial, "yc.device.idcard.serial")

using idcard::Command;
namespace sam = idcard::sam;

namespace {

Error linkError(const char *code, const QString &message)
{
    return Error{QStringLiteral("idcard.link.") + QString::fromLatin1(code), message};
}

Error noReply()
{
    return linkError("timeout", ReaderTexts::tr("The card reader did not answer; check that it is plugged in "
                                                "and switched on."));
}

Error frameError()
{
    return Error{
        QStringLiteral("idcard.frame"),
        ReaderTexts::tr("The card reader's answer arrived damaged or incomplete; place the card again. "
                        "If this keeps happening, check the reader cable.")};
}

QString decodeUcs2(const QByteArray &bytes)
{
    QString s;
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2)
        s.append(QChar(char16_t(quint8(bytes.at(i)) | quint8(bytes.at(i + 1)) << 8)));
    return s.trimmed();
}

} // namespace

SerialBackend::SerialBackend(Options options)
    : m_options(std::move(options))
{}

SerialBackend::~SerialBackend()
{
    close();
}

QString SerialBackend::description() const
{
    return QStringLiteral("serial %1 %2").arg(m_portName).arg(m_baud);
}

QStringList SerialBackend::candidatePorts() const
{
    if (!m_options.ports.isEmpty())
        return m_options.ports;
    // Only USB-serial bridges, which is how reader modules are sold: a
    // built-in COM port may drive a queue display or a printer that must not
    // be sent probes. A reader on such a port is configured explicitly.
    QStringList ports;
    const auto infos = QSerialPortInfo::availablePorts();
    for (const auto &info : infos) {
        if (info.hasVendorIdentifier())
            ports << info.systemLocation();
    }
    return ports;
}

Result<void> SerialBackend::open()
{
    close();
    const QStringList ports = candidatePorts();
    if (ports.isEmpty()) {
        return linkError("none", ReaderTexts::tr("No serial port found for an ID card reader; check that the "
                                                 "reader is plugged in."));
    }
    std::optional<Error> fatal;
    for (const QString &port : ports) {
        for (const qint32 baud : m_options.bauds) {
            auto probed = probe(port, baud);
            if (probed) {
                qCInfo(lcSerial) << "reader on" << port << "at" << baud;
                return {};
            }
            // A module that answers but refuses to work is the answer for
            // this port: trying other speeds would only hide the cause.
            if (probed.error().code.startsWith(QLatin1String("idcard.sam."))) {
                fatal = probed.error();
                break;
            }
            if (probed.error().code == QLatin1String("idcard.link.open"))
                break;
        }
    }
    close();
    if (fatal)
        return *fatal;
    return linkError("none",
                     ReaderTexts::tr("No ID card reader answered on the serial ports (%1); check that "
                                     "it is plugged in and switched on.")
                         .arg(ports.join(QStringLiteral(", "))));
}

Result<void> SerialBackend::probe(const QString &port, qint32 baud)
{
    close();
    m_port = std::make_unique<QSerialPort>();
    m_port->setPortName(port);
    if (!m_port->open(QIODevice::ReadWrite)) {
        qCDebug(lcSerial) << "cannot open" << port << m_port->errorString();
        m_port.reset();
        return linkError("open", ReaderTexts::tr("The port %1 cannot be opened.").arg(port));
    }
    m_port->setBaudRate(baud);
    m_port->setDataBits(QSerialPort::Data8);
    m_port->setParity(QSerialPort::NoParity);
    m_port->setStopBits(QSerialPort::OneStop);
    m_port->setFlowControl(QSerialPort::NoFlowControl);
    m_port->clear();
    m_reader.clear();
    m_portName = port;
    m_baud = baud;
    // 状态检测 once, without retries: at a wrong speed a module stays silent.
    auto status = transactOnce(idcard::buildCommand(Command::SamStatus), m_options.probeTimeoutMs);
    if (!status)
        return status.error();
    if (status->sw3 != sam::kOk)
        return samError(status->sw3);
    return {};
}

void SerialBackend::close()
{
    if (m_port && m_port->isOpen())
        m_port->close();
    m_port.reset();
    m_reader.clear();
}

Result<idcard::ResponseFrame> SerialBackend::transactOnce(const QByteArray &frame, int timeoutMs)
{
    if (!m_port || !m_port->isOpen())
        return linkError("closed", ReaderTexts::tr("The card reader is not connected."));
    // A late answer to an earlier command must not be taken for this one's.
    m_port->clear(QSerialPort::Input);
    m_port->readAll();
    m_reader.clear();
    if (m_port->write(frame) != frame.size() || !m_port->waitForBytesWritten(timeoutMs))
        return linkError("write", ReaderTexts::tr("The card reader cannot be written to; check the cable."));

    QDeadlineTimer deadline(timeoutMs);
    bool damaged = false;
    for (;;) {
        m_reader.append(m_port->readAll());
        const auto next = m_reader.next();
        if (next.outcome == idcard::FrameReader::Outcome::Frame) {
            auto response = idcard::parseResponseBody(next.body);
            if (!response) {
                damaged = true;
                continue;
            }
            return response;
        }
        if (next.outcome != idcard::FrameReader::Outcome::NeedMore) {
            // The rest of a damaged reply follows at once; do not sit out
            // the whole timeout before asking again.
            if (!damaged)
                deadline = QDeadlineTimer(qMin<qint64>(deadline.remainingTime(), 200));
            damaged = true;
            continue;
        }
        if (deadline.hasExpired())
            break;
        if (!m_port->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
            if (m_port->error() != QSerialPort::NoError && m_port->error() != QSerialPort::TimeoutError) {
                const QString why = m_port->errorString();
                qCWarning(lcSerial) << "port error" << why;
                close();
                return linkError(
                    "lost", ReaderTexts::tr("The connection to the card reader was lost (%1).").arg(why));
            }
        }
    }
    if (damaged || m_reader.pending() > 0) {
        qCInfo(lcSerial) << "damaged or cut-off reply;" << m_reader.pending() << "bytes pending";
        return frameError();
    }
    return noReply();
}

Result<idcard::ResponseFrame> SerialBackend::transact(Command command, int timeoutMs)
{
    const QByteArray frame = idcard::buildCommand(command);
    Result<idcard::ResponseFrame> last = noReply();
    for (int attempt = 0; attempt <= m_options.retries; ++attempt) {
        last = transactOnce(frame, timeoutMs);
        if (last && last->sw3 != sam::kBadChecksum && last->sw3 != sam::kBadLength)
            return last;
        if (!last && last.error().code.startsWith(QLatin1String("idcard.link.")) && !m_port)
            return last; // the port is gone; retrying cannot help
        qCDebug(lcSerial) << "retrying command" << Qt::hex << quint16(command);
    }
    if (last)
        return samError(last->sw3);
    return last;
}

Result<bool> SerialBackend::findCard()
{
    auto r = transact(Command::FindCard, m_options.findTimeoutMs);
    if (!r)
        return r.error();
    if (r->sw3 == sam::kCardFound)
        return true;
    if (r->sw3 == sam::kFindFailed)
        return false;
    return samError(r->sw3);
}

Result<QByteArray> SerialBackend::selectCard()
{
    auto r = transact(Command::SelectCard, m_options.selectTimeoutMs);
    if (!r)
        return r.error();
    if (r->sw3 != sam::kOk)
        return samError(r->sw3);
    return r->data;
}

Result<RawCardRead> SerialBackend::readCard()
{
    auto base = transact(Command::ReadBase, m_options.readTimeoutMs);
    if (!base)
        return base.error();
    if (base->sw3 != sam::kOk)
        return samError(base->sw3);
    const auto blocks = idcard::splitBaseInfo(base->data, false);
    if (!blocks)
        return blocks.error();

    RawCardRead read;
    read.textBlock = blocks->text;
    read.wlt = blocks->photo;
    // 最新住址: right after the base read the card needs no new
    // authentication. A failure here fails the whole read, so an address is
    // never taken from a card put down in the meantime.
    auto appended = transact(Command::ReadAppendedAddress, m_options.readTimeoutMs);
    if (!appended)
        return appended.error();
    if (appended->sw3 == sam::kOk)
        read.appendedAddress = decodeUcs2(appended->data);
    else if (appended->sw3 != sam::kNoContent)
        return samError(appended->sw3);
    return read;
}

} // namespace yc::devices
