#pragma once

#include "core/result.h"
#include "proxy/proxytypes.h"

#include <functional>

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace yc {

// A dialog of the help desk's workspace: a form, a line saying what is wrong,
// OK enabled only while the form is complete and clean (isCleanText), and on
// OK the change itself: a refusal from the service is shown in the dialog,
// which stays open with what was typed.
class ProxyFormDialog : public QDialog
{
    Q_OBJECT

public:
    ProxyFormDialog(const QString &objectName, const QString &title, QWidget *parent);

    // Called on OK; the dialog closes only when it succeeds.
    void setSubmit(std::function<Result<void>()> submit) { m_submit = std::move(submit); }
    void accept() override;

    // Building blocks, also for the one-field dialogs the workspace makes inline.
    QFormLayout *form() const { return m_form; }
    QLineEdit *addLine(const QString &label, const QString &name, int maxLength, bool required);
    QPlainTextEdit *addText(const QString &label, const QString &name, int maxLength, bool required);
    QComboBox *addCombo(const QString &label, const QString &name,
                        const QList<std::pair<QString, QString>> &items);
    QDateEdit *addDate(const QString &label, const QString &name, const QDate &value);
    // Re-checks the form; subclasses add their own conditions.
    void revalidate();

protected:
    virtual bool complete() const;

private:
    struct Field
    {
        QWidget *widget;
        int maxLength;
        bool required;
        bool multiLine;
    };
    QFormLayout *m_form;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QList<Field> m_fields;
    std::function<Result<void>()> m_submit;
};

// Opening a case: the service, the reason, the person or enterprise served
// (unless it comes from an intake case, which names them), the assignee and
// the first next action.
class ProxyOpenDialog : public ProxyFormDialog
{
    Q_OBJECT

public:
    ProxyOpenDialog(const QString &mode, bool principalKnown, const QString &assignee, const QDate &today,
                    QWidget *parent);
    ProxyOpenRequest request() const;

protected:
    bool complete() const override;

private:
    void kindChanged();

    bool m_principalKnown;
    QComboBox *m_mode = nullptr;
    QComboBox *m_reason = nullptr;
    QLineEdit *m_reasonDetail = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_idNumber = nullptr;
    QLineEdit *m_legalRep = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_assignee = nullptr;
    QLineEdit *m_nextAction = nullptr;
    QDateEdit *m_nextDue = nullptr;
};

class ProxyMandateDialog : public ProxyFormDialog
{
    Q_OBJECT

public:
    ProxyMandateDialog(const ProxyMandate &current, const QDate &today, QWidget *parent);
    ProxyMandate mandate() const;

protected:
    bool complete() const override;

private:
    QPlainTextEdit *m_scope;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QCheckBox *m_signed = nullptr;
};

class ProxyHandoverDialog : public ProxyFormDialog
{
    Q_OBJECT

public:
    explicit ProxyHandoverDialog(QWidget *parent);
    ProxyHandoverInput handover() const;

private:
    QLineEdit *m_item;
    QComboBox *m_kind;
    QSpinBox *m_count;
    QComboBox *m_direction;
    QLineEdit *m_counterpart;
    QLineEdit *m_note;
};

// A progress entry, or resuming a suspended case: what was done, what comes
// next and by when, and whether the next move is the citizen's.
class ProxyProgressDialog : public ProxyFormDialog
{
    Q_OBJECT

public:
    ProxyProgressDialog(const QString &title, const QDate &today, QWidget *parent);
    ProxyProgressInput progress() const;

private:
    QPlainTextEdit *m_note;
    QLineEdit *m_nextAction;
    QDateEdit *m_nextDue;
    QCheckBox *m_waiting;
};

// Suspend, terminate or finish: the reason or result, and for closing, where
// originals not returned are.
class ProxyReasonDialog : public ProxyFormDialog
{
    Q_OBJECT

public:
    ProxyReasonDialog(const QString &title, const QString &label, const QStringList &outstanding,
                      QWidget *parent);
    QString text() const;
    QString retainedNote() const;

private:
    QPlainTextEdit *m_text;
    QLineEdit *m_retained = nullptr;
};

class ProxyVisitDialog : public ProxyFormDialog
{
    Q_OBJECT

public:
    ProxyVisitDialog(const QString &address, const QDateTime &start, QWidget *parent);
    ProxyHomeVisitInput visit() const;

private:
    QDateTimeEdit *m_at;
    QLineEdit *m_address;
    QLineEdit *m_purpose;
};

class ProxyCallbackDialog : public ProxyFormDialog
{
    Q_OBJECT

public:
    explicit ProxyCallbackDialog(QWidget *parent);
    ProxyCallbackInput callback() const;

private:
    QComboBox *m_method;
    QComboBox *m_satisfaction;
    QPlainTextEdit *m_note;
};

} // namespace yc
