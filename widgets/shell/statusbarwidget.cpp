#include "statusbarwidget.h"

#include "app/core/clientcontext.h"
#include "app/core/statusboard.h"

#include <QLabel>

namespace yc {

namespace {

QString colour(StatusBoard::Level level)
{
    switch (level) {
    case StatusBoard::Level::Ok:
        return QStringLiteral("#1b7f3b");
    case StatusBoard::Level::Busy:
        return QStringLiteral("#1f4e9c");
    case StatusBoard::Level::Warning:
        return QStringLiteral("#b26a00");
    case StatusBoard::Level::Error:
        return QStringLiteral("#b00020");
    case StatusBoard::Level::Off:
        break;
    }
    return QStringLiteral("#777777");
}

} // namespace

StatusBarWidget::StatusBarWidget(ClientContext &context, QWidget *parent)
    : QStatusBar(parent)
    , m_ctx(context)
{
    setObjectName(QStringLiteral("statusBar"));
    for (const StatusBoard::Item &item : m_ctx.status->items())
        refresh(item.id);
    connect(m_ctx.status, &StatusBoard::changed, this, &StatusBarWidget::refresh);
}

void StatusBarWidget::refresh(const QString &id)
{
    const StatusBoard::Item item = m_ctx.status->item(id);
    QLabel *label = m_labels.value(id);
    if (!label) {
        label = new QLabel(this);
        label->setObjectName(QStringLiteral("status_") +
                             QString(id).replace(QLatin1Char('.'), QLatin1Char('_')));
        label->setTextFormat(Qt::RichText);
        addPermanentWidget(label);
        m_labels.insert(id, label);
    }
    // A long message (a missing certificate, a reader's advice) is cut in
    // the bar, so the window never widens; the tooltip has all of it.
    const QString state =
        label->fontMetrics().elidedText(item.state, Qt::ElideRight, 28 * label->fontMetrics().height());
    label->setText(QStringLiteral("<span style='color:%1'>●</span> %2：%3")
                       .arg(colour(item.level), item.label.toHtmlEscaped(), state.toHtmlEscaped()));
    label->setToolTip(item.label + QStringLiteral(": ") + item.state);
}

} // namespace yc
