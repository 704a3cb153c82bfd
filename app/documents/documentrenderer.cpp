#include "documentrenderer.h"

#include "codes/codes.h"
#include "documentbody.h"
#include "documentlayout.h"
#include "pdfunicode.h"
#include "qrcode.h"
#include "servicemark.h"

#include <algorithm>

#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>

namespace yc {

using namespace doclayout;
using namespace docbody;

namespace {

constexpr qreal qrSideMm = 20;

// Everything the pages of one copy need, computed once per copy.
struct PageSet
{
    Geometry g;
    TextBox title, continuationTitle, docNo, smallDocNo, copyLabel, smallCopyLabel, badge, footerInfo,
        qrCaption, evaluationCaption;
    QString badgeMode;         // the 帮办代办 mode the badge shows
    QImage qr;                 // one pixel per module
    QImage evaluationQr;       // the 好差评 page, left of the progress code
    qreal metaHeight = 0;      // the line under the title: badge, copy label, 文书编号
    qreal smallMetaHeight = 0; // the same on continuation pages
    qreal firstHeader = 0, otherHeader = 0, footer = 0, pageNumberHeight = 0;
    bool hasFooter = false; // hall contact or QR code
    Flow flow{0};
    QList<QList<Placement>> pages;
};

PageSet layoutPages(const QRectF &pageRect, const CaseDocumentData &d, int copyIndex)
{
    PageSet ps;
    ps.g = geometryFor(pageRect);
    const Scale &s = ps.g.s;
    const qreal w = ps.g.content.width();

    // Header: the title, then one line with the 帮办/代办 badge and the copy
    // label on the left and the 文书编号 on the right.
    const QString title = DocumentRenderer::title(d.type);
    ps.title = TextBox(title, documentFont(s, titlePt, true), w, Qt::AlignHCenter, 0, 1.4);
    ps.continuationTitle = TextBox(DocumentRenderer::tr("%1 (continued)").arg(title),
                                   documentFont(s, continuationTitlePt, true), w, Qt::AlignHCenter, 0, 1.5);
    const QString docNo = d.docNo.trimmed();
    const QString copy = DocumentRenderer::copyLabel(d.type, copyIndex);
    const QString badge = d.proxyMode.isEmpty()                  ? QString()
                          : d.proxyBadgeText.trimmed().isEmpty() ? Codes::proxyModeLabel(d.proxyMode)
                                                                 : d.proxyBadgeText.trimmed();
    if (!badge.isEmpty()) {
        ps.badge = TextBox(badge, documentFont(s, tablePt, true), w / 3, Qt::AlignLeft, 0, 1.3);
        ps.badgeMode = d.proxyMode;
    }
    // The mark (icon 0.8 line high, 1.5 mm padding around and between) and the 3 mm gap after it.
    const qreal badgeWidth =
        ps.badge.lineCount() ? ps.badge.naturalWidth() + ps.badge.linePitch() * 0.8 + s.mm(7.5) : 0;
    if (!copy.isEmpty()) {
        ps.copyLabel = TextBox(copy, documentFont(s, tablePt), w / 2 - badgeWidth, Qt::AlignLeft, 0, 1.5);
        ps.smallCopyLabel = TextBox(copy, documentFont(s, smallPt), w / 2, Qt::AlignLeft, 0, 1.4);
    }
    if (!docNo.isEmpty()) {
        ps.docNo = TextBox(docNo, documentFont(s, bodyPt), w / 2, Qt::AlignRight, 0, 1.5);
        ps.smallDocNo = TextBox(docNo, documentFont(s, smallPt), w / 2, Qt::AlignRight, 0, 1.4);
    }
    ps.metaHeight = std::max({ps.docNo.height(), ps.copyLabel.height(),
                              ps.badge.lineCount() ? ps.badge.height() + s.mm(1.5) : 0.0});
    ps.smallMetaHeight = std::max(ps.smallDocNo.height(), ps.smallCopyLabel.height());
    ps.firstHeader = ps.title.height() + (ps.metaHeight > 0 ? s.mm(1) + ps.metaHeight : 0) + s.mm(4.5);
    ps.otherHeader = ps.continuationTitle.height() + ps.smallMetaHeight + s.mm(4);

    // Footer: the hall's contact on the left, the QR code on the right with
    // its caption beside it.
    QStringList info;
    if (!d.hallName.trimmed().isEmpty())
        info << d.hallName.trimmed();
    if (!d.hallAddress.trimmed().isEmpty())
        info << DocumentRenderer::tr("Address: %1").arg(d.hallAddress.trimmed());
    QStringList contact;
    if (d.windowNo > 0)
        contact << DocumentRenderer::tr("Window: %1").arg(d.windowNo);
    if (!d.clerkName.trimmed().isEmpty())
        contact << DocumentRenderer::tr("Clerk: %1").arg(d.clerkName.trimmed());
    if (!d.hallPhone.trimmed().isEmpty())
        contact << DocumentRenderer::tr("Tel.: %1").arg(d.hallPhone.trimmed());
    if (!contact.isEmpty())
        info << contact.join(QStringLiteral("    "));

    const QFont small = documentFont(s, smallPt);
    qreal qrSide = 0;
    if (!d.queryUrl.trimmed().isEmpty()) {
        // One pixel per module: the painter draws the modules as vector
        // squares, sharp at any resolution.
        const Result<QImage> qr = QrCode::encode(d.queryUrl.trimmed().toUtf8(), 1, 0);
        // A link too long for a QR code leaves the corner empty; the project
        // number and password still allow the query.
        if (qr.ok()) {
            ps.qr = qr.value();
            qrSide = s.mm(qrSideMm);
            QStringList caption{DocumentRenderer::tr("Scan to follow the progress")};
            if (!d.queryPassword.trimmed().isEmpty())
                caption << DocumentRenderer::tr("Query password: %1").arg(d.queryPassword.trimmed());
            if (!d.projectNo.trimmed().isEmpty())
                caption << DocumentRenderer::tr("Project no.: %1").arg(d.projectNo.trimmed());
            const QString joined = caption.join(QChar(QChar::LineSeparator));
            const qreal natural = TextBox(joined, small, w * 0.4, Qt::AlignRight, 0, 1.45).naturalWidth();
            ps.qrCaption = TextBox(joined, small, natural + 1, Qt::AlignRight, 0, 1.45);
        }
    }
    qreal rightWidth = qrSide > 0 ? qrSide + s.mm(3) + ps.qrCaption.naturalWidth() + s.mm(6) : 0;
    if (!d.evaluationUrl.trimmed().isEmpty()) {
        const Result<QImage> qr = QrCode::encode(d.evaluationUrl.trimmed().toUtf8(), 1, 0);
        if (qr.ok()) {
            ps.evaluationQr = qr.value();
            const QString caption = DocumentRenderer::tr("Scan to rate this service");
            ps.evaluationCaption = TextBox(
                caption, small, TextBox(caption, small, w * 0.3, Qt::AlignRight, 0, 1.45).naturalWidth() + 1,
                Qt::AlignRight, 0, 1.45);
            qrSide = s.mm(qrSideMm);
            rightWidth += qrSide + s.mm(3) + ps.evaluationCaption.naturalWidth() + s.mm(6);
        }
    }
    ps.footerInfo =
        TextBox(info.join(QChar(QChar::LineSeparator)), small, w - rightWidth, Qt::AlignLeft, 0, 1.45);
    ps.pageNumberHeight = small.pixelSize() * 1.6;
    ps.hasFooter = !info.isEmpty() || qrSide > 0;
    if (ps.hasFooter)
        ps.footer =
            s.mm(3) +
            std::max({qrSide, ps.footerInfo.height(), ps.qrCaption.height(), ps.evaluationCaption.height()}) +
            s.mm(1);

    ps.flow = buildBody(ps.g, d);
    const qreal bodyGap = s.mm(4);
    const auto paginate = [&] {
        const qreal height = ps.g.content.height() - ps.footer - bodyGap;
        ps.pages = ps.flow.paginate(height - ps.firstHeader, height - ps.otherHeader);
    };
    paginate();
    // "Page n of m" only when there is more than one page; the line it takes
    // may itself push the document onto another page.
    if (ps.pages.size() > 1) {
        ps.footer += ps.pageNumberHeight;
        paginate();
    }
    return ps;
}

void drawQr(QPainter &p, const QImage &qr, const QRectF &target)
{
    const int n = qr.width();
    if (n <= 0)
        return;
    const qreal m = target.width() / n;
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::black);
    // Runs of dark modules as one rectangle each: fewer PDF operators and no
    // hairline gaps between neighbouring squares when rasterised.
    for (int y = 0; y < n; ++y) {
        const uchar *line = qr.constScanLine(y);
        for (int x = 0; x < n;) {
            if (line[x] != 0) {
                ++x;
                continue;
            }
            int end = x;
            while (end < n && line[end] == 0)
                ++end;
            p.drawRect(QRectF(target.left() + x * m, target.top() + y * m, (end - x) * m, m));
            x = end;
        }
    }
    p.restore();
}

void paintPage(QPainter &p, const PageSet &ps, int pageIndex)
{
    const Scale &s = ps.g.s;
    const QRectF &c = ps.g.content;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setPen(Qt::black);

    // Header.
    qreal y = c.top();
    if (pageIndex == 0) {
        ps.title.draw(p, QPointF(c.left(), y));
        y += ps.title.height() + s.mm(1);
        qreal x = c.left();
        if (ps.badge.lineCount() > 0) {
            // The 帮办代办 mark (app/documents/servicemark.*): tag, icon, words.
            const qreal pad = s.mm(1.5);
            const qreal icon = ps.badge.linePitch() * 0.8;
            const QRectF frame(x, y, ps.badge.naturalWidth() + icon + 3 * pad, ps.badge.height() + s.mm(1));
            servicemark::paintFrame(p, frame, servicemark::Ink::Colour);
            servicemark::paintIcon(p, QRectF(x + pad, frame.center().y() - icon / 2, icon, icon),
                                   ps.badgeMode, Qt::white);
            p.save();
            p.setPen(Qt::white);
            ps.badge.draw(p, QPointF(x + 2 * pad + icon, y + s.mm(0.5)));
            p.restore();
            x = frame.right() + s.mm(3);
        }
        ps.copyLabel.draw(p, QPointF(x, y + (ps.metaHeight - ps.copyLabel.height()) / 2));
        ps.docNo.draw(p, QPointF(c.right() - c.width() / 2, y + (ps.metaHeight - ps.docNo.height()) / 2));
    } else {
        ps.continuationTitle.draw(p, QPointF(c.left(), y));
        y += ps.continuationTitle.height();
        ps.smallCopyLabel.draw(p, QPointF(c.left(), y));
        ps.smallDocNo.draw(p, QPointF(c.right() - c.width() / 2, y));
    }

    // Body.
    const qreal bodyTop = c.top() + (pageIndex == 0 ? ps.firstHeader : ps.otherHeader);
    if (pageIndex >= 0 && pageIndex < ps.pages.size()) {
        for (const Placement &pl : ps.pages.at(pageIndex)) {
            const FlowItem &item = ps.flow.item(pl.item);
            if (item.draw)
                item.draw(p, QPointF(c.left(), bodyTop + pl.y));
        }
    }

    // Footer, on every page so each sheet names the hall and carries the code.
    const qreal footerTop = c.bottom() - ps.footer;
    if (ps.hasFooter) {
        p.save();
        p.setPen(QPen(Qt::black, s.mm(0.3)));
        p.drawLine(QPointF(c.left(), footerTop), QPointF(c.right(), footerTop));
        p.restore();
    }
    const qreal blockTop = footerTop + s.mm(3);
    ps.footerInfo.draw(p, QPointF(c.left(), blockTop));
    qreal codesLeft = c.right();
    if (!ps.qr.isNull()) {
        const qreal side = s.mm(qrSideMm);
        const QRectF qrRect(c.right() - side, blockTop, side, side);
        drawQr(p, ps.qr, qrRect);
        ps.qrCaption.draw(p, QPointF(qrRect.left() - s.mm(3) - ps.qrCaption.naturalWidth() - 1,
                                     qrRect.center().y() - ps.qrCaption.height() / 2));
        codesLeft = qrRect.left() - s.mm(3) - ps.qrCaption.naturalWidth() - s.mm(6);
    }
    if (!ps.evaluationQr.isNull()) {
        const qreal side = s.mm(qrSideMm);
        const QRectF qrRect(codesLeft - side, blockTop, side, side);
        drawQr(p, ps.evaluationQr, qrRect);
        ps.evaluationCaption.draw(p,
                                  QPointF(qrRect.left() - s.mm(3) - ps.evaluationCaption.naturalWidth() - 1,
                                          qrRect.center().y() - ps.evaluationCaption.height() / 2));
    }
    if (ps.pages.size() > 1) {
        const TextBox number(DocumentRenderer::tr("Page %1 of %2").arg(pageIndex + 1).arg(ps.pages.size()),
                             documentFont(s, smallPt), c.width(), Qt::AlignHCenter, 0, 1.6);
        number.draw(p, QPointF(c.left(), c.bottom() - ps.pageNumberHeight));
    }
    p.restore();
}

// Every page of every copy; newPage() between pages.
template <typename Device>
void paintAll(QPainter &painter, Device &device, const QRectF &pageRect, const CaseDocumentData &data)
{
    bool first = true;
    for (int copy = 0; copy < DocumentRenderer::copies(data.type); ++copy) {
        const PageSet ps = layoutPages(pageRect, data, copy);
        for (int page = 0; page < ps.pages.size(); ++page) {
            if (!first)
                device.newPage();
            first = false;
            paintPage(painter, ps, page);
        }
    }
}

} // namespace

QString DocumentRenderer::title(CaseDocumentType type)
{
    switch (type) {
    case CaseDocumentType::AcceptanceReceipt:
        return tr("Notice of Acceptance");
    case CaseDocumentType::NotifyOnce:
        return tr("One-Time Notice of Materials to Supplement");
    case CaseDocumentType::DeficiencyNotice:
        return tr("Notice of Acceptance with Deficiencies");
    case CaseDocumentType::RejectionNotice:
        return tr("Notice of Non-Acceptance");
    case CaseDocumentType::DeliveryReceipt:
        return tr("Proof of Delivery");
    }
    return {};
}

int DocumentRenderer::copies(CaseDocumentType type)
{
    return type == CaseDocumentType::DeficiencyNotice ? 2 : 1;
}

QString DocumentRenderer::copyLabel(CaseDocumentType type, int copyIndex)
{
    if (copies(type) < 2)
        return {};
    return copyIndex == 0 ? tr("Copy 1 (kept by the applicant)") : tr("Copy 2 (filed)");
}

int DocumentRenderer::pageCount(const CaseDocumentData &data, const QRectF &pageRect)
{
    return int(layoutPages(pageRect, data, 0).pages.size());
}

void DocumentRenderer::paint(QPainter &painter, const QRectF &pageRect, const CaseDocumentData &data,
                             int copyIndex, int pageIndex)
{
    paintPage(painter, layoutPages(pageRect, data, copyIndex), pageIndex);
}

Result<void> DocumentRenderer::writePdf(const CaseDocumentData &data, const QString &path)
{
    // Written to memory first: the text layer is repaired before the file
    // exists, and a failure never leaves half a document behind.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
        writer.setTitle(data.docNo.isEmpty() ? title(data.type)
                                             : title(data.type) + QLatin1Char(' ') + data.docNo);
        writer.setCreator(QStringLiteral("Yichuang"));
        QPainter painter;
        if (!painter.begin(&writer))
            return Error{QStringLiteral("pdf_render"), tr("The document could not be rendered.")};
        paintAll(painter, writer, QRectF(0, 0, writer.width(), writer.height()), data);
        if (!painter.end())
            return Error{QStringLiteral("pdf_render"), tr("The document could not be rendered.")};
    }
    const QByteArray pdf = pdfunicode::repairToUnicode(buffer.data(), documentFont(Scale{}, bodyPt));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
        return Error{QStringLiteral("pdf_write"),
                     tr("Cannot write the document to %1: %2").arg(path, file.errorString())};
    return {};
}

Result<void> DocumentRenderer::print(const CaseDocumentData &data, QPrinter &printer)
{
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    // The renderer keeps its own margins, well inside any printer's
    // unprintable border.
    printer.setFullPage(true);
    printer.setDocName(title(data.type));
    QPainter painter;
    if (!painter.begin(&printer))
        return Error{QStringLiteral("print_open"),
                     tr("The printer %1 is not available.").arg(printer.printerName())};
    // With fullPage the painter's origin is the sheet's corner.
    paintAll(painter, printer, QRectF(QPointF(0, 0), printer.paperRect(QPrinter::DevicePixel).size()), data);
    if (!painter.end())
        return Error{QStringLiteral("print_failed"), tr("Printing failed.")};
    return {};
}

} // namespace yc
