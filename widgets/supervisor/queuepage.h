#pragma once

#include "app/hall/hallconnection.h"
#include "queue/queuealerts.h"
#include "queue/queuefigures.h"

#include <QHash>
#include <QWidget>

class QFrame;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QTableWidget;
class QTimer;

namespace yc {

// The supervisor's live queue (排队监控): waiting tickets per line with the
// longest and average wait, every window and what it is doing (serving
// whom — the ticket number only —, called, idle, paused and why, closed)
// with the tickets it served today, and the active alerts in red. A new
// alert also shows as a banner at the top and flashes the window in the
// task bar (never a modal dialog).
//
// It reads only the hall connection's mirror (HallState): it redraws on
// every change the connection pulls, and every 30 s for the waiting times.
// Works the same against yichuang-halld and the in-process hall.
class QueuePage : public QWidget
{
    Q_OBJECT

public:
    explicit QueuePage(HallConnection &hall, queue::AlertThresholds thresholds = {},
                       QWidget *parent = nullptr);

    const queue::QueueFigures &figures() const { return m_figures; }
    const QList<queue::Alert> &alerts() const { return m_alerts; }
    // One line for an alert, as the page and the banner show it.
    static QString alertText(const queue::Alert &alert, const queue::QueueFigures &figures);

public slots:
    // Recomputes the figures and alerts from the mirror at Clock::nowUtc().
    void refresh();

signals:
    // Alerts raised by the last refresh (for a status bar or a sound).
    void alertsRaised(const QStringList &texts);

private:
    void showConnection();
    void showSummary();
    void showAlerts();
    void showLines();
    void showWindows();
    void showBanner(const QStringList &texts);
    QLabel *addTile(const QString &id, const QString &caption, QWidget *parent, QHBoxLayout *row);
    bool hasAlert(queue::Alert::Kind kind, qint64 lineId, int windowNo) const;

    HallConnection &m_hall;
    queue::QueueAlerts m_evaluator;
    queue::QueueFigures m_figures;
    QList<queue::Alert> m_alerts;

    QLabel *m_connection = nullptr;
    QLabel *m_asOf = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QHash<QString, QLabel *> m_tiles;
    QLabel *m_alertsTitle = nullptr;
    QListWidget *m_alertList = nullptr;
    QTableWidget *m_lines = nullptr;
    QTableWidget *m_windows = nullptr;
    QTimer *m_tick = nullptr;
    QTimer *m_bannerTimer = nullptr;
};

} // namespace yc
