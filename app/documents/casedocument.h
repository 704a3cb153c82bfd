#pragma once

#include <optional>

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace yc {

// One row of a materials table. The caller formats the requirement and the
// state in the UI language ("原件 1份 纸质", "已收取", "容缺后补"); the renderer
// prints them as they are.
struct DocumentMaterialLine
{
    QString name;
    QString requirement;
    QString state;
    QDate supplyDue; // 容缺受理: when this item must be supplied
    QString note;
};

// The documents issued at the window (domain.md §5.1). The stored codes are
// those of case_document.doc_type.
enum class CaseDocumentType
{
    AcceptanceReceipt, // 受理通知书 / 受理回执
    NotifyOnce,        // 一次性告知书 (申请材料补正告知书)
    DeficiencyNotice,  // 容缺受理通知书, two copies
    RejectionNotice,   // 不予受理通知书, names the competent agency
    DeliveryReceipt,   // 送达回执
};

QString caseDocumentTypeCode(CaseDocumentType type);
std::optional<CaseDocumentType> caseDocumentTypeFromCode(const QString &code);

// Everything a window document prints, already resolved to display text by
// the caller (names, labels, masked numbers). Empty optional fields are left
// out of the printed document rather than printed as a blank label.
struct CaseDocumentData
{
    CaseDocumentType type = CaseDocumentType::AcceptanceReceipt;
    QString docNo; // 文书编号, e.g. "市中政务受〔2026〕17号"
    QString hallName, hallAddress, hallPhone;
    int windowNo = 0;
    QString clerkName;
    // The ID and phone must be masked by the caller; the renderer masks
    // anything that still looks like a whole number as a safety net.
    QString applicantName, applicantIdMasked, agentName, contactPhoneMasked;
    QString matterName, taskCode, projectNo, queryPassword, projectKindLabel; // kind: 即办件 / 承诺件
    QDateTime appliedAt, acceptedAt, issuedAt;
    QDate dueDate;
    QString promiseLimitText; // e.g. "5个工作日"
    QList<DocumentMaterialLine> received, missing;
    QString reason, competentAgency; // 不予受理
    QDate supplyDeadline;            // 容缺受理 / 一次性告知: the overall deadline
    QString commitment;              // 容缺受理: the applicant's written commitment
    QString deliveryMethod, trackingNo;
    QDateTime deliveredAt; // 送达回执
    QString queryUrl;      // progress query link with project no and password; printed as a QR code
    // 帮办代办: the service mode (assist | proxy | home_visit; empty = none)
    // printed as the mark beside the title; the text defaults to the mode's words.
    QString proxyMode;
    QString proxyBadgeText;
    // The 二维码评价 page for this service (halld's invitation); printed as a
    // second QR code. Empty when there is no halld (standalone) or it did not answer.
    QString evaluationUrl;
};

} // namespace yc
