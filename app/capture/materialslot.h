#pragma once

#include "app/capture/capturepipeline.h"
#include "core/result.h"

#include <optional>

#include <QAbstractListModel>

namespace yc::capture {

// The pages of one material of the case (one row of the matter's material
// list), in order. The intake screen shows it as a strip of thumbnails; the
// clerk adds pages from the scanner, the camera or a file, reorders,
// rotates and deletes them, and sees the size the material will have.
//
// A PDF imported from a file is kept byte for byte as the applicant handed
// it in: it is one row, and pages are not mixed into it.
class MaterialSlot : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        // DisplayRole: the page's compressed size ("312 KB")
        ThumbnailRole = Qt::DecorationRole, // QImage
        PageBytesRole = Qt::UserRole + 1,   // qint64, the page's compressed size
        PixelSizeRole,                      // QSize
        SourceRole,                         // int(PageSource)
        IsImportedPdfRole,                  // bool
    };

    MaterialSlot(QString materialCode, QString materialName, qint64 maxBytes, QObject *parent = nullptr);

    QString materialCode() const { return m_code; }
    QString materialName() const { return m_name; }

    // The treatment of the next captured pages (the clerk's choice: colour
    // for photos and certificates, grey or black and white for text).
    PageTreatment treatment() const { return m_treatment; }
    void setTreatment(PageTreatment treatment) { m_treatment = treatment; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // A raw page from the scanner or the camera, through the pipeline.
    Result<void> addRawPage(const QImage &raw, double dpi, PageSource source);
    Result<void> addPage(CapturedPage page);
    // An image file (pages through the pipeline) or a PDF (checked, kept as
    // it is). All or nothing.
    Result<void> importFile(const QString &path);
    Result<void> importContent(const QByteArray &content);

    bool movePage(int from, int to);
    bool removePage(int row);
    Result<void> rotatePage(int row, int quarterTurnsClockwise);
    // 身份证正反面: the page at `frontRow` (the front) and the next one (the
    // back) become one A4 page with both sides at the card's true size.
    Result<void> mergeIdCardSides(int frontRow);
    void clear();

    const QList<CapturedPage> &pages() const { return m_pages; }
    int pageCount() const;
    bool isEmpty() const { return m_pages.isEmpty() && !m_importedPdf; }

    // The exact size of the file that will be stored, shown before saving.
    qint64 materialBytes() const { return m_bytes; }
    qint64 maxBytes() const { return m_maxBytes; }
    bool overLimit() const { return m_bytes > m_maxBytes; }
    // Empty while within the limit; otherwise what to do about it.
    QString limitMessage() const;

    // The file for the attachment store (the PDF, or the single page).
    Result<MaterialFile> materialFile() const;
    QString suggestedFileName() const;

signals:
    void materialBytesChanged(qint64 bytes);

private:
    void recompute();

    QString m_code;
    QString m_name;
    qint64 m_maxBytes;
    PageTreatment m_treatment = PageTreatment::Grey;
    QList<CapturedPage> m_pages;
    struct ImportedPdf
    {
        QByteArray content;
        int pageCount = 0;
    };
    std::optional<ImportedPdf> m_importedPdf;
    qint64 m_bytes = 0;
};

} // namespace yc::capture
