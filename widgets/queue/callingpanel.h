#pragma once

#include "app/hall/hallconnection.h"

#include <optional>

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;

namespace yc {

class ServiceBadge;

// The calling panel of one window (叫号面板), meant to stay in view as a
// right-hand column (~300 px) of the main window: the ticket at the window,
// the buttons with their hotkeys (F2 call next, F3 recall, F4 no-show,
// F6 transfer, F7 hold/resume, F8 finish, F9 pause/resume the window, F10 mark 帮办代办), the
// waiting list of the window's lines and the state of the connection to the
// hall. It works the same against yichuang-halld (HallClient) and the
// in-process hall (LocalHall): it only sends requests and shows the
// connection's mirror (HallState).
class CallingPanel : public QWidget
{
    Q_OBJECT

public:
    CallingPanel(HallConnection &hall, int windowNo, QWidget *parent = nullptr);

    int windowNo() const { return m_windowNo; }
    // The ticket open at this window (called or serving), if any.
    std::optional<queue::Ticket> currentTicket() const;

public slots:
    // Finishes the current ticket with the case number intake made for it.
    // Returns false (and says so in the panel) when no ticket is open.
    bool finishWithCase(const QString &caseNo);

signals:
    // "Start intake" was pressed: the ticket is now being served at this
    // window; the intake page links the new case to it.
    void startIntakeRequested(qint64 ticketId, const QString &displayNo);
    // A request the hall refused or could not answer ({code, message}).
    void requestFailed(const QString &code, const QString &message);

private:
    void refresh();
    void refreshTicket(const std::optional<queue::Ticket> &current);
    void refreshWaiting();
    void updateButtons();
    void send(const QString &op, const QJsonObject &args = {},
              std::function<void(const QJsonObject &)> onSuccess = {});
    void showMessage(const QString &text, bool error);
    QList<queue::Ticket> heldHere() const;
    QString lineName(qint64 lineId) const;

    void callNext();
    void recall();
    void noShow();
    void transfer();
    void holdOrResume();
    void finish();
    void pauseOrResumeWindow();
    void startIntake();
    void markProxy();

    HallConnection &m_hall;
    const int m_windowNo;
    bool m_busy = false;

    QLabel *m_connection = nullptr;
    QLabel *m_pauseBanner = nullptr;
    QLabel *m_number = nullptr;
    QLabel *m_ticketState = nullptr;
    QLabel *m_line = nullptr;
    QLabel *m_priority = nullptr;
    ServiceBadge *m_badge = nullptr;
    QLabel *m_waited = nullptr;
    QLabel *m_person = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_waitingCount = nullptr;
    QTableWidget *m_waiting = nullptr;
    QPushButton *m_callNext = nullptr;
    QPushButton *m_recall = nullptr;
    QPushButton *m_noShow = nullptr;
    QPushButton *m_transfer = nullptr;
    QPushButton *m_hold = nullptr;
    QPushButton *m_finish = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_startIntake = nullptr;
    QPushButton *m_markProxy = nullptr;
    QTimer *m_tick = nullptr;
};

} // namespace yc
