#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace yc {

// Watches the application's input events and says when nobody has touched
// the keyboard, mouse or screen for the configured time, so the window can
// lock itself (personal data on screen at an unattended counter).
class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatcher(QObject *parent = nullptr);

    // 0 minutes switches the lock off.
    void setTimeoutMinutes(int minutes);
    int timeoutMinutes() const { return m_minutes; }
    // Starts counting from now (after sign-in or unlock).
    void reset();
    // Evaluates the clock now; called by the timer, and by tests.
    void check();

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
    QDateTime m_lastActivity;
    int m_minutes = 0;
    bool m_fired = false;
};

} // namespace yc
