#include "sanescanner.h"

#include "app/devices/scanner/saneworker.h"

#include <QThread>

namespace yc::devices {

SaneScanner::SaneScanner(QObject *parent)
    : Scanner(parent)
    , m_thread(new QThread(this))
    , m_context(new QObject)
    , m_worker(std::make_unique<SaneWorker>())
{
    m_thread->setObjectName(QStringLiteral("sane"));
    m_context->moveToThread(m_thread);
    m_thread->start();
}

SaneScanner::~SaneScanner()
{
    m_cancelled = true;
    // sane_exit must run in the thread that called sane_init.
    QMetaObject::invokeMethod(
        m_context, [this] { m_worker.reset(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_context;
}

void SaneScanner::listDevices()
{
    QMetaObject::invokeMethod(m_context, [this] {
        auto devices = m_worker->devices();
        QMetaObject::invokeMethod(
            this,
            [this, devices] {
                if (!devices) {
                    emit deviceError(devices.error());
                    return;
                }
                emit devicesListed(devices.value());
                if (devices->isEmpty())
                    emit deviceError(ScannerText::noScanner());
            },
            Qt::QueuedConnection);
    });
}

void SaneScanner::queryCapabilities(const QString &device)
{
    QMetaObject::invokeMethod(m_context, [this, device] {
        auto caps = m_worker->capabilities(device);
        QMetaObject::invokeMethod(
            this,
            [this, device, caps] {
                if (caps)
                    emit capabilitiesReady(device, caps.value());
                else
                    emit deviceError(caps.error());
            },
            Qt::QueuedConnection);
    });
}

bool SaneScanner::startScan(const ScanRequest &request)
{
    if (m_busy)
        return false;
    m_busy = true;
    m_cancelled = false;
    QMetaObject::invokeMethod(m_context, [this, request] {
        SaneWorker::Sink sink;
        sink.page = [this](int index, const QImage &page, double dpi) {
            QMetaObject::invokeMethod(
                this, [this, index, page, dpi] { emit pageScanned(index, page, dpi); }, Qt::QueuedConnection);
        };
        sink.finished = [this](int pages, bool cancelled, const Error &error) {
            QMetaObject::invokeMethod(
                this,
                [this, pages, cancelled, error] {
                    m_busy = false;
                    emit scanFinished(pages, cancelled, error);
                },
                Qt::QueuedConnection);
        };
        m_worker->scan(request, m_cancelled, sink);
    });
    return true;
}

void SaneScanner::cancel()
{
    if (m_busy)
        m_cancelled = true;
}

} // namespace yc::devices
