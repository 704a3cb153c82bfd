#include "qrcode.h"

#include <cerrno>
#include <memory>

#include <qrencode.h>

namespace yc {

Result<QImage> QrCode::encode(const QByteArray &utf8, int moduleSizePx, int quietZoneModules)
{
    if (utf8.isEmpty())
        return Error{QStringLiteral("qr_empty"), tr("There is nothing to put into the QR code.")};
    if (moduleSizePx < 1 || quietZoneModules < 0)
        return Error{QStringLiteral("qr_bad_size"), tr("The QR code module size must be at least 1 pixel.")};
    // Checked before calling the library so the answer does not depend on
    // errno, which some libqrencode builds leave unset on overflow.
    if (utf8.size() > maxBytes)
        return Error{
            QStringLiteral("qr_too_long"),
            tr("The text is too long for a QR code (%1 bytes, at most %2).").arg(utf8.size()).arg(maxBytes)};

    // encodeData rather than encodeString8bit: the data may contain NUL bytes
    // and need not be NUL-terminated.
    errno = 0;
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(int(utf8.size()), reinterpret_cast<const unsigned char *>(utf8.constData()), 0,
                          QR_ECLEVEL_M),
        &QRcode_free);
    if (!code) {
        if (errno == ERANGE)
            return Error{QStringLiteral("qr_too_long"),
                         tr("The text is too long for a QR code (%1 bytes, at most %2).")
                             .arg(utf8.size())
                             .arg(maxBytes)};
        return Error{QStringLiteral("qr_failed"), tr("The QR code could not be made.")};
    }

    const int width = code->width;
    const int side = (width + 2 * quietZoneModules) * moduleSizePx;
    // Grayscale8 rather than Mono: every consumer (painter, PNG writer,
    // scanner test) handles it without a colour table.
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < width; ++y) {
        for (int x = 0; x < width; ++x) {
            // Bit 0 of each byte is the module colour (1 = dark); the other
            // bits describe the module's role and are of no interest here.
            if (!(code->data[y * width + x] & 1))
                continue;
            const int px = (x + quietZoneModules) * moduleSizePx;
            const int py = (y + quietZoneModules) * moduleSizePx;
            for (int dy = 0; dy < moduleSizePx; ++dy) {
                uchar *line = image.scanLine(py + dy);
                std::fill(line + px, line + px + moduleSizePx, uchar(0));
            }
        }
    }
    return image;
}

} // namespace yc
