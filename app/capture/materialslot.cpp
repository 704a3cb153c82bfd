#include "materialslot.h"

#include "app/devices/camera/idcardmerge.h"
#include "attachments/attachmentcheck.h"

#include <QFile>

namespace yc::capture {

MaterialSlot::MaterialSlot(QString materialCode, QString materialName, qint64 maxBytes, QObject *parent)
    : QAbstractListModel(parent)
    , m_code(std::move(materialCode))
    , m_name(std::move(materialName))
    , m_maxBytes(maxBytes)
{}

int MaterialSlot::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_importedPdf ? 1 : int(m_pages.size());
}

QVariant MaterialSlot::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (m_importedPdf) {
        switch (role) {
        case Qt::DisplayRole:
            return tr("PDF document, %n page(s)", nullptr, m_importedPdf->pageCount);
        case PageBytesRole:
            return qint64(m_importedPdf->content.size());
        case SourceRole:
            return int(PageSource::File);
        case IsImportedPdfRole:
            return true;
        default:
            return {};
        }
    }
    const CapturedPage &page = m_pages.at(index.row());
    switch (role) {
    case Qt::DisplayRole: // the page number is the view's: it follows the row
        return AttachmentCheck::humanSize(page.encoded.bytes.size());
    case ThumbnailRole:
        return page.thumbnail;
    case PageBytesRole:
        return qint64(page.encoded.bytes.size());
    case PixelSizeRole:
        return page.encoded.pixels;
    case SourceRole:
        return int(page.source);
    case IsImportedPdfRole:
        return false;
    default:
        return {};
    }
}

int MaterialSlot::pageCount() const
{
    return m_importedPdf ? m_importedPdf->pageCount : int(m_pages.size());
}

Result<void> MaterialSlot::addRawPage(const QImage &raw, double dpi, PageSource source)
{
    ProcessOptions options;
    options.treatment = m_treatment;
    options.dpi = dpi;
    options.source = source;
    auto page = CapturePipeline::process(raw, options);
    if (!page)
        return page.error();
    return addPage(std::move(page.value()));
}

Result<void> MaterialSlot::addPage(CapturedPage page)
{
    if (m_importedPdf)
        return Error{
            QStringLiteral("capture.pdf_slot"),
            tr("This material is an imported PDF document. Remove it first to capture pages instead.")};
    const int row = int(m_pages.size());
    beginInsertRows({}, row, row);
    m_pages << std::move(page);
    endInsertRows();
    recompute();
    return {};
}

Result<void> MaterialSlot::importFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("attachment.io"), tr("The file %1 cannot be read.").arg(path)};
    // A picture may shrink in the pipeline (crop, grey, JPEG); refuse
    // unread only what cannot possibly fit.
    if (f.size() > 4 * m_maxBytes)
        return AttachmentCheck::checkSize(f.size(), m_maxBytes);
    return importContent(f.readAll());
}

Result<void> MaterialSlot::importContent(const QByteArray &content)
{
    if (content.left(1024).contains("%PDF-")) {
        auto checked = AttachmentCheck::check(content, m_maxBytes);
        if (!checked)
            return checked.error();
        if (!isEmpty())
            return Error{QStringLiteral("capture.pdf_slot"),
                         tr("This material already has pages. Remove them first, or attach the PDF document "
                            "to another material.")};
        beginResetModel();
        m_importedPdf = ImportedPdf{content, checked->pageCount};
        endResetModel();
        recompute();
        return {};
    }
    if (m_importedPdf)
        return Error{
            QStringLiteral("capture.pdf_slot"),
            tr("This material is an imported PDF document. Remove it first to add pictures instead.")};
    ProcessOptions options;
    options.treatment = m_treatment;
    auto pages = CapturePipeline::importImages(content, options);
    if (!pages)
        return pages.error();
    const int first = int(m_pages.size());
    beginInsertRows({}, first, first + int(pages->size()) - 1);
    m_pages << pages.value();
    endInsertRows();
    recompute();
    return {};
}

bool MaterialSlot::movePage(int from, int to)
{
    if (m_importedPdf || from < 0 || to < 0 || from >= m_pages.size() || to >= m_pages.size() || from == to)
        return false;
    // beginMoveRows counts the destination before the move.
    if (!beginMoveRows({}, from, from, {}, to > from ? to + 1 : to))
        return false;
    m_pages.move(from, to);
    endMoveRows();
    recompute();
    return true;
}

bool MaterialSlot::removePage(int row)
{
    if (row < 0 || row >= rowCount())
        return false;
    beginRemoveRows({}, row, row);
    if (m_importedPdf)
        m_importedPdf.reset();
    else
        m_pages.removeAt(row);
    endRemoveRows();
    recompute();
    return true;
}

Result<void> MaterialSlot::rotatePage(int row, int quarterTurnsClockwise)
{
    if (m_importedPdf || row < 0 || row >= m_pages.size())
        return Error{QStringLiteral("capture.no_page"), tr("Choose a captured page to turn.")};
    CapturedPage &page = m_pages[row];
    const QImage turned = rotateQuarter(PageCodec::decode(page.encoded), quarterTurnsClockwise);
    auto encoded = PageCodec::encode(turned, page.encoded.treatment, page.encoded.dpi);
    if (!encoded)
        return encoded.error();
    page.encoded = std::move(encoded.value());
    page.thumbnail = rotateQuarter(page.thumbnail, quarterTurnsClockwise);
    emit dataChanged(index(row), index(row));
    recompute();
    return {};
}

Result<void> MaterialSlot::mergeIdCardSides(int frontRow)
{
    if (m_importedPdf || frontRow < 0 || frontRow + 1 >= m_pages.size())
        return Error{
            QStringLiteral("capture.merge_pages"),
            tr("Choose the page with the front of the ID card; the back must be the page after it.")};
    constexpr int kDpi = 300;
    const CapturedPage &front = m_pages.at(frontRow);
    const QImage merged = devices::mergeIdCardSides(
        PageCodec::decode(front.encoded), PageCodec::decode(m_pages.at(frontRow + 1).encoded), kDpi);
    auto encoded = PageCodec::encode(merged, front.encoded.treatment, kDpi);
    if (!encoded)
        return encoded.error();
    CapturedPage page;
    page.source = front.source;
    page.geometry.crop = merged.rect();
    page.thumbnail = CapturePipeline::thumbnailOf(merged, front.encoded.treatment);
    page.encoded = std::move(encoded.value());
    beginRemoveRows({}, frontRow + 1, frontRow + 1);
    m_pages.removeAt(frontRow + 1);
    endRemoveRows();
    m_pages[frontRow] = std::move(page);
    emit dataChanged(index(frontRow), index(frontRow));
    recompute();
    return {};
}

void MaterialSlot::clear()
{
    beginResetModel();
    m_pages.clear();
    m_importedPdf.reset();
    endResetModel();
    recompute();
}

QString MaterialSlot::limitMessage() const
{
    if (!overLimit())
        return {};
    return AttachmentCheck::checkSize(m_bytes, m_maxBytes).error().message;
}

Result<MaterialFile> MaterialSlot::materialFile() const
{
    if (m_importedPdf) {
        MaterialFile f;
        f.content = m_importedPdf->content;
        f.mimeType = QStringLiteral("application/pdf");
        f.extension = QStringLiteral("pdf");
        f.pageCount = m_importedPdf->pageCount;
        return f;
    }
    QList<EncodedPage> pages;
    for (const CapturedPage &p : m_pages)
        pages << p.encoded;
    return PageCodec::assemble(pages);
}

QString MaterialSlot::suggestedFileName() const
{
    const QString ext = m_importedPdf || m_pages.size() > 1 ? QStringLiteral("pdf")
                        : !m_pages.isEmpty() && m_pages.first().encoded.format == "png"
                            ? QStringLiteral("png")
                            : QStringLiteral("jpg");
    return (m_name.isEmpty() ? m_code : m_name) + u'.' + ext;
}

void MaterialSlot::recompute()
{
    qint64 bytes = 0;
    if (m_importedPdf) {
        bytes = m_importedPdf->content.size();
    } else if (!m_pages.isEmpty()) {
        auto file = materialFile();
        bytes = file ? file->content.size() : 0;
    }
    if (bytes != m_bytes) {
        m_bytes = bytes;
        emit materialBytesChanged(bytes);
    }
}

} // namespace yc::capture
