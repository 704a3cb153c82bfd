#pragma once

#include "app/display/displayfeed.h"
#include "app/display/displaymirror.h"

#include <memory>

#include <QObject>

namespace yc {
class HallServer;
struct ServiceContext;
namespace queue {
class QueueEngine;
}

namespace display {

// The hall's public screens in yichuang-halld: the waiting-hall page, its
// WebSocket feed and the LED strip texts, all on the HTTP port
// (docs/hall-display.md). Follows the queue through HallServer::changed.
class DisplayService : public QObject
{
    Q_OBJECT

public:
    // The hall name shown is INI hall/name (--config), else the hall's row.
    DisplayService(ServiceContext &context, queue::QueueEngine &engine, HallServer &server);

private:
    DisplayMirror m_mirror;
    DisplayFeed m_feed;
};

} // namespace display
} // namespace yc
