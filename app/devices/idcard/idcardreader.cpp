#include "idcardreader.h"

#include "app/devices/idcard/idcardreaderworker.h"
#include "app/devices/idcard/readertexts.h"
#include "audit/auditlog.h"
#include "core/pii.h"
#include "store/database.h"

#include <QLoggingCategory>

namespace yc::devices {

Q_LOGGING_CATEGORY(lcReader, "yc.device.idcard")

IdCardReader::IdCardReader(IdCardReaderOptions options, std::shared_ptr<Database> auditDb,
                           std::function<Operator()> currentOperator, QObject *parent)
    : QObject(parent)
    , m_db(std::move(auditDb))
    , m_operator(std::move(currentOperator))
{
    qRegisterMetaType<yc::idcard::IdCardData>();
    qRegisterMetaType<yc::devices::IdCardReader::State>();
    m_thread.setObjectName(QStringLiteral("idcard-reader"));
    m_worker = new IdCardReaderWorker(std::move(options));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &IdCardReaderWorker::stateChanged, this, &IdCardReader::onWorkerState);
    connect(m_worker, &IdCardReaderWorker::cardRead, this, &IdCardReader::onWorkerCard);
    m_thread.start();
}

IdCardReader::~IdCardReader()
{
    // The worker closes its port in its own thread before the thread ends
    // (waiting out a read in progress).
    QMetaObject::invokeMethod(m_worker, &IdCardReaderWorker::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void IdCardReader::start()
{
    m_running = true;
    QMetaObject::invokeMethod(m_worker, &IdCardReaderWorker::start, Qt::QueuedConnection);
}

void IdCardReader::stop()
{
    m_running = false;
    QMetaObject::invokeMethod(m_worker, &IdCardReaderWorker::stop, Qt::QueuedConnection);
}

void IdCardReader::setState(State state, const QString &message)
{
    if (state == m_state && message == m_message)
        return;
    m_state = state;
    m_message = message;
    emit stateChanged(state, message);
}

void IdCardReader::onWorkerState(State state, const QString &message, const QString &backend)
{
    m_backend = backend;
    setState(state, message);
}

void IdCardReader::onWorkerCard(const idcard::IdCardData &card, const QString &backend)
{
    if (!m_running)
        return; // read just before stop(): nobody asked for it any more
    const Operator op = m_operator ? m_operator() : Operator{};
    QString detail = card.idType() + QLatin1Char(' ') + backend;
    if (card.expired)
        detail += QStringLiteral(" expired");
    Result<void> audited =
        m_db ? appendAudit(m_db->connection(), {op.staffNo, op.windowNo, QStringLiteral("idcard.read"),
                                                pii::maskIdNumber(card.number), detail})
             : Result<void>(Error{QStringLiteral("audit.none"), QString()});
    if (!audited) {
        qCWarning(lcReader) << "card read not audited:" << audited.error().code;
        setState(State::Error,
                 ReaderTexts::tr("The card was read but the read could not be recorded in the audit "
                                 "log, so its data is not shown. Call technical support."));
        return;
    }
    qCInfo(lcReader) << "card read" << pii::maskIdNumber(card.number) << card.idType();
    emit cardRead(card);
}

} // namespace yc::devices
