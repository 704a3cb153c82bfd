#pragma once

#include <QLabel>
#include <QStyledItemDelegate>

namespace yc {

// The 帮办代办 badge on screen: the shared mark (app/documents/servicemark.*)
// with the mode's words (QueueWords::proxyMode). A QLabel so its text is what
// a screen reader and a test read; hidden when there is no mode.
class ServiceBadge : public QLabel
{
    Q_OBJECT

public:
    explicit ServiceBadge(QWidget *parent = nullptr);

    // assist | proxy | home_visit, or empty to hide the badge. The reason
    // (Codes::proxyReasons()) goes into the tooltip.
    void setMode(const QString &mode, const QString &reason = {});
    QString mode() const { return m_mode; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

    // The words of a mode and its reason, as the tooltip and the delegate show them.
    static QString describe(const QString &mode, const QString &reason);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_mode;
};

// Paints the badge in a table cell whose `modeRole` holds a proxy mode;
// other cells are drawn as usual. For the waiting list and the case list.
class ServiceBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ServiceBadgeDelegate(int modeRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace yc
