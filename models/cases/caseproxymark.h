#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QString>

namespace yc {

// Whether a case is 帮办代办, and how: the mode set at intake from its
// ticket (case_record.proxy_mode), else the proxy case it is linked to
// (proxy_case_link → proxy_case.service_mode), else its ticket in this
// database's own queue (--standalone; cases taken before schema 13).
struct CaseProxyMark
{
    QString mode;   // assist | proxy | home_visit; empty = none
    QString reason; // Codes::proxyReasons()
};

namespace caseproxy {

// SQL expressions over a case_record aliased `c`, for list queries.
QString modeExpression();
QString reasonExpression();

Result<CaseProxyMark> markOf(QSqlDatabase db, qint64 caseId);

} // namespace caseproxy

} // namespace yc
