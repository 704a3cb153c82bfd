#include "mattersearchpanel.h"

#include "codes/codes.h"
#include "search/mattersearch.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace yc {

MatterSearchPanel::MatterSearchPanel(QWidget *parent)
    : QWidget(parent)
    , m_search(std::make_unique<MatterSearch>())
{
    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("matterSearch"));
    m_input->setPlaceholderText(tr("Matter: name, pinyin, initials or everyday words (开公司, hjqy …)"));
    m_input->setClearButtonEnabled(true);
    m_input->installEventFilter(this);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("matterResults"));
    m_results->setWordWrap(true);
    m_hint = new QLabel(this);
    m_hint->setStyleSheet(QStringLiteral("color: #555;"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_input);
    layout->addWidget(m_hint);
    layout->addWidget(m_results, 1);
    connect(m_input, &QLineEdit::textChanged, this, &MatterSearchPanel::runSearch);
    connect(m_input, &QLineEdit::returnPressed, this, &MatterSearchPanel::chooseCurrent);
    connect(m_results, &QListWidget::itemActivated, this, &MatterSearchPanel::chooseCurrent);
}

MatterSearchPanel::~MatterSearchPanel() = default;

void MatterSearchPanel::setCatalog(QList<Matter> matters, QList<Synonym> synonyms)
{
    m_matters = std::move(matters);
    m_search->rebuild(m_matters, synonyms);
    runSearch();
}

void MatterSearchPanel::runSearch()
{
    m_results->clear();
    const QString query = m_input->text().trimmed();
    if (query.isEmpty()) {
        m_hint->setText(tr("%n matter(s) in the catalog", nullptr, static_cast<int>(m_matters.size())));
        return;
    }
    QList<SearchHit> hits = m_search->search(query, 30);
    // After a strong match (a name, a synonym, pinyin), weak ones — only the
    // department, a typo — are noise a clerk has to read past: show what
    // scores at least 60% of the best. A weak best keeps everything.
    if (!hits.isEmpty() && hits.first().score >= SearchScore::Initials) {
        const int floor = hits.first().score * 6 / 10;
        hits.erase(
            std::remove_if(hits.begin(), hits.end(), [floor](const SearchHit &h) { return h.score < floor; }),
            hits.end());
    }
    for (const SearchHit &hit : hits) {
        const Matter &m = m_matters.at(hit.index);
        QString text = QStringLiteral("%1\n%2 · %3 · %4")
                           .arg(m.name, m.departmentName, Codes::projectKindLabel(m.projectKind),
                                Codes::limitText(m.promiseLimit));
        if (m.state != QLatin1String("active"))
            text += QStringLiteral(" · ") + Codes::matterStateLabel(m.state);
        auto *item = new QListWidgetItem(text, m_results);
        item->setData(Qt::UserRole, hit.index);
        if (m.state != QLatin1String("active"))
            item->setForeground(Qt::gray);
    }
    m_hint->setText(hits.isEmpty() ? tr("Nothing found. Try fewer characters, pinyin or another word.")
                                   : tr("%n result(s); ↑↓ to choose, Enter to take", nullptr,
                                        static_cast<int>(hits.size())));
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
}

void MatterSearchPanel::chooseCurrent()
{
    const QListWidgetItem *item = m_results->currentItem();
    if (!item)
        return;
    emit matterChosen(m_matters.at(item->data(Qt::UserRole).toInt()));
}

bool MatterSearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Keyboard only: the arrows move the result list while the cursor stays
    // in the search field.
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && m_results->count() > 0) {
            const int row =
                qBound(0, m_results->currentRow() + (key == Qt::Key_Down ? 1 : -1), m_results->count() - 1);
            m_results->setCurrentRow(row);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace yc
