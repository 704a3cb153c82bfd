#include "displaymirror.h"

#include "core/clock.h"
#include "core/pii.h"
#include "queue/queueengine.h"
#include "queue/queuejson.h"

#include <QJsonArray>

namespace yc::display {

using namespace queue;

namespace {

bool isCall(const QString &kind)
{
    return kind == QLatin1String("call") || kind == QLatin1String("recall") ||
           kind == QLatin1String("reannounce");
}

// How far back the latest calls are looked for after a snapshot (halld's
// start, a new business day).
constexpr qint64 kRecentEvents = 400;

// A pause reason is typed by the clerk for the display (the engine tells
// them so); anything in it that looks like an ID or phone number is masked
// all the same, and it is kept short.
QString publicReason(const QString &reason)
{
    return pii::scrub(reason.simplified()).left(20);
}

} // namespace

DisplayMirror::DisplayMirror(QueueEngine &engine, QString hallName)
    : m_engine(engine)
    , m_hallName(std::move(hallName))
{
    QObject::connect(&m_state, &HallState::eventArrived, &m_state, [this](const QueueEvent &e) {
        if (isCall(e.kind))
            noteCall(e);
    });
}

Result<void> DisplayMirror::sync()
{
    if (!m_state.hasSnapshot())
        return takeSnapshot();
    for (;;) {
        auto batch = m_engine.eventsSince(m_state.seq());
        if (!batch)
            return batch.error();
        if (batch->events.isEmpty())
            return {};
        const bool newDay =
            std::any_of(batch->events.cbegin(), batch->events.cend(),
                        [](const QueueEvent &e) { return e.kind == QLatin1String("day.rollover"); });
        if (newDay || !m_state.applyEvents(json::toJson(batch.value())))
            return takeSnapshot();
        if (!batch->more)
            return {};
    }
}

Result<void> DisplayMirror::takeSnapshot()
{
    auto snapshot = m_engine.snapshot();
    if (!snapshot)
        return snapshot.error();
    m_state.applySnapshot(json::toJson(snapshot.value()));
    m_calls.clear();
    auto recent = m_engine.eventsSince(qMax<qint64>(0, snapshot->seq - kRecentEvents), int(kRecentEvents));
    if (!recent)
        return recent.error();
    for (const QueueEvent &e : std::as_const(recent->events))
        if (e.seq <= snapshot->seq && isCall(e.kind))
            noteCall(e);
    return {};
}

void DisplayMirror::noteCall(const QueueEvent &e)
{
    const auto ticket = m_state.ticket(e.ticketId);
    // Only today's calls: the snapshot holds today's tickets and the open
    // ones carried over.
    if (!ticket || ticket->businessDay != m_state.businessDay())
        return;
    m_calls.removeIf([&](const Call &c) { return c.ticketId == e.ticketId; });
    m_calls.prepend({e.seq, e.ticketId, ticket->displayNo, e.windowNo, e.kind, e.at});
    if (m_calls.size() > kMaxCalls)
        m_calls.resize(kMaxCalls);
}

QJsonObject DisplayMirror::publicState() const
{
    const QList<Ticket> tickets = m_state.tickets();
    QHash<qint64, int> waitingPerLine;
    int waitingTotal = 0;
    for (const Ticket &t : tickets)
        if (t.state == state::waiting) {
            ++waitingPerLine[t.lineId];
            ++waitingTotal;
        }
    QJsonArray lines;
    for (const Line &l : m_state.lines())
        if (l.active)
            lines.append(QJsonObject{{QStringLiteral("prefix"), l.prefix},
                                     {QStringLiteral("name"), l.name},
                                     {QStringLiteral("waiting"), waitingPerLine.value(l.id)}});
    QJsonArray windows;
    for (const WindowState &w : m_state.windows()) {
        const LedWindow led = windowFor(w, false);
        QJsonObject o{{QStringLiteral("window"), w.windowNo},
                      {QStringLiteral("name"), w.name},
                      {QStringLiteral("state"), ledStateName(led.state)},
                      {QStringLiteral("ticket"), led.ticket}};
        if (led.state == LedWindow::State::Paused)
            o.insert(QStringLiteral("pauseReason"), led.pauseReason);
        windows.append(o);
    }
    QJsonArray calls;
    for (const Call &c : m_calls)
        calls.append(QJsonObject{{QStringLiteral("seq"), c.seq},
                                 {QStringLiteral("ticket"), c.ticket},
                                 {QStringLiteral("window"), c.windowNo},
                                 {QStringLiteral("kind"), c.kind},
                                 {QStringLiteral("at"), toStoredTime(c.at)}});
    return {{QStringLiteral("type"), QStringLiteral("state")},
            {QStringLiteral("seq"), m_state.seq()},
            {QStringLiteral("time"), toStoredTime(Clock::nowUtc())},
            {QStringLiteral("timeZone"), QString::fromLatin1(m_engine.config().timeZone.id())},
            {QStringLiteral("hall"), m_hallName},
            {QStringLiteral("businessDay"), m_state.businessDay()},
            {QStringLiteral("waiting"), waitingTotal},
            {QStringLiteral("lines"), lines},
            {QStringLiteral("windows"), windows},
            {QStringLiteral("calls"), calls}};
}

std::optional<LedWindow> DisplayMirror::ledWindow(int windowNo) const
{
    const auto w = m_state.window(windowNo);
    if (!w)
        return std::nullopt;
    return windowFor(*w, true);
}

LedWindow DisplayMirror::windowFor(const WindowState &w, bool countWaiting) const
{
    LedWindow led;
    led.windowNo = w.windowNo;
    if (countWaiting)
        led.waiting = int(m_state.waitingFor(w.windowNo).size());
    if (const auto t = m_state.currentTicket(w.windowNo)) {
        led.ticket = t->displayNo;
        led.state = t->state == state::serving ? LedWindow::State::Serving : LedWindow::State::Called;
    } else if (w.paused) {
        led.state = LedWindow::State::Paused;
        led.pauseReason = publicReason(w.pauseReason);
    }
    return led;
}

} // namespace yc::display
