#include "casespage.h"

#include "app/core/clientcontext.h"
#include "cases/caselistmodel.h"
#include "codes/codes.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace yc {

CasesPage::CasesPage(ClientContext &context, QWidget *parent)
    : QWidget(parent)
{
    m_model = new CaseListModel(context.db, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("caseTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(CaseListModel::Matter, QHeaderView::Stretch);

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
}

void CasesPage::showEvent(QShowEvent *event)
{
    reload();
    QWidget::showEvent(event);
}

void CasesPage::reload()
{
    m_typing->stop();
    m_model->setFilter({m_search->text(), m_status->currentData().toString()});
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
