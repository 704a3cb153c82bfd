#pragma once

#include <QListView>

namespace yc {

// The pages of one material as thumbnails in their order, each with its
// page number and compressed size drawn on it. Works on a
// capture::MaterialSlot (or any model with the same roles). `side` is the
// thumbnail's long side: large in the capture dialog, small in the strip
// of a checklist row.
class PageThumbnailView : public QListView
{
    Q_OBJECT

public:
    explicit PageThumbnailView(int side, QWidget *parent = nullptr);

    int thumbnailSide() const { return m_side; }
    // The selected page's row, -1 when none.
    int currentPage() const;

private:
    int m_side;
};

} // namespace yc
