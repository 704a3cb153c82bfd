#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace yc {

// 容缺受理: the applicant's written commitment and the date by which every
// deferred material is supplied (never after the committed due date — the
// service checks that against each matter).
class DeficiencyDialog : public QDialog
{
    Q_OBJECT

public:
    DeficiencyDialog(const QDate &today, QWidget *parent = nullptr);
    QString commitment() const;
    QDate deadline() const;

private:
    QPlainTextEdit *m_commitment;
    QDateEdit *m_deadline;
};

// 不予受理: the reason, and the competent agency when the matter is outside
// the hall's remit.
class RejectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RejectionDialog(QWidget *parent = nullptr);
    QString reason() const;
    QString competentAgency() const;

private:
    QPlainTextEdit *m_reason;
    QLineEdit *m_agency;
    QLabel *m_error;
};

} // namespace yc
