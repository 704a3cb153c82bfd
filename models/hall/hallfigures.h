#pragma once

#include "core/result.h"

#include <memory>

#include <QDateTime>

namespace yc {

class Database;

// The figures on the supervisor's overview, counted in one read.
struct HallFigures
{
    int casesToday = 0;   // applied since the start of the local day
    int casesOpen = 0;    // accepted, supplementing or in a special procedure
    int casesOverdue = 0; // open and past the committed date
    int ticketsWaiting = 0;
    int windowsActive = 0;
    int matters = 0;
    int instantMatters = 0;
    int staffActive = 0;
};

Result<HallFigures> readHallFigures(Database &db, const QDateTime &dayStartUtc, const QDateTime &nowUtc);

} // namespace yc
