#include "casedocument.h"

#include <array>
#include <utility>

namespace yc {

namespace {

// The neutral codes stored in case_document.doc_type (migration 0003).
const std::array<std::pair<CaseDocumentType, const char *>, 5> &codes()
{
    static const std::array<std::pair<CaseDocumentType, const char *>, 5> table{{
        {CaseDocumentType::AcceptanceReceipt, "acceptance_receipt"},
        {CaseDocumentType::NotifyOnce, "notify_once"},
        {CaseDocumentType::DeficiencyNotice, "deficiency_notice"},
        {CaseDocumentType::RejectionNotice, "rejection_notice"},
        {CaseDocumentType::DeliveryReceipt, "delivery_receipt"},
    }};
    return table;
}

} // namespace

QString caseDocumentTypeCode(CaseDocumentType type)
{
    for (const auto &[t, code] : codes()) {
        if (t == type)
            return QString::fromLatin1(code);
    }
    return {};
}

std::optional<CaseDocumentType> caseDocumentTypeFromCode(const QString &code)
{
    for (const auto &[t, c] : codes()) {
        if (code == QLatin1String(c))
            return t;
    }
    return std::nullopt;
}

} // namespace yc
