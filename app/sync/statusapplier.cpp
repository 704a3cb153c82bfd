#include "statusapplier.h"

#include "audit/auditlog.h"
#include "core/clock.h"
#include "store/sql.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcStatus, "yc.sync.status", QtInfoMsg)

namespace yc {

Result<bool> applyStatusChange(QSqlDatabase db, const platform::StatusChange &change)
{
    auto c = sql::run(db, QStringLiteral("SELECT id, status FROM case_record WHERE local_id = ?"),
                      {change.caseKey});
    if (!c)
        return c.error();
    if (!c->next()) {
        qCInfo(lcStatus) << "status change for a case not held here:" << change.cursor;
        return false;
    }
    const qint64 caseId = c->value(0).toLongLong();
    const QString status = c->value(1).toString();
    c->finish();
    if (change.status != QLatin1String("finished")) {
        qCInfo(lcStatus) << "status" << change.status << "for case" << caseId << "noted, not applied";
        return false;
    }
    static const QStringList open{QStringLiteral("accepted"), QStringLiteral("supplementing"),
                                  QStringLiteral("special_procedure")};
    if (!open.contains(status))
        return false; // already finished here, delivered, or never accepted
    static const QStringList resultTypes{QStringLiteral("certificate"), QStringLiteral("approval"),
                                         QStringLiteral("other"), QStringLiteral("none")};
    QString resultType = change.data.value(QStringLiteral("resultType")).toString();
    if (!resultTypes.contains(resultType))
        resultType = QStringLiteral("other");
    const QString finishedAt =
        toStoredTime(QDateTime::fromString(change.occurredAt, Qt::ISODateWithMs).toUTC());
    const QString now = toStoredTime(Clock::nowUtc());
    if (auto u = sql::run(
            db,
            QStringLiteral("UPDATE case_record SET status = 'finished', finished_at = ?, finished_by = "
                           "'platform', result_type = ?, result_cert_name = ?, result_cert_no = ?, "
                           "updated_at = ? WHERE id = ?"),
            {finishedAt, resultType,
             change.data.value(QStringLiteral("certificateName")).toString().left(100),
             change.data.value(QStringLiteral("certificateNo")).toString().left(100), now, caseId});
        !u)
        return u.error();
    if (auto s =
            sql::run(db,
                     QStringLiteral("INSERT INTO case_step (case_id, seq, step_name, action, step_state, "
                                    "staff_name, started_at, ended_at) SELECT ?, coalesce(max(seq), 0) + 1, "
                                    "'办结', 'approve', 'done', ?, ?, ? FROM case_step WHERE case_id = ?"),
                     {caseId, change.data.value(QStringLiteral("finishedBy")).toString().left(100),
                      finishedAt, finishedAt, caseId});
        !s)
        return s.error();
    if (auto a = appendAudit(db, {QStringLiteral("platform"), 0, QStringLiteral("case.finish"),
                                  change.projectNo.left(64), resultType});
        !a)
        return a.error();
    return true;
}

} // namespace yc
