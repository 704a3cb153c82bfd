#pragma once

#include <QHash>
#include <QWidget>

class QLabel;
class QTimer;

namespace yc {

struct ClientContext;

// The supervisor's first look at the hall: today's cases, open and overdue
// cases, waiting tickets, windows, the catalog's 即办件 share.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(ClientContext &context, QWidget *parent = nullptr);

    void reload();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    ClientContext &m_ctx;
    QTimer *m_timer;
    QHash<QString, QLabel *> m_values;
    QLabel *m_error;
};

} // namespace yc
