#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSize>
#include <QString>

namespace yc {

// What a file to be attached turned out to be after it was checked.
struct CheckedFile
{
    QString mimeType; // image/jpeg | image/png | application/pdf
    int pageCount = 1;
    QSize pixelSize; // images only
};

// Refuses what must not be stored: files over the size limit, images that do
// not decode completely, PDFs that are cut off, damaged or encrypted. Every
// refusal says what is wrong and what the clerk can do.
class AttachmentCheck
{
    Q_DECLARE_TR_FUNCTIONS(yc::AttachmentCheck)

public:
    static constexpr qint64 kDefaultMaxBytes = 20 * 1024 * 1024;
    // An image larger than this (pixels) is refused rather than decoded.
    static constexpr qint64 kMaxPixels = 80'000'000;

    static Result<void> checkSize(qint64 bytes, qint64 maxBytes = kDefaultMaxBytes);
    static Result<CheckedFile> checkImage(const QByteArray &content);
    // A structural check (header, cross-reference, end marker), then
    // poppler's pdfinfo when it is installed (page count, encryption).
    static Result<CheckedFile> checkPdf(const QByteArray &content);
    // By content, not by file name.
    static Result<CheckedFile> check(const QByteArray &content, qint64 maxBytes = kDefaultMaxBytes);

    // "3.4 MB", "512 KB": the size as a clerk reads it.
    static QString humanSize(qint64 bytes);
};

} // namespace yc
