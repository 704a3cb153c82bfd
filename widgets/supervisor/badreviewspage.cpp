#include "badreviewspage.h"

#include "app/core/clientcontext.h"
#include "app/core/session.h"
#include "core/clock.h"
#include "evaluation/badrevieworders.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace yc {

namespace {

using Step = BadReviewOrders::Step;

QString when(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(hallTime::local(utc), QStringLiteral("yyyy-MM-dd HH:mm"))
                         : QString();
}

} // namespace

BadReviewsPage::BadReviewsPage(ClientContext &context, QWidget *parent)
    : QWidget(parent)
    , m_ctx(context)
    , m_orders(std::make_unique<BadReviewOrders>(context.db))
{
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("badReviewOrders"));
    m_table->setHorizontalHeaderLabels({tr("Case or ticket"), tr("Rating"), tr("What the citizen said"),
                                        tr("Window"), tr("State"), tr("Close by")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &BadReviewsPage::showSteps);

    m_steps = new QTextBrowser(this);
    m_steps->setObjectName(QStringLiteral("badReviewSteps"));
    m_step = new QComboBox(this);
    m_step->setObjectName(QStringLiteral("badReviewStep"));
    m_step->addItem(tr("Verified (核实)"), int(Step::Verify));
    m_step->addItem(tr("Called the citizen back (回访)"), int(Step::Callback));
    m_step->addItem(tr("Rectified (整改)"), int(Step::Rectify));
    m_step->addItem(tr("Explained (解释说明)"), int(Step::Explain));
    m_step->addItem(tr("Fed back to the citizen — closes (反馈)"), int(Step::Feedback));
    m_step->addItem(tr("Appeal: mistaken or malicious review (申诉)"), int(Step::Appeal));
    if (m_ctx.session && m_ctx.session->hasRole(QStringLiteral("supervisor"))) {
        m_step->addItem(tr("Appeal upheld (supervisor)"), int(Step::AppealUpheld));
        m_step->addItem(tr("Appeal rejected (supervisor)"), int(Step::AppealRejected));
    }
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("badReviewNote"));
    m_note->setPlaceholderText(tr("What was found, said or done"));
    m_note->setMaximumHeight(80);
    auto *save = new QPushButton(tr("Record"), this);
    save->setObjectName(QStringLiteral("badReviewRecord"));
    connect(save, &QPushButton::clicked, this, &BadReviewsPage::record);
    auto *closed = new QCheckBox(tr("Show closed orders"), this);
    connect(closed, &QCheckBox::toggled, this, [this](bool on) {
        m_showClosed = on;
        reload();
    });
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("badReviewMessage"));
    m_message->setWordWrap(true);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("Steps so far:"), right));
    rightLayout->addWidget(m_steps, 1);
    rightLayout->addWidget(m_step);
    rightLayout->addWidget(m_note);
    rightLayout->addWidget(save, 0, Qt::AlignRight);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(closed);
    layout->addWidget(split, 1);
    layout->addWidget(m_message);
    reload();
}

BadReviewsPage::~BadReviewsPage() = default;

void BadReviewsPage::showEvent(QShowEvent *event)
{
    reload();
    QWidget::showEvent(event);
}

void BadReviewsPage::reload()
{
    const QDateTime now = Clock::nowUtc();
    // Orders past a deadline come first (the client escalates them to
    // the supervisor on a timer).
    auto orders = m_orders->list(now, m_showClosed);
    const qint64 keep = selectedOrder();
    m_table->setRowCount(0);
    if (!orders) {
        m_message->setText(orders.error().message);
        return;
    }
    static const QHash<QString, const char *> states{
        {QStringLiteral("open"), QT_TR_NOOP("open")},
        {QStringLiteral("contacted"), QT_TR_NOOP("called back")},
        {QStringLiteral("rectifying"), QT_TR_NOOP("being rectified")},
        {QStringLiteral("closed"), QT_TR_NOOP("closed")},
        {QStringLiteral("appealed"), QT_TR_NOOP("appeal waiting for decision")},
        {QStringLiteral("appeal_upheld"), QT_TR_NOOP("appeal upheld")},
        {QStringLiteral("appeal_rejected"), QT_TR_NOOP("appeal rejected")},
    };
    for (const auto &o : orders.value()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *number = new QTableWidgetItem(o.caseNo);
        number->setData(Qt::UserRole, o.id);
        m_table->setItem(row, 0, number);
        m_table->setItem(row, 1,
                         new QTableWidgetItem(o.level == u"very_dissatisfied" ? tr("Very dissatisfied")
                                                                              : tr("Dissatisfied")));
        m_table->setItem(row, 2, new QTableWidgetItem(o.comment));
        m_table->setItem(row, 3,
                         new QTableWidgetItem(o.windowNo > 0 ? QString::number(o.windowNo) : QString()));
        QString state = tr(states.value(o.state, "open"));
        if (o.escalatedUtc.isValid())
            state += tr(" · escalated");
        m_table->setItem(row, 4, new QTableWidgetItem(state));
        m_table->setItem(row, 5, new QTableWidgetItem(when(o.closeDueUtc)));
        if (o.overdue) {
            for (int c = 0; c < m_table->columnCount(); ++c)
                m_table->item(row, c)->setForeground(QColor(0xb0, 0x00, 0x20));
            m_table->item(row, 5)->setToolTip(tr("Past its deadline"));
        }
        if (o.id == keep)
            m_table->selectRow(row);
    }
    if (m_table->rowCount() == 0)
        m_steps->setPlainText(m_showClosed ? tr("No work orders.") : tr("No open work orders."));
}

qint64 BadReviewsPage::selectedOrder() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, 0) ? m_table->item(row, 0)->data(Qt::UserRole).toLongLong() : 0;
}

void BadReviewsPage::showSteps()
{
    const qint64 id = selectedOrder();
    if (id == 0)
        return;
    auto steps = m_orders->steps(id);
    if (!steps) {
        m_steps->setPlainText(steps.error().message);
        return;
    }
    static const QHash<QString, const char *> kinds{
        {QStringLiteral("verify"), QT_TR_NOOP("verified")},
        {QStringLiteral("callback"), QT_TR_NOOP("called back")},
        {QStringLiteral("rectify"), QT_TR_NOOP("rectified")},
        {QStringLiteral("explain"), QT_TR_NOOP("explained")},
        {QStringLiteral("feedback"), QT_TR_NOOP("fed back")},
        {QStringLiteral("appeal"), QT_TR_NOOP("appealed")},
        {QStringLiteral("appeal_decision"), QT_TR_NOOP("appeal decided")},
        {QStringLiteral("escalate"), QT_TR_NOOP("escalated to the supervisor")},
    };
    QStringList lines;
    for (const auto &s : steps.value()) {
        const char *kind = kinds.value(s.kind);
        lines << QStringLiteral("%1  %2  %3  %4")
                     .arg(when(s.atUtc), kind ? tr(kind) : s.kind, s.staffNo, s.note);
    }
    m_steps->setPlainText(lines.isEmpty() ? tr("Nothing recorded yet.") : lines.join(QLatin1Char('\n')));
}

void BadReviewsPage::record()
{
    const qint64 id = selectedOrder();
    if (id == 0) {
        m_message->setText(tr("Choose a work order first."));
        return;
    }
    const bool supervisor = m_ctx.session && m_ctx.session->hasRole(QStringLiteral("supervisor"));
    const QString staffNo = m_ctx.session ? m_ctx.session->staff().staffNo : QString();
    auto done =
        m_orders->record(id, Step(m_step->currentData().toInt()), m_note->toPlainText(), staffNo, supervisor);
    if (!done) {
        m_message->setText(done.error().message);
        return;
    }
    m_note->clear();
    m_message->setText(tr("Recorded."));
    reload();
    showSteps();
}

} // namespace yc
