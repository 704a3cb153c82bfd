#pragma once

#include <memory>

#include <QByteArray>
#include <QImage>
#include <QStringList>

class QLibrary;

namespace yc::devices {

// Turns the card's 1024-byte WLT photo into an image, only through a
// licensed vendor decoder library present at run time (the format is
// proprietary and no decoder is part of this program). Recognised by its
// exports: DecodingPhotos(in, inSize, out, outSize) or
// wlt2bmpBuffer(in, out, outSize). Whatever the return value, the output is
// accepted only if it is a readable BMP or a raw 102 × 126 BGR image.
class PhotoDecoder
{
public:
    explicit PhotoDecoder(QStringList libraries = defaultLibraries());
    ~PhotoDecoder();

    static QStringList defaultLibraries();

    bool isAvailable();
    // The image, or a null image and `reason` set to a sentence for the clerk.
    QImage decode(const QByteArray &wlt, QString *reason);

private:
    using Decode = int (*)(const char *, int, char *, int);
    void load();

    QStringList m_libraries;
    std::unique_ptr<QLibrary> m_library;
    Decode m_decodingPhotos = nullptr;
    using Wlt2Bmp = int (*)(const char *, char *, int);
    Wlt2Bmp m_wlt2bmp = nullptr;
    bool m_loaded = false;
};

} // namespace yc::devices
