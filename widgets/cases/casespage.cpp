#include "casespage.h"

#include "app/core/clientcontext.h"
#include "app/core/session.h"
#include "app/core/settings.h"
#include "app/documents/casedocumentsource.h"
#include "app/documents/documentrenderer.h"
#include "cases/caselistmodel.h"
#include "codes/codes.h"
#include "intake/intakeservice.h"
#include "widgets/cases/caseactiondialogs.h"
#include "widgets/common/servicebadge.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace yc {

CasesPage::CasesPage(ClientContext &context, QWidget *parent)
    : QWidget(parent)
    , m_ctx(context)
    , m_followUp(std::make_unique<CaseFollowUp>(context.db))
    , m_documents(std::make_unique<CaseDocumentSource>(context.db, context.settings->progressQueryUrl()))
{
    m_model = new CaseListModel(context.db, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("caseTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(CaseListModel::Matter, QHeaderView::Stretch);
    m_table->setItemDelegateForColumn(CaseListModel::Service,
                                      new ServiceBadgeDelegate(CaseListModel::ProxyModeRole, m_table));

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("caseCount"));
    auto *refresh = new QPushButton(tr("Refresh"), this);
    connect(refresh, &QPushButton::clicked, this, &CasesPage::reload);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("caseSearch"));
    m_search->setPlaceholderText(tr("Case number, matter or applicant"));
    m_search->setClearButtonEnabled(true);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("caseStatusFilter"));
    m_status->addItem(tr("All cases"), QString());
    m_status->addItem(tr("Open (accepted, awaiting materials, special procedure)"), QStringLiteral("open"));
    for (const char *status :
         {"accepted", "supplementing", "special_procedure", "finished", "delivered", "notified", "rejected"})
        m_status->addItem(Codes::caseStatusLabel(QLatin1String(status)), QLatin1String(status));
    // Search as the clerk types, once the typing pauses (a LIKE over every case).
    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, &CasesPage::reload);
    connect(m_search, &QLineEdit::returnPressed, this, &CasesPage::reload);
    connect(m_status, &QComboBox::currentIndexChanged, this, &CasesPage::reload);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 2);
    top->addWidget(m_status, 1);
    top->addWidget(refresh);
    auto *countRow = new QHBoxLayout;
    countRow->addWidget(m_count, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(countRow);
    layout->addWidget(m_table, 1);

    // What happens after intake, for those who work cases (not supervisors).
    auto button = [this](const QString &text, const QString &name, void (CasesPage::*slot)()) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    m_handover = button(tr("Hand over…"), QStringLiteral("handoverButton"), &CasesPage::handover);
    m_supply = button(tr("Material supplied…"), QStringLiteral("supplyButton"), &CasesPage::supplyMaterial);
    m_result = button(tr("Record result…"), QStringLiteral("resultButton"), &CasesPage::recordResult);
    m_deliver = button(tr("Hand out…"), QStringLiteral("deliverButton"), &CasesPage::deliver);
    m_print = button(tr("Print document…"), QStringLiteral("printDocumentButton"), &CasesPage::printDocument);
    m_save = button(tr("Document as PDF…"), QStringLiteral("saveDocumentButton"), &CasesPage::saveDocument);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("caseMessage"));
    m_message->setWordWrap(true);
    // The selected case's 帮办代办 badge, with its reason in words beside it.
    m_badge = new ServiceBadge(this);
    m_badge->setObjectName(QStringLiteral("caseProxyBadge"));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_badge);
    const bool works =
        m_ctx.session->hasRole(QStringLiteral("clerk")) || m_ctx.session->hasRole(QStringLiteral("helpdesk"));
    for (QPushButton *b : {m_handover, m_supply, m_result, m_deliver}) {
        b->setVisible(works);
        actions->addWidget(b);
    }
    actions->addWidget(m_print);
    actions->addWidget(m_save);
    actions->addWidget(m_message, 1);
    layout->addLayout(actions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CasesPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CasesPage::updateActions);
    updateActions();
}

CasesPage::~CasesPage() = default;

qint64 CasesPage::selectedCase(QString *status) const
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return 0;
    if (status)
        *status = index.data(CaseListModel::StatusRole).toString();
    return index.data(CaseListModel::CaseIdRole).toLongLong();
}

void CasesPage::updateActions()
{
    QString status;
    const qint64 id = selectedCase(&status);
    const bool inProgress =
        status == QLatin1String("accepted") || status == QLatin1String("special_procedure");
    m_handover->setEnabled(id > 0 && (inProgress || status == QLatin1String("supplementing")));
    m_supply->setEnabled(id > 0 && (inProgress || status == QLatin1String("supplementing")));
    m_result->setEnabled(id > 0 && inProgress);
    m_deliver->setEnabled(id > 0 && status == QLatin1String("finished"));
    m_print->setEnabled(id > 0);
    m_save->setEnabled(id > 0);
    const QModelIndex index = m_table->currentIndex();
    m_badge->setMode(index.data(CaseListModel::ProxyModeRole).toString(),
                     index.data(CaseListModel::ProxyReasonRole).toString());
}

void CasesPage::report(const Result<void> &result, const QString &done)
{
    m_message->setStyleSheet(result ? QStringLiteral("color: #1b7f3b;") : QStringLiteral("color: #b00020;"));
    m_message->setText(result ? done : result.error().message);
    if (result)
        reload();
}

void CasesPage::handover()
{
    const qint64 id = selectedCase();
    HandoverDialog dialog(this);
    if (!id || dialog.exec() != QDialog::Accepted)
        return;
    report(m_followUp->recordHandover(id, dialog.items(), dialog.toWhom(), m_ctx.session->staff().staffNo,
                                      m_ctx.session->windowNo()),
           tr("The hand-over is recorded."));
}

void CasesPage::supplyMaterial()
{
    const qint64 id = selectedCase();
    auto outstanding = m_followUp->outstandingMaterials(id);
    if (!outstanding) {
        report(outstanding.error(), {});
        return;
    }
    if (outstanding->isEmpty()) {
        report(Result<void>(), tr("Nothing is outstanding for this case."));
        return;
    }
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("supplyDialog"));
    dialog.setWindowTitle(tr("Material supplied"));
    dialog.setLabelText(tr("Which material did the applicant bring?"));
    QStringList names;
    for (const auto &m : outstanding.value())
        names << m.name;
    dialog.setComboBoxItems(names);
    if (!m_ctx.intake || dialog.exec() != QDialog::Accepted)
        return;
    const qsizetype chosen = names.indexOf(dialog.textValue());
    if (chosen < 0)
        return;
    report(m_ctx.intake->supplyMaterial(id, outstanding->at(chosen).code, m_ctx.session->staff().staffNo,
                                        m_ctx.session->windowNo()),
           tr("Recorded: %1 was supplied.").arg(outstanding->at(chosen).name));
}

void CasesPage::recordResult()
{
    const qint64 id = selectedCase();
    ResultDialog dialog(this);
    if (!id || dialog.exec() != QDialog::Accepted)
        return;
    report(m_followUp->recordResult(id, dialog.result(), m_ctx.session->staff().staffNo,
                                    m_ctx.session->windowNo()),
           tr("The case is finished and can be handed out."));
}

void CasesPage::deliver()
{
    const qint64 id = selectedCase();
    DeliveryDialog dialog(this);
    if (!id || dialog.exec() != QDialog::Accepted)
        return;
    auto docNo =
        m_followUp->deliver(id, dialog.delivery(), m_ctx.session->staff().staffNo, m_ctx.session->windowNo());
    report(docNo ? Result<void>() : Result<void>(docNo.error()),
           docNo ? tr("Handed out; delivery receipt %1. Print it for the signature.").arg(docNo.value())
                 : QString());
}

void CasesPage::printDocument()
{
    const qint64 id = selectedCase();
    auto data = m_documents->latestDocument(id);
    if (!data) {
        report(data.error(), {});
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    report(DocumentRenderer::print(data.value(), printer), tr("Printed %1.").arg(data->docNo));
}

void CasesPage::saveDocument()
{
    const qint64 id = selectedCase();
    auto data = m_documents->latestDocument(id);
    if (!data) {
        report(data.error(), {});
        return;
    }
    QString name = data->docNo;
    name.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("_"));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the document as PDF"),
        QDir(m_ctx.settings->documentFolder()).filePath(name + QStringLiteral(".pdf")), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    report(DocumentRenderer::writePdf(data.value(), path), tr("Saved %1.").arg(path));
}

void CasesPage::showEvent(QShowEvent *event)
{
    reload();
    QWidget::showEvent(event);
}

void CasesPage::reload()
{
    m_typing->stop();
    const qint64 keep = selectedCase(); // stay on the case being worked
    m_model->setFilter({m_search->text(), m_status->currentData().toString()});
    for (int row = 0; keep > 0 && row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(CaseListModel::CaseIdRole).toLongLong() == keep) {
            m_table->setCurrentIndex(m_model->index(row, 0));
            break;
        }
    }
    const bool filtered =
        !m_search->text().trimmed().isEmpty() || !m_status->currentData().toString().isEmpty();
    if (filtered)
        m_count->setText(m_model->totalCount() == 0 ? tr("No case matches.")
                                                    : tr("%n case(s) found", nullptr, m_model->totalCount()));
    else
        m_count->setText(m_model->totalCount() == 0
                             ? tr("No cases yet. Accepted cases appear here.")
                             : tr("%n case(s) in total", nullptr, m_model->totalCount()));
}

} // namespace yc
