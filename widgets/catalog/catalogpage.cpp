#include "catalogpage.h"

#include "app/core/adminservice.h"
#include "app/core/clientcontext.h"
#include "catalog/catalogrepository.h"
#include "catalog/mattertablemodel.h"
#include "codes/codes.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace yc {

CatalogPage::CatalogPage(ClientContext &context, QWidget *parent)
    : QWidget(parent)
    , m_ctx(context)
    , m_repo(std::make_unique<CatalogRepository>(context.db))
{
    m_model = new MatterTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(MatterTableModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true); // pinyin order under a Chinese locale

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("catalogFilter"));
    m_filter->setPlaceholderText(tr("Filter by name, department, code or keyword"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        m_count->setText(tr("%1 of %2 matters").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
    });
    m_count = new QLabel(this);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("catalogTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(MatterTableModel::Department, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MatterTableModel::Name, QHeaderView::Stretch);
    // Department names are long (枣庄市市中区人力资源和社会保障局): a bounded
    // column with the full name in the tooltip leaves room for the matter.
    header->setSectionResizeMode(MatterTableModel::Department, QHeaderView::Interactive);
    header->resizeSection(MatterTableModel::Department, 220);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showMatter(current); });

    m_detail = new QTextBrowser(this);
    m_detail->setObjectName(QStringLiteral("matterDetail"));

    // The guide below the table: matter names are long and need the width.
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({450, 300});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_count);
    layout->addWidget(split, 1);
    connect(m_ctx.admin, &AdminService::catalogChanged, this, &CatalogPage::reload);
    reload();
}

CatalogPage::~CatalogPage() = default;

void CatalogPage::reload()
{
    auto matters = m_repo->currentMatters();
    m_model->setMatters(matters ? matters.value() : QList<Matter>());
    m_count->setText(matters ? tr("%1 of %2 matters").arg(m_proxy->rowCount()).arg(m_model->rowCount())
                             : matters.error().message);
}

void CatalogPage::showMatter(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid()) {
        m_detail->clear();
        return;
    }
    const qint64 id = m_proxy->data(proxyIndex, MatterTableModel::MatterIdRole).toLongLong();
    auto matter = m_repo->matter(id);
    if (!matter) {
        m_detail->setPlainText(matter.error().message);
        return;
    }
    const Matter &m = matter.value();
    QString html = QStringLiteral("<h3>%1</h3>").arg(m.name.toHtmlEscaped());
    html += QStringLiteral("<p>%1 · %2 · %3</p>")
                .arg(m.departmentName.toHtmlEscaped(), Codes::matterTypeLabel(m.matterType),
                     Codes::projectKindLabel(m.projectKind));
    html += QStringLiteral("<p><b>%1</b> %2　<b>%3</b> %4　<b>%5</b> %6</p>")
                .arg(tr("Committed:"), Codes::limitText(m.promiseLimit), tr("Legal:"),
                     Codes::limitText(m.legalLimit), tr("Visits:"))
                .arg(m.onsiteVisits);
    html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Implementation code:"), m.taskCode.toHtmlEscaped());
    if (!m.acceptConditions.isEmpty())
        html +=
            QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Conditions:"), m.acceptConditions.toHtmlEscaped());
    html +=
        QStringLiteral("<h4>%1</h4><table border='1' cellspacing='0' cellpadding='3'>").arg(tr("Materials"));
    html += QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                .arg(tr("Material"), tr("Kind"), tr("Form"), tr("Copies"), tr("Necessity"));
    for (const MatterMaterial &mm : m.materials) {
        html +=
            QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td align='center'>%4</td><td>%5</td></tr>")
                .arg(mm.name.toHtmlEscaped(), Codes::materialKindLabel(mm.kind),
                     Codes::materialFormLabel(mm.form))
                .arg(mm.copies)
                .arg(Codes::necessityLabel(mm.necessity));
    }
    html += QStringLiteral("</table>");
    if (m.fees.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Fees:"), tr("free of charge"));
    for (const MatterFee &fee : m.fees)
        html += QStringLiteral("<p><b>%1</b> %2 %3</p>")
                    .arg(tr("Fee:"), fee.name.toHtmlEscaped(), fee.standard.toHtmlEscaped());
    if (!m.legalBasis.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Legal basis:"), m.legalBasis.toHtmlEscaped());
    m_detail->setHtml(html);
}

} // namespace yc
