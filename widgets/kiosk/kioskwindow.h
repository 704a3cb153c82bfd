#pragma once

#include "app/hall/hallconnection.h"
#include "catalog/matter.h"
#include "widgets/kiosk/kioskcitizen.h"
#include "widgets/kiosk/kioskroute.h"
#include "widgets/kiosk/ticketslip.h"

#include <QWidget>

class QButtonGroup;
class QGridLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace yc {

namespace devices {
class IdCardReader;
}
class KioskMatterPage;
class ServiceBadge;

// The ticket kiosk (取号机, `yichuang --kiosk`): full-screen and touch, large
// type, high contrast (适老化). The citizen may pick a priority group
// (老年人, 残疾人, 孕妇, 军人, or 帮办代办), then touches a business line — or
// finds their business by name (the intake's matter search) and the kiosk
// takes the line that serves it (KioskRoute). An ID card on the reader is
// optional: 老年人 priority from the birth date, and today's appointment of
// that person checked in (预约签到); only masked forms go to the queue. The
// kiosk issues the ticket through the hall connection, shows it (number,
// line, the 帮办代办 badge, people ahead, time) and prints it (thermal printer
// through Qt Print Support, or a PDF per ticket into a folder) with a QR
// code to follow the queue. After a while, or on "Done", it starts over and
// forgets the citizen.
class KioskWindow : public QWidget
{
    Q_OBJECT

public:
    KioskWindow(HallConnection &hall, const QString &hallName, QWidget *parent = nullptr);
    ~KioskWindow() override;

    // Tickets go to PDF files (<dir>/<day>-<number>.pdf) instead of a printer.
    void setPdfDirectory(const QString &dir) { m_pdfDir = dir; }
    // The printer to use (empty = the system default).
    void setPrinterName(const QString &name) { m_printerName = name; }
    // The QR code on the ticket is this text followed by the ticket's id
    // (e.g. "https://hall.example/queue?ticket="); no QR code when empty.
    void setFollowUrlPrefix(const QString &prefix) { m_followPrefix = prefix; }
    // Seconds the ticket stays on screen before the kiosk starts over.
    void setTicketSeconds(int seconds);
    // The catalog to search by matter name and where its matters queue;
    // without one the kiosk offers only the lines.
    void setCatalog(QList<Matter> matters, const QList<Synonym> &synonyms, const KioskRoute &route);
    // The ID card reader (optional); cards read go to acceptCard.
    void setCardReader(devices::IdCardReader *reader);
    // From this age (whole years) a card holder gets 老年人 priority (default 60).
    void setElderlyAge(int years) { m_elderlyAge = years; }
    // A kiosk in the hall cannot be closed from the screen; only close()
    // from code, or Ctrl+Alt+Q on a keyboard the staff plug in.
    void setLocked(bool locked) { m_locked = locked; }

public slots:
    // A card was read: priority by age and today's appointment, if any.
    void acceptCard(const yc::idcard::IdCardData &card);

signals:
    // A ticket was issued and printed (path is the PDF when printing to files).
    void ticketIssued(const QString &displayNo, const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *buildChoosePage();
    QWidget *buildTicketPage();
    void rebuildLines();
    void updateEnabled();
    void issue(qint64 lineId);
    void issueForMatter(const Matter &matter);
    void checkIn();
    void showTicket(const queue::Ticket &ticket);
    void showCitizen();
    Result<QString> printSlip(const TicketSlipData &slip, const QString &businessDay);
    void startOver();
    void onReply(const Result<QJsonObject> &result);

    HallConnection &m_hall;
    QString m_hallName;
    QString m_pdfDir;
    QString m_printerName;
    QString m_followPrefix;
    KioskRoute m_route;
    int m_elderlyAge = 60;
    bool m_busy = false;
    bool m_locked = false;
    bool m_closing = false;
    QString m_cardHint;         // what the card reader is good for; empty without one
    KioskCitizen m_citizen;     // the card of the citizen at the kiosk, masked
    qint64 m_appointmentId = 0; // their appointment today, to check in

    QStackedWidget *m_pages = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_cardInfo = nullptr;
    QPushButton *m_checkIn = nullptr;
    QPushButton *m_findMatter = nullptr;
    QButtonGroup *m_priority = nullptr;
    QWidget *m_lineBox = nullptr;
    QGridLayout *m_lineGrid = nullptr;
    QList<QPushButton *> m_lineButtons;
    KioskMatterPage *m_matterPage = nullptr;
    QLabel *m_number = nullptr;
    QLabel *m_line = nullptr;
    ServiceBadge *m_badge = nullptr;
    QLabel *m_ahead = nullptr;
    QLabel *m_time = nullptr;
    QLabel *m_printed = nullptr;
    QTimer *m_back = nullptr;
};

} // namespace yc
