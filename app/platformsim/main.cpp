// yichuang-platform-sim: the reference implementation of the province
// platform API. Today it opens its own database and answers /health; the
// sync issue fills in the API, fault injection and the status feed.
#include "app/core/httpservice.h"
#include "store/schema.h"

int main(int argc, char **argv)
{
    return yc::runService(argc, argv,
                          {QStringLiteral("yichuang-platform-sim"),
                           QStringLiteral("Yichuang province platform simulator"),
                           QStringLiteral("platform-sim.db"), 8480, &yc::platformSimSchema()});
}
