#pragma once

#include "catalog/matter.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace yc {

// A parsed catalog file (docs/catalog-format.md): the records that passed
// validation, each with the canonical JSON it came from, and a message for
// every record that did not.
struct CatalogDocument
{
    int formatVersion = 0;
    qint64 catalogVersion = 0;
    QString regionCode;
    QString regionName;
    QDateTime publishedAt;
    QList<Department> departments;
    QList<Matter> matters;
    QList<QByteArray> matterHashes; // SHA-256 of each matter's canonical JSON, parallel to matters
    QList<Synonym> synonyms;
    QStringList problems; // "matters[17] (…): materials[2].necessity: unknown value \"maybe\""
    int skippedDepartments = 0;
    int skippedMatters = 0;
};

class CatalogParser
{
    Q_DECLARE_TR_FUNCTIONS(yc::CatalogParser)

public:
    static constexpr int kFormatVersion = 1;

    // Fails as a whole only when the file is not JSON, not a catalog, or of a
    // newer format; a bad record is reported in problems and left out.
    static Result<CatalogDocument> parse(const QByteArray &json);

    static Result<Matter> parseMatter(const QJsonObject &object, const QSet<QString> &departmentCodes);
};

} // namespace yc
