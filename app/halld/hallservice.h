#pragma once

#include "app/announcer/announcer.h"
#include "app/core/httpservice.h"
#include "app/display/displayservice.h"
#include "app/evaluation/qrevaluationdesk.h"
#include "app/hall/appointmentfeed.h"
#include "app/hall/halldispatcher.h"
#include "app/hall/hallserver.h"
#include "app/hall/hallsessions.h"
#include "app/hall/loginworker.h"
#include "queue/queueengine.h"

#include <QObject>

namespace yc {

// yichuang-halld's own parts: the queue engine on the hall database, staff
// sessions, the dispatcher and the hall-protocol server. The INI file's
// [queue] section configures the engine, [server] the protocol limits
// (see docs/hall-protocol.md), [announcer] the voice (docs/announcer.md).
class HallService : public QObject
{
    Q_OBJECT

public:
    static Result<std::shared_ptr<QObject>> start(ServiceContext &context);

private:
    HallService(std::shared_ptr<Database> db, queue::QueueConfig config, int sessionMinutes,
                HallServer::Limits limits);

    queue::QueueEngine m_engine;
    HallSessions m_sessions;
    HallDispatcher m_dispatcher;
    HallServer m_server;
    std::unique_ptr<display::DisplayService> m_display; // the hall page, its feed, the LED texts
    LoginWorker m_loginWorker; // after the server: goes first, so no sign-in answers a dead server
    std::unique_ptr<AppointmentFeed> m_appointments; // [platform] configured
    std::unique_ptr<QrEvaluationDesk> m_evaluations; // 二维码评价 (docs/evaluation.md)
    std::unique_ptr<announcer::Announcer> m_announcer;
};

} // namespace yc
