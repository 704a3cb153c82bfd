#include "queuefigures.h"

#include <algorithm>

#include <QHash>

namespace yc::queue {

namespace {

QDateTime later(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::max(a, b);
}

// The waiting tickets a window may call, as the engine picks them: its lines
// (all lines when it has none) and what was transferred to it or to the
// person at it; nothing transferred to another window or person.
bool mayCall(const WindowState &w, const Ticket &t)
{
    if (t.targetWindow != 0 && t.targetWindow != w.windowNo)
        return false;
    if (!t.targetStaff.isEmpty() && t.targetStaff != w.staffNo)
        return false;
    return t.targetWindow == w.windowNo || !t.targetStaff.isEmpty() || w.lineIds.isEmpty() ||
           w.lineIds.contains(t.lineId);
}

} // namespace

QueueFigures QueueFigures::compute(const Snapshot &snapshot, const QDateTime &nowUtc,
                                   const QueueConfig &config)
{
    QueueFigures f;
    f.at = nowUtc;
    f.businessDay = snapshot.businessDay.isEmpty() ? config.businessDay(nowUtc) : snapshot.businessDay;
    const auto today = [&](const QDateTime &t) {
        return t.isValid() && config.businessDay(t) == f.businessDay;
    };
    const auto waited = [&](const Ticket &t) { return std::max<qint64>(0, t.issuedAt.secsTo(nowUtc)); };

    for (const Line &l : snapshot.lines) {
        if (!l.active)
            continue;
        LineFigures lf;
        lf.lineId = l.id;
        lf.prefix = l.prefix;
        lf.name = l.name;
        f.lines.append(lf);
    }
    std::sort(f.lines.begin(), f.lines.end(),
              [](const LineFigures &a, const LineFigures &b) { return a.prefix < b.prefix; });
    QHash<qint64, int> lineIndex;
    for (int i = 0; i < f.lines.size(); ++i)
        lineIndex.insert(f.lines[i].lineId, i);

    qint64 totalWait = 0;
    QHash<qint64, qint64> lineWait;
    for (const Ticket &t : snapshot.tickets) {
        const auto at = lineIndex.constFind(t.lineId);
        LineFigures *line = at == lineIndex.constEnd() ? nullptr : &f.lines[at.value()];
        if (t.state == state::waiting) {
            const qint64 secs = waited(t);
            ++f.waiting;
            totalWait += secs;
            f.longestWaitSecs = std::max(f.longestWaitSecs, secs);
            if (line) {
                ++line->waiting;
                lineWait[t.lineId] += secs;
                if (secs >= line->longestWaitSecs) {
                    line->longestWaitSecs = secs;
                    line->oldestIssuedAt = t.issuedAt;
                }
            }
        } else if (t.state == state::finished && t.businessDay == f.businessDay) {
            ++f.servedToday;
            if (line)
                ++line->servedToday;
        }
    }
    f.averageWaitSecs = f.waiting > 0 ? totalWait / f.waiting : 0;
    for (LineFigures &l : f.lines)
        l.averageWaitSecs = l.waiting > 0 ? lineWait.value(l.lineId) / l.waiting : 0;

    for (const WindowState &w : snapshot.windows) {
        WindowFigures wf;
        wf.windowNo = w.windowNo;
        wf.name = w.name;
        wf.staffNo = w.staffNo;
        wf.pauseReason = w.paused ? w.pauseReason : QString();
        wf.lineIds = w.lineIds;
        const Ticket *current = nullptr;
        QDateTime lastWork;
        QString lastStaff;
        for (const Ticket &t : snapshot.tickets) {
            if (t.state == state::waiting) {
                if (mayCall(w, t)) {
                    ++wf.waitingForIt;
                    if (!wf.oldestWaitingIssuedAt.isValid() || t.issuedAt < wf.oldestWaitingIssuedAt)
                        wf.oldestWaitingIssuedAt = t.issuedAt;
                }
                continue;
            }
            if (t.windowNo != w.windowNo)
                continue;
            if (t.isActive())
                current = &t;
            else if (t.state == state::finished && t.businessDay == f.businessDay)
                ++wf.servedToday;
            const QDateTime worked = later(t.calledAt, t.stateChangedAt);
            if (worked > lastWork) {
                lastWork = worked;
                lastStaff = t.staffNo;
            }
        }
        // The window row's staff member changes with pauses; its tickets say
        // who called them since.
        if (!lastStaff.isEmpty() && !(w.changedAt > lastWork))
            wf.staffNo = lastStaff;
        // A pause left over from an earlier day means nobody is there today.
        const bool pausedToday = w.paused && today(w.changedAt);
        if (current) {
            wf.activity = current->state == state::serving ? WindowFigures::Activity::Serving
                                                           : WindowFigures::Activity::Called;
            wf.ticketId = current->id;
            wf.ticketDisplayNo = current->displayNo;
            wf.since = current->calledAt;
        } else if (pausedToday) {
            wf.activity = WindowFigures::Activity::Paused;
            wf.since = w.changedAt;
        } else if (!w.paused && (today(lastWork) || today(w.changedAt))) {
            wf.activity = WindowFigures::Activity::Idle;
            wf.since = later(lastWork, w.changedAt);
        }
        f.windows.append(wf);
    }
    return f;
}

const LineFigures *QueueFigures::line(qint64 lineId) const
{
    for (const LineFigures &l : lines)
        if (l.lineId == lineId)
            return &l;
    return nullptr;
}

const WindowFigures *QueueFigures::window(int windowNo) const
{
    for (const WindowFigures &w : windows)
        if (w.windowNo == windowNo)
            return &w;
    return nullptr;
}

} // namespace yc::queue
