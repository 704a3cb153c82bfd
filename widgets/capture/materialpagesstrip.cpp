#include "widgets/capture/materialpagesstrip.h"

#include "app/capture/materialslot.h"
#include "attachments/attachmentcheck.h"
#include "widgets/capture/pagethumbnailview.h"

#include <QHBoxLayout>
#include <QLabel>

namespace yc {

namespace {
constexpr int kStripSide = 56;
}

MaterialPagesStrip::MaterialPagesStrip(capture::MaterialSlot *slot, QWidget *parent)
    : QWidget(parent)
    , m_slot(slot)
    , m_pages(new PageThumbnailView(kStripSide, this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("materialPagesStrip"));
    m_pages->setObjectName(QStringLiteral("stripPages"));
    m_pages->setWrapping(false);
    m_pages->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_pages->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_pages->setModel(slot);
    m_pages->setFixedHeight(kStripSide + m_pages->fontMetrics().height() + 28);
    m_summary->setObjectName(QStringLiteral("stripSummary"));
    connect(m_pages, &QAbstractItemView::activated, this, &MaterialPagesStrip::openRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_summary);

    connect(slot, &capture::MaterialSlot::materialBytesChanged, this, &MaterialPagesStrip::refresh);
    connect(slot, &QAbstractItemModel::rowsInserted, this, &MaterialPagesStrip::refresh);
    connect(slot, &QAbstractItemModel::rowsRemoved, this, &MaterialPagesStrip::refresh);
    connect(slot, &QAbstractItemModel::modelReset, this, &MaterialPagesStrip::refresh);
    refresh();
}

QString MaterialPagesStrip::summary() const
{
    return m_summary->text();
}

void MaterialPagesStrip::refresh()
{
    if (!m_slot)
        return;
    m_pages->setVisible(!m_slot->isEmpty());
    if (m_slot->isEmpty()) {
        m_summary->setText(tr("No pages captured"));
        m_summary->setStyleSheet(QString());
        return;
    }
    m_summary->setText(tr("%n page(s), %1", nullptr, m_slot->pageCount())
                           .arg(AttachmentCheck::humanSize(m_slot->materialBytes())));
    m_summary->setToolTip(m_slot->limitMessage());
    m_summary->setStyleSheet(m_slot->overLimit() ? QStringLiteral("color: #b00020; font-weight: bold;")
                                                 : QString());
}

} // namespace yc
