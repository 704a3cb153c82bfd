#include "queuealerts.h"

#include <algorithm>

#include <QSettings>

namespace yc::queue {

AlertThresholds AlertThresholds::fromSettings(QSettings &ini)
{
    AlertThresholds t;
    ini.beginGroup(QStringLiteral("alerts"));
    const auto read = [&ini](const char *key, int fallback) {
        bool ok = false;
        const int v = ini.value(QLatin1String(key), fallback).toInt(&ok);
        return ok ? std::max(0, v) : fallback;
    };
    t.waitMinutes = read("wait_minutes", t.waitMinutes);
    t.queueLength = read("queue_length", t.queueLength);
    t.idleWindowMinutes = read("idle_window_minutes", t.idleWindowMinutes);
    t.serviceMinutes = read("service_minutes", t.serviceMinutes);
    t.pausedMinutes = read("paused_minutes", t.pausedMinutes);
    t.holdSeconds = read("hold_seconds", t.holdSeconds);
    ini.endGroup();
    return t;
}

QString Alert::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::LongWait:
        return QStringLiteral("long_wait");
    case Kind::LongQueue:
        return QStringLiteral("long_queue");
    case Kind::IdleWindow:
        return QStringLiteral("idle_window");
    case Kind::LongService:
        return QStringLiteral("long_service");
    case Kind::LongPause:
        return QStringLiteral("long_pause");
    }
    return {};
}

QString Alert::key() const
{
    return windowNo > 0 ? QStringLiteral("%1:window:%2").arg(kindCode(kind)).arg(windowNo)
                        : QStringLiteral("%1:line:%2").arg(kindCode(kind)).arg(lineId);
}

QueueAlerts::QueueAlerts(AlertThresholds thresholds)
    : m_thresholds(thresholds)
{}

QList<QueueAlerts::Candidate> QueueAlerts::candidates(const QueueFigures &f) const
{
    const AlertThresholds &t = m_thresholds;
    QList<Candidate> out;
    // A condition measured in minutes since a moment: crossed once the
    // moment is more than `minutes` ago; "since" is when that happened.
    const auto timed = [&](Alert::Kind kind, qint64 lineId, int windowNo, const QDateTime &from,
                           int minutes) {
        if (minutes <= 0 || !from.isValid())
            return;
        const qint64 secs = std::max<qint64>(0, from.secsTo(f.at));
        Alert a;
        a.kind = kind;
        a.lineId = lineId;
        a.windowNo = windowNo;
        a.figure = secs / 60;
        a.threshold = minutes;
        a.since = from.addSecs(qint64(minutes) * 60);
        const bool above = secs > qint64(minutes) * 60;
        out.append({a, above, !above});
    };
    for (const LineFigures &l : f.lines) {
        if (l.waiting > 0)
            timed(Alert::Kind::LongWait, l.lineId, 0, l.oldestIssuedAt, t.waitMinutes);
        if (t.queueLength > 0) {
            Alert a;
            a.kind = Alert::Kind::LongQueue;
            a.lineId = l.lineId;
            a.figure = l.waiting;
            a.threshold = t.queueLength;
            a.since = f.at;
            const int clearBelow = t.queueLength - std::max(1, t.queueLength / 5);
            out.append({a, l.waiting > t.queueLength, l.waiting <= clearBelow});
        }
    }
    for (const WindowFigures &w : f.windows) {
        switch (w.activity) {
        case WindowFigures::Activity::Idle:
            // Idle counts only while someone waits for this window.
            if (w.waitingForIt > 0)
                timed(Alert::Kind::IdleWindow, 0, w.windowNo, std::max(w.since, w.oldestWaitingIssuedAt),
                      t.idleWindowMinutes);
            break;
        case WindowFigures::Activity::Called:
        case WindowFigures::Activity::Serving:
            timed(Alert::Kind::LongService, 0, w.windowNo, w.since, t.serviceMinutes);
            break;
        case WindowFigures::Activity::Paused:
            timed(Alert::Kind::LongPause, 0, w.windowNo, w.since, t.pausedMinutes);
            break;
        case WindowFigures::Activity::Closed:
            break;
        }
    }
    return out;
}

QList<Alert> QueueAlerts::evaluate(const QueueFigures &figures)
{
    QHash<QString, Candidate> now;
    for (const Candidate &c : candidates(figures))
        now.insert(c.alert.key(), c);

    for (auto it = m_active.begin(); it != m_active.end();) {
        Tracked &tracked = it.value();
        tracked.alert.isNew = false;
        const auto c = now.constFind(it.key());
        const bool above = c != now.constEnd() && c->above;
        // Gone entirely (the ticket was called, the window resumed) counts as clearable.
        const bool clearable = c == now.constEnd() || c->clearable;
        if (c != now.constEnd()) {
            tracked.alert.figure = c->alert.figure;
            tracked.alert.since = std::min(tracked.alert.since, c->alert.since);
        }
        if (above || !clearable) {
            tracked.clearingSince = QDateTime();
        } else {
            if (!tracked.clearingSince.isValid())
                tracked.clearingSince = figures.at;
            if (tracked.clearingSince.secsTo(figures.at) >= m_thresholds.holdSeconds) {
                it = m_active.erase(it);
                continue;
            }
        }
        tracked.alert.clearing = tracked.clearingSince.isValid();
        ++it;
    }
    for (const Candidate &c : std::as_const(now)) {
        if (!c.above || m_active.contains(c.alert.key()))
            continue;
        Alert a = c.alert;
        a.isNew = true;
        m_active.insert(a.key(), {a, {}});
    }

    QList<Alert> out;
    for (const Tracked &t : std::as_const(m_active))
        out.append(t.alert);
    std::sort(out.begin(), out.end(), [](const Alert &a, const Alert &b) {
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return a.windowNo != b.windowNo ? a.windowNo < b.windowNo : a.lineId < b.lineId;
    });
    return out;
}

} // namespace yc::queue
