#pragma once

#include "app/platform/errorclass.h"
#include "app/sync/syncconfig.h"
#include "codes/provinceprofile.h"
#include "outbox/outboxqueue.h"

#include <memory>
#include <optional>
#include <random>

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslConfiguration>
#include <QTimer>

namespace yc {

class Database;
class FieldCipher;

// Lives in the sync thread (SyncService owns it) with its own database
// connection: drains the platform outbox, pulls the status feed and the
// catalog. Every public slot runs in that thread.
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    SyncWorker(std::shared_ptr<Database> db, SyncConfig config, const FieldCipher *cipher,
               std::optional<ProvinceProfile> profile);
    ~SyncWorker() override;

    void start(const QSslConfiguration &tls);
    // Aborts what is in flight (those events go back to pending) and closes
    // this thread's connection.
    void stop();
    // Something was committed to the outbox: look now.
    void kick();

signals:
    void snapshotChanged(const yc::SyncSnapshot &snapshot);
    void caseStatusChanged(const QString &caseKey, const QString &status);
    void catalogUpdated(qint64 catalogVersion, const QString &summary);
    void problem(const QString &message);

private:
    void pump();
    void push(const QList<outbox::Item> &items);
    void pushFinished(QNetworkReply *reply, const QList<outbox::Item> &items, const QStringList &sentIds);
    void pullStatus();
    void pullCatalog();
    QNetworkReply *send(const QByteArray &method, const QByteArray &target, const QByteArray &body);
    std::optional<platform::Failure> requestFailure(QNetworkReply *reply, const QByteArray &body);
    void pausePlatform(const platform::Failure &failure);
    void succeeded();
    int jittered(qint64 ms);
    bool paused() const;
    void publishSnapshot(bool force = false);
    void checkForCommits();

    std::shared_ptr<Database> m_db;
    SyncConfig m_config;
    const FieldCipher *m_cipher;
    std::optional<ProvinceProfile> m_profile;
    QSslConfiguration m_tls;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<platform::Signer> m_signer;
    std::unique_ptr<QTimer> m_pollTimer;
    std::unique_ptr<QTimer> m_commitTimer;
    std::unique_ptr<QTimer> m_statusTimer;
    std::unique_ptr<QTimer> m_catalogTimer;
    std::unique_ptr<QTimer> m_resumeTimer;
    int m_inFlight = 0;
    bool m_statusInFlight = false;
    bool m_catalogInFlight = false;
    int m_backoffLevel = 0;
    QElapsedTimer m_clock;
    qint64 m_pausedUntilMs = 0;
    qint64 m_lastSnapshotMs = -1000000;
    qint64 m_dataVersion = -1;
    QString m_lastError;
    std::mt19937 m_random;
    bool m_running = false;
    bool m_needsRecovery = false; // rows left in flight by a failed write
};

} // namespace yc
