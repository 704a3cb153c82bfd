#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>

namespace yc {

// QR codes for the progress-query link printed on every window document.
// Error correction level M: a receipt folded in a pocket or stamped over by a
// seal still scans, while the code stays small enough for a corner.
class QrCode
{
    Q_DECLARE_TR_FUNCTIONS(yc::QrCode)

public:
    // The bytes are encoded as they are in 8-bit mode (a URL in UTF-8), so a
    // scanner gives back exactly the same bytes. The image is black on white,
    // moduleSizePx pixels per module, with quietZoneModules of white around.
    // Fails with code "qr_too_long" when the data does not fit the largest QR
    // version at level M, "qr_empty" for no data, "qr_bad_size" for sizes < 1 / < 0.
    static Result<QImage> encode(const QByteArray &utf8, int moduleSizePx = 4, int quietZoneModules = 4);

    // The largest payload in bytes that encode() accepts (version 40, level M).
    static constexpr int maxBytes = 2331;
};

} // namespace yc
