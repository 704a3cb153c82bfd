#pragma once

#include <QObject>
#include <QPointer>

namespace yc {

struct ClientContext;
class MainWindow;

// The client's life at the window: sign in, the main window for the signed-in
// role, the idle lock, signing out and in again, quitting.
class ClientShell : public QObject
{
    Q_OBJECT

public:
    explicit ClientShell(ClientContext &context, QObject *parent = nullptr);
    ~ClientShell() override;

    // Shows the sign-in dialog (unless someone is signed in already), then
    // the main window; returns false when the user quit at sign-in.
    bool start();
    MainWindow *mainWindow() const;

signals:
    // The main window is on screen and ready for input.
    void ready();

private:
    void showMainWindow();
    void signOut();
    void lock();

    ClientContext &m_ctx;
    QPointer<MainWindow> m_main;
    bool m_locked = false;
};

} // namespace yc
