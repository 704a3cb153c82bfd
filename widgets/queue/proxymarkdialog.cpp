#include "proxymarkdialog.h"

#include "codes/codes.h"
#include "queuewords.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace yc {

ProxyMarkDialog::ProxyMarkDialog(const QString &displayNo, const QString &mode, const QString &reason,
                                 QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("proxyMarkDialog"));
    setWindowTitle(tr("Help with the process for ticket %1").arg(displayNo));

    auto *intro =
        new QLabel(tr("Mark the citizen for assisted service, service on their behalf or a home visit. "
                      "The mark shows on the ticket, the case and its receipt."),
                   this);
    intro->setWordWrap(true);
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("proxyModeChoice"));
    for (const QString &m : Codes::proxyModes())
        m_mode->addItem(QueueWords::proxyMode(m), m);
    m_mode->addItem(tr("No help (remove the mark)"), QString());
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("proxyReasonChoice"));
    for (const QString &r : Codes::proxyReasons())
        m_reason->addItem(Codes::proxyReasonLabel(r), r);
    if (const int i = m_mode->findData(mode); i >= 0 && !mode.isEmpty())
        m_mode->setCurrentIndex(i);
    if (const int i = m_reason->findData(reason); i >= 0)
        m_reason->setCurrentIndex(i);
    else
        m_reason->setCurrentIndex(m_reason->findData(QStringLiteral("other")));
    connect(m_mode, &QComboBox::currentIndexChanged, this,
            [this] { m_reason->setEnabled(!m_mode->currentData().toString().isEmpty()); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("proxyMarkOk"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Mark"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Service"), m_mode);
    form->addRow(tr("Reason"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QJsonObject ProxyMarkDialog::mark() const
{
    const QString mode = m_mode->currentData().toString();
    if (mode.isEmpty())
        return {{QStringLiteral("proxyMode"), QString()}};
    return {{QStringLiteral("proxyMode"), mode},
            {QStringLiteral("proxyReason"), m_reason->currentData().toString()}};
}

} // namespace yc
