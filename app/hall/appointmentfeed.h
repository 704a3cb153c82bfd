#pragma once

#include "app/sync/syncconfig.h"
#include "core/result.h"

#include <memory>
#include <optional>

#include <QObject>
#include <QSslConfiguration>
#include <QTimer>

class QNetworkAccessManager;
class QSettings;

namespace yc {

struct ServiceOptions;
namespace platform {
class Signer;
}
namespace queue {
class QueueEngine;
}

// Online appointments from the province platform (统一预约排队) into the
// hall's queue: halld pulls GET /api/v1/appointments from its cursor on a
// timer, books each with the queue engine (source "platform", the
// platform's id as externalId, so a repeat is ignored), applies
// cancellations, and keeps the cursor in sync_state — all through the same
// signing and mutual TLS as the sync worker (docs/province-api.md).
class AppointmentFeed : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        SyncConfig platform;
        int pollMs = 60 * 1000;
    };
    // The [platform] section of halld's INI file (docs/hall-protocol.md,
    // "Appointments from the platform"); nothing when no platform is
    // configured or its appointments are turned off.
    static Result<std::optional<Settings>> read(QSettings &ini, const ServiceOptions &options);

    AppointmentFeed(queue::QueueEngine &engine, Settings settings, QObject *parent = nullptr);
    ~AppointmentFeed() override;

    // Loads the certificates and pulls now, then every pollMs.
    Result<void> start();
    void pull();

signals:
    // Bookings or cancellations were applied; seq is the queue's last.
    void changed(qint64 seq);
    // A page could not be fetched or applied (also logged); the next pull retries.
    void problem(const QString &message);

private:
    void apply(const QByteArray &body, qint64 after);

    queue::QueueEngine &m_engine;
    Settings m_settings;
    QSslConfiguration m_tls;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<platform::Signer> m_signer;
    QTimer m_timer;
    bool m_inFlight = false;
};

} // namespace yc
