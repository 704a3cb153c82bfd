#pragma once

#include "store/database.h"

#include <memory>

#include <QString>

namespace yc::test {

// A hall for queue tests: windows 1..windows (all serving every line unless
// lines are assigned later), lines A, B, C, … (count `lines`), open all day.
// With a password, one clerk "1001" and one supervisor "3001" sign in with it.
void makeQueueHall(const std::shared_ptr<Database> &db, int windows, int lines, const QString &password = {});

} // namespace yc::test
