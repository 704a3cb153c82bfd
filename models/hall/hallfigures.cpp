#include "hallfigures.h"

#include "core/clock.h"
#include "store/database.h"
#include "store/sql.h"

namespace yc {

Result<HallFigures> readHallFigures(Database &db, const QDateTime &dayStartUtc, const QDateTime &nowUtc)
{
    auto q =
        sql::run(db.connection(),
                 QStringLiteral("SELECT "
                                "(SELECT count(*) FROM case_record WHERE applied_at >= ?), "
                                "(SELECT count(*) FROM case_record WHERE status IN "
                                "('accepted','supplementing','special_procedure')), "
                                "(SELECT count(*) FROM case_record WHERE status IN "
                                "('accepted','supplementing','special_procedure') "
                                "   AND promise_due_at < ?), "
                                "(SELECT count(*) FROM ticket WHERE state = 'waiting'), "
                                "(SELECT count(*) FROM hall_window WHERE active = 1), "
                                "(SELECT count(*) FROM matter WHERE is_current = 1 AND state = 'active'), "
                                "(SELECT count(*) FROM matter WHERE is_current = 1 AND state = 'active' AND "
                                "project_kind = 'instant'), "
                                "(SELECT count(*) FROM staff WHERE active = 1)"),
                 {toStoredTime(dayStartUtc), toStoredTime(nowUtc)});
    if (!q)
        return q.error();
    q->next();
    HallFigures f;
    int c = 0;
    f.casesToday = q->value(c++).toInt();
    f.casesOpen = q->value(c++).toInt();
    f.casesOverdue = q->value(c++).toInt();
    f.ticketsWaiting = q->value(c++).toInt();
    f.windowsActive = q->value(c++).toInt();
    f.matters = q->value(c++).toInt();
    f.instantMatters = q->value(c++).toInt();
    f.staffActive = q->value(c++).toInt();
    return f;
}

} // namespace yc
