#pragma once

#include "catalog/catalogdocument.h"
#include "core/result.h"

#include <QCoreApplication>

namespace yc {

class Database;

struct CatalogImportReport
{
    qint64 catalogVersion = 0;
    int added = 0;     // new matters or new versions
    int unchanged = 0; // same version, same content
    int skipped = 0;   // invalid records and conflicting versions
    QStringList problems;

    QString summary() const;
};

// Writes a parsed catalog into the store in one transaction: all valid
// records or, on a database error, nothing.
class CatalogImporter
{
    Q_DECLARE_TR_FUNCTIONS(yc::CatalogImporter)

public:
    static Result<CatalogImportReport> importFile(Database &db, const QString &path);
    static Result<CatalogImportReport> importDocument(Database &db, const CatalogDocument &doc,
                                                      const QString &source);
};

} // namespace yc
