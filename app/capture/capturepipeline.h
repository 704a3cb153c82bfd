#pragma once

#include "app/capture/imageops.h"
#include "app/capture/pagecodec.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

namespace yc::capture {

enum class PageSource
{
    Scanner,
    Camera,
    File,
};

// One page of a material after the pipeline: what will be stored and a
// small picture for the screen.
struct CapturedPage
{
    EncodedPage encoded;
    QImage thumbnail;
    PageSource source = PageSource::Scanner;
    PageGeometry geometry; // what crop and deskew did
};

struct ProcessOptions
{
    PageTreatment treatment = PageTreatment::Grey;
    bool straighten = true; // crop to the document and deskew
    double dpi = 0;         // the scan's resolution; 0 = unknown (camera)
    double maxSkewDegrees = 10.0;
    int jpegQuality = PageCodec::kJpegQuality;
    PageSource source = PageSource::Scanner;
};

// The pipeline for one raw page: crop and deskew, grey or black and white,
// compress. A pure function of its inputs (safe in a worker thread).
class CapturePipeline
{
    Q_DECLARE_TR_FUNCTIONS(yc::capture::CapturePipeline)

public:
    static constexpr int kThumbnailSide = 240;

    static Result<CapturedPage> process(const QImage &raw, const ProcessOptions &options);
    // The small picture of a treated page for the pages strip.
    static QImage thumbnailOf(const QImage &page, PageTreatment treatment);

    // Pictures from a file (JPEG, PNG, TIFF with several pages, BMP) go
    // through the pipeline page by page. Damaged files are refused whole.
    static Result<QList<CapturedPage>> importImages(const QByteArray &content, const ProcessOptions &options);
};

} // namespace yc::capture
