#include "attachmentcheck.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace yc {

namespace {

const QByteArray kJpegMagic("\xFF\xD8\xFF", 3);
const QByteArray kPngMagic("\x89PNG\r\n\x1A\n", 8);

Error damaged(const QString &what)
{
    return Error{QStringLiteral("attachment.damaged"), what};
}

} // namespace

QString AttachmentCheck::humanSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

Result<void> AttachmentCheck::checkSize(qint64 bytes, qint64 maxBytes)
{
    if (bytes <= 0)
        return Error{QStringLiteral("attachment.empty"), tr("The file is empty. Scan or choose it again.")};
    if (bytes > maxBytes)
        return Error{QStringLiteral("attachment.too_large"),
                     tr("The material is %1; at most %2 can be attached. Scan it at a lower resolution or "
                        "in black and white, or split it into several materials.")
                         .arg(humanSize(bytes), humanSize(maxBytes))};
    return {};
}

Result<CheckedFile> AttachmentCheck::checkImage(const QByteArray &content)
{
    CheckedFile f;
    if (content.startsWith(kJpegMagic)) {
        // libjpeg decodes a cut-off file with a grey bottom and only a
        // warning: the end-of-image marker is the proof the file is whole.
        if (!content.right(64).contains(QByteArray("\xFF\xD9", 2)))
            return damaged(tr("The picture is cut off (the JPEG file has no end). Scan it again or copy the "
                              "file again from its source."));
        f.mimeType = QStringLiteral("image/jpeg");
    } else if (content.startsWith(kPngMagic)) {
        f.mimeType = QStringLiteral("image/png");
    } else {
        return Error{QStringLiteral("attachment.type"),
                     tr("This file is not a JPEG or PNG picture. Attach pictures, or PDF documents.")};
    }
    QBuffer buffer;
    buffer.setData(content);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty())
        return damaged(tr("The picture is damaged and cannot be read. Scan it again."));
    if (qint64(size.width()) * size.height() > kMaxPixels)
        return Error{QStringLiteral("attachment.too_large"),
                     tr("The picture has %1 × %2 pixels, more than can be attached. Scan it at a lower "
                        "resolution.")
                         .arg(size.width())
                         .arg(size.height())};
    QImage image;
    if (!reader.read(&image) || image.isNull())
        return damaged(
            tr("The picture is damaged and cannot be read (%1). Scan it again.").arg(reader.errorString()));
    f.pixelSize = image.size();
    return f;
}

Result<CheckedFile> AttachmentCheck::checkPdf(const QByteArray &content)
{
    const Error broken = damaged(
        tr("The PDF document is damaged or cut off and cannot be attached. Copy it again from its source."));
    if (!content.left(1024).contains("%PDF-"))
        return Error{QStringLiteral("attachment.type"), tr("This file is not a PDF document.")};
    const QByteArray tail = content.right(1024);
    const qsizetype startxref = tail.lastIndexOf("startxref");
    if (startxref < 0 || !tail.mid(startxref).contains("%%EOF"))
        return broken;
    bool ok = false;
    const qint64 xrefOffset =
        tail.mid(startxref + 9).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
    if (!ok || xrefOffset <= 0 || xrefOffset >= content.size())
        return broken;
    // It must point at a cross-reference table or stream, not into the middle
    // of something (readers that "repair" such files guess at the content).
    static const QRegularExpression xrefStream(QStringLiteral("^\\d+\\s+\\d+\\s+obj"));
    const QByteArray atXref = content.mid(xrefOffset, 32);
    if (!atXref.startsWith("xref") && !xrefStream.match(QString::fromLatin1(atXref)).hasMatch())
        return broken;

    CheckedFile f;
    f.mimeType = QStringLiteral("application/pdf");
    f.pageCount = 0;
    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    if (pdfinfo.isEmpty()) {
        // Without poppler: count the page objects of an unpacked page tree.
        static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?!s)"));
        f.pageCount = int(QString::fromLatin1(content).count(page));
        if (f.pageCount == 0)
            return broken;
        return f;
    }
    QTemporaryFile file;
    if (!file.open() || file.write(content) != content.size() || !file.flush())
        return Error{QStringLiteral("attachment.io"),
                     tr("The PDF document could not be checked: no room for a temporary copy.")};
    QProcess process;
    process.start(pdfinfo, {file.fileName()});
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished(2000);
        return broken;
    }
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (err.contains(QStringLiteral("password"), Qt::CaseInsensitive))
            return Error{QStringLiteral("attachment.encrypted"),
                         tr("The PDF document is protected by a password. Ask the applicant for a copy "
                            "without a password, or scan the paper.")};
        return broken;
    }
    // pdfinfo repairs what it can and says so on stderr: a repaired file is
    // not what the applicant handed in.
    if (err.contains(QStringLiteral("Syntax Error"), Qt::CaseInsensitive))
        return broken;
    static const QRegularExpression pages(QStringLiteral("^Pages:\\s+(\\d+)"),
                                          QRegularExpression::MultilineOption);
    const auto m = pages.match(out);
    f.pageCount = m.hasMatch() ? m.captured(1).toInt() : 0;
    if (f.pageCount <= 0)
        return broken;
    return f;
}

Result<CheckedFile> AttachmentCheck::check(const QByteArray &content, qint64 maxBytes)
{
    if (auto size = checkSize(content.size(), maxBytes); !size)
        return size.error();
    if (content.left(1024).contains("%PDF-"))
        return checkPdf(content);
    return checkImage(content);
}

} // namespace yc
