#pragma once

#include "proxy/proxytypes.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace yc {

class ProxyCases;
struct ClientContext;

// One proxy case on the help desk's screen: a header (number, the 帮办/代办/
// 上门办 mark, state, next action), the actions the state allows, and tabs
// for the person served, the mandate, linked cases, handovers, progress,
// home visits and the follow-up call. Each action opens a dialog that
// checks its input and shows the service's refusal in place.
class ProxyCasePanel : public QWidget
{
    Q_OBJECT

public:
    ProxyCasePanel(ClientContext &context, ProxyCases &cases, QWidget *parent = nullptr);

    void showCase(qint64 proxyId); // 0 = none
    qint64 caseId() const { return m_id; }
    // Read-only for those who are not on the help desk (a supervisor looking).
    void setReadOnly(bool readOnly);

signals:
    void changed(qint64 proxyId);
    // A form to print or save; the page owns the file dialog.
    void formRequested(int formType);

private:
    void reload();
    void updateActions();
    ProxyActor actor() const;
    QDate today() const;
    void run(QWidget *dialog);

    void editMandate();
    void attachScan();
    void linkCase();
    void unlinkCase();
    void recordHandover();
    void addProgress();
    void bookVisit();
    void recordVisit();
    void suspend();
    void resume();
    void terminate();
    void finish();
    void callback();

    ClientContext &m_ctx;
    ProxyCases &m_cases;
    qint64 m_id = 0;
    bool m_readOnly = false;
    ProxyCaseDetail m_detail;
    QStringList m_outstanding;

    QLabel *m_header;
    QLabel *m_mode;
    QLabel *m_next;
    QLabel *m_message;
    QTabWidget *m_tabs;
    QLabel *m_person;
    QLabel *m_mandate;
    QTableWidget *m_linked;
    QTableWidget *m_handovers;
    QTableWidget *m_progress;
    QTableWidget *m_visits;
    QLabel *m_followUp;
    QList<QPushButton *> m_writeButtons;
    QPushButton *m_mandateButton, *m_scanButton, *m_linkButton, *m_unlinkButton, *m_handoverButton,
        *m_progressButton, *m_visitButton, *m_visitResultButton, *m_suspendButton, *m_resumeButton,
        *m_terminateButton, *m_finishButton, *m_callbackButton, *m_printMandate, *m_printAcceptance,
        *m_printClosing;
};

} // namespace yc
