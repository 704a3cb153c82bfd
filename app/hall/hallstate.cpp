#include "hallstate.h"

#include "queue/queuejson.h"

#include <algorithm>

#include <QJsonArray>

namespace yc {

using namespace queue;

HallState::HallState(QObject *parent)
    : QObject(parent)
{}

std::optional<WindowState> HallState::window(int windowNo) const
{
    for (const WindowState &w : m_windows)
        if (w.windowNo == windowNo)
            return w;
    return std::nullopt;
}

std::optional<Ticket> HallState::ticket(qint64 id) const
{
    const auto it = m_tickets.constFind(id);
    if (it == m_tickets.constEnd())
        return std::nullopt;
    return it.value();
}

QList<Ticket> HallState::tickets() const
{
    QList<Ticket> out = m_tickets.values();
    std::sort(out.begin(), out.end(), [](const Ticket &a, const Ticket &b) {
        return a.sortKey != b.sortKey ? a.sortKey < b.sortKey : a.id < b.id;
    });
    return out;
}

std::optional<Ticket> HallState::currentTicket(int windowNo) const
{
    for (const Ticket &t : m_tickets)
        if (t.isActive() && t.windowNo == windowNo)
            return t;
    return std::nullopt;
}

QList<Ticket> HallState::waitingFor(int windowNo) const
{
    const auto w = window(windowNo);
    QList<Ticket> out;
    for (const Ticket &t : tickets()) {
        if (t.state != state::waiting)
            continue;
        if (t.targetWindow != 0 && t.targetWindow != windowNo)
            continue;
        const bool onMyLines = !w || w->lineIds.isEmpty() || w->lineIds.contains(t.lineId);
        if (onMyLines || t.targetWindow == windowNo)
            out.append(t);
    }
    // Pinned first, as the engine calls them.
    std::stable_sort(out.begin(), out.end(),
                     [](const Ticket &a, const Ticket &b) { return a.pinned > b.pinned; });
    return out;
}

void HallState::setWindows(const QJsonArray &windows)
{
    m_windows.clear();
    for (const QJsonValue &v : windows)
        m_windows.append(json::windowFrom(v.toObject()));
}

void HallState::applySnapshot(const QJsonObject &snapshot)
{
    m_seq = snapshot.value(QStringLiteral("seq")).toInteger();
    m_businessDay = snapshot.value(QStringLiteral("businessDay")).toString();
    m_lines.clear();
    for (const QJsonValue &v : snapshot.value(QStringLiteral("lines")).toArray())
        m_lines.append(json::lineFrom(v.toObject()));
    setWindows(snapshot.value(QStringLiteral("windows")).toArray());
    m_tickets.clear();
    for (const QJsonValue &v : snapshot.value(QStringLiteral("tickets")).toArray()) {
        const Ticket t = json::ticketFrom(v.toObject());
        m_tickets.insert(t.id, t);
    }
    m_hasSnapshot = true;
    emit reset();
    emit changed();
}

bool HallState::applyEvents(const QJsonObject &batch)
{
    const QJsonArray events = batch.value(QStringLiteral("events")).toArray();
    if (events.isEmpty())
        return true;
    if (events.first().toObject().value(QStringLiteral("seq")).toInteger() <= m_seq)
        return false;
    for (const QJsonValue &v : batch.value(QStringLiteral("tickets")).toArray()) {
        const Ticket t = json::ticketFrom(v.toObject());
        m_tickets.insert(t.id, t);
    }
    if (batch.contains(QStringLiteral("windows")))
        setWindows(batch.value(QStringLiteral("windows")).toArray());
    for (const QJsonValue &v : events) {
        const QueueEvent e = json::eventFrom(v.toObject());
        m_seq = e.seq;
        emit eventArrived(e);
    }
    emit changed();
    return true;
}

void HallState::clear()
{
    m_seq = 0;
    m_hasSnapshot = false;
    m_businessDay.clear();
    m_lines.clear();
    m_windows.clear();
    m_tickets.clear();
    emit reset();
    emit changed();
}

} // namespace yc
