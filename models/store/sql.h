#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace yc::sql {

// Prepares and runs one statement with positional values; the error carries
// the database's own text for the log and the developer.
Result<QSqlQuery> run(QSqlDatabase db, const QString &statement, const QVariantList &values = {});

// The first column of the first row, or an invalid QVariant when there is none.
Result<QVariant> scalar(QSqlDatabase db, const QString &statement, const QVariantList &values = {});

Error errorOf(const QSqlQuery &query);

} // namespace yc::sql
