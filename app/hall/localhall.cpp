#include "localhall.h"

#include "staff/staff.h"

#include <QJsonArray>
#include <QTimer>

namespace yc {

LocalHall::LocalHall(std::shared_ptr<Database> db, queue::QueueConfig config, QObject *parent)
    : HallConnection(parent)
    , m_engine(db, std::move(config))
    , m_sessions(db)
    , m_dispatcher(m_engine, m_sessions)
{
    setState(State::SignedOut);
}

Result<void> LocalHall::adopt(const StaffMember &member, int windowNo)
{
    auto session = m_sessions.open(member, windowNo);
    if (!session)
        return session.error();
    auto seq = m_engine.lastSeq();
    acceptLogin({{QStringLiteral("token"), session->token},
                 {QStringLiteral("staffNo"), session->staffNo},
                 {QStringLiteral("roles"), QJsonArray::fromStringList(session->roles)},
                 {QStringLiteral("window"), session->windowNo},
                 {QStringLiteral("seq"), seq ? seq.value() : 0}});
    return {};
}

void LocalHall::send(const QJsonObject &request, Callback done)
{
    QTimer::singleShot(0, this, [this, request, done] {
        const HallDispatcher::Outcome outcome = m_dispatcher.handle(request);
        if (done)
            done(resultOf(outcome.reply));
        if (outcome.changedSeq > 0)
            notified(outcome.changedSeq);
    });
}

} // namespace yc
