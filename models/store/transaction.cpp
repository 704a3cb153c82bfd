#include "transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace yc {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    QSqlQuery q(m_db);
    m_active = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active)
        m_beginError = {QStringLiteral("db.begin"), q.lastError().text()};
}

Transaction::~Transaction()
{
    if (m_active) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return Error{QStringLiteral("db.commit"), m_beginError.message};
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT")))
        return Error{QStringLiteral("db.commit"), q.lastError().text()};
    m_active = false;
    return {};
}

} // namespace yc
