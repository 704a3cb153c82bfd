#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRectF>
#include <QString>

class QPainter;
class QPrinter;

namespace yc {

// What a queue ticket (排队小票) from the kiosk carries.
struct TicketSlipData
{
    QString hallName;
    QString displayNo;     // "A012"
    QString lineName;      // "综合受理"
    QString priorityWords; // empty for a normal ticket
    int peopleAhead = 0;
    QDateTime issuedAt;    // local time is printed
    QString followUrl;     // encoded as the QR code to follow the queue; none when empty
    QString proxyMode;     // 帮办代办 (assist | proxy | home_visit): priorityWords print as its mark
    QString evaluationUrl; // the 二维码评价 page (halld's invitation for this ticket); none when empty
};

// Paints the ticket for an 80 mm thermal roll (or a PDF of that size):
// hall name, the number very large, the line, the priority or the 帮办代办
// mark (app/documents/servicemark.*, white on black), people ahead, the time
// and a QR code to follow the queue on a phone.
class TicketSlip
{
    Q_DECLARE_TR_FUNCTIONS(yc::TicketSlip)

public:
    static constexpr qreal widthMm = 80;
    static constexpr qreal heightMm = 110;

    static void paint(QPainter &painter, const QRectF &area, const TicketSlipData &data);
    static Result<void> writePdf(const TicketSlipData &data, const QString &path);
    static Result<void> print(const TicketSlipData &data, QPrinter &printer);
};

} // namespace yc
