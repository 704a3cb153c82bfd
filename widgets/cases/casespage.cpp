#include "casespage.h"

#include "app/core/clientcontext.h"
#include "cases/caselistmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
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

    auto *top = new QHBoxLayout;
    top->addWidget(m_count, 1);
    top->addWidget(refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
}

void CasesPage::showEvent(QShowEvent *event)
{
    reload();
    QWidget::showEvent(event);
}

void CasesPage::reload()
{
    m_model->reload();
    m_count->setText(m_model->totalCount() == 0 ? tr("No cases yet. Accepted cases appear here.")
                                                : tr("%n case(s) in total", nullptr, m_model->totalCount()));
}

} // namespace yc
