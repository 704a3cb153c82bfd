#pragma once

#include "app/hall/hallconnection.h"
#include "widgets/kiosk/ticketslip.h"

#include <QWidget>

class QButtonGroup;
class QGridLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace yc {

// The ticket kiosk (取号机, `yichuang --kiosk`): full-screen and touch, large
// type, high contrast (适老化). The citizen may pick a priority group
// (老年人, 残疾人, 孕妇, 军人, or 帮办代办), then touches a business line; the
// kiosk issues the ticket through the hall connection, shows it (number,
// line, people ahead, time) and prints it (thermal printer through Qt Print
// Support, or a PDF per ticket into a folder) with a QR code to follow the
// queue. After a while, or on "Done", it goes back to the start.
class KioskWindow : public QWidget
{
    Q_OBJECT

public:
    KioskWindow(HallConnection &hall, const QString &hallName, QWidget *parent = nullptr);

    // Tickets go to PDF files (<dir>/<day>-<number>.pdf) instead of a printer.
    void setPdfDirectory(const QString &dir) { m_pdfDir = dir; }
    // The printer to use (empty = the system default).
    void setPrinterName(const QString &name) { m_printerName = name; }
    // The QR code on the ticket is this text followed by the ticket's id
    // (e.g. "https://hall.example/queue?ticket="); no QR code when empty.
    void setFollowUrlPrefix(const QString &prefix) { m_followPrefix = prefix; }
    // Seconds the ticket stays on screen before the kiosk starts over.
    void setTicketSeconds(int seconds);

signals:
    // A ticket was issued and printed (path is the PDF when printing to files).
    void ticketIssued(const QString &displayNo, const QString &path);

private:
    void rebuildLines();
    void updateEnabled();
    void issue(qint64 lineId);
    void showTicket(const queue::Ticket &ticket);
    Result<QString> printSlip(const TicketSlipData &slip, const QString &businessDay);
    void startOver();

    HallConnection &m_hall;
    QString m_hallName;
    QString m_pdfDir;
    QString m_printerName;
    QString m_followPrefix;
    bool m_busy = false;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_status = nullptr;
    QButtonGroup *m_priority = nullptr;
    QWidget *m_lineBox = nullptr;
    QGridLayout *m_lineGrid = nullptr;
    QList<QPushButton *> m_lineButtons;
    QLabel *m_number = nullptr;
    QLabel *m_line = nullptr;
    QLabel *m_ahead = nullptr;
    QLabel *m_time = nullptr;
    QLabel *m_printed = nullptr;
    QTimer *m_back = nullptr;
};

} // namespace yc
