#include "proxydialogs.h"

#include "core/text.h"
#include "proxy/proxycases.h"
#include "proxy/proxywords.h"
#include "widgets/queue/queuewords.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace yc {

namespace {

QString textOf(QWidget *w)
{
    if (auto *line = qobject_cast<QLineEdit *>(w))
        return line->text();
    if (auto *text = qobject_cast<QPlainTextEdit *>(w))
        return text->toPlainText();
    return {};
}

} // namespace

ProxyFormDialog::ProxyFormDialog(const QString &objectName, const QString &title, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(objectName);
    setWindowTitle(title);
    m_form = new QFormLayout;
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("proxyDialogError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #B00020;"));
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProxyFormDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
}

void ProxyFormDialog::accept()
{
    if (!complete())
        return;
    if (m_submit) {
        if (auto r = m_submit(); !r) {
            m_error->setText(r.error().message);
            m_error->show();
            return;
        }
    }
    QDialog::accept();
}

QLineEdit *ProxyFormDialog::addLine(const QString &label, const QString &name, int maxLength, bool required)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(name);
    edit->setMaxLength(maxLength);
    m_form->addRow(required ? tr("%1 *").arg(label) : label, edit);
    m_fields << Field{edit, maxLength, required, false};
    connect(edit, &QLineEdit::textChanged, this, &ProxyFormDialog::revalidate);
    return edit;
}

QPlainTextEdit *ProxyFormDialog::addText(const QString &label, const QString &name, int maxLength,
                                         bool required)
{
    auto *edit = new QPlainTextEdit(this);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(fontMetrics().lineSpacing() * 4 + 12);
    m_form->addRow(required ? tr("%1 *").arg(label) : label, edit);
    m_fields << Field{edit, maxLength, required, true};
    connect(edit, &QPlainTextEdit::textChanged, this, &ProxyFormDialog::revalidate);
    return edit;
}

QComboBox *ProxyFormDialog::addCombo(const QString &label, const QString &name,
                                     const QList<std::pair<QString, QString>> &items)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(name);
    for (const auto &[code, text] : items)
        combo->addItem(text, code);
    m_form->addRow(label, combo);
    connect(combo, &QComboBox::currentIndexChanged, this, &ProxyFormDialog::revalidate);
    return combo;
}

QDateEdit *ProxyFormDialog::addDate(const QString &label, const QString &name, const QDate &value)
{
    auto *edit = new QDateEdit(value, this);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_form->addRow(label, edit);
    connect(edit, &QDateEdit::dateChanged, this, &ProxyFormDialog::revalidate);
    return edit;
}

bool ProxyFormDialog::complete() const
{
    for (const Field &f : m_fields) {
        if (!f.widget->isEnabled())
            continue;
        if (!isCleanText(textOf(f.widget), f.maxLength, f.required, f.multiLine))
            return false;
    }
    return true;
}

void ProxyFormDialog::revalidate()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete());
    m_error->hide();
}

ProxyOpenDialog::ProxyOpenDialog(const QString &mode, bool principalKnown, const QString &assignee,
                                 const QDate &today, QWidget *parent)
    : ProxyFormDialog(QStringLiteral("proxyOpenDialog"), tr("Open a proxy case"), parent)
    , m_principalKnown(principalKnown)
{
    QList<std::pair<QString, QString>> modes;
    for (const QString &m : ProxyCases::serviceModes())
        modes << std::pair{m, QueueWords::proxyMode(m)};
    m_mode = addCombo(tr("Service"), QStringLiteral("proxyMode"), modes);
    {
        const QSignalBlocker quiet(m_mode); // the rest of the form is not there yet
        m_mode->setCurrentIndex(std::max(0, m_mode->findData(mode)));
    }
    QList<std::pair<QString, QString>> reasons;
    for (const QString &r : ProxyCases::reasons())
        reasons << std::pair{r, ProxyWords::reason(r)};
    m_reason = addCombo(tr("Reason for help"), QStringLiteral("proxyReason"), reasons);
    m_reasonDetail = addLine(tr("Detail of the reason"), QStringLiteral("proxyReasonDetail"), 200, false);
    if (!principalKnown) {
        m_kind = addCombo(
            tr("Served"), QStringLiteral("proxyPrincipalKind"),
            {{QStringLiteral("natural"), tr("A person")}, {QStringLiteral("legal"), tr("An enterprise")}});
        m_name = addLine(tr("Name"), QStringLiteral("proxyPrincipalName"), 100, true);
        m_idNumber = addLine(tr("ID number or credit code"), QStringLiteral("proxyPrincipalId"), 40, true);
        m_legalRep = addLine(tr("Legal representative"), QStringLiteral("proxyPrincipalLegalRep"), 50, false);
        m_phone = addLine(tr("Phone"), QStringLiteral("proxyPrincipalPhone"), 20, false);
        m_address = addLine(tr("Address"), QStringLiteral("proxyPrincipalAddress"), 200, false);
        connect(m_kind, &QComboBox::currentIndexChanged, this, &ProxyOpenDialog::kindChanged);
        kindChanged();
    } else {
        form()->addRow(new QLabel(tr("The person served is the applicant of the case."), this));
    }
    m_assignee = addLine(tr("Help-desk staff number"), QStringLiteral("proxyAssignee"), 32, true);
    m_assignee->setText(assignee);
    m_nextAction = addLine(tr("Next action"), QStringLiteral("proxyNextAction"), 200, true);
    m_nextDue = addDate(tr("Next action by"), QStringLiteral("proxyNextDue"), today);
    m_nextDue->setMinimumDate(today);
    connect(m_reason, &QComboBox::currentIndexChanged, this, &ProxyFormDialog::revalidate);
    revalidate();
}

void ProxyOpenDialog::kindChanged()
{
    const bool legal = m_kind->currentData().toString() == u"legal";
    m_legalRep->setEnabled(legal);
    m_idNumber->setPlaceholderText(legal ? tr("18-character unified social credit code")
                                         : tr("18-digit resident ID number"));
    revalidate();
}

bool ProxyOpenDialog::complete() const
{
    if (!m_nextDue || !ProxyFormDialog::complete()) // false too while still being built
        return false;
    if (m_reason->currentData().toString() == u"other" && m_reasonDetail->text().trimmed().isEmpty())
        return false;
    if (m_kind && m_kind->currentData().toString() == u"legal" && m_legalRep->text().trimmed().isEmpty())
        return false;
    return true;
}

ProxyOpenRequest ProxyOpenDialog::request() const
{
    ProxyOpenRequest r;
    r.serviceMode = m_mode->currentData().toString();
    r.reason = m_reason->currentData().toString();
    r.reasonDetail = m_reasonDetail->text();
    if (!m_principalKnown) {
        r.principal.kind = m_kind->currentData().toString();
        r.principal.idType =
            r.principal.kind == u"legal" ? QStringLiteral("credit_code") : QStringLiteral("resident_id");
        r.principal.name = m_name->text();
        r.principal.idNumber = m_idNumber->text();
        r.principal.legalRep = r.principal.kind == u"legal" ? m_legalRep->text() : QString();
        r.principal.phone = m_phone->text();
        r.principal.address = m_address->text();
    }
    r.assignedStaffNo = m_assignee->text().trimmed();
    r.nextAction = m_nextAction->text();
    r.nextDue = m_nextDue->date();
    return r;
}

ProxyMandateDialog::ProxyMandateDialog(const ProxyMandate &current, const QDate &today, QWidget *parent)
    : ProxyFormDialog(QStringLiteral("proxyMandateDialog"), tr("Mandate (代办服务委托书)"), parent)
{
    m_scope = addText(tr("Matters and powers entrusted"), QStringLiteral("proxyMandateScope"), 1000, true);
    m_scope->setPlainText(current.scope);
    m_from = addDate(tr("From"), QStringLiteral("proxyMandateFrom"),
                     current.from.isValid() ? current.from : today);
    m_to = addDate(tr("To"), QStringLiteral("proxyMandateTo"),
                   current.to.isValid() ? current.to : today.addMonths(1));
    m_signed = new QCheckBox(tr("The citizen has signed the mandate"), this);
    m_signed->setObjectName(QStringLiteral("proxyMandateSigned"));
    m_signed->setChecked(current.isSigned);
    form()->addRow(QString(), m_signed);
    revalidate();
}

bool ProxyMandateDialog::complete() const
{
    return m_to && ProxyFormDialog::complete() && m_to->date() >= m_from->date();
}

ProxyMandate ProxyMandateDialog::mandate() const
{
    return {m_scope->toPlainText(), m_from->date(), m_to->date(), m_signed->isChecked()};
}

ProxyHandoverDialog::ProxyHandoverDialog(QWidget *parent)
    : ProxyFormDialog(QStringLiteral("proxyHandoverDialog"), tr("Material handover"), parent)
{
    m_direction = addCombo(tr("Handover"), QStringLiteral("proxyHandoverDirection"),
                           {{QStringLiteral("received"), ProxyWords::direction(QStringLiteral("received"))},
                            {QStringLiteral("returned"), ProxyWords::direction(QStringLiteral("returned"))}});
    m_item = addLine(tr("Item"), QStringLiteral("proxyHandoverItem"), 100, true);
    m_kind = addCombo(tr("Original or copy"), QStringLiteral("proxyHandoverKind"),
                      {{QStringLiteral("original"), ProxyWords::kind(QStringLiteral("original"))},
                       {QStringLiteral("copy"), ProxyWords::kind(QStringLiteral("copy"))}});
    m_count = new QSpinBox(this);
    m_count->setObjectName(QStringLiteral("proxyHandoverCount"));
    m_count->setRange(1, 999);
    form()->addRow(tr("Count"), m_count);
    m_counterpart =
        addLine(tr("Handed over by / taken back by"), QStringLiteral("proxyHandoverCounterpart"), 100, false);
    m_note = addLine(tr("Note"), QStringLiteral("proxyHandoverNote"), 200, false);
    revalidate();
}

ProxyHandoverInput ProxyHandoverDialog::handover() const
{
    return {m_item->text(),        m_kind->currentData().toString(),
            m_count->value(),      m_direction->currentData().toString(),
            m_counterpart->text(), m_note->text()};
}

ProxyProgressDialog::ProxyProgressDialog(const QString &title, const QDate &today, QWidget *parent)
    : ProxyFormDialog(QStringLiteral("proxyProgressDialog"), title, parent)
{
    m_note = addText(tr("What was done"), QStringLiteral("proxyProgressNote"), 500, true);
    m_nextAction = addLine(tr("Next action"), QStringLiteral("proxyNextAction"), 200, true);
    m_nextDue = addDate(tr("Next action by"), QStringLiteral("proxyNextDue"), today);
    m_nextDue->setMinimumDate(today);
    m_waiting = new QCheckBox(tr("Waiting on the citizen (a document to bring, a decision to make)"), this);
    m_waiting->setObjectName(QStringLiteral("proxyWaiting"));
    form()->addRow(QString(), m_waiting);
    revalidate();
}

ProxyProgressInput ProxyProgressDialog::progress() const
{
    return {m_note->toPlainText(), m_nextAction->text(), m_nextDue->date(), m_waiting->isChecked()};
}

ProxyReasonDialog::ProxyReasonDialog(const QString &title, const QString &label,
                                     const QStringList &outstanding, QWidget *parent)
    : ProxyFormDialog(QStringLiteral("proxyReasonDialog"), title, parent)
{
    m_text = addText(label, QStringLiteral("proxyReasonText"), 500, true);
    if (!outstanding.isEmpty()) {
        auto *held =
            new QLabel(tr("Originals still held for the citizen: %1. Record their return first, or say "
                          "where they are.")
                           .arg(outstanding.join(QStringLiteral("、"))),
                       this);
        held->setObjectName(QStringLiteral("proxyOutstanding"));
        held->setWordWrap(true);
        form()->addRow(held);
        m_retained = addLine(tr("Where the originals are"), QStringLiteral("proxyRetainedNote"), 500, true);
    }
    revalidate();
}

QString ProxyReasonDialog::text() const
{
    return m_text->toPlainText();
}

QString ProxyReasonDialog::retainedNote() const
{
    return m_retained ? m_retained->text() : QString();
}

ProxyVisitDialog::ProxyVisitDialog(const QString &address, const QDateTime &start, QWidget *parent)
    : ProxyFormDialog(QStringLiteral("proxyVisitDialog"), tr("Book a home visit"), parent)
{
    m_at = new QDateTimeEdit(start, this);
    m_at->setObjectName(QStringLiteral("proxyVisitAt"));
    m_at->setCalendarPopup(true);
    m_at->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_at->setMinimumDateTime(start);
    form()->addRow(tr("When"), m_at);
    m_address = addLine(tr("Address"), QStringLiteral("proxyVisitAddress"), 200, true);
    m_address->setText(address);
    m_purpose = addLine(tr("Purpose"), QStringLiteral("proxyVisitPurpose"), 200, false);
    revalidate();
}

ProxyHomeVisitInput ProxyVisitDialog::visit() const
{
    return {m_at->dateTime().toUTC(), m_address->text(), m_purpose->text()};
}

ProxyCallbackDialog::ProxyCallbackDialog(QWidget *parent)
    : ProxyFormDialog(QStringLiteral("proxyCallbackDialog"), tr("Follow-up call (回访)"), parent)
{
    QList<std::pair<QString, QString>> methods;
    for (const char *m : {"phone", "visit", "sms"})
        methods << std::pair{QString::fromLatin1(m), ProxyWords::callbackMethod(QString::fromLatin1(m))};
    m_method = addCombo(tr("How"), QStringLiteral("proxyCallbackMethod"), methods);
    QList<std::pair<QString, QString>> levels;
    for (const char *l :
         {"very_satisfied", "satisfied", "basically_satisfied", "dissatisfied", "very_dissatisfied"})
        levels << std::pair{QString::fromLatin1(l), ProxyWords::satisfaction(QString::fromLatin1(l))};
    m_satisfaction = addCombo(tr("The citizen is"), QStringLiteral("proxyCallbackSatisfaction"), levels);
    m_note = addText(tr("What the citizen said"), QStringLiteral("proxyCallbackNote"), 500, false);
    revalidate();
}

ProxyCallbackInput ProxyCallbackDialog::callback() const
{
    return {m_method->currentData().toString(), m_satisfaction->currentData().toString(),
            m_note->toPlainText()};
}

} // namespace yc
