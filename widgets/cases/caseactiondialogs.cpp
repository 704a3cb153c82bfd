#include "caseactiondialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace yc {

namespace {

void addButtons(QDialog *dialog, QVBoxLayout *layout)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
}

QLineEdit *line(QWidget *parent, const QString &name, int maxLength)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setMaxLength(maxLength);
    return edit;
}

} // namespace

HandoverDialog::HandoverDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("handoverDialog"));
    setWindowTitle(tr("Hand over to the back office"));
    m_items = line(this, QStringLiteral("handoverItems"), 500);
    m_items->setPlaceholderText(tr("e.g. application form original, ID card copy"));
    m_to = line(this, QStringLiteral("handoverTo"), 100);
    m_to->setPlaceholderText(tr("department and person"));
    auto *form = new QFormLayout;
    form->addRow(tr("Materials handed over"), m_items);
    form->addRow(tr("To"), m_to);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    addButtons(this, layout);
}

QString HandoverDialog::items() const
{
    return m_items->text();
}

QString HandoverDialog::toWhom() const
{
    return m_to->text();
}

ResultDialog::ResultDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("resultDialog"));
    setWindowTitle(tr("Record the result"));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("resultType"));
    m_type->addItem(tr("Certificate or licence"), QStringLiteral("certificate"));
    m_type->addItem(tr("Approval document"), QStringLiteral("approval"));
    m_type->addItem(tr("Other result"), QStringLiteral("other"));
    m_type->addItem(tr("No document"), QStringLiteral("none"));
    m_name = line(this, QStringLiteral("resultName"), 100);
    m_number = line(this, QStringLiteral("resultNumber"), 100);
    auto *form = new QFormLayout;
    form->addRow(tr("Result"), m_type);
    form->addRow(tr("Certificate name"), m_name);
    form->addRow(tr("Certificate number"), m_number);
    auto *note =
        new QLabel(tr("Once the province platform reports results, they arrive here by themselves."), this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #555;"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    addButtons(this, layout);
}

CaseFollowUp::CaseResult ResultDialog::result() const
{
    return {m_type->currentData().toString(), m_name->text(), m_number->text()};
}

DeliveryDialog::DeliveryDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("deliveryDialog"));
    setWindowTitle(tr("Hand out the result"));
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("deliveryMethod"));
    m_method->addItem(tr("At the window"), QStringLiteral("window"));
    m_method->addItem(tr("By mail"), QStringLiteral("mail"));
    m_recipient = line(this, QStringLiteral("deliveryRecipient"), 100);
    m_tracking = line(this, QStringLiteral("deliveryTracking"), 40);
    m_trackingLabel = new QLabel(tr("Tracking number"), this);
    auto *form = new QFormLayout;
    form->addRow(tr("How"), m_method);
    form->addRow(tr("Taken by / addressee"), m_recipient);
    form->addRow(m_trackingLabel, m_tracking);
    auto update = [this] {
        const bool mail = m_method->currentData() == QLatin1String("mail");
        m_tracking->setVisible(mail);
        m_trackingLabel->setVisible(mail);
    };
    connect(m_method, &QComboBox::currentIndexChanged, this, update);
    update();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    addButtons(this, layout);
}

CaseFollowUp::Delivery DeliveryDialog::delivery() const
{
    const QString method = m_method->currentData().toString();
    return {method, method == QLatin1String("mail") ? m_tracking->text() : QString(), m_recipient->text()};
}

} // namespace yc
