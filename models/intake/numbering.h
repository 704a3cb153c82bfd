#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

namespace yc {

// The next value of a named counter (number_sequence), taken inside the
// caller's transaction so a number is used exactly when its case commits.
Result<qint64> nextSequenceValue(QSqlDatabase db, const QString &scope);

// How case numbers (办件编号) are made. Provinces differ (research/domain.md
// §2.4), so the strategy is pluggable.
class CaseNumberStrategy
{
public:
    struct Context
    {
        QString taskCode;
        QDate day; // the hall's business day
        int windowNo = 0;
    };
    virtual ~CaseNumberStrategy() = default;
    virtual Result<QString> next(QSqlDatabase db, const Context &context) = 0;
};

// {实施编码}{yyyyMMdd}{4-digit serial}. The serial is the window number (two
// digits) followed by the window's own counter for that matter and day (two
// digits): windows that work offline never hand out the same number, and no
// number needs a round trip to the hall.
class DefaultCaseNumbers : public CaseNumberStrategy
{
    Q_DECLARE_TR_FUNCTIONS(yc::DefaultCaseNumbers)

public:
    Result<QString> next(QSqlDatabase db, const Context &context) override;
};

// 文书编号: one sequence per hall and year for all window documents,
// "{hall}{kind}〔{year}〕{n}号", e.g. 市中区政务受〔2026〕17号.
Result<QString> nextDocumentNumber(QSqlDatabase db, const QString &hallName, const QString &docType,
                                   int year);

// Six random digits for the progress query (查询密码).
QString newQueryPassword();

} // namespace yc
