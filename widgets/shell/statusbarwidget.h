#pragma once

#include <QHash>
#include <QStatusBar>

class QLabel;

namespace yc {

struct ClientContext;

// Shows the StatusBoard: one coloured dot and text per item (hall
// connection, platform sync, each device), kept up to date as it changes.
class StatusBarWidget : public QStatusBar
{
    Q_OBJECT

public:
    explicit StatusBarWidget(ClientContext &context, QWidget *parent = nullptr);

private:
    void refresh(const QString &id);

    ClientContext &m_ctx;
    QHash<QString, QLabel *> m_labels;
};

} // namespace yc
