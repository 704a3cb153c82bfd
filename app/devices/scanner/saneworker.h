#pragma once

#include "app/devices/scanner/scanner.h"

#include <atomic>
#include <functional>
#include <sane/sane.h>

namespace yc::devices {

// The SANE C API, used from one thread only (SANE is not thread-safe):
// SaneScanner runs it in its worker thread. Every call blocks.
class SaneWorker
{
public:
    struct Sink
    {
        std::function<void(int index, const QImage &page, double dpi)> page;
        std::function<void(int pages, bool cancelled, const Error &error)> finished;
    };

    SaneWorker() = default;
    ~SaneWorker(); // sane_exit, in the thread that called sane_init
    SaneWorker(const SaneWorker &) = delete;
    SaneWorker &operator=(const SaneWorker &) = delete;

    Result<QList<ScannerInfo>> devices();
    Result<ScannerCapabilities> capabilities(const QString &device);
    void scan(const ScanRequest &request, const std::atomic<bool> &cancelled, const Sink &sink);

    static Error errorFor(SANE_Status status);

private:
    Result<void> init();
    Result<SANE_Handle> open(const QString &device);
    Result<void> configure(SANE_Handle handle, const ScanRequest &request, double &dpi);
    // One page (all its frames); the image is null when cancelled.
    Result<QImage> readPage(SANE_Handle handle, const std::atomic<bool> &cancelled);

    bool m_initialised = false;
};

} // namespace yc::devices
