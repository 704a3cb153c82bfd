#pragma once

#include "store/database.h"

#include <memory>

#include <QTemporaryDir>

namespace yc::test {

// A fresh database file in a temporary folder, migrated to the latest
// schema (or to `version`). Fails the calling test on error.
std::shared_ptr<Database> openTempDatabase(const QTemporaryDir &dir,
                                           const QString &name = QStringLiteral("t.db"), int version = -1);

// SHA-256 of a file, to prove a refused file was left unchanged.
QByteArray fileHash(const QString &path);

QByteArray readFile(const QString &path);

// Runs one statement on the database (test setup), failing the test on error.
void exec(Database &db, const QString &statement);
qint64 count(Database &db, const QString &table, const QString &where = {});

} // namespace yc::test
