#pragma once

#include "intake/intake.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace yc {

// 一表申请: the applicant entered once — natural or legal person, document
// type and number (checked as it is typed), phone, address; a returning
// applicant's details are offered for reuse.
class ApplicantForm : public QWidget
{
    Q_OBJECT

public:
    explicit ApplicantForm(const QString &objectPrefix, QWidget *parent = nullptr);

    ApplicantInput value() const;
    void setValue(const ApplicantInput &value);
    void clear();
    // Shows why the number is wrong, or nothing; true when it is acceptable.
    bool checkNumber();

signals:
    // A complete, valid number was typed: the page may look the person up.
    void numberCompleted(const QString &idType, const QString &number);

private:
    void updateKind();

    QComboBox *m_kind;
    QComboBox *m_idType;
    QLineEdit *m_number;
    QLabel *m_numberHint;
    QLineEdit *m_name;
    QLineEdit *m_phone;
    QLineEdit *m_address;
    QLabel *m_legalRepLabel;
    QLineEdit *m_legalRep;
};

} // namespace yc
