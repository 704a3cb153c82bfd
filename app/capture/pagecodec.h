#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QSize>

namespace yc::capture {

// How a page is kept: colour photos and certificates in JPEG, text pages in
// grey (JPEG, 8 bit) or black and white (PNG, 1 bit).
enum class PageTreatment
{
    Colour,
    Grey,
    BlackWhite,
};

// One page as it will be stored: the compressed file and what the PDF
// writer needs to know about it.
struct EncodedPage
{
    QByteArray bytes;  // a JPEG or PNG file
    QByteArray format; // "jpeg" | "png"
    QSize pixels;
    double dpi = 0; // 0 = unknown (camera); the PDF page then gets A4's long side
    PageTreatment treatment = PageTreatment::Colour;
};

// A material's file: one page as its JPEG/PNG, several pages as one PDF.
struct MaterialFile
{
    QByteArray content;
    QString mimeType;
    QString extension; // "jpg" | "png" | "pdf"
    int pageCount = 0;
};

class PageCodec
{
    Q_DECLARE_TR_FUNCTIONS(yc::capture::PageCodec)

public:
    static constexpr int kJpegQuality = 80;

    // `page` is already cropped and straightened; the treatment converts it.
    static Result<EncodedPage> encode(const QImage &page, PageTreatment treatment, double dpi,
                                      int jpegQuality = kJpegQuality);
    static QImage decode(const EncodedPage &page);

    // One PDF, one page per image, each page sized by its resolution. JPEG
    // data goes in as it is (DCTDecode); black-and-white and grey PNG pages
    // as 1- or 8-bit FlateDecode images.
    static Result<QByteArray> assemblePdf(const QList<EncodedPage> &pages);
    static Result<MaterialFile> assemble(const QList<EncodedPage> &pages);
};

} // namespace yc::capture
