#include "transferdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace yc {

TransferDialog::TransferDialog(const QString &displayNo, const QList<queue::Line> &lines,
                               const QList<queue::WindowState> &windows, int ownWindow, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("transferDialog"));
    setWindowTitle(tr("Transfer ticket %1").arg(displayNo));

    m_toLine = new QRadioButton(tr("To another business line"), this);
    m_toLine->setObjectName(QStringLiteral("transferToLine"));
    m_line = new QComboBox(this);
    m_line->setObjectName(QStringLiteral("transferLine"));
    for (const queue::Line &line : lines)
        if (line.active)
            m_line->addItem(QStringLiteral("%1  %2").arg(line.prefix, line.name), line.id);

    m_toWindow = new QRadioButton(tr("To another window"), this);
    m_toWindow->setObjectName(QStringLiteral("transferToWindow"));
    m_window = new QComboBox(this);
    m_window->setObjectName(QStringLiteral("transferWindow"));
    for (const queue::WindowState &w : windows)
        if (w.windowNo != ownWindow)
            m_window->addItem(tr("Window %1 – %2").arg(w.windowNo).arg(w.name), w.windowNo);

    m_front =
        new QCheckBox(tr("At the front of the queue (otherwise by the time the ticket was issued)"), this);
    m_front->setObjectName(QStringLiteral("transferFront"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("transferOk"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Transfer"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(m_toLine, m_line);
    form->addRow(m_toWindow, m_window);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_front);
    layout->addWidget(buttons);

    m_toLine->setChecked(true);
    m_toWindow->setEnabled(m_window->count() > 0);
    connect(m_toLine, &QRadioButton::toggled, this, &TransferDialog::updateChoice);
    updateChoice();
}

void TransferDialog::updateChoice()
{
    m_line->setEnabled(m_toLine->isChecked());
    m_window->setEnabled(m_toWindow->isChecked());
}

QJsonObject TransferDialog::target() const
{
    QJsonObject args{{QStringLiteral("front"), m_front->isChecked()}};
    if (m_toLine->isChecked())
        args.insert(QStringLiteral("lineId"), m_line->currentData().toLongLong());
    else
        args.insert(QStringLiteral("window"), m_window->currentData().toInt());
    return args;
}

} // namespace yc
