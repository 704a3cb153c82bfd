#include "widgets/capture/pagethumbnailview.h"

#include "app/capture/materialslot.h"

#include <QPainter>
#include <QStyledItemDelegate>

namespace yc {

namespace {

// Draws one page: the thumbnail scaled into a square of `side`, the page
// number in a badge on its top left, the size underneath.
class PageDelegate : public QStyledItemDelegate
{
public:
    PageDelegate(int side, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_side(side)
    {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const int text = option.fontMetrics.height();
        return QSize(m_side + 12, m_side + text + 16);
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        painter->save();
        const QRect cell = option.rect.adjusted(2, 2, -2, -2);
        const bool selected = option.state.testFlag(QStyle::State_Selected);
        const QPalette &pal = option.palette;
        painter->fillRect(cell, selected ? pal.highlight() : pal.base());

        const QRect picture(cell.left() + 4, cell.top() + 4, cell.width() - 8, m_side);
        const QImage thumb = index.data(capture::MaterialSlot::ThumbnailRole).value<QImage>();
        if (!thumb.isNull()) {
            const QSize fitted = thumb.size().scaled(picture.size(), Qt::KeepAspectRatio);
            QRect target(QPoint(0, 0), fitted);
            target.moveCenter(picture.center());
            painter->setRenderHint(QPainter::SmoothPixmapTransform);
            painter->drawImage(target, thumb);
            painter->setPen(QPen(pal.mid().color(), 1));
            painter->drawRect(target.adjusted(0, 0, -1, -1));
        } else {
            // An imported PDF has no picture: a plain sheet with its label.
            QRect sheet(0, 0, picture.height() * 7 / 10, picture.height());
            sheet.moveCenter(picture.center());
            painter->fillRect(sheet, Qt::white);
            painter->setPen(QPen(pal.mid().color(), 1));
            painter->drawRect(sheet.adjusted(0, 0, -1, -1));
            painter->setPen(Qt::darkGray);
            QFont big = option.font;
            big.setBold(true);
            big.setPointSizeF(big.pointSizeF() * 1.4);
            painter->setFont(big);
            painter->drawText(sheet, Qt::AlignCenter, QStringLiteral("PDF"));
        }

        // The page number: the row + 1 (an imported PDF is one row).
        QFont badgeFont = option.font;
        badgeFont.setBold(true);
        painter->setFont(badgeFont);
        const QString number = QString::number(index.row() + 1);
        const QFontMetrics fm(badgeFont);
        const int badgeSide = qMax(fm.height(), fm.horizontalAdvance(number)) + 8;
        const QRect badge(picture.left(), picture.top(), badgeSide, badgeSide);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(pal.highlight());
        painter->drawEllipse(badge);
        painter->setPen(pal.highlightedText().color());
        painter->drawText(badge, Qt::AlignCenter, number);

        painter->setFont(option.font);
        painter->setPen(selected ? pal.highlightedText().color() : pal.text().color());
        const QRect caption(cell.left(), picture.bottom() + 4, cell.width(),
                            cell.bottom() - picture.bottom() - 4);
        painter->drawText(caption, Qt::AlignHCenter | Qt::AlignTop,
                          option.fontMetrics.elidedText(index.data(Qt::DisplayRole).toString(),
                                                        Qt::ElideRight, caption.width()));
        if (option.state.testFlag(QStyle::State_HasFocus)) {
            painter->setBrush(Qt::NoBrush);
            painter->setPen(QPen(pal.highlight().color(), 2, Qt::DashLine));
            painter->drawRect(cell.adjusted(1, 1, -1, -1));
        }
        painter->restore();
    }

private:
    int m_side;
};

} // namespace

PageThumbnailView::PageThumbnailView(int side, QWidget *parent)
    : QListView(parent)
    , m_side(side)
{
    setViewMode(QListView::IconMode);
    setFlow(QListView::LeftToRight);
    setMovement(QListView::Static);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSpacing(4);
    setItemDelegate(new PageDelegate(side, this));
}

int PageThumbnailView::currentPage() const
{
    const QModelIndex index = currentIndex();
    return index.isValid() ? index.row() : -1;
}

} // namespace yc
