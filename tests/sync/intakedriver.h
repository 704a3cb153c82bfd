#pragma once

#include "core/result.h"

#include <memory>

namespace yc {
class Database;
class IntakeService;
} // namespace yc

namespace yc::test {

// Real intakes for the sync tests and the crash helper: a hall and the demo
// catalog in the database, then one accepted case per call (its
// case.accepted event lands in the outbox in the same transaction).
Result<void> prepareHall(Database &db);
// The new case's key (case_record.local_id).
Result<QString> acceptOneCase(IntakeService &intake, const std::shared_ptr<Database> &db, int serial);

} // namespace yc::test
