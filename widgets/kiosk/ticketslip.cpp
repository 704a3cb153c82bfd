#include "ticketslip.h"

#include "app/documents/pdfunicode.h"
#include "app/documents/qrcode.h"
#include "app/documents/servicemark.h"
#include "core/clock.h"

#include <QBuffer>
#include <QFont>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>

namespace yc {

namespace {

QPageLayout slipLayout()
{
    return QPageLayout(QPageSize(QSizeF(TicketSlip::widthMm, TicketSlip::heightMm), QPageSize::Millimeter),
                       QPageLayout::Portrait, QMarginsF());
}

QFont slipFont(qreal points, bool bold = false)
{
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

} // namespace

void TicketSlip::paint(QPainter &painter, const QRectF &area, const TicketSlipData &data)
{
    // Everything in millimetres of the slip, whatever the device.
    painter.save();
    painter.translate(area.topLeft());
    const qreal mm = area.width() / widthMm;
    painter.scale(mm, mm);
    painter.setPen(Qt::black);
    auto drawText = [&](qreal top, qreal heightMm, qreal sizeMm, bool bold, const QString &text) {
        QFont f = slipFont(10, bold);
        f.setPixelSize(qMax(1, qRound(sizeMm * 10))); // in 0.1 mm units, drawn at scale 0.1
        painter.save();
        painter.scale(0.1, 0.1);
        painter.setFont(f);
        painter.drawText(QRectF(40, top * 10, (widthMm - 8) * 10, heightMm * 10),
                         Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextWordWrap, text);
        painter.restore();
    };

    qreal y = 4;
    drawText(y, 8, 4.2, true, data.hallName);
    y += 9;
    painter.drawLine(QPointF(4, y), QPointF(widthMm - 4, y));
    y += 2;
    drawText(y, 6, 4.5, false, data.lineName);
    y += 6;
    drawText(y, 20, 17, true, data.displayNo);
    y += 21;
    if (!data.proxyMode.isEmpty() && !data.priorityWords.isEmpty()) {
        // In 0.1 mm like the text: the mark centred, 4 mm type.
        QFont f = slipFont(10, true);
        f.setPixelSize(40);
        const QSizeF size = servicemark::size(data.priorityWords, f);
        painter.save();
        painter.scale(0.1, 0.1);
        servicemark::paint(painter,
                           QRectF((widthMm * 10 - size.width()) / 2, y * 10, size.width(), size.height()),
                           data.proxyMode, data.priorityWords, f, servicemark::Ink::Monochrome);
        painter.restore();
        y += size.height() / 10 + 1;
    } else if (!data.priorityWords.isEmpty()) {
        drawText(y, 6, 4, true, data.priorityWords);
        y += 6;
    }
    drawText(y, 6, 4, false, tr("%n people ahead of you", nullptr, data.peopleAhead));
    y += 6;
    drawText(y, 6, 3.5, false, hallTime::local(data.issuedAt).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    y += 8;
    const Result<QImage> follow =
        data.followUrl.isEmpty() ? Result<QImage>(QImage()) : QrCode::encode(data.followUrl.toUtf8(), 1, 0);
    const Result<QImage> rate = data.evaluationUrl.isEmpty()
                                    ? Result<QImage>(QImage())
                                    : QrCode::encode(data.evaluationUrl.toUtf8(), 1, 0);
    const bool hasFollow = follow.ok() && !follow->isNull();
    const bool hasRate = rate.ok() && !rate->isNull();
    if (hasFollow && hasRate) {
        // Side by side: following the queue now, rating the service afterwards.
        const qreal side = 24;
        painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
        painter.drawImage(QRectF(widthMm / 4 - side / 2, y, side, side), follow.value());
        painter.drawImage(QRectF(3 * widthMm / 4 - side / 2, y, side, side), rate.value());
        y += side + 1;
        drawText(y, 5, 3, false, tr("Left: follow the queue · Right: rate the service afterwards"));
        y += 5;
    } else if (hasFollow || hasRate) {
        const qreal side = 26;
        painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
        painter.drawImage(QRectF((widthMm - side) / 2, y, side, side),
                          hasFollow ? follow.value() : rate.value());
        y += side + 1;
        drawText(y, 5, 3, false,
                 hasFollow ? tr("Scan to follow the queue on your phone")
                           : tr("Scan to rate the service after it is finished"));
        y += 5;
    }
    drawText(y, 8, 3, false, tr("Please wait for your number to be called. Tickets are valid today only."));
    painter.restore();
}

Result<void> TicketSlip::writePdf(const TicketSlipData &data, const QString &path)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageLayout(slipLayout());
        writer.setTitle(data.displayNo);
        writer.setCreator(QStringLiteral("Yichuang"));
        QPainter painter;
        if (!painter.begin(&writer))
            return Error{QStringLiteral("pdf_render"), tr("The ticket could not be rendered.")};
        paint(painter, QRectF(0, 0, writer.width(), writer.height()), data);
        if (!painter.end())
            return Error{QStringLiteral("pdf_render"), tr("The ticket could not be rendered.")};
    }
    const QByteArray pdf = pdfunicode::repairToUnicode(buffer.data(), slipFont(10));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
        return Error{QStringLiteral("pdf_write"),
                     tr("Cannot write the ticket to %1: %2").arg(path, file.errorString())};
    return {};
}

Result<void> TicketSlip::print(const TicketSlipData &data, QPrinter &printer)
{
    printer.setPageLayout(slipLayout());
    printer.setFullPage(true);
    QPainter painter;
    if (!painter.begin(&printer))
        return Error{QStringLiteral("print_failed"),
                     tr("The ticket printer is not ready. Ask the staff at the help desk for a ticket.")};
    const QRectF page = printer.pageLayout().fullRectPixels(printer.resolution());
    paint(painter, QRectF(0, 0, page.width(), page.height()), data);
    painter.end();
    return {};
}

} // namespace yc
