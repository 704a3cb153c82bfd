#pragma once

#include "core/result.h"
#include "store/schema.h"

#include <memory>

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>

namespace yc {

// The SQLite store of one program instance. Opening it applies the pragmas
// every acknowledged write relies on (WAL, synchronous=FULL, foreign keys,
// busy timeout), refuses files that are not ours or are newer than this
// program, and migrates older ones after a backup copy.
//
// QSqlDatabase handles must not cross threads: connection() hands each
// thread its own connection to the same file.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(yc::Database)

public:
    struct Options
    {
        // Keep a consistent copy ("<file>.v<N>.bak") before upgrading a
        // database that already holds data.
        bool backupBeforeMigrate = true;
        // Stop at this version instead of the latest (migration tests).
        int targetVersion = -1;
    };

    static Result<std::shared_ptr<Database>> open(const QString &path, const Schema &schema);
    static Result<std::shared_ptr<Database>> open(const QString &path, const Schema &schema,
                                                  const Options &options);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // The calling thread's connection, opened on first use.
    QSqlDatabase connection();
    // Closes the calling thread's connection (call before a worker thread ends).
    void releaseThreadConnection();

    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    const Schema &schema() const { return m_schema; }

    // PRAGMA integrity_check; "ok" or the problems found.
    Result<void> checkIntegrity();

private:
    Database(QString path, const Schema &schema);
    // Reads the version of an existing file without changing it, or says
    // why the file is refused.
    static Result<int> inspect(const QString &path, const Schema &schema);
    Result<QSqlDatabase> openConnection(const QString &name);

    QString m_path;
    Schema m_schema;
    int m_schemaVersion = 0;
    QString m_prefix;
    QMutex m_mutex;
    QHash<quint64, QString> m_connections; // thread serial -> connection name
};

// Runs a whole SQL script (several statements, triggers included) on a
// connection through SQLite itself.
Result<void> execScript(QSqlDatabase &db, const QString &sql);

} // namespace yc
