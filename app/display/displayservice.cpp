#include "displayservice.h"

#include "app/core/httpservice.h"
#include "app/core/serviceoptions.h"
#include "app/display/displayroutes.h"
#include "app/hall/hallserver.h"
#include "hall/hallrepository.h"

namespace yc::display {

namespace {

QString hallName(const ServiceContext &context)
{
    if (!context.options.hallName.isEmpty())
        return context.options.hallName;
    auto hall = HallRepository(context.db).hall();
    if (hall && hall.value())
        return hall.value()->name;
    return QString();
}

} // namespace

DisplayService::DisplayService(ServiceContext &context, queue::QueueEngine &engine, HallServer &server)
    : m_mirror(engine, hallName(context))
    , m_feed(m_mirror, context.http.server())
{
    addDisplayRoutes(context.http.server(), m_mirror);
    connect(&server, &HallServer::changed, &m_feed, &DisplayFeed::onChanged);
}

} // namespace yc::display
