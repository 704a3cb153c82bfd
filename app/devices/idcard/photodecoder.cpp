#include "photodecoder.h"

#include "app/devices/idcard/readertexts.h"
#include "app/devices/idcard/vendorsdkbackends.h"
#include "idcard/cardtext.h"

#include <QLibrary>

namespace yc::devices {

namespace {

constexpr int kWidth = 102;
constexpr int kHeight = 126;

QImage fromRawBgr(const QByteArray &bytes)
{
    constexpr int size = kWidth * kHeight * 3;
    // A decoder that returned without writing leaves zeros, not a photo.
    if (bytes.size() < size || QByteArrayView(bytes).first(size).count('\0') == size)
        return {};
    QImage image(kWidth, kHeight, QImage::Format_RGB888);
    for (int y = 0; y < kHeight; ++y) {
        const auto *src = reinterpret_cast<const uchar *>(bytes.constData()) + y * kWidth * 3;
        uchar *dst = image.scanLine(y);
        for (int x = 0; x < kWidth; ++x) {
            dst[3 * x] = src[3 * x + 2];
            dst[3 * x + 1] = src[3 * x + 1];
            dst[3 * x + 2] = src[3 * x];
        }
    }
    return image;
}

} // namespace

PhotoDecoder::PhotoDecoder(QStringList libraries)
    : m_libraries(std::move(libraries))
{}

PhotoDecoder::~PhotoDecoder() = default;

QStringList PhotoDecoder::defaultLibraries()
{
    return {QStringLiteral("wlt2bmp"), QStringLiteral("libwlt2bmp"), QStringLiteral("WltRS"),
            QStringLiteral("DecodingPhotos")};
}

void PhotoDecoder::load()
{
    if (m_loaded)
        return;
    m_loaded = true;
    if ((m_library = loadLibraryExporting(m_libraries, {"DecodingPhotos"})))
        m_decodingPhotos = reinterpret_cast<Decode>(m_library->resolve("DecodingPhotos"));
    else if ((m_library = loadLibraryExporting(m_libraries, {"wlt2bmpBuffer"})))
        m_wlt2bmp = reinterpret_cast<Wlt2Bmp>(m_library->resolve("wlt2bmpBuffer"));
}

bool PhotoDecoder::isAvailable()
{
    load();
    return m_decodingPhotos || m_wlt2bmp;
}

QImage PhotoDecoder::decode(const QByteArray &wlt, QString *reason)
{
    if (wlt.size() != idcard::kPhotoSize) {
        *reason =
            ReaderTexts::tr("The card reader did not deliver the card photo. Compare the person with the "
                            "photo printed on the card.");
        return {};
    }
    if (!isAvailable()) {
        *reason =
            ReaderTexts::tr("The photo cannot be shown: no licensed photo decoder from the card reader's "
                            "vendor is installed. Compare the person with the photo printed on the card.");
        return {};
    }
    QByteArray out(64 * 1024, '\0');
    const int rc = m_decodingPhotos
                       ? m_decodingPhotos(wlt.constData(), int(wlt.size()), out.data(), int(out.size()))
                       : m_wlt2bmp(wlt.constData(), out.data(), int(out.size()));
    QImage image = out.startsWith("BM") ? QImage::fromData(out, "BMP") : fromRawBgr(out);
    if (image.isNull() || rc < 0) {
        *reason =
            ReaderTexts::tr("The vendor's photo decoder could not decode the card photo (code %1). Compare "
                            "the person with the photo printed on the card.")
                .arg(rc);
        return {};
    }
    return image;
}

} // namespace yc::devices
