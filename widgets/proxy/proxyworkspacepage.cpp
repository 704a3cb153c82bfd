#include "proxyworkspacepage.h"

#include "app/core/clientcontext.h"
#include "app/core/session.h"
#include "app/documents/proxyforms.h"
#include "core/clock.h"
#include "proxy/proxycases.h"
#include "proxy/proxywords.h"
#include "proxycasepanel.h"
#include "proxydialogs.h"
#include "widgets/queue/queuewords.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace yc {

namespace {

const QColor overdueColour(0xFD, 0xE2, 0xE1);
const QColor dueColour(0xFF, 0xF3, 0xC4);
const QColor badgeColour(0xC2, 0x41, 0x0C);

} // namespace

ProxyWorkspacePage::ProxyWorkspacePage(ClientContext &context, ProxyCases &cases, QWidget *parent)
    : QWidget(parent)
    , m_ctx(context)
    , m_cases(cases)
{
    setObjectName(QStringLiteral("proxyWorkspacePage"));
    m_view = new QComboBox(this);
    m_view->setObjectName(QStringLiteral("proxyView"));
    m_view->addItem(tr("My cases"), int(ProxyView::Mine));
    m_view->addItem(tr("The team's cases"), int(ProxyView::Team));
    m_view->addItem(tr("Due soon"), int(ProxyView::DueSoon));
    m_view->addItem(tr("Overdue"), int(ProxyView::Overdue));
    m_view->addItem(tr("Waiting on the citizen"), int(ProxyView::WaitingOnCitizen));
    m_view->addItem(tr("Awaiting the follow-up call"), int(ProxyView::AwaitingCallback));
    m_view->addItem(tr("Closed"), int(ProxyView::Closed));
    m_onlyMine = new QCheckBox(tr("Only mine"), this);
    m_onlyMine->setObjectName(QStringLiteral("proxyOnlyMine"));
    m_onlyMine->setChecked(true);
    auto *openButton = new QPushButton(tr("Open a proxy case…"), this);
    openButton->setObjectName(QStringLiteral("proxyOpenButton"));
    const bool helpDesk = m_ctx.session && m_ctx.session->hasRole(QStringLiteral("helpdesk"));
    openButton->setVisible(helpDesk);
    m_reminderLabel = new QLabel(this);
    m_reminderLabel->setObjectName(QStringLiteral("proxyReminders"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("proxyPageMessage"));
    m_message->setWordWrap(true);

    m_table = new QTableWidget(0, 8, this);
    m_table->setObjectName(QStringLiteral("proxyCaseTable"));
    m_table->setHorizontalHeaderLabels({tr("Number"), tr("Service"), tr("Served"), tr("Reason"), tr("State"),
                                        tr("Next action"), tr("By"), tr("Help desk")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);

    m_panel = new ProxyCasePanel(m_ctx, m_cases, this);
    m_panel->setReadOnly(!helpDesk);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Show"), this));
    bar->addWidget(m_view);
    bar->addWidget(m_onlyMine);
    bar->addStretch();
    bar->addWidget(m_reminderLabel);
    bar->addWidget(openButton);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(bar);
    leftLayout->addWidget(m_message);
    leftLayout->addWidget(m_table, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_panel);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 4);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_view, &QComboBox::currentIndexChanged, this, &ProxyWorkspacePage::refresh);
    connect(m_onlyMine, &QCheckBox::toggled, this, &ProxyWorkspacePage::refresh);
    connect(openButton, &QPushButton::clicked, this, &ProxyWorkspacePage::openNew);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_panel->showCase(currentCaseId()); });
    connect(m_panel, &ProxyCasePanel::changed, this, [this](qint64 id) {
        refresh();
        selectCase(id);
    });
    connect(m_panel, &ProxyCasePanel::formRequested, this, &ProxyWorkspacePage::saveForm);
    // Due and overdue change with the clock, not only with the data.
    m_tick = new QTimer(this);
    m_tick->setInterval(60 * 1000);
    connect(m_tick, &QTimer::timeout, this, &ProxyWorkspacePage::refresh);
    m_tick->start();
    refresh();
}

ProxyFilter ProxyWorkspacePage::filter() const
{
    ProxyFilter f;
    f.view = ProxyView(m_view->currentData().toInt());
    const QString me = m_ctx.session ? m_ctx.session->staff().staffNo : QString();
    if (f.view == ProxyView::Mine || (f.view != ProxyView::Team && m_onlyMine->isChecked()))
        f.staffNo = me;
    return f;
}

qint64 ProxyWorkspacePage::currentCaseId() const
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0))
        return 0;
    return m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
}

void ProxyWorkspacePage::selectCase(qint64 proxyId)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(Qt::UserRole).toLongLong() == proxyId) {
            m_table->selectRow(row);
            return;
        }
    }
    // Not in this list (e.g. closed): shown anyway.
    m_table->clearSelection();
    m_panel->showCase(proxyId);
}

void ProxyWorkspacePage::refresh()
{
    const qint64 keep = m_panel->caseId();
    const QDateTime now = Clock::nowUtc();
    const auto view = ProxyView(m_view->currentData().toInt());
    m_onlyMine->setEnabled(view != ProxyView::Mine && view != ProxyView::Team);
    auto list = m_cases.list(filter(), now);
    m_message->setText(list ? QString() : list.error().message);
    const QList<ProxyCaseSummary> rows = list ? list.value() : QList<ProxyCaseSummary>{};
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const ProxyCaseSummary &s = rows.at(i);
        const QStringList cells{s.proxyNo,
                                QueueWords::proxyMode(s.serviceMode),
                                s.principalName,
                                ProxyWords::reason(s.reason),
                                ProxyWords::state(s.state) +
                                    (s.waitingOnCitizen ? tr(" · waiting") : QString()),
                                s.nextAction,
                                s.nextDue.isValid() ? s.nextDue.toString(Qt::ISODate) : QString(),
                                s.assignedName.isEmpty() ? s.assignedStaffNo : s.assignedName};
        const QColor background = s.dueState == DueState::Overdue   ? overdueColour
                                  : s.dueState == DueState::DueSoon ? dueColour
                                                                    : QColor();
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == 0)
                item->setData(Qt::UserRole, s.id);
            if (c == 1) {
                item->setBackground(badgeColour);
                item->setForeground(Qt::white);
            } else if (background.isValid()) {
                item->setBackground(background);
            }
            if (c == 6 && s.dueState == DueState::Overdue)
                item->setToolTip(tr("Overdue"));
            m_table->setItem(i, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);

    const QString me = m_ctx.session ? m_ctx.session->staff().staffNo : QString();
    auto counted = me.isEmpty() ? Result<int>(0) : m_cases.reminderCount(me, now);
    const int reminders = counted ? counted.value() : 0;
    m_reminderLabel->setText(reminders > 0 ? tr("%n item(s) due today or overdue", "", reminders)
                                           : QString());
    m_reminderLabel->setStyleSheet(reminders > 0 ? QStringLiteral("color: #B00020; font-weight: bold;")
                                                 : QString());
    if (reminders != m_reminders) {
        m_reminders = reminders;
        emit reminderCountChanged(reminders);
    }
    // Keep the case on screen when it is still listed; otherwise keep showing it.
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(Qt::UserRole).toLongLong() == keep) {
            m_table->selectRow(row);
            break;
        }
    }
    if (keep != 0)
        m_panel->showCase(keep);
}

void ProxyWorkspacePage::openNew()
{
    open(QStringLiteral("assist"), 0, 0);
}

void ProxyWorkspacePage::openForTicket(qint64 ticketId, const QString &proxyMode)
{
    open(proxyMode.isEmpty() ? QStringLiteral("assist") : proxyMode, ticketId, 0);
}

void ProxyWorkspacePage::openForCase(qint64 caseId)
{
    open(QStringLiteral("assist"), 0, caseId);
}

void ProxyWorkspacePage::open(const QString &mode, qint64 ticketId, qint64 caseId)
{
    if (ticketId > 0 || caseId > 0) {
        auto existing = m_cases.findBySource(caseId, ticketId);
        if (existing && existing.value() > 0) {
            selectCase(existing.value());
            m_message->setText(tr("A proxy case is already open for this; it is shown."));
            return;
        }
    }
    const bool helpDesk = m_ctx.session && m_ctx.session->hasRole(QStringLiteral("helpdesk"));
    const QString me = m_ctx.session ? m_ctx.session->staff().staffNo : QString();
    ProxyOpenDialog dialog(mode, caseId > 0, helpDesk ? me : QString(), m_cases.today(), this);
    qint64 opened = 0;
    dialog.setSubmit([&]() -> Result<void> {
        ProxyOpenRequest request = dialog.request();
        request.ticketId = ticketId;
        request.sourceCaseId = caseId;
        auto r = m_cases.open(request, {me, m_ctx.session ? m_ctx.session->windowNo() : 0});
        if (!r)
            return r.error();
        opened = r->id;
        return {};
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_message->clear();
    m_view->setCurrentIndex(m_view->findData(int(ProxyView::Mine)));
    refresh();
    selectCase(opened);
    emit caseOpened(opened);
}

Result<void> ProxyWorkspacePage::writeForm(ProxyFormType type, const QString &path) const
{
    const qint64 id = m_panel->caseId();
    if (id == 0)
        return Error{QStringLiteral("proxy.unknown"), tr("Choose a proxy case first.")};
    auto data = ProxyForms::load(m_cases, id, type, m_ctx.hallName, Clock::nowUtc());
    if (!data)
        return data.error();
    return ProxyForms::writePdf(data.value(), path);
}

void ProxyWorkspacePage::saveForm(int formType)
{
    const auto type = ProxyFormType(formType);
    auto data = ProxyForms::load(m_cases, m_panel->caseId(), type, m_ctx.hallName, Clock::nowUtc());
    if (!data) {
        m_message->setText(data.error().message);
        return;
    }
    const QString suggested = QDir::home().filePath(
        QStringLiteral("%1-%2.pdf").arg(data->detail.summary.proxyNo, ProxyForms::title(data.value())));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the form as PDF"), suggested,
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto r = ProxyForms::writePdf(data.value(), path); !r) {
        m_message->setText(r.error().message);
        return;
    }
    m_message->setText(
        tr("Saved %1. Print it from there and have it signed.").arg(QDir::toNativeSeparators(path)));
}

} // namespace yc
