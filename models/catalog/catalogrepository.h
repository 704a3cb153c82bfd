#pragma once

#include "catalog/matter.h"
#include "core/result.h"

#include <memory>

#include <QCoreApplication>

namespace yc {

class Database;

// Reads the catalog from the store. Writes go through CatalogImporter.
class CatalogRepository
{
    Q_DECLARE_TR_FUNCTIONS(yc::CatalogRepository)

public:
    explicit CatalogRepository(std::shared_ptr<Database> db);

    // The current version of every matter, without materials and fees.
    Result<QList<Matter>> currentMatters() const;
    // One matter version with its materials and fees.
    Result<Matter> matter(qint64 id) const;
    // The colloquial words search maps to official names (开公司 → 企业设立登记).
    Result<QList<Synonym>> synonyms() const;
    Result<qint64> catalogVersion() const;
    Result<int> currentMatterCount() const;

private:
    std::shared_ptr<Database> m_db;
};

} // namespace yc
