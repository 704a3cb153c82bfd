#pragma once

#include "app/platform/replies.h"
#include "core/result.h"

#include <QSqlDatabase>

namespace yc {

// Writes what the back office did (a status change from the platform) into
// the case, inside the caller's transaction. A 办结 sets the case finished
// with the platform's result — the same columns CaseFollowUp::recordResult
// writes, finished_by = 'platform' — so 出件 becomes possible. Returns
// whether the case changed (a repeated or stale change is a no-op).
Result<bool> applyStatusChange(QSqlDatabase db, const platform::StatusChange &change);

} // namespace yc
