#pragma once

#include "app/devices/idcard/idcardbackend.h"
#include "app/devices/idcard/serialbackend.h"
#include "app/devices/idcard/vendorsdkbackends.h"

#include <memory>

#include <QStringList>

namespace yc::devices {

// Which backend reads cards, and how to find it. "auto" tries the vendor
// SDKs (if a library with their exports is installed) and then the serial
// ports; a pinned backend is the only one tried.
struct IdCardReaderOptions
{
    enum class Backend
    {
        Auto,
        Serial,
        SdtApi,
        Termb,
    };

    Backend backend = Backend::Auto;
    SerialBackend::Options serial;
    QStringList sdkLibraries = defaultVendorLibraries();
    QStringList photoDecoderLibraries; // empty: PhotoDecoder::defaultLibraries()
    // How often the reader looks for a card: below a second so a card put
    // down is noticed at once, not below 300 ms (the SAM needs the pause).
    int pollIntervalMs = 400;
    // After the reader is lost or not found, how long until the next try.
    int reconnectIntervalMs = 2000;

    // "auto", "serial", "sdtapi", "termb" (as a setting stores it); anything
    // else is Auto.
    static Backend backendFromString(const QString &name);
    static QString backendName(Backend backend);
};

// Opens the first backend that finds a reader. The error explains, for the
// clerk, what was tried.
Result<std::unique_ptr<IdCardBackend>> openIdCardBackend(const IdCardReaderOptions &options);

} // namespace yc::devices
