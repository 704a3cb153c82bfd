#include "idlewatcher.h"

#include "core/clock.h"

#include <QCoreApplication>
#include <QEvent>

namespace yc {

IdleWatcher::IdleWatcher(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(5000);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::check);
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
    reset();
}

void IdleWatcher::setTimeoutMinutes(int minutes)
{
    m_minutes = qMax(0, minutes);
    if (m_minutes > 0)
        m_timer.start();
    else
        m_timer.stop();
    reset();
}

void IdleWatcher::reset()
{
    m_lastActivity = Clock::nowUtc();
    m_fired = false;
}

void IdleWatcher::check()
{
    if (m_minutes <= 0 || m_fired)
        return;
    if (m_lastActivity.secsTo(Clock::nowUtc()) >= qint64(m_minutes) * 60) {
        m_fired = true;
        emit idle();
    }
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (!m_fired)
            m_lastActivity = Clock::nowUtc();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace yc
