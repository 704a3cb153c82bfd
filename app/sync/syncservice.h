#pragma once

#include "app/sync/syncconfig.h"
#include "codes/provinceprofile.h"
#include "outbox/outboxqueue.h"

#include <memory>
#include <optional>

#include <QMutex>
#include <QObject>
#include <QThread>

namespace yc {

class Database;
class FieldCipher;
class SyncWorker;

// The client's side of the sync with the province platform: a worker
// thread with its own database connection (docs/province-api.md §7). Made
// and used in the GUI thread; notify() may be called from any thread.
class SyncService : public QObject
{
    Q_OBJECT

public:
    // cipher must outlive the service; profile maps codes (may be empty).
    SyncService(std::shared_ptr<Database> db, SyncConfig config, const FieldCipher *cipher,
                std::optional<ProvinceProfile> profile, QObject *parent = nullptr);
    ~SyncService() override;

    // Checks the configuration and certificates, then starts the thread.
    Result<void> start();
    // Stops the thread; events in flight go back to pending. Blocks briefly.
    void stop();
    bool isRunning() const { return m_thread != nullptr; }

    // Call after committing a business action: delivery starts at once
    // instead of at the next poll.
    void notify();

    SyncSnapshot snapshot() const;
    Result<QList<outbox::DeadLetter>> deadLetters() const;
    // An administrator corrected the case: send the dead letter again (with
    // a corrected payload if given).
    Result<void> resend(const QString &eventId, const QByteArray &correctedPayload = {});

signals:
    void snapshotChanged(const yc::SyncSnapshot &snapshot);
    // The platform finished (办结) a case: the case list should refresh, 出件 is possible.
    void caseStatusChanged(const QString &caseKey, const QString &status);
    void catalogUpdated(qint64 catalogVersion, const QString &summary);
    void problem(const QString &message);

private:
    std::shared_ptr<Database> m_db;
    SyncConfig m_config;
    const FieldCipher *m_cipher;
    std::optional<ProvinceProfile> m_profile;
    QThread *m_thread = nullptr;
    SyncWorker *m_worker = nullptr;
    mutable QMutex m_mutex;
    SyncSnapshot m_snapshot;
};

} // namespace yc
