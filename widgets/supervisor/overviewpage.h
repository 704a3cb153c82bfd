#pragma once

#include <QHash>
#include <QWidget>

class QLabel;

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
    QString figureText(const QString &id) const;

private:
    ClientContext &m_ctx;
    QHash<QString, QLabel *> m_values;
    QLabel *m_error;
};

} // namespace yc
