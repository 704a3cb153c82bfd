#include "proxycasepanel.h"

#include "app/core/clientcontext.h"
#include "app/core/session.h"
#include "app/documents/proxyforms.h"
#include "attachments/attachmentstore.h"
#include "core/clock.h"
#include "proxy/proxycases.h"
#include "proxy/proxywords.h"
#include "proxydialogs.h"
#include "widgets/queue/queuewords.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace yc {

namespace {

QTableWidget *table(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(true);
    return t;
}

void setRow(QTableWidget *t, int row, const QStringList &cells, const QVariant &id = {})
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        if (c == 0 && id.isValid())
            item->setData(Qt::UserRole, id);
        t->setItem(row, c, item);
    }
}

QString when(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(hallTime::local(utc), QStringLiteral("yyyy-MM-dd HH:mm"))
                         : QString();
}

QString day(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QLabel *infoLabel(QWidget *parent, const QString &name)
{
    auto *l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setTextFormat(Qt::RichText);
    l->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

QString rows(const QList<std::pair<QString, QString>> &pairs)
{
    QString html = QStringLiteral("<table cellspacing='4'>");
    for (const auto &[k, v] : pairs)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(k.toHtmlEscaped(), v.isEmpty() ? QStringLiteral("—") : v.toHtmlEscaped());
    return html + QStringLiteral("</table>");
}

} // namespace

ProxyCasePanel::ProxyCasePanel(ClientContext &context, ProxyCases &cases, QWidget *parent)
    : QWidget(parent)
    , m_ctx(context)
    , m_cases(cases)
{
    setObjectName(QStringLiteral("proxyCasePanel"));
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("proxyCaseHeader"));
    QFont big = m_header->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_header->setFont(big);
    m_mode = new QLabel(this);
    m_mode->setObjectName(QStringLiteral("proxyModeBadge"));
    m_mode->setStyleSheet(QStringLiteral("background: #C2410C; color: white; font-weight: bold;"
                                         "border-radius: 10px; padding: 2px 10px;"));
    m_next = new QLabel(this);
    m_next->setObjectName(QStringLiteral("proxyNextLine"));
    m_next->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("proxyPanelMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #B00020;"));

    auto button = [this](const QString &name, const QString &text, void (ProxyCasePanel::*slot)()) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        m_writeButtons << b;
        return b;
    };
    m_progressButton =
        button(QStringLiteral("proxyProgressButton"), tr("Record progress…"), &ProxyCasePanel::addProgress);
    m_suspendButton = button(QStringLiteral("proxySuspendButton"), tr("Suspend…"), &ProxyCasePanel::suspend);
    m_resumeButton = button(QStringLiteral("proxyResumeButton"), tr("Resume…"), &ProxyCasePanel::resume);
    m_terminateButton =
        button(QStringLiteral("proxyTerminateButton"), tr("Terminate…"), &ProxyCasePanel::terminate);
    m_finishButton = button(QStringLiteral("proxyFinishButton"), tr("Finish…"), &ProxyCasePanel::finish);
    auto *actions = new QHBoxLayout;
    for (QPushButton *b :
         {m_progressButton, m_suspendButton, m_resumeButton, m_terminateButton, m_finishButton})
        actions->addWidget(b);
    actions->addStretch();

    auto print = [this](const QString &name, const QString &text, ProxyFormType type) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, [this, type] { emit formRequested(int(type)); });
        return b;
    };
    m_printMandate = print(QStringLiteral("proxyPrintMandate"), tr("Mandate form"), ProxyFormType::Mandate);
    m_printAcceptance =
        print(QStringLiteral("proxyPrintAcceptance"), tr("Acceptance slip"), ProxyFormType::Acceptance);
    m_printClosing = print(QStringLiteral("proxyPrintClosing"), tr("Completion / termination slip"),
                           ProxyFormType::Closing);
    auto *prints = new QHBoxLayout;
    prints->addWidget(new QLabel(tr("Print or save:"), this));
    for (QPushButton *b : {m_printMandate, m_printAcceptance, m_printClosing})
        prints->addWidget(b);
    prints->addStretch();

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("proxyCaseTabs"));
    m_person = infoLabel(this, QStringLiteral("proxyPersonInfo"));
    m_tabs->addTab(m_person, tr("Person served"));

    auto *mandateTab = new QWidget(this);
    m_mandate = infoLabel(mandateTab, QStringLiteral("proxyMandateInfo"));
    m_mandateButton =
        button(QStringLiteral("proxyMandateButton"), tr("Record the mandate…"), &ProxyCasePanel::editMandate);
    m_scanButton =
        button(QStringLiteral("proxyScanButton"), tr("Attach the signed scan…"), &ProxyCasePanel::attachScan);
    auto *mandateLayout = new QVBoxLayout(mandateTab);
    mandateLayout->addWidget(m_mandate, 1);
    auto *mandateButtons = new QHBoxLayout;
    mandateButtons->addWidget(m_mandateButton);
    mandateButtons->addWidget(m_scanButton);
    mandateButtons->addStretch();
    mandateLayout->addLayout(mandateButtons);
    m_tabs->addTab(mandateTab, tr("Mandate"));

    auto listTab = [this](QTableWidget *t, const QList<QPushButton *> &buttons, const QString &title) {
        auto *tab = new QWidget(this);
        auto *l = new QVBoxLayout(tab);
        t->setParent(tab);
        l->addWidget(t, 1);
        auto *row = new QHBoxLayout;
        for (QPushButton *b : buttons)
            row->addWidget(b);
        row->addStretch();
        l->addLayout(row);
        m_tabs->addTab(tab, title);
    };
    m_linked =
        table(this, QStringLiteral("proxyLinkedTable"), {tr("Case number"), tr("Matter"), tr("Status")});
    m_linkButton = button(QStringLiteral("proxyLinkButton"), tr("Link a case…"), &ProxyCasePanel::linkCase);
    m_unlinkButton = button(QStringLiteral("proxyUnlinkButton"), tr("Unlink"), &ProxyCasePanel::unlinkCase);
    listTab(m_linked, {m_linkButton, m_unlinkButton}, tr("Linked cases"));
    m_handovers = table(
        this, QStringLiteral("proxyHandoverTable"),
        {tr("When"), tr("Item"), tr("Original or copy"), tr("Count"), tr("Handover"), tr("By"), tr("Note")});
    m_handoverButton = button(QStringLiteral("proxyHandoverButton"), tr("Record a handover…"),
                              &ProxyCasePanel::recordHandover);
    listTab(m_handovers, {m_handoverButton}, tr("Materials"));
    m_progress = table(this, QStringLiteral("proxyProgressTable"),
                       {tr("When"), tr("Step"), tr("Note"), tr("Next action"), tr("By")});
    listTab(m_progress, {}, tr("Progress"));
    m_visits = table(this, QStringLiteral("proxyVisitTable"),
                     {tr("When"), tr("Address"), tr("Purpose"), tr("State"), tr("Result")});
    m_visitButton =
        button(QStringLiteral("proxyVisitButton"), tr("Book a visit…"), &ProxyCasePanel::bookVisit);
    m_visitResultButton = button(QStringLiteral("proxyVisitResultButton"), tr("Record the visit…"),
                                 &ProxyCasePanel::recordVisit);
    listTab(m_visits, {m_visitButton, m_visitResultButton}, tr("Home visits"));

    auto *followTab = new QWidget(this);
    m_followUp = infoLabel(followTab, QStringLiteral("proxyFollowUpInfo"));
    m_callbackButton = button(QStringLiteral("proxyCallbackButton"), tr("Record the follow-up call…"),
                              &ProxyCasePanel::callback);
    auto *followLayout = new QVBoxLayout(followTab);
    followLayout->addWidget(m_followUp, 1);
    auto *followButtons = new QHBoxLayout;
    followButtons->addWidget(m_callbackButton);
    followButtons->addStretch();
    followLayout->addLayout(followButtons);
    m_tabs->addTab(followTab, tr("Follow-up call"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_header);
    top->addWidget(m_mode);
    top->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_next);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(prints);
    showCase(0);
}

ProxyActor ProxyCasePanel::actor() const
{
    if (!m_ctx.session)
        return {};
    return {m_ctx.session->staff().staffNo, m_ctx.session->windowNo()};
}

QDate ProxyCasePanel::today() const
{
    return m_cases.today();
}

void ProxyCasePanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateActions();
}

void ProxyCasePanel::showCase(qint64 proxyId)
{
    m_id = proxyId;
    m_message->clear();
    reload();
}

void ProxyCasePanel::reload()
{
    m_detail = ProxyCaseDetail{};
    m_outstanding.clear();
    for (QTableWidget *t : {m_linked, m_handovers, m_progress, m_visits})
        t->setRowCount(0);
    if (m_id == 0) {
        m_header->setText(tr("No proxy case chosen"));
        m_mode->hide();
        m_next->clear();
        m_person->clear();
        m_mandate->clear();
        m_followUp->clear();
        updateActions();
        return;
    }
    auto d = m_cases.detail(m_id, Clock::nowUtc());
    if (!d) {
        m_message->setText(d.error().message);
        m_id = 0;
        updateActions();
        return;
    }
    m_detail = d.value();
    const ProxyCaseSummary &s = m_detail.summary;
    m_header->setText(tr("%1 · %2").arg(s.proxyNo, ProxyWords::state(s.state)));
    m_mode->setText(QueueWords::proxyMode(s.serviceMode));
    m_mode->show();
    m_next->setText(s.nextAction.isEmpty()
                        ? (s.state == u"suspended" ? tr("Suspended: waiting on the citizen.") : QString())
                        : tr("Next: %1, by %2%3")
                              .arg(s.nextAction, day(s.nextDue),
                                   s.waitingOnCitizen ? tr(" (waiting on the citizen)") : QString()));
    const bool enterprise = s.principalKind == u"legal";
    QList<std::pair<QString, QString>> person{
        {enterprise ? tr("Enterprise") : tr("Name"), s.principalName},
        {enterprise ? tr("Credit code") : tr("ID number"), s.principalIdMasked}};
    if (enterprise)
        person << std::pair{tr("Legal representative"), m_detail.principalLegalRep};
    person << std::pair{tr("Phone"), m_detail.principalPhoneMasked}
           << std::pair{tr("Address"), m_detail.principalAddress}
           << std::pair{tr("Reason for help"),
                        m_detail.reasonDetail.isEmpty()
                            ? ProxyWords::reason(s.reason)
                            : tr("%1: %2").arg(ProxyWords::reason(s.reason), m_detail.reasonDetail)}
           << std::pair{tr("Help-desk staff"), s.assignedName.isEmpty()
                                                   ? s.assignedStaffNo
                                                   : tr("%1 (%2)").arg(s.assignedName, s.assignedStaffNo)}
           << std::pair{tr("Opened"), tr("%1 by %2").arg(when(s.openedAt), m_detail.openedBy)}
           << std::pair{tr("From ticket"), m_detail.ticketNo}
           << std::pair{tr("From case"), m_detail.sourceCaseNo};
    m_person->setText(rows(person));
    const ProxyMandate &m = m_detail.mandate;
    m_mandate->setText(
        rows({{tr("Matters and powers"), m.scope},
              {tr("Period"), m.from.isValid() ? tr("%1 to %2").arg(day(m.from), day(m.to)) : QString()},
              {tr("Signed"), m.isSigned ? tr("Yes, %1").arg(when(m_detail.mandateSignedAt)) : tr("No")},
              {tr("Scan"), m_detail.mandateScanName}}));
    QList<std::pair<QString, QString>> follow;
    if (s.closedAt.isValid())
        follow << std::pair{s.state == u"terminated" ? tr("Terminated") : tr("Finished"),
                            tr("%1 by %2").arg(when(s.closedAt), m_detail.closedBy)}
               << std::pair{s.state == u"terminated" ? tr("Reason") : tr("Result"), m_detail.closeReason};
    if (!m_detail.retainedNote.isEmpty())
        follow << std::pair{tr("Originals not returned"), m_detail.retainedNote};
    if (m_detail.callbackAt.isValid())
        follow << std::pair{tr("Follow-up call"),
                            tr("%1 by %2, %3")
                                .arg(when(m_detail.callbackAt), m_detail.callbackBy,
                                     ProxyWords::callbackMethod(m_detail.callbackMethod))}
               << std::pair{tr("Satisfaction"), ProxyWords::satisfaction(m_detail.callbackSatisfaction)}
               << std::pair{tr("What the citizen said"), m_detail.callbackNote};
    else
        follow << std::pair{tr("Follow-up call"),
                            s.closedAt.isValid() ? tr("Not yet made") : tr("After closing")};
    m_followUp->setText(rows(follow));

    if (auto linked = m_cases.linkedCases(m_id)) {
        m_linked->setRowCount(int(linked->size()));
        for (int i = 0; i < linked->size(); ++i) {
            const ProxyLinkedCase &c = linked->at(i);
            setRow(m_linked, i, {c.projectNo, c.matterName, c.status}, c.caseId);
        }
    }
    if (auto handovers = m_cases.handovers(m_id)) {
        m_handovers->setRowCount(int(handovers->size()));
        for (int i = 0; i < handovers->size(); ++i) {
            const ProxyHandoverRecord &h = handovers->at(i);
            setRow(m_handovers, i,
                   {when(h.at), h.item, ProxyWords::kind(h.kind), QString::number(h.count),
                    ProxyWords::direction(h.direction), h.counterpart, h.note});
        }
    }
    if (auto progress = m_cases.progress(m_id)) {
        m_progress->setRowCount(int(progress->size()));
        for (int i = 0; i < progress->size(); ++i) {
            const ProxyProgressRecord &p = progress->at(i);
            setRow(m_progress, i,
                   {when(p.at), ProxyWords::progressKind(p.kind), p.note,
                    p.nextAction.isEmpty() ? QString() : tr("%1 (by %2)").arg(p.nextAction, day(p.nextDue)),
                    p.staffNo});
        }
    }
    if (auto visits = m_cases.homeVisits(m_id)) {
        m_visits->setRowCount(int(visits->size()));
        for (int i = 0; i < visits->size(); ++i) {
            const ProxyHomeVisit &v = visits->at(i);
            setRow(m_visits, i,
                   {when(v.scheduledAt), v.address, v.purpose, ProxyWords::visitState(v.state), v.result},
                   v.id);
        }
    }
    if (auto outstanding = m_cases.outstandingOriginals(m_id)) {
        for (const ProxyOutstandingOriginal &o : outstanding.value())
            m_outstanding << tr("%1 × %2").arg(o.item).arg(o.count);
    }
    updateActions();
}

void ProxyCasePanel::updateActions()
{
    const QString state = m_detail.summary.state;
    const bool has = m_id != 0;
    const bool closed = state == u"finished" || state == u"terminated";
    const bool suspended = state == u"suspended";
    const bool working = has && !closed && !suspended;
    const bool write = has && !m_readOnly;
    m_progressButton->setEnabled(write && working);
    m_suspendButton->setEnabled(write && working);
    m_resumeButton->setEnabled(write && suspended);
    m_terminateButton->setEnabled(write && !closed);
    m_finishButton->setEnabled(write && working);
    m_mandateButton->setEnabled(write && !closed);
    m_scanButton->setEnabled(write && !closed && m_ctx.attachments);
    m_linkButton->setEnabled(write && !closed);
    m_unlinkButton->setEnabled(write && !closed);
    m_handoverButton->setEnabled(write && !closed);
    m_visitButton->setEnabled(write && working);
    m_visitResultButton->setEnabled(write && !closed);
    m_callbackButton->setEnabled(write && closed && !m_detail.callbackAt.isValid());
    m_printMandate->setEnabled(has);
    m_printAcceptance->setEnabled(has);
    m_printClosing->setEnabled(has && closed);
    for (QPushButton *b : std::as_const(m_writeButtons))
        b->setVisible(!m_readOnly);
}

void ProxyCasePanel::run(QWidget *dialog)
{
    if (static_cast<QDialog *>(dialog)->exec() != QDialog::Accepted)
        return;
    m_message->clear();
    reload();
    emit changed(m_id);
}

void ProxyCasePanel::editMandate()
{
    ProxyMandateDialog dialog(m_detail.mandate, today(), this);
    dialog.setSubmit([&] { return m_cases.setMandate(m_id, dialog.mandate(), actor()); });
    run(&dialog);
}

void ProxyCasePanel::attachScan()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("The signed mandate"), QString(),
                                                      tr("Scans (*.pdf *.png *.jpg *.jpeg)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_message->setText(
            tr("%1 could not be read: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return;
    }
    if (auto r = m_cases.attachMandateScan(m_id, {QFileInfo(path).fileName(), file.readAll(), {}}, actor());
        !r) {
        m_message->setText(r.error().message);
        return;
    }
    reload();
    emit changed(m_id);
}

void ProxyCasePanel::linkCase()
{
    ProxyFormDialog dialog(QStringLiteral("proxyLinkDialog"), tr("Link a case"), this);
    QLineEdit *number =
        dialog.addLine(tr("Case number (办件编号)"), QStringLiteral("proxyLinkNumber"), 60, true);
    dialog.revalidate();
    dialog.setSubmit([&] { return m_cases.linkByNumber(m_id, number->text(), actor()); });
    run(&dialog);
}

void ProxyCasePanel::unlinkCase()
{
    const int row = m_linked->currentRow();
    if (row < 0) {
        m_message->setText(tr("Choose the linked case to unlink."));
        return;
    }
    if (auto r = m_cases.unlink(m_id, m_linked->item(row, 0)->data(Qt::UserRole).toLongLong(), actor()); !r) {
        m_message->setText(r.error().message);
        return;
    }
    reload();
    emit changed(m_id);
}

void ProxyCasePanel::recordHandover()
{
    ProxyHandoverDialog dialog(this);
    dialog.setSubmit([&] { return m_cases.recordHandover(m_id, dialog.handover(), actor()); });
    run(&dialog);
}

void ProxyCasePanel::addProgress()
{
    ProxyProgressDialog dialog(tr("Record progress"), today(), this);
    dialog.setSubmit([&] { return m_cases.addProgress(m_id, dialog.progress(), actor()); });
    run(&dialog);
}

void ProxyCasePanel::bookVisit()
{
    const QDateTime start = QDateTime(today().addDays(1), QTime(9, 0));
    ProxyVisitDialog dialog(m_detail.principalAddress, start, this);
    dialog.setSubmit([&]() -> Result<void> {
        if (auto r = m_cases.scheduleHomeVisit(m_id, dialog.visit(), actor()); !r)
            return r.error();
        return {};
    });
    run(&dialog);
}

void ProxyCasePanel::recordVisit()
{
    const int row = m_visits->currentRow();
    if (row < 0) {
        m_message->setText(tr("Choose the visit to record."));
        return;
    }
    const qint64 visitId = m_visits->item(row, 0)->data(Qt::UserRole).toLongLong();
    ProxyFormDialog dialog(QStringLiteral("proxyVisitResultDialog"), tr("Record the visit"), this);
    QComboBox *outcome = dialog.addCombo(
        tr("The visit"), QStringLiteral("proxyVisitOutcome"),
        {{QStringLiteral("done"), tr("took place")}, {QStringLiteral("cancelled"), tr("was cancelled")}});
    QPlainTextEdit *result =
        dialog.addText(tr("What was done, or why not"), QStringLiteral("proxyVisitResult"), 500, true);
    dialog.revalidate();
    dialog.setSubmit([&] {
        return m_cases.recordHomeVisit(visitId, outcome->currentData().toString() == u"done",
                                       result->toPlainText(), actor());
    });
    run(&dialog);
}

void ProxyCasePanel::suspend()
{
    ProxyReasonDialog dialog(tr("Suspend the case"), tr("Why (what the citizen must do or decide)"), {},
                             this);
    dialog.setSubmit([&] { return m_cases.suspend(m_id, dialog.text(), actor()); });
    run(&dialog);
}

void ProxyCasePanel::resume()
{
    ProxyProgressDialog dialog(tr("Resume the case"), today(), this);
    dialog.setSubmit([&] { return m_cases.resume(m_id, dialog.progress(), actor()); });
    run(&dialog);
}

void ProxyCasePanel::terminate()
{
    ProxyReasonDialog dialog(tr("Terminate the case"), tr("Why the service ends"), m_outstanding, this);
    dialog.setSubmit([&] { return m_cases.terminate(m_id, dialog.text(), dialog.retainedNote(), actor()); });
    run(&dialog);
}

void ProxyCasePanel::finish()
{
    ProxyReasonDialog dialog(tr("Finish the case"), tr("What was achieved and how it reached the citizen"),
                             m_outstanding, this);
    dialog.setSubmit([&] { return m_cases.finish(m_id, {dialog.text(), dialog.retainedNote()}, actor()); });
    run(&dialog);
}

void ProxyCasePanel::callback()
{
    ProxyCallbackDialog dialog(this);
    dialog.setSubmit([&] { return m_cases.recordCallback(m_id, dialog.callback(), actor()); });
    run(&dialog);
}

} // namespace yc
