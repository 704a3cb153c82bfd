#pragma once

#include <QList>
#include <QString>

namespace yc {

// One step of a schema: the SQL script that takes the database from
// version - 1 to version. Scripts live in resources so they read as SQL.
struct Migration
{
    int version = 0;
    QString name;
    QString resourcePath;
};

// An ordered list of migrations plus the SQLite application_id that marks a
// file as belonging to this schema (so the simulator's database is never
// mistaken for a client's).
struct Schema
{
    QString name;
    quint32 applicationId = 0;
    QList<Migration> migrations;

    int latestVersion() const { return migrations.isEmpty() ? 0 : migrations.constLast().version; }
};

// The domain schema shared by the client and yichuang-halld.
const Schema &mainSchema();
// The province platform simulator's own schema.
const Schema &platformSimSchema();

} // namespace yc
