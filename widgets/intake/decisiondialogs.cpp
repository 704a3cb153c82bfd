#include "decisiondialogs.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace yc {

DeficiencyDialog::DeficiencyDialog(const QDate &today, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("deficiencyDialog"));
    setWindowTitle(tr("Accept on commitment (容缺受理)"));
    m_deadline = new QDateEdit(today.addDays(5), this);
    m_deadline->setObjectName(QStringLiteral("supplyDeadline"));
    m_deadline->setCalendarPopup(true);
    m_deadline->setMinimumDate(today);
    m_deadline->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_commitment = new QPlainTextEdit(this);
    m_commitment->setObjectName(QStringLiteral("commitmentText"));
    m_commitment->setPlainText(
        tr("I undertake to supply the missing materials by the date above. If I do not, the "
           "case is terminated and I bear the consequences."));
    auto *form = new QFormLayout;
    form->addRow(tr("All materials by"), m_deadline);
    form->addRow(tr("Applicant's commitment"), m_commitment);
    auto *note =
        new QLabel(tr("The notice is printed in two copies: one for the applicant, one for the file."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

QString DeficiencyDialog::commitment() const
{
    return m_commitment->toPlainText().trimmed();
}

QDate DeficiencyDialog::deadline() const
{
    return m_deadline->date();
}

RejectionDialog::RejectionDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("rejectionDialog"));
    setWindowTitle(tr("Do not accept (不予受理)"));
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("rejectReason"));
    m_agency = new QLineEdit(this);
    m_agency->setObjectName(QStringLiteral("competentAgency"));
    m_agency->setMaxLength(200);
    m_agency->setPlaceholderText(tr("When the matter is outside this hall's remit"));
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto *form = new QFormLayout;
    form->addRow(tr("Reason"), m_reason);
    form->addRow(tr("Competent agency"), m_agency);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (reason().isEmpty()) {
            m_error->setText(tr("A refusal needs its reason."));
            return;
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QString RejectionDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

QString RejectionDialog::competentAgency() const
{
    return m_agency->text().trimmed();
}

} // namespace yc
