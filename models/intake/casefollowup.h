#pragma once

#include "core/result.h"

#include <memory>

#include <QCoreApplication>

namespace yc {

class Database;

// What happens to a case after intake at the front window: the hand-over
// of the materials to the back office (物料流转凭证), the result (办结 — set
// by the clerk until the platform reports it), and handing out the result
// (出件) at the window with a 送达回执 or by mail with the tracking number.
// Each step is one transaction with its outbox event and audit entry.
class CaseFollowUp
{
    Q_DECLARE_TR_FUNCTIONS(yc::CaseFollowUp)

public:
    struct CaseResult
    {
        QString resultType = QStringLiteral("certificate"); // certificate | approval | other | none
        QString certificateName;
        QString certificateNo;
    };
    struct Delivery
    {
        QString method = QStringLiteral("window"); // window | mail
        QString trackingNo;                        // required for mail
        QString recipient;                         // who took it (window) or the addressee (mail)
    };

    explicit CaseFollowUp(std::shared_ptr<Database> db);

    struct OutstandingMaterial
    {
        QString code;
        QString name;
        QString state; // missing | deferred
    };
    // The materials of a case still to come (容缺后补 or missing).
    Result<QList<OutstandingMaterial>> outstandingMaterials(qint64 caseId) const;

    Result<void> recordHandover(qint64 caseId, const QString &items, const QString &toWhom,
                                const QString &staffNo, int windowNo);
    Result<void> recordResult(qint64 caseId, const CaseResult &result, const QString &staffNo, int windowNo);
    // Returns the 送达回执's document number.
    Result<QString> deliver(qint64 caseId, const Delivery &delivery, const QString &staffNo, int windowNo);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace yc
