#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

// Checks of the numbers a clerk types at the counter: identity documents,
// unified social credit codes and phone numbers. They catch typing and
// reading mistakes before anything is stored; a number that passes is well
// formed, not proven to exist.
namespace yc::identity {

// The translation context of the messages of this file.
class IdentityChecks
{
    Q_DECLARE_TR_FUNCTIONS(yc::identity::IdentityChecks)
};

enum class IdKind
{
    Resident18,               // 居民身份证, GB 11643-1999
    Resident15,               // first-generation 15-digit number, no check character
    HkMacaoTaiwanResidence,   // 港澳台居民居住证 (810000 / 820000 / 830000)
    ForeignPermanentResident, // 外国人永久居留身份证, 2023 (18) or earlier (15) format
};

struct IdNumberInfo
{
    IdKind kind = IdKind::Resident18;
    QString normalized; // ASCII, upper case, no spaces
    QDate birthDate;
    QString gender;     // "male" | "female"; empty when the number does not say (older foreign card)
    QString regionCode; // six digits: the 地址码, the permit's 810000…, or the foreign card's province
                        // of acceptance as "320000"; empty for the older foreign card
};

// Parses and checks an identity document number. `today` bounds the date of
// birth (no one is born in the future). Error codes: id.empty, id.length,
// id.characters, id.check, id.region, id.birth_date. Messages never repeat
// the number and never reveal the expected check character.
Result<IdNumberInfo> parseIdNumber(const QString &input, const QDate &today);

// 统一社会信用代码 (GB 32100-2015): 18 characters, check character per the
// standard, registration authority and institution category from its table.
// Returns the normalised code. Error codes: credit.empty, credit.length,
// credit.characters, credit.check, credit.authority, credit.category,
// credit.region.
Result<QString> checkCreditCode(const QString &input);

// A mainland mobile number (+86 / 86 prefixes, spaces, dashes and brackets
// allowed) or a landline with area code and an optional extension. Returns
// the digits: "13912345678", "01062345678", or "057187654321-123" with an
// extension. Error codes: phone.empty, phone.characters, phone.invalid.
Result<QString> checkPhone(const QString &input);

} // namespace yc::identity
