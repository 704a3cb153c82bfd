#include "sql.h"

#include <QSqlError>

namespace yc::sql {

Error errorOf(const QSqlQuery &query)
{
    const QSqlError e = query.lastError();
    return Error{QStringLiteral("db.query"), e.databaseText().isEmpty() ? e.text() : e.databaseText()};
}

Result<QSqlQuery> run(QSqlDatabase db, const QString &statement, const QVariantList &values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(statement))
        return errorOf(q);
    for (const QVariant &v : values) {
        // A null QString binds as SQL NULL; the schema means "empty" by it.
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q.addBindValue(QStringLiteral(""));
        else
            q.addBindValue(v);
    }
    if (!q.exec())
        return errorOf(q);
    return q;
}

Result<QVariant> scalar(QSqlDatabase db, const QString &statement, const QVariantList &values)
{
    auto q = run(std::move(db), statement, values);
    if (!q)
        return q.error();
    if (!q->next())
        return QVariant();
    return q->value(0);
}

} // namespace yc::sql
