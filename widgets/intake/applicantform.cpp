#include "applicantform.h"

#include "identity/identitynumbers.h"

#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace yc {

ApplicantForm::ApplicantForm(const QString &objectPrefix, QWidget *parent)
    : QWidget(parent)
{
    m_kind = new QComboBox(this);
    m_kind->setObjectName(objectPrefix + QStringLiteral("Kind"));
    m_kind->addItem(tr("Natural person"), QStringLiteral("natural"));
    m_kind->addItem(tr("Legal person"), QStringLiteral("legal"));
    m_idType = new QComboBox(this);
    m_idType->setObjectName(objectPrefix + QStringLiteral("IdType"));
    m_number = new QLineEdit(this);
    m_number->setObjectName(objectPrefix + QStringLiteral("IdNumber"));
    m_number->setMaxLength(40);
    m_numberHint = new QLabel(this);
    m_numberHint->setObjectName(objectPrefix + QStringLiteral("IdHint"));
    m_numberHint->setWordWrap(true);
    m_name = new QLineEdit(this);
    m_name->setObjectName(objectPrefix + QStringLiteral("Name"));
    m_name->setMaxLength(100);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(objectPrefix + QStringLiteral("Phone"));
    m_phone->setMaxLength(20);
    m_address = new QLineEdit(this);
    m_address->setObjectName(objectPrefix + QStringLiteral("Address"));
    m_address->setMaxLength(200);
    m_legalRep = new QLineEdit(this);
    m_legalRep->setObjectName(objectPrefix + QStringLiteral("LegalRep"));
    m_legalRep->setMaxLength(50);
    m_legalRepLabel = new QLabel(tr("Legal representative"), this);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Applicant type"), m_kind);
    form->addRow(tr("Document type"), m_idType);
    form->addRow(tr("Document number"), m_number);
    form->addRow(QString(), m_numberHint);
    form->addRow(tr("Name"), m_name);
    form->addRow(m_legalRepLabel, m_legalRep);
    form->addRow(tr("Mobile or phone"), m_phone);
    form->addRow(tr("Address"), m_address);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ApplicantForm::updateKind);
    connect(m_number, &QLineEdit::textChanged, this, [this] {
        m_numberHint->clear();
        if (checkNumber() && !m_number->text().trimmed().isEmpty())
            emit numberCompleted(m_idType->currentData().toString(), m_number->text().trimmed());
    });
    updateKind();
}

void ApplicantForm::updateKind()
{
    const bool legal = m_kind->currentData() == QLatin1String("legal");
    m_idType->clear();
    if (legal) {
        m_idType->addItem(tr("Unified social credit code"), QStringLiteral("credit_code"));
    } else {
        m_idType->addItem(tr("Resident ID card"), QStringLiteral("resident_id"));
        m_idType->addItem(tr("Residence permit for Hong Kong, Macao and Taiwan residents"),
                          QStringLiteral("hk_mo_tw_residence"));
        m_idType->addItem(tr("Foreign permanent resident ID card"), QStringLiteral("foreign_permanent"));
        m_idType->addItem(tr("Household register"), QStringLiteral("household_register"));
        m_idType->addItem(tr("Passport"), QStringLiteral("passport"));
        m_idType->addItem(tr("Other document"), QStringLiteral("other"));
    }
    m_legalRep->setVisible(legal);
    m_legalRepLabel->setVisible(legal);
    m_name->setPlaceholderText(legal ? tr("Full registered name") : QString());
}

bool ApplicantForm::checkNumber()
{
    const QString number = m_number->text().trimmed();
    const QString type = m_idType->currentData().toString();
    if (number.isEmpty())
        return false;
    QString problem;
    if (type == QLatin1String("credit_code")) {
        if (number.size() >= 18) {
            auto checked = identity::checkCreditCode(number);
            problem = checked ? QString() : checked.error().message;
        } else {
            return false; // still typing
        }
    } else if (type == QLatin1String("resident_id") || type == QLatin1String("hk_mo_tw_residence") ||
               type == QLatin1String("foreign_permanent")) {
        if (number.size() < 15)
            return false;
        auto checked = identity::parseIdNumber(number, QDate::currentDate());
        if (!checked && number.size() == 15 && type == QLatin1String("resident_id"))
            return false; // may become an 18-digit number
        problem = checked ? QString() : checked.error().message;
    }
    m_numberHint->setStyleSheet(problem.isEmpty() ? QStringLiteral("color: #1b7f3b;")
                                                  : QStringLiteral("color: #b00020;"));
    m_numberHint->setText(problem.isEmpty() ? tr("The number is valid.") : problem);
    return problem.isEmpty();
}

ApplicantInput ApplicantForm::value() const
{
    ApplicantInput a;
    a.kind = m_kind->currentData().toString();
    a.idType = m_idType->currentData().toString();
    a.idNumber = m_number->text().trimmed();
    a.name = m_name->text();
    a.phone = m_phone->text();
    a.address = m_address->text();
    a.legalRep = a.kind == QLatin1String("legal") ? m_legalRep->text() : QString();
    return a;
}

void ApplicantForm::setValue(const ApplicantInput &value)
{
    m_kind->setCurrentIndex(m_kind->findData(value.kind));
    const int type = m_idType->findData(value.idType);
    if (type >= 0)
        m_idType->setCurrentIndex(type);
    {
        const QSignalBlocker quiet(m_number); // no second look-up for the same person
        m_number->setText(value.idNumber);
    }
    m_name->setText(value.name);
    m_phone->setText(value.phone);
    m_address->setText(value.address);
    m_legalRep->setText(value.legalRep);
}

void ApplicantForm::clear()
{
    setValue(ApplicantInput());
    m_numberHint->clear();
}

} // namespace yc
