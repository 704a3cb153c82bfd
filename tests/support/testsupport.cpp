#include "testsupport.h"

#include "store/sql.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

namespace yc::test {

std::shared_ptr<Database> openTempDatabase(const QTemporaryDir &dir, const QString &name, int version)
{
    Database::Options options;
    options.targetVersion = version;
    auto db = Database::open(dir.filePath(name), mainSchema(), options);
    if (!db) {
        qWarning("openTempDatabase: %s", qPrintable(db.error().message));
        return nullptr;
    }
    return db.value();
}

QByteArray fileHash(const QString &path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void exec(Database &db, const QString &statement)
{
    auto q = sql::run(db.connection(), statement);
    if (!q)
        QFAIL(qPrintable(statement + QStringLiteral(": ") + q.error().message));
}

qint64 count(Database &db, const QString &table, const QString &where)
{
    auto v = sql::scalar(db.connection(),
                         QStringLiteral("SELECT count(*) FROM %1 %2")
                             .arg(table, where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where));
    return v ? v->toLongLong() : -1;
}

} // namespace yc::test
