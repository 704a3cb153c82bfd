#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace yc {

struct ClientContext;

// Sign-in at the window: staff number and password, checked by the Session.
// A wrong password keeps the dialog open with the reason; nothing else
// changes.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(ClientContext &context, QWidget *parent = nullptr);

private:
    void attempt();

    ClientContext &m_ctx;
    QLineEdit *m_staffNo;
    QLineEdit *m_password;
    QLabel *m_error;
    QPushButton *m_login;
    QCheckBox *m_largeFont;
};

// Asks for the current and a new password (twice); used when an
// administrator set the password, and from the menu.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    ChangePasswordDialog(ClientContext &context, bool forced, QWidget *parent = nullptr);

private:
    void attempt();

    ClientContext &m_ctx;
    QLineEdit *m_old;
    QLineEdit *m_new;
    QLineEdit *m_repeat;
    QLabel *m_error;
};

// Covers the screen after the idle time: only the signed-in person's
// password opens it again; anyone else signs them out.
class LockDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LockDialog(ClientContext &context, QWidget *parent = nullptr);

    // Escape and the close button do not open the lock.
    void reject() override;

signals:
    void signOutRequested();

private:
    void attempt();

    ClientContext &m_ctx;
    QLineEdit *m_password;
    QLabel *m_error;
    bool m_signingOut = false;
};

} // namespace yc
