#pragma once

#include "core/result.h"
#include "proxy/proxytypes.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableWidget;
class QTimer;

namespace yc {

class ProxyCasePanel;
class ProxyCases;
struct ClientContext;
enum class ProxyFormType;

// The help desk's workspace (帮办代办): lists of cases — mine, the team's,
// due soon, overdue, waiting on the citizen, awaiting the follow-up call,
// closed — with what is due today or overdue highlighted, and the chosen case
// beside them (ProxyCasePanel). Opening a case from the ticket being served
// or from an intake case goes through openForTicket / openForCase, which the
// shell wires to the calling panel and the case screen.
//
// Only the help desk changes cases; anyone else who is shown the page (a
// supervisor) reads.
class ProxyWorkspacePage : public QWidget
{
    Q_OBJECT

public:
    ProxyWorkspacePage(ClientContext &context, ProxyCases &cases, QWidget *parent = nullptr);

    // Own cases due today or overdue, and home visits due (for a badge in the shell).
    int reminderCount() const { return m_reminders; }
    qint64 currentCaseId() const;
    void selectCase(qint64 proxyId);
    // Writes a form of the current case as PDF; the print buttons ask for the file.
    Result<void> writeForm(ProxyFormType type, const QString &path) const;

public slots:
    void refresh();
    // A new case with nobody known yet.
    void openNew();
    // The ticket being served at the window (its proxy mode preselected);
    // the case already opened for it is shown instead of a second one.
    void openForTicket(qint64 ticketId, const QString &proxyMode);
    // An intake case: its applicant is served and the case is linked.
    void openForCase(qint64 caseId);

signals:
    void reminderCountChanged(int count);
    void caseOpened(qint64 proxyId);

private:
    void open(const QString &mode, qint64 ticketId, qint64 caseId);
    void saveForm(int formType);
    ProxyFilter filter() const;

    ClientContext &m_ctx;
    ProxyCases &m_cases;
    QComboBox *m_view;
    QCheckBox *m_onlyMine;
    QTableWidget *m_table;
    QLabel *m_reminderLabel;
    QLabel *m_message;
    ProxyCasePanel *m_panel;
    QTimer *m_tick;
    int m_reminders = -1;
};

} // namespace yc
