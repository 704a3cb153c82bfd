#include "pagecodec.h"

#include "app/capture/imageops.h"

#include <QBuffer>
#include <QImageReader>
#include <QImageWriter>

namespace yc::capture {

namespace {

constexpr double kA4LongSidePt = 841.89;

// The number of colour components of a baseline or progressive JPEG,
// from its start-of-frame segment; 0 if there is none.
int jpegComponents(const QByteArray &jpeg)
{
    qsizetype i = 2;
    while (i + 9 < jpeg.size()) {
        if (uchar(jpeg[i]) != 0xFF) {
            ++i;
            continue;
        }
        const uchar marker = uchar(jpeg[i + 1]);
        if (marker == 0xFF) {
            ++i;
            continue;
        }
        const int length = (uchar(jpeg[i + 2]) << 8) | uchar(jpeg[i + 3]);
        if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC)
            return uchar(jpeg[i + 9]);
        i += 2 + length;
    }
    return 0;
}

QByteArray flate(const QByteArray &raw)
{
    // qCompress writes a 4-byte length and then a zlib stream, which is
    // what FlateDecode reads.
    return qCompress(raw, 9).mid(4);
}

QByteArray number(double v)
{
    return QByteArray::number(v, 'f', 2);
}

} // namespace

Result<EncodedPage> PageCodec::encode(const QImage &page, PageTreatment treatment, double dpi,
                                      int jpegQuality)
{
    if (page.isNull())
        return Error{QStringLiteral("capture.empty_page"), tr("The page is empty. Capture it again.")};
    EncodedPage out;
    out.treatment = treatment;
    out.dpi = dpi;
    QImage image;
    switch (treatment) {
    case PageTreatment::Colour:
        image = page.format() == QImage::Format_RGB32 || page.format() == QImage::Format_Grayscale8
                    ? page
                    : page.convertToFormat(QImage::Format_RGB32);
        out.format = "jpeg";
        break;
    case PageTreatment::Grey:
        image = toGrey(page);
        out.format = "jpeg";
        break;
    case PageTreatment::BlackWhite:
        image = page.format() == QImage::Format_Mono ? page : toBilevel(page);
        out.format = "png";
        break;
    }
    if (dpi > 0) {
        image.setDotsPerMeterX(int(dpi / 0.0254 + 0.5));
        image.setDotsPerMeterY(int(dpi / 0.0254 + 0.5));
    }
    QBuffer buffer(&out.bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, out.format);
    if (out.format == "jpeg")
        writer.setQuality(jpegQuality);
    else
        writer.setQuality(0); // Qt's PNG writer: quality 0 = strongest zlib compression
    if (!writer.write(image))
        return Error{QStringLiteral("capture.encode"),
                     tr("The page could not be compressed (%1).").arg(writer.errorString())};
    out.pixels = image.size();
    return out;
}

QImage PageCodec::decode(const EncodedPage &page)
{
    return QImage::fromData(page.bytes, page.format.constData());
}

Result<QByteArray> PageCodec::assemblePdf(const QList<EncodedPage> &pages)
{
    if (pages.isEmpty())
        return Error{QStringLiteral("capture.no_pages"), tr("The material has no pages yet.")};
    QByteArray pdf("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n");
    QList<qsizetype> offsets;
    auto begin = [&](int id) {
        if (offsets.size() < id)
            offsets.resize(id);
        offsets[id - 1] = pdf.size();
        pdf += QByteArray::number(id) + " 0 obj\n";
    };
    const int count = int(pages.size());
    begin(1);
    pdf += "<< /Type /Catalog /Pages 2 0 R >>\nendobj\n";
    begin(2);
    pdf += "<< /Type /Pages /Count " + QByteArray::number(count) + " /Kids [";
    for (int i = 0; i < count; ++i)
        pdf += ' ' + QByteArray::number(4 + 3 * i) + " 0 R";
    pdf += " ] >>\nendobj\n";
    begin(3);
    pdf += "<< /Producer (Yichuang) >>\nendobj\n";

    for (int i = 0; i < count; ++i) {
        const EncodedPage &page = pages.at(i);
        QByteArray dictionary;
        QByteArray data;
        const QSize px = page.pixels;
        if (page.format == "jpeg") {
            const int components = jpegComponents(page.bytes);
            if (components != 1 && components != 3)
                return Error{QStringLiteral("capture.encode"),
                             tr("Page %1 could not be put into the PDF (unsupported JPEG).").arg(i + 1)};
            dictionary = "/ColorSpace " + QByteArray(components == 1 ? "/DeviceGray" : "/DeviceRGB") +
                         " /BitsPerComponent 8 /Filter /DCTDecode";
            data = page.bytes;
        } else {
            const QImage image = decode(page);
            if (image.isNull())
                return Error{QStringLiteral("capture.encode"),
                             tr("Page %1 could not be put into the PDF.").arg(i + 1)};
            QByteArray raw;
            if (image.format() == QImage::Format_Mono && image.colorCount() == 2 &&
                qGray(image.color(0)) < qGray(image.color(1))) {
                // Index 0 black, 1 white: the bits are DeviceGray at 1 bit.
                const int rowBytes = (image.width() + 7) / 8;
                raw.reserve(qsizetype(rowBytes) * image.height());
                for (int y = 0; y < image.height(); ++y)
                    raw.append(reinterpret_cast<const char *>(image.constScanLine(y)), rowBytes);
                dictionary = "/ColorSpace /DeviceGray /BitsPerComponent 1";
            } else if (image.isGrayscale()) {
                const QImage grey = toGrey(image);
                raw.reserve(qsizetype(grey.width()) * grey.height());
                for (int y = 0; y < grey.height(); ++y)
                    raw.append(reinterpret_cast<const char *>(grey.constScanLine(y)), grey.width());
                dictionary = "/ColorSpace /DeviceGray /BitsPerComponent 8";
            } else {
                const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
                for (int y = 0; y < rgb.height(); ++y)
                    raw.append(reinterpret_cast<const char *>(rgb.constScanLine(y)), rgb.width() * 3);
                dictionary = "/ColorSpace /DeviceRGB /BitsPerComponent 8";
            }
            dictionary += " /Filter /FlateDecode";
            data = flate(raw);
        }
        double widthPt = 0;
        double heightPt = 0;
        if (page.dpi > 0) {
            widthPt = px.width() * 72.0 / page.dpi;
            heightPt = px.height() * 72.0 / page.dpi;
        } else {
            const double s = kA4LongSidePt / std::max(px.width(), px.height());
            widthPt = px.width() * s;
            heightPt = px.height() * s;
        }
        const int pageId = 4 + 3 * i;
        begin(pageId);
        pdf += "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + number(widthPt) + ' ' + number(heightPt) +
               "] /Resources << /XObject << /Im0 " + QByteArray::number(pageId + 2) +
               " 0 R >> >> /Contents " + QByteArray::number(pageId + 1) + " 0 R >>\nendobj\n";
        const QByteArray content = "q " + number(widthPt) + " 0 0 " + number(heightPt) + " 0 0 cm /Im0 Do Q";
        begin(pageId + 1);
        pdf += "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content +
               "\nendstream\nendobj\n";
        begin(pageId + 2);
        pdf += "<< /Type /XObject /Subtype /Image /Width " + QByteArray::number(px.width()) + " /Height " +
               QByteArray::number(px.height()) + ' ' + dictionary + " /Length " +
               QByteArray::number(data.size()) + " >>\nstream\n" + data + "\nendstream\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1) +
           " /Root 1 0 R /Info 3 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

Result<MaterialFile> PageCodec::assemble(const QList<EncodedPage> &pages)
{
    if (pages.isEmpty())
        return Error{QStringLiteral("capture.no_pages"), tr("The material has no pages yet.")};
    MaterialFile file;
    file.pageCount = int(pages.size());
    if (pages.size() == 1) {
        file.content = pages.first().bytes;
        const bool jpeg = pages.first().format == "jpeg";
        file.mimeType = jpeg ? QStringLiteral("image/jpeg") : QStringLiteral("image/png");
        file.extension = jpeg ? QStringLiteral("jpg") : QStringLiteral("png");
        return file;
    }
    auto pdf = assemblePdf(pages);
    if (!pdf)
        return pdf.error();
    file.content = std::move(pdf.value());
    file.mimeType = QStringLiteral("application/pdf");
    file.extension = QStringLiteral("pdf");
    return file;
}

} // namespace yc::capture
