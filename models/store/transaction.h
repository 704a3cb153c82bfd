#pragma once

#include "core/result.h"

#include <QSqlDatabase>

namespace yc {

// BEGIN IMMEDIATE on construction (take the write lock up front, so a busy
// database waits in busy_timeout instead of failing half-way), ROLLBACK on
// destruction unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    const Error &beginError() const { return m_beginError; }
    Result<void> commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    Error m_beginError;
};

} // namespace yc
