#include "logindialog.h"

#include "app/core/clientcontext.h"
#include "app/core/demosetup.h"
#include "app/core/session.h"
#include "app/core/settings.h"
#include "codes/codes.h"
#include "widgets/common/theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace yc {

namespace {

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("errorLabel"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}

void showError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->show();
}

QLineEdit *passwordEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setMaxLength(128);
    return edit;
}

} // namespace

LoginDialog::LoginDialog(ClientContext &context, QWidget *parent)
    : QDialog(parent)
    , m_ctx(context)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Sign in — Yichuang"));
    setMinimumWidth(420);

    auto *title = new QLabel(m_ctx.hallName.isEmpty() ? tr("Yichuang") : m_ctx.hallName, this);
    title->setObjectName(QStringLiteral("hallTitle"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    auto *subtitle =
        new QLabel(tr("Window %1 · one-window intake").arg(m_ctx.settings->windowNumber()), this);
    subtitle->setAlignment(Qt::AlignCenter);

    m_staffNo = new QLineEdit(m_ctx.settings->lastStaffNo(), this);
    m_staffNo->setObjectName(QStringLiteral("staffNo"));
    m_staffNo->setMaxLength(32);
    m_password = passwordEdit(QStringLiteral("password"), this);
    m_error = errorLabel(this);

    auto *form = new QFormLayout;
    form->addRow(tr("Staff number"), m_staffNo);
    form->addRow(tr("Password"), m_password);

    m_largeFont = new QCheckBox(tr("Large text, high contrast"), this);
    m_largeFont->setObjectName(QStringLiteral("largeFontToggle"));
    m_largeFont->setChecked(m_ctx.settings->largeFont());
    connect(m_largeFont, &QCheckBox::toggled, this, [this](bool on) {
        m_ctx.settings->setValue(Settings::Key::LargeFont, on);
        theme::apply(*qApp, on);
        adjustSize();
    });

    m_login = new QPushButton(tr("Sign in"), this);
    m_login->setObjectName(QStringLiteral("loginButton"));
    m_login->setDefault(true);
    auto *quit = new QPushButton(tr("Quit"), this);
    connect(m_login, &QPushButton::clicked, this, &LoginDialog::attempt);
    connect(quit, &QPushButton::clicked, this, &QDialog::reject);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_login, QDialogButtonBox::AcceptRole);
    buttons->addButton(quit, QDialogButtonBox::RejectRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addSpacing(12);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_largeFont);
    if (m_ctx.demo) {
        auto *hint =
            new QLabel(tr("Demonstration hall. Accounts: 1001 clerk, 2001 help desk, 3001 supervisor, "
                          "9001 administrator; password %1.")
                           .arg(DemoSetup::demoPassword()),
                       this);
        hint->setObjectName(QStringLiteral("demoHint"));
        hint->setWordWrap(true);
        hint->setStyleSheet(QStringLiteral("color: #555;"));
        layout->addWidget(hint);
    }
    layout->addWidget(buttons);

    (m_staffNo->text().isEmpty() ? m_staffNo : m_password)->setFocus();
}

void LoginDialog::attempt()
{
    if (m_staffNo->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        showError(m_error, tr("Enter your staff number and password."));
        return;
    }
    auto result = m_ctx.session->login(m_staffNo->text().trimmed(), m_password->text());
    m_password->clear();
    if (!result) {
        showError(m_error, result.error().message);
        m_password->setFocus();
        return;
    }
    m_ctx.settings->setValue(Settings::Key::LastStaffNo, m_staffNo->text().trimmed());
    accept();
}

ChangePasswordDialog::ChangePasswordDialog(ClientContext &context, bool forced, QWidget *parent)
    : QDialog(parent)
    , m_ctx(context)
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Change password"));
    m_old = passwordEdit(QStringLiteral("oldPassword"), this);
    m_new = passwordEdit(QStringLiteral("newPassword"), this);
    m_repeat = passwordEdit(QStringLiteral("repeatPassword"), this);
    m_error = errorLabel(this);
    auto *layout = new QVBoxLayout(this);
    if (forced) {
        auto *why = new QLabel(
            tr("Your password was set by an administrator. Choose your own before you go on."), this);
        why->setWordWrap(true);
        layout->addWidget(why);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("Current password"), m_old);
    form->addRow(tr("New password"), m_new);
    form->addRow(tr("New password again"), m_repeat);
    layout->addLayout(form);
    auto *rule = new QLabel(tr("8 to 128 characters, with at least one letter and one digit."), this);
    rule->setStyleSheet(QStringLiteral("color: #555;"));
    layout->addWidget(rule);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::attempt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void ChangePasswordDialog::attempt()
{
    if (m_new->text() != m_repeat->text()) {
        showError(m_error, tr("The two new passwords differ."));
        return;
    }
    auto changed = m_ctx.session->changePassword(m_old->text(), m_new->text());
    if (!changed) {
        showError(m_error, changed.error().message);
        return;
    }
    accept();
}

LockDialog::LockDialog(ClientContext &context, QWidget *parent)
    : QDialog(parent)
    , m_ctx(context)
{
    setObjectName(QStringLiteral("lockDialog"));
    setWindowTitle(tr("Locked"));
    setModal(true);
    setWindowFlags(windowFlags() & ~Qt::WindowCloseButtonHint);
    auto *layout = new QVBoxLayout(this);
    auto *what =
        new QLabel(tr("The window was locked after %n minute(s) without use. %1, enter your password to "
                      "go on.",
                      nullptr, m_ctx.settings->idleLockMinutes())
                       .arg(m_ctx.session->staff().name),
                   this);
    what->setWordWrap(true);
    layout->addWidget(what);
    m_password = passwordEdit(QStringLiteral("unlockPassword"), this);
    layout->addWidget(m_password);
    m_error = errorLabel(this);
    layout->addWidget(m_error);
    auto *unlock = new QPushButton(tr("Unlock"), this);
    unlock->setObjectName(QStringLiteral("unlockButton"));
    unlock->setDefault(true);
    auto *other = new QPushButton(tr("Sign out (switch user)"), this);
    other->setObjectName(QStringLiteral("lockSignOutButton"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(unlock, QDialogButtonBox::AcceptRole);
    buttons->addButton(other, QDialogButtonBox::DestructiveRole);
    connect(unlock, &QPushButton::clicked, this, &LockDialog::attempt);
    connect(other, &QPushButton::clicked, this, [this] {
        m_signingOut = true;
        emit signOutRequested();
        QDialog::reject();
    });
    layout->addWidget(buttons);
}

void LockDialog::reject()
{
    if (m_signingOut)
        QDialog::reject();
}

void LockDialog::attempt()
{
    auto ok = m_ctx.session->confirmPassword(m_password->text());
    m_password->clear();
    if (!ok) {
        showError(m_error, ok.error().message);
        return;
    }
    accept();
}

} // namespace yc
