#pragma once

#include "core/result.h"

#include <memory>

#include <QCoreApplication>

namespace yc {

class Database;

// Makes an empty database a demonstration hall (--standalone): the hall, its
// windows and business lines, demo staff accounts and the demo catalog.
// Does nothing to a database that already has a hall, so it is safe on every
// start and never touches real data.
class DemoSetup
{
    Q_DECLARE_TR_FUNCTIONS(yc::DemoSetup)

public:
    static QString hallResource() { return QStringLiteral(":/yc/demo/demo-hall.json"); }
    static QString catalogResource() { return QStringLiteral(":/yc/catalog/demo-catalog.json"); }
    // The password of every demo account, shown on the demo login screen.
    static QString demoPassword();

    // Returns true when it set the database up, false when there was a hall already.
    static Result<bool> ensure(const std::shared_ptr<Database> &db);
};

} // namespace yc
