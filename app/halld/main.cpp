// yichuang-halld: the hall service. Today it opens the hall database and
// answers /health; the queue issue makes it the queue authority.
#include "app/core/httpservice.h"
#include "store/schema.h"

int main(int argc, char **argv)
{
    return yc::runService(
        argc, argv,
        {QStringLiteral("yichuang-halld"),
         QStringLiteral("Yichuang hall service (queue authority, displays, hall-wide view)"),
         QStringLiteral("halld.db"), 8470, &yc::mainSchema()});
}
