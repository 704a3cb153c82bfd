// yichuang-halld: the hall service, the queue authority. It serves the hall
// protocol (docs/hall-protocol.md) on a WebSocket port and /health over HTTP.
#include "app/core/httpservice.h"
#include "app/halld/hallservice.h"
#include "store/schema.h"

int main(int argc, char **argv)
{
    yc::ServiceSpec spec{QStringLiteral("yichuang-halld"),
                         QStringLiteral("Yichuang hall service (queue authority, displays, hall-wide view)"),
                         QStringLiteral("halld.db"),
                         8470,
                         &yc::mainSchema(),
                         &yc::HallService::start};
    return yc::runService(argc, argv, spec);
}
