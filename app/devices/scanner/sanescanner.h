#pragma once

#include "app/devices/scanner/scanner.h"

#include <atomic>
#include <memory>

class QThread;

namespace yc::devices {

class SaneWorker;

// Scanners on Linux through the SANE C API (libsane), in a worker thread of
// its own. Tests use SANE's own `test` backend through SANE_CONFIG_DIR.
class SaneScanner : public Scanner
{
    Q_OBJECT

public:
    explicit SaneScanner(QObject *parent = nullptr);
    ~SaneScanner() override;

    QString backendName() const override { return QStringLiteral("sane"); }
    void listDevices() override;
    void queryCapabilities(const QString &device) override;
    bool startScan(const ScanRequest &request) override;
    void cancel() override;
    bool isBusy() const override { return m_busy; }

private:
    QThread *m_thread;
    QObject *m_context; // lives in m_thread; queued calls run there
    std::unique_ptr<SaneWorker> m_worker;
    std::atomic<bool> m_cancelled{false};
    bool m_busy = false;
};

} // namespace yc::devices
