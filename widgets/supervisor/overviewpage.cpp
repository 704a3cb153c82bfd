#include "overviewpage.h"

#include "app/core/clientcontext.h"
#include "core/clock.h"
#include "hall/hallfigures.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace yc {

OverviewPage::OverviewPage(ClientContext &context, QWidget *parent)
    : QWidget(parent)
    , m_ctx(context)
{
    const QList<QPair<QString, QString>> tiles{
        {QStringLiteral("casesToday"), tr("Cases today")},
        {QStringLiteral("casesOpen"), tr("Open cases")},
        {QStringLiteral("casesOverdue"), tr("Overdue cases")},
        {QStringLiteral("ticketsWaiting"), tr("Waiting tickets")},
        {QStringLiteral("windowsActive"), tr("Windows in service")},
        {QStringLiteral("instantShare"), tr("Share of instant matters in the catalog")},
    };
    auto *grid = new QGridLayout;
    int i = 0;
    for (const auto &[id, title] : tiles) {
        auto *frame = new QFrame(this);
        frame->setFrameShape(QFrame::StyledPanel);
        auto *box = new QVBoxLayout(frame);
        auto *value = new QLabel(QStringLiteral("—"), frame);
        value->setObjectName(QStringLiteral("figure_") + id);
        QFont f = value->font();
        f.setPointSizeF(f.pointSizeF() * 2.2);
        f.setBold(true);
        value->setFont(f);
        value->setAlignment(Qt::AlignCenter);
        auto *caption = new QLabel(title, frame);
        caption->setAlignment(Qt::AlignCenter);
        box->addWidget(value);
        box->addWidget(caption);
        grid->addWidget(frame, i / 3, i % 3);
        m_values.insert(id, value);
        ++i;
    }
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto *refresh = new QPushButton(tr("Refresh"), this);
    connect(refresh, &QPushButton::clicked, this, &OverviewPage::reload);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_error);
    layout->addWidget(refresh, 0, Qt::AlignLeft);
    layout->addStretch(1);

    m_timer = new QTimer(this);
    m_timer->setInterval(30000);
    connect(m_timer, &QTimer::timeout, this, &OverviewPage::reload);
    reload();
}

void OverviewPage::reload()
{
    const QDateTime now = Clock::nowUtc();
    const QDateTime dayStart = hallTime::startOfDayUtc(hallTime::date(now));
    auto figures = readHallFigures(*m_ctx.db, dayStart, now);
    m_error->setText(figures ? QString() : figures.error().message);
    if (!figures)
        return;
    const HallFigures &f = figures.value();
    m_values[QStringLiteral("casesToday")]->setNum(f.casesToday);
    m_values[QStringLiteral("casesOpen")]->setNum(f.casesOpen);
    m_values[QStringLiteral("casesOverdue")]->setNum(f.casesOverdue);
    m_values[QStringLiteral("casesOverdue")]->setStyleSheet(
        f.casesOverdue > 0 ? QStringLiteral("color: #b00020;") : QString());
    m_values[QStringLiteral("ticketsWaiting")]->setNum(f.ticketsWaiting);
    m_values[QStringLiteral("windowsActive")]->setNum(f.windowsActive);
    m_values[QStringLiteral("instantShare")]->setText(
        f.matters == 0 ? QStringLiteral("—")
                       : QStringLiteral("%1%").arg(qRound(100.0 * f.instantMatters / f.matters)));
}

void OverviewPage::showEvent(QShowEvent *event)
{
    // Count only while someone looks at the figures.
    reload();
    m_timer->start();
    QWidget::showEvent(event);
}

void OverviewPage::hideEvent(QHideEvent *event)
{
    m_timer->stop();
    QWidget::hideEvent(event);
}

} // namespace yc
