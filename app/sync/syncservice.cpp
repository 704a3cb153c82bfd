#include "syncservice.h"

#include "app/platform/tls.h"
#include "app/sync/syncworker.h"
#include "store/database.h"

namespace yc {

SyncService::SyncService(std::shared_ptr<Database> db, SyncConfig config, const FieldCipher *cipher,
                         std::optional<ProvinceProfile> profile, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_config(std::move(config))
    , m_cipher(cipher)
    , m_profile(std::move(profile))
{
    qRegisterMetaType<yc::SyncSnapshot>();
}

SyncService::~SyncService()
{
    stop();
}

Result<void> SyncService::start()
{
    if (m_thread)
        return {};
    if (auto ok = m_config.check(); !ok)
        return ok;
    auto tls = platform::Tls::configuration(m_config.tls);
    if (!tls)
        return tls.error();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("yc-sync"));
    m_worker = new SyncWorker(m_db, m_config, m_cipher, m_profile);
    m_worker->moveToThread(m_thread);
    connect(m_worker, &SyncWorker::snapshotChanged, this, [this](const SyncSnapshot &s) {
        {
            QMutexLocker lock(&m_mutex);
            m_snapshot = s;
        }
        emit snapshotChanged(s);
    });
    connect(m_worker, &SyncWorker::caseStatusChanged, this, &SyncService::caseStatusChanged);
    connect(m_worker, &SyncWorker::catalogUpdated, this, &SyncService::catalogUpdated);
    connect(m_worker, &SyncWorker::problem, this, &SyncService::problem);
    m_thread->start();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, c = tls.value()] { w->start(c); }, Qt::QueuedConnection);
    return {};
}

void SyncService::stop()
{
    if (!m_thread)
        return;
    SyncWorker *worker = nullptr;
    {
        QMutexLocker lock(&m_mutex); // notify() may run in another thread
        worker = std::exchange(m_worker, nullptr);
    }
    QMetaObject::invokeMethod(worker, &SyncWorker::stop, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete worker; // its thread has ended; it holds no network objects any more
    delete m_thread;
    m_thread = nullptr;
    QMutexLocker lock(&m_mutex);
    m_snapshot.running = false;
    m_snapshot.inFlight = 0;
}

void SyncService::notify()
{
    QMutexLocker lock(&m_mutex);
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &SyncWorker::kick, Qt::QueuedConnection);
}

SyncSnapshot SyncService::snapshot() const
{
    QMutexLocker lock(&m_mutex);
    return m_snapshot;
}

Result<QList<outbox::DeadLetter>> SyncService::deadLetters() const
{
    return outbox::deadLetters(m_db->connection(), QStringLiteral("platform"));
}

Result<void> SyncService::resend(const QString &eventId, const QByteArray &correctedPayload)
{
    if (auto r = outbox::resend(m_db->connection(), eventId, correctedPayload); !r)
        return r;
    notify();
    return {};
}

} // namespace yc
