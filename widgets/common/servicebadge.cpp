#include "servicebadge.h"

#include "app/documents/servicemark.h"
#include "codes/codes.h"
#include "widgets/queue/queuewords.h"

#include <QApplication>
#include <QPainter>
#include <QtMath>

namespace yc {

namespace {

QFont badgeFont(QFont font)
{
    font.setBold(true);
    return font;
}

} // namespace

ServiceBadge::ServiceBadge(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("proxyBadge"));
    setFont(badgeFont(font()));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    hide();
}

QString ServiceBadge::describe(const QString &mode, const QString &reason)
{
    const QString words = QueueWords::proxyMode(mode);
    if (words.isEmpty() || reason.isEmpty())
        return words;
    return tr("%1 (%2)").arg(words, Codes::proxyReasonLabel(reason));
}

void ServiceBadge::setMode(const QString &mode, const QString &reason)
{
    m_mode = mode;
    const QString words = QueueWords::proxyMode(mode);
    setText(words);
    setToolTip(describe(mode, reason));
    setAccessibleName(tr("Help with the process: %1").arg(describe(mode, reason)));
    setVisible(!words.isEmpty());
    updateGeometry();
    update();
}

QSize ServiceBadge::sizeHint() const
{
    return servicemark::size(text(), font()).toSize() + QSize(2, 2);
}

void ServiceBadge::paintEvent(QPaintEvent *)
{
    if (m_mode.isEmpty())
        return;
    QPainter p(this);
    const QSizeF s = servicemark::size(text(), font());
    const QRectF r(0, (height() - s.height()) / 2, qMin<qreal>(s.width(), width()), s.height());
    servicemark::paint(p, r, m_mode, text(), font());
}

ServiceBadgeDelegate::ServiceBadgeDelegate(int modeRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(modeRole)
{}

void ServiceBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    const QString mode = index.data(m_role).toString();
    if (mode.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The cell's background and selection as usual, then the badge instead of the text.
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const QFont font = badgeFont(option.font);
    const QString words = QueueWords::proxyMode(mode);
    const QSizeF s = servicemark::size(words, font);
    const QRectF cell = option.rect.adjusted(3, 1, -3, -1);
    const qreal h = qMin(s.height(), cell.height());
    const QRectF r(cell.left(), cell.center().y() - h / 2, qMin(s.width(), cell.width()), h);
    painter->save();
    painter->setClipRect(option.rect);
    servicemark::paint(*painter, r, mode, words, font);
    painter->restore();
}

QSize ServiceBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    const QString mode = index.data(m_role).toString();
    if (mode.isEmpty())
        return base;
    const QSizeF s = servicemark::size(QueueWords::proxyMode(mode), badgeFont(option.font));
    return base.expandedTo(QSize(qCeil(s.width()) + 6, qCeil(s.height()) + 2));
}

} // namespace yc
