#include "database.h"

#include "store/transaction.h"

#include <sqlite3.h>

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcStore, "yc.store", QtInfoMsg)

namespace yc {

namespace {

constexpr int kBusyTimeoutMs = 5000;

quint64 currentThreadKey()
{
    // A per-thread serial instead of the QThread pointer: a pointer can be
    // reused by a later thread, which must not inherit a connection.
    static QAtomicInteger<quint64> counter(0);
    thread_local const quint64 key = ++counter;
    return key;
}

sqlite3 *nativeHandle(QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

Result<QVariant> pragmaValue(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery q(db);
    if (!q.exec(statement))
        return Error{QStringLiteral("db.pragma"), q.lastError().databaseText()};
    if (!q.next())
        return QVariant();
    return q.value(0);
}

Result<QString> loadScript(const QString &resourcePath)
{
    QFile f(resourcePath);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("db.migration_missing"), resourcePath};
    return QString::fromUtf8(f.readAll());
}

Error damaged(const QString &path, const QString &detail)
{
    return Error{
        QStringLiteral("db.corrupt"),
        Database::tr("The database file %1 is damaged or is not a database (%2). It was left as it is; "
                     "restore it from a backup or move it away to start a new one.")
            .arg(path, detail)};
}

} // namespace

Result<void> execScript(QSqlDatabase &db, const QString &sql)
{
    sqlite3 *handle = nativeHandle(db);
    if (!handle)
        return Error{QStringLiteral("db.driver"), QStringLiteral("not an SQLite connection")};
    char *message = nullptr;
    const int rc = sqlite3_exec(handle, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        Error e{QStringLiteral("db.exec"), QString::fromUtf8(message ? message : sqlite3_errstr(rc))};
        sqlite3_free(message);
        return e;
    }
    return {};
}

Result<int> Database::inspect(const QString &path, const Schema &schema)
{
    static QAtomicInteger<quint64> serial(0);
    const QString name = QStringLiteral("yc-inspect-%1").arg(++serial);
    Result<int> verdict = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        const auto version = db.open() ? pragmaValue(db, QStringLiteral("PRAGMA user_version"))
                                       : Result<QVariant>(Error{QString(), db.lastError().text()});
        const auto appId = version ? pragmaValue(db, QStringLiteral("PRAGMA application_id")) : version;
        const auto objects =
            appId ? pragmaValue(db, QStringLiteral("SELECT count(*) FROM sqlite_master")) : appId;
        if (!objects) {
            verdict = damaged(path, objects.error().message);
        } else {
            const int current = version.value().toInt();
            const quint32 id = appId.value().toUInt();
            if ((current == 0 && objects.value().toInt() > 0) || (current > 0 && id != schema.applicationId))
                verdict =
                    Error{QStringLiteral("db.foreign"),
                          tr("The file %1 is a database of another program or of another part of Yichuang. "
                             "It was left as it is.")
                              .arg(path)};
            else if (current > schema.latestVersion())
                verdict =
                    Error{QStringLiteral("db.too_new"),
                          tr("The database %1 was written by a newer version of Yichuang (schema version %2; "
                             "this program knows versions up to %3). It was left as it is: install the newer "
                             "version of the program, or use a backup made for this version.")
                              .arg(path)
                              .arg(current)
                              .arg(schema.latestVersion())};
            else
                verdict = current;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return verdict;
}

Database::Database(QString path, const Schema &schema)
    : m_path(std::move(path))
    , m_schema(schema)
{
    static QAtomicInteger<quint64> instances(0);
    m_prefix = QStringLiteral("yc-%1-%2-").arg(schema.name).arg(++instances);
}

Database::~Database()
{
    QMutexLocker lock(&m_mutex);
    for (const QString &name : std::as_const(m_connections)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

Result<std::shared_ptr<Database>> Database::open(const QString &path, const Schema &schema)
{
    return open(path, schema, Options{});
}

Result<std::shared_ptr<Database>> Database::open(const QString &path, const Schema &schema,
                                                 const Options &options)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return Error{QStringLiteral("db.not_a_file"), tr("%1 is not a file.").arg(path)};
    if (!QDir().mkpath(info.absolutePath()))
        return Error{QStringLiteral("db.no_directory"),
                     tr("Cannot create the folder %1 for the database.").arg(info.absolutePath())};

    // Decide on a read-only look first: a file we refuse must leave this
    // function byte for byte as it came (setting WAL would rewrite its header).
    int current = 0;
    if (info.exists() && info.size() > 0) {
        auto inspected = inspect(info.absoluteFilePath(), schema);
        if (!inspected)
            return inspected.error();
        current = inspected.value();
    }

    std::shared_ptr<Database> self(new Database(info.absoluteFilePath(), schema));
    QSqlDatabase db;
    {
        auto opened = self->openConnection(self->m_prefix + QString::number(currentThreadKey()));
        if (!opened)
            return opened.error();
        db = opened.value();
        self->m_connections.insert(currentThreadKey(), db.connectionName());
    }

    const int target = options.targetVersion < 0 ? schema.latestVersion() : options.targetVersion;
    if (current > 0 && current < target && options.backupBeforeMigrate) {
        const QString backup = QStringLiteral("%1.v%2.bak").arg(self->m_path).arg(current);
        QFile::remove(backup);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(backup);
        if (!q.exec())
            return Error{QStringLiteral("db.backup"),
                         tr("Could not back up %1 before upgrading it (%2). Nothing was changed.")
                             .arg(path, q.lastError().databaseText())};
        qCInfo(lcStore) << "backed up schema" << current << "to" << backup;
    }

    for (const Migration &m : schema.migrations) {
        if (m.version <= current || m.version > target)
            continue;
        auto script = loadScript(m.resourcePath);
        if (!script)
            return script.error();
        Transaction tx(db);
        if (!tx.isActive())
            return Error{QStringLiteral("db.migrate"), tx.beginError().message};
        auto applied = execScript(db, script.value());
        if (applied)
            applied = execScript(db, QStringLiteral("PRAGMA user_version = %1; PRAGMA application_id = %2;")
                                         .arg(m.version)
                                         .arg(schema.applicationId));
        if (applied)
            applied = tx.commit();
        if (!applied)
            return Error{QStringLiteral("db.migrate"),
                         tr("Upgrading the database %1 to version %2 (%3) failed: %4. The database was left "
                            "at version %5.")
                             .arg(path)
                             .arg(m.version)
                             .arg(m.name, applied.error().message)
                             .arg(current)};
        qCInfo(lcStore) << "migrated" << schema.name << "to version" << m.version << m.name;
        current = m.version;
    }
    self->m_schemaVersion = current;
    return self;
}

Result<QSqlDatabase> Database::openConnection(const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    auto fail = [&](const QString &code, const QString &message) -> Result<QSqlDatabase> {
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return Error{code, message};
    };
    if (!db.open())
        return fail(QStringLiteral("db.open"),
                    tr("Cannot open the database %1: %2").arg(m_path, db.lastError().text()));

    const auto probe = pragmaValue(db, QStringLiteral("PRAGMA schema_version"));
    if (!probe) {
        const Error e = damaged(m_path, probe.error().message);
        return fail(e.code, e.message);
    }

    const auto busy = pragmaValue(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs));
    const auto fk = pragmaValue(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    const auto sync = pragmaValue(db, QStringLiteral("PRAGMA synchronous = FULL"));
    const auto mode = pragmaValue(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    const auto fkNow = pragmaValue(db, QStringLiteral("PRAGMA foreign_keys"));
    const auto syncNow = pragmaValue(db, QStringLiteral("PRAGMA synchronous"));
    for (const auto *r : {&busy, &fk, &sync, &mode, &fkNow, &syncNow}) {
        if (!*r)
            return fail(QStringLiteral("db.pragma"),
                        tr("Cannot configure the database %1: %2").arg(m_path, r->error().message));
    }
    // Verify rather than trust: journal_mode answers the mode actually in
    // force, which stays "delete" on file systems without shared memory.
    if (mode.value().toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return fail(QStringLiteral("db.no_wal"),
                    tr("The database %1 cannot use write-ahead logging here (journal mode is \"%2\"). "
                       "Put it on a local disk.")
                        .arg(m_path, mode.value().toString()));
    if (fkNow.value().toInt() != 1 || syncNow.value().toInt() != 2)
        return fail(QStringLiteral("db.pragma"),
                    tr("The database %1 did not accept its safety settings.").arg(m_path));
    return db;
}

QSqlDatabase Database::connection()
{
    QMutexLocker lock(&m_mutex);
    const quint64 key = currentThreadKey();
    const auto it = m_connections.constFind(key);
    if (it != m_connections.constEnd())
        return QSqlDatabase::database(*it, false);
    auto opened = openConnection(m_prefix + QString::number(currentThreadKey()));
    if (!opened) {
        qCWarning(lcStore) << "cannot open a connection for this thread:" << opened.error().message;
        return QSqlDatabase();
    }
    m_connections.insert(key, opened.value().connectionName());
    return opened.value();
}

void Database::releaseThreadConnection()
{
    QMutexLocker lock(&m_mutex);
    const quint64 key = currentThreadKey();
    const QString name = m_connections.take(key);
    if (name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Result<void> Database::checkIntegrity()
{
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return Error{QStringLiteral("db.integrity"), q.lastError().databaseText()};
    QStringList problems;
    while (q.next())
        problems << q.value(0).toString();
    if (problems == QStringList{QStringLiteral("ok")})
        return {};
    return Error{QStringLiteral("db.integrity"), problems.join(QLatin1Char('\n'))};
}

} // namespace yc
