#pragma once

#include "app/documents/casedocument.h"
#include "core/result.h"

#include <memory>

#include <QCoreApplication>

namespace yc {

class Database;

// Gathers what a stored case's document prints: the case, its applicant
// (masked), the materials as received or missing, the document number, the
// hall and the clerk. The printed labels are in the interface language.
class CaseDocumentSource
{
    Q_DECLARE_TR_FUNCTIONS(yc::CaseDocumentSource)

public:
    CaseDocumentSource(std::shared_ptr<Database> db, QString progressQueryBase);

    // The latest document issued for the case (receipt, notice …).
    Result<CaseDocumentData> latestDocument(qint64 caseId) const;

    // "{base}?no={case number}&pwd={query password}" — what the QR code opens.
    QString queryUrl(const QString &projectNo, const QString &password) const;

private:
    std::shared_ptr<Database> m_db;
    QString m_queryBase;
};

} // namespace yc
