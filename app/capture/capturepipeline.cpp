#include "capturepipeline.h"

#include "attachments/attachmentcheck.h"

#include <QBuffer>
#include <QImageReader>

namespace yc::capture {

Result<CapturedPage> CapturePipeline::process(const QImage &raw, const ProcessOptions &options)
{
    if (raw.isNull())
        return Error{QStringLiteral("capture.empty_page"), tr("The page is empty. Capture it again.")};
    CapturedPage page;
    page.source = options.source;
    QImage image = raw;
    if (options.straighten) {
        page.geometry = analysePage(raw, options.maxSkewDegrees);
        image = straighten(raw, page.geometry);
    } else {
        page.geometry.crop = raw.rect();
    }
    auto encoded = PageCodec::encode(image, options.treatment, options.dpi, options.jpegQuality);
    if (!encoded)
        return encoded.error();
    page.encoded = std::move(encoded.value());
    page.thumbnail = thumbnailOf(image, options.treatment);
    return page;
}

QImage CapturePipeline::thumbnailOf(const QImage &page, PageTreatment treatment)
{
    return page.scaled(kThumbnailSide, kThumbnailSide, Qt::KeepAspectRatio, Qt::SmoothTransformation)
        .convertToFormat(treatment == PageTreatment::Colour ? QImage::Format_RGB32
                                                            : QImage::Format_Grayscale8);
}

Result<QList<CapturedPage>> CapturePipeline::importImages(const QByteArray &content,
                                                          const ProcessOptions &options)
{
    QBuffer buffer;
    buffer.setData(content);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QByteArray format = reader.format();
    if (format.isEmpty())
        return Error{QStringLiteral("attachment.type"),
                     tr("This file is neither a picture nor a PDF document. Choose a JPEG, PNG, TIFF or PDF "
                        "file.")};
    // A JPEG or PNG gets the same whole-file check as a stored attachment.
    if (format == "jpeg" || format == "png") {
        if (auto checked = AttachmentCheck::checkImage(content); !checked)
            return checked.error();
    }
    QList<CapturedPage> pages;
    ProcessOptions fileOptions = options;
    fileOptions.source = PageSource::File;
    do {
        const QSize size = reader.size();
        if (size.isValid() && qint64(size.width()) * size.height() > AttachmentCheck::kMaxPixels)
            return Error{QStringLiteral("attachment.too_large"),
                         tr("A picture in this file has %1 × %2 pixels, more than can be attached.")
                             .arg(size.width())
                             .arg(size.height())};
        QImage image;
        if (!reader.read(&image) || image.isNull())
            return Error{QStringLiteral("attachment.damaged"),
                         tr("Page %1 of this file is damaged and cannot be read (%2). Nothing was added.")
                             .arg(pages.size() + 1)
                             .arg(reader.errorString())};
        ProcessOptions pageOptions = fileOptions;
        if (pageOptions.dpi <= 0 && image.dotsPerMeterX() > 0)
            pageOptions.dpi = image.dotsPerMeterX() * 0.0254;
        // A resolution below 72 dpi is a screen default, not the paper's.
        if (pageOptions.dpi < 72)
            pageOptions.dpi = 0;
        auto page = process(image, pageOptions);
        if (!page)
            return page.error();
        pages << std::move(page.value());
    } while (reader.imageCount() > 1 && reader.jumpToNextImage());
    return pages;
}

} // namespace yc::capture
