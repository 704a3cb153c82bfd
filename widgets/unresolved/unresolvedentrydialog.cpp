#include "unresolvedentrydialog.h"

#include "catalog/catalogrepository.h"

#include <algorithm>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace yc {

namespace {

// Item data of the unit list's last entry: a unit outside the catalog, named in words.
const QString otherUnit = QStringLiteral("*other");

} // namespace

UnresolvedEntryDialog::UnresolvedEntryDialog(UnresolvedRegister &reg, const CatalogRepository &catalog,
                                             const UnresolvedRegister::Actor &actor, QWidget *parent)
    : QDialog(parent)
    , m_register(reg)
    , m_actor(actor)
{
    setObjectName(QStringLiteral("unresolvedEntryDialog"));
    setWindowTitle(tr("Record something that could not be done"));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("entryKind"));
    m_kind->addItem(tr("A citizen"), QStringLiteral("natural"));
    m_kind->addItem(tr("An enterprise"), QStringLiteral("legal"));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &UnresolvedEntryDialog::kindChanged);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("entryName"));
    m_name->setMaxLength(200);
    m_idNumber = new QLineEdit(this);
    m_idNumber->setObjectName(QStringLiteral("entryIdNumber"));
    m_idNumber->setMaxLength(40);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("entryPhone"));
    m_phone->setMaxLength(30);

    m_matter = new QComboBox(this);
    m_matter->setObjectName(QStringLiteral("entryMatter"));
    m_matter->addItem(tr("Not known / no matter of the catalog"), qint64(0));
    if (auto matters = catalog.currentMatters()) {
        auto list = matters.value();
        std::sort(list.begin(), list.end(), [](const Matter &a, const Matter &b) { return a.name < b.name; });
        for (const Matter &m : list)
            m_matter->addItem(m.name, m.id);
    }

    m_what = new QPlainTextEdit(this);
    m_what->setObjectName(QStringLiteral("entryWhat"));
    m_what->setPlaceholderText(tr("What the citizen wanted done, and what stood in the way"));
    m_what->setMinimumHeight(90);

    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("entryCategory"));
    for (const QString &code : UnresolvedRegister::categoryCodes())
        m_category->addItem(UnresolvedRegister::categoryLabel(code), code);

    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("entryUnit"));
    m_unit->addItem(tr("Not decided yet"), QString());
    if (auto units = reg.units()) {
        for (const auto &u : units.value())
            m_unit->addItem(u.name, u.code);
    }
    m_unit->addItem(tr("Another unit (write its name)"), otherUnit);
    m_unitName = new QLineEdit(this);
    m_unitName->setObjectName(QStringLiteral("entryUnitName"));
    m_unitName->setMaxLength(200);
    m_unitName->setEnabled(false);
    connect(m_unit, &QComboBox::currentIndexChanged, this,
            [this] { m_unitName->setEnabled(m_unit->currentData().toString() == otherUnit); });

    m_deadline = new QSpinBox(this);
    m_deadline->setObjectName(QStringLiteral("entryDeadline"));
    m_deadline->setRange(1, UnresolvedRegister::kMaxDeadlineDays);
    m_deadline->setValue(UnresolvedRegister::kDefaultDeadlineDays);
    m_deadline->setSuffix(tr(" working days"));

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("entryMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));

    auto *form = new QFormLayout;
    form->addRow(tr("Reported by"), m_kind);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("ID number"), m_idNumber);
    form->addRow(tr("Phone"), m_phone);
    form->addRow(tr("Matter"), m_matter);
    form->addRow(tr("What could not be done"), m_what);
    form->addRow(tr("Class"), m_category);
    form->addRow(tr("Responsible unit"), m_unit);
    form->addRow(QString(), m_unitName);
    form->addRow(tr("Deadline"), m_deadline);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("entrySave"));
    connect(buttons, &QDialogButtonBox::accepted, this, &UnresolvedEntryDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("An ID number or a phone number is needed to give the citizen the "
                                    "feedback. Both are stored encrypted."),
                                 this));
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    kindChanged();
}

void UnresolvedEntryDialog::kindChanged()
{
    const bool legal = m_kind->currentData().toString() == u"legal";
    m_name->setPlaceholderText(legal ? tr("The enterprise's name") : tr("The citizen's name"));
    m_idNumber->setPlaceholderText(legal ? tr("Unified social credit code (optional)")
                                         : tr("ID number (optional if a phone is given)"));
}

void UnresolvedEntryDialog::save()
{
    UnresolvedRegister::NewEntry in;
    in.reporterKind = m_kind->currentData().toString();
    in.name = m_name->text();
    in.idNumber = m_idNumber->text();
    in.phone = m_phone->text();
    in.matterId = m_matter->currentData().toLongLong();
    in.what = m_what->toPlainText();
    in.category = m_category->currentData().toString();
    const QString unit = m_unit->currentData().toString();
    if (unit == otherUnit && m_unitName->text().trimmed().isEmpty()) {
        m_message->setText(tr("Write the name of the responsible unit, or choose one from the list."));
        return;
    }
    if (unit == otherUnit)
        in.unitName = m_unitName->text();
    else
        in.unitCode = unit;
    in.deadlineDays = m_deadline->value();
    auto recorded = m_register.record(in, m_actor);
    if (!recorded) {
        m_message->setText(recorded.error().message);
        return;
    }
    m_recorded = recorded.value();
    accept();
}

} // namespace yc
