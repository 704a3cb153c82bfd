#include "clientshell.h"

#include "app/core/clientcontext.h"
#include "app/core/idlewatcher.h"
#include "app/core/session.h"
#include "app/core/settings.h"
#include "widgets/shell/logindialog.h"
#include "widgets/shell/mainwindow.h"

#include <QApplication>
#include <QTimer>

namespace yc {

ClientShell::ClientShell(ClientContext &context, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
{
    connect(m_ctx.idle, &IdleWatcher::idle, this, &ClientShell::lock);
    connect(m_ctx.settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::IdleLockMinutes)
            m_ctx.idle->setTimeoutMinutes(m_ctx.settings->idleLockMinutes());
    });
}

MainWindow *ClientShell::mainWindow() const
{
    return m_main;
}

ClientShell::~ClientShell()
{
    delete m_main;
}

bool ClientShell::start()
{
    if (!m_ctx.session->isLoggedIn()) {
        LoginDialog login(m_ctx);
        if (login.exec() != QDialog::Accepted)
            return false;
    }
    if (m_ctx.session->staff().mustChangePassword) {
        ChangePasswordDialog change(m_ctx, true);
        if (change.exec() != QDialog::Accepted) {
            m_ctx.session->logout();
            return start();
        }
    }
    showMainWindow();
    return true;
}

void ClientShell::showMainWindow()
{
    m_main = new MainWindow(m_ctx);
    m_main->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_main, &MainWindow::signOutRequested, this, &ClientShell::signOut);
    connect(m_main, &MainWindow::lockRequested, this, &ClientShell::lock);
    // A counter PC runs nothing else: use the whole screen.
    m_main->showMaximized();
    m_ctx.idle->setTimeoutMinutes(m_ctx.settings->idleLockMinutes());
    m_ctx.idle->reset();
    // Ready once the event loop has painted the window.
    QTimer::singleShot(0, this, &ClientShell::ready);
}

void ClientShell::signOut()
{
    m_ctx.idle->setTimeoutMinutes(0);
    if (m_main) {
        m_main->disconnect(this);
        m_main->close();
    }
    m_ctx.session->logout();
    // Back to the sign-in dialog once the window is gone; quit if nobody signs in.
    QTimer::singleShot(0, this, [this] {
        if (!start())
            QApplication::quit();
    });
}

void ClientShell::lock()
{
    if (m_locked || !m_ctx.session->isLoggedIn() || !m_main)
        return;
    m_locked = true;
    m_main->setContentHidden(true);
    LockDialog dialog(m_ctx, m_main);
    bool signOutWanted = false;
    connect(&dialog, &LockDialog::signOutRequested, this, [&signOutWanted] { signOutWanted = true; });
    dialog.exec();
    m_locked = false;
    if (signOutWanted) {
        signOut();
        return;
    }
    m_main->setContentHidden(false);
    m_ctx.idle->reset();
}

} // namespace yc
