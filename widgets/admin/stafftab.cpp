#include "stafftab.h"

#include "app/core/adminservice.h"
#include "app/core/clientcontext.h"
#include "codes/codes.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace yc {

StaffTab::StaffTab(ClientContext &context, QWidget *parent)
    : QWidget(parent)
    , m_ctx(context)
{
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("staffTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Staff number"), tr("Name"), tr("Department"), tr("Roles"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &StaffTab::editStaff);

    auto *add = new QPushButton(tr("Add…"), this);
    add->setObjectName(QStringLiteral("addStaffButton"));
    auto *edit = new QPushButton(tr("Edit…"), this);
    auto *reset = new QPushButton(tr("Reset password…"), this);
    connect(add, &QPushButton::clicked, this, &StaffTab::addStaff);
    connect(edit, &QPushButton::clicked, this, &StaffTab::editStaff);
    connect(reset, &QPushButton::clicked, this, &StaffTab::resetPassword);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(reset);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    reload();
}

void StaffTab::reload()
{
    auto staff = m_ctx.admin->staff();
    m_staff = staff ? staff.value() : QList<StaffMember>();
    m_table->setRowCount(static_cast<int>(m_staff.size()));
    for (int row = 0; row < m_staff.size(); ++row) {
        const StaffMember &m = m_staff.at(row);
        QStringList roles;
        for (const QString &role : m.roles)
            roles << Codes::roleLabel(role);
        const QStringList cells{m.staffNo, m.name, m.department, roles.join(QStringLiteral("、")),
                                m.active ? tr("Active") : tr("Disabled")};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(row, col, new QTableWidgetItem(cells.at(col)));
    }
    if (!staff)
        QMessageBox::warning(this, tr("Staff"), staff.error().message);
}

StaffMember StaffTab::selected() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_staff.size() ? m_staff.at(row) : StaffMember();
}

void StaffTab::addStaff()
{
    StaffDialog dialog(m_ctx, nullptr, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void StaffTab::editStaff()
{
    const StaffMember member = selected();
    if (member.id == 0)
        return;
    StaffDialog dialog(m_ctx, &member, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void StaffTab::resetPassword()
{
    const StaffMember member = selected();
    if (member.id == 0)
        return;
    bool ok = false;
    const QString password =
        QInputDialog::getText(this, tr("Reset password"),
                              tr("New password for %1 (%2). They must change it at the next sign-in.")
                                  .arg(member.name, member.staffNo),
                              QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    auto reset = m_ctx.admin->resetPassword(member.staffNo, password);
    if (!reset)
        QMessageBox::warning(this, tr("Reset password"), reset.error().message);
}

StaffDialog::StaffDialog(ClientContext &context, const StaffMember *existing, QWidget *parent)
    : QDialog(parent)
    , m_ctx(context)
    , m_creating(existing == nullptr)
{
    setObjectName(QStringLiteral("staffDialog"));
    setWindowTitle(m_creating ? tr("New staff account") : tr("Edit staff account"));
    m_staffNo = new QLineEdit(existing ? existing->staffNo : QString(), this);
    m_staffNo->setObjectName(QStringLiteral("staffNoEdit"));
    m_staffNo->setReadOnly(!m_creating);
    m_staffNo->setMaxLength(32);
    m_name = new QLineEdit(existing ? existing->name : QString(), this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(50);
    m_department = new QLineEdit(existing ? existing->department : QString(), this);
    m_department->setMaxLength(100);
    auto *roles = new QVBoxLayout;
    for (const QString &role : Codes::roles()) {
        auto *box = new QCheckBox(Codes::roleLabel(role), this);
        box->setObjectName(QStringLiteral("role_") + role);
        box->setProperty("role", role);
        box->setChecked(existing && existing->hasRole(role));
        roles->addWidget(box);
        m_roles << box;
    }
    m_active = new QCheckBox(tr("Account active"), this);
    m_active->setChecked(!existing || existing->active);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("initialPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *form = new QFormLayout;
    form->addRow(tr("Staff number"), m_staffNo);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Department"), m_department);
    form->addRow(tr("Roles"), roles);
    form->addRow(QString(), m_active);
    if (m_creating)
        form->addRow(tr("First password"), m_password);
    else
        m_password->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &StaffDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void StaffDialog::save()
{
    StaffMember m;
    m.staffNo = m_staffNo->text().trimmed();
    m.name = m_name->text();
    m.department = m_department->text();
    m.active = m_active->isChecked();
    for (const QCheckBox *box : std::as_const(m_roles)) {
        if (box->isChecked())
            m.roles << box->property("role").toString();
    }
    // Someone else chose the first password: it is changed at first sign-in.
    m.mustChangePassword = m_creating;
    const Result<void> saved = m_creating ? [&]() -> Result<void> {
        auto created = m_ctx.admin->createStaff(m, m_password->text());
        return created ? Result<void>() : Result<void>(created.error());
    }()
        : m_ctx.admin->updateStaff(m);
    if (!saved) {
        m_error->setText(saved.error().message);
        return;
    }
    accept();
}

} // namespace yc
