#include "kioskmatterpage.h"

#include "search/mattersearch.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScroller>
#include <QVBoxLayout>

namespace yc {

namespace {

// Touch rows: at least 15 mm high at the screen's resolution.
int touchRowPixels(const QWidget *w)
{
    return qMax(90, qRound(w->logicalDpiY() * 15 / 25.4));
}

} // namespace

KioskMatterPage::KioskMatterPage(QWidget *parent)
    : QWidget(parent)
    , m_search(std::make_unique<MatterSearch>())
{
    setObjectName(QStringLiteral("matterPage"));
    auto *title = new QLabel(tr("Type the name of your business, or a word for it"), this);
    title->setObjectName(QStringLiteral("matterPageTitle"));
    title->setWordWrap(true);
    title->setAlignment(Qt::AlignCenter);
    QFont titleFont = title->font();
    titleFont.setPointSize(32);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("kioskMatterSearch"));
    m_input->setPlaceholderText(tr("e.g. 结婚, 开公司, 老年证, jiehun"));
    m_input->setClearButtonEnabled(true);
    QFont inputFont = m_input->font();
    inputFont.setPointSize(30);
    m_input->setFont(inputFont);
    m_input->setMinimumHeight(touchRowPixels(this));
    m_input->setStyleSheet(QStringLiteral("QLineEdit { border: 3px solid black; padding: 6px; }"));

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("matterHint"));
    m_hint->setWordWrap(true);
    QFont hintFont = m_hint->font();
    hintFont.setPointSize(22);
    m_hint->setFont(hintFont);

    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("kioskMatterResults"));
    m_results->setWordWrap(true);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    QScroller::grabGesture(m_results->viewport(), QScroller::LeftMouseButtonGesture);
    // Rows of 26 pt type with 24 px padding: taller than 15 mm on a kiosk screen.
    QFont rowFont = m_results->font();
    rowFont.setPointSize(26);
    m_results->setFont(rowFont);
    m_results->setStyleSheet(
        QStringLiteral("QListWidget { border: 2px solid black; }"
                       "QListWidget::item { border-bottom: 1px solid #777777; padding: 24px 12px; }"
                       "QListWidget::item:selected { background: #003399; color: white; }"));

    auto *back = new QPushButton(tr("Back"), this);
    back->setObjectName(QStringLiteral("matterBackButton"));
    back->setMinimumHeight(110);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_input);
    layout->addWidget(m_hint);
    layout->addWidget(m_results, 1);
    layout->addWidget(back);

    connect(m_input, &QLineEdit::textChanged, this, &KioskMatterPage::runSearch);
    connect(back, &QPushButton::clicked, this, &KioskMatterPage::backRequested);
    // One touch takes the row (a kiosk has no double click).
    connect(m_results, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        const int index = item->data(Qt::UserRole).toInt();
        if (index >= 0 && index < m_matters.size())
            emit matterChosen(m_matters.at(index));
    });
    runSearch();
}

KioskMatterPage::~KioskMatterPage() = default;

void KioskMatterPage::setCatalog(QList<Matter> matters, const QList<Synonym> &synonyms)
{
    // Only what can be applied for today: suspended and withdrawn matters are not offered.
    matters.erase(std::remove_if(matters.begin(), matters.end(),
                                 [](const Matter &m) { return m.state != QLatin1String("active"); }),
                  matters.end());
    m_matters = std::move(matters);
    m_search->rebuild(m_matters, synonyms);
    runSearch();
}

void KioskMatterPage::clear()
{
    m_input->clear();
    runSearch();
}

void KioskMatterPage::focusSearch()
{
    m_input->setFocus();
}

void KioskMatterPage::runSearch()
{
    m_results->clear();
    const QString query = m_input->text().trimmed();
    if (query.isEmpty()) {
        m_hint->setText(tr("The results appear below as you type. Touch yours."));
        return;
    }
    QList<SearchHit> hits = m_search->search(query, 12);
    // As at the intake: after a strong match, drop the weak ones.
    if (!hits.isEmpty() && hits.first().score >= SearchScore::Initials) {
        const int floor = hits.first().score * 6 / 10;
        hits.erase(
            std::remove_if(hits.begin(), hits.end(), [floor](const SearchHit &h) { return h.score < floor; }),
            hits.end());
    }
    for (const SearchHit &hit : hits) {
        auto *item = new QListWidgetItem(m_matters.at(hit.index).name, m_results);
        item->setData(Qt::UserRole, hit.index);
    }
    m_hint->setText(hits.isEmpty() ? tr("Nothing found. Try a shorter word, or go back and choose a line.")
                                   : tr("Touch your business:"));
}

} // namespace yc
