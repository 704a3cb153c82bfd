#pragma once

#include "app/hall/hallconnection.h"
#include "app/hall/halldispatcher.h"
#include "app/hall/hallsessions.h"
#include "queue/queueengine.h"

#include <memory>

namespace yc {

class Database;
struct StaffMember;

// The hall in-process, for `yichuang --standalone`: the same QueueEngine,
// sessions and HallDispatcher as yichuang-halld, called directly instead of
// over a socket. Replies and change notifications arrive from the event
// loop, as they would from halld, so the window code cannot tell the two
// apart.
class LocalHall : public HallConnection
{
    Q_OBJECT

public:
    LocalHall(std::shared_ptr<Database> db, queue::QueueConfig config = {}, QObject *parent = nullptr);

    queue::QueueEngine &engine() { return m_engine; }
    // Opens the hall session for the staff member the client has just
    // signed in (its own login dialog checked the password), so the clerk
    // does not sign in twice.
    Result<void> adopt(const StaffMember &member, int windowNo);

protected:
    void send(const QJsonObject &request, Callback done) override;

private:
    queue::QueueEngine m_engine;
    HallSessions m_sessions;
    HallDispatcher m_dispatcher;
};

} // namespace yc
