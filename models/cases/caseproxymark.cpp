#include "caseproxymark.h"

#include "store/sql.h"

#include <QSqlQuery>

namespace yc::caseproxy {

namespace {

QString expression(const QString &caseColumn, const QString &proxyColumn, const QString &ticketColumn)
{
    return QStringLiteral("coalesce(c.%1, (SELECT pc.%2 FROM proxy_case_link l JOIN proxy_case pc ON pc.id = "
                          "l.proxy_case_id WHERE l.case_id = c.id ORDER BY pc.id DESC LIMIT 1), (SELECT t.%3 "
                          "FROM ticket t WHERE t.id = c.ticket_id), '')")
        .arg(caseColumn, proxyColumn, ticketColumn);
}

} // namespace

QString modeExpression()
{
    return expression(QStringLiteral("proxy_mode"), QStringLiteral("service_mode"),
                      QStringLiteral("proxy_mode"));
}

QString reasonExpression()
{
    return expression(QStringLiteral("proxy_reason"), QStringLiteral("reason"),
                      QStringLiteral("proxy_reason"));
}

Result<CaseProxyMark> markOf(QSqlDatabase db, qint64 caseId)
{
    auto q = sql::run(db,
                      QStringLiteral("SELECT %1, %2 FROM case_record c WHERE c.id = ?")
                          .arg(modeExpression(), reasonExpression()),
                      {caseId});
    if (!q)
        return q.error();
    CaseProxyMark mark;
    if (q->next()) {
        mark.mode = q->value(0).toString();
        mark.reason = mark.mode.isEmpty() ? QString() : q->value(1).toString();
    }
    return mark;
}

} // namespace yc::caseproxy
