#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;

namespace yc::capture {
class MaterialSlot;
}

namespace yc {

class PageThumbnailView;

// A material's pages inline in a checklist row: small thumbnails in one
// row, the page count and the stored size (red when over the limit).
// Double-click or Enter asks to open the capture dialog.
class MaterialPagesStrip : public QWidget
{
    Q_OBJECT

public:
    explicit MaterialPagesStrip(capture::MaterialSlot *slot, QWidget *parent = nullptr);

    QString summary() const;

signals:
    void openRequested();

private:
    void refresh();

    QPointer<capture::MaterialSlot> m_slot;
    PageThumbnailView *m_pages;
    QLabel *m_summary;
};

} // namespace yc
