#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

// The 256-byte text block of a second-generation card: fixed fields of
// UCS-2 little-endian text padded with spaces (GA 490). The code unit at
// byte 248 says which of four layouts the block has.
namespace yc::idcard {

inline constexpr qsizetype kTextBlockSize = 256;
inline constexpr qsizetype kPhotoSize = 1024;

enum class CardKind
{
    Resident,               // 居民身份证, flag ' '
    HkMacaoTaiwanResidence, // 港澳台居民居住证, flag 'J'
    ForeignPermanent2017,   // 外国人永久居留身份证 (2017), flag 'I'
    ForeignPermanent2023,   // 外国人永久居留身份证 (2023), flag 'Y'
};

// The fields as they stand in the block, trimmed, before any check. A field
// a layout does not have stays empty.
struct CardText
{
    CardKind kind = CardKind::Resident;
    QString name;        // Chinese name (resident, J, Y; I: 中文姓名, may be empty)
    QString englishName; // I, Y
    QString gender;      // GB/T 2261.1 code: 0 1 2 9
    QString ethnicity;   // resident: two-digit code
    QString birthDate;   // yyyyMMdd
    QString address;     // resident, J
    QString number;
    QString authority;          // 签发机关 (resident, J)
    QString validFrom;          // yyyyMMdd
    QString validTo;            // yyyyMMdd or 长期
    QString passNumber;         // J: 通行证号码
    QString issueCount;         // J: 签发次数
    QString nationality;        // I, Y: GB/T 2659 alpha-3 code
    QString cardVersion;        // I: 证件版本号
    QString acceptingAuthority; // I: 当次申请受理机关代码
    QString renewalCount;       // Y: 换证次数
    QString previousNumberLink; // Y: 既往版本证件号码关联项

    bool operator==(const CardText &) const = default;
};

// Splits a block into its fields. Fails (code idcard.text) on a block of the
// wrong size or an unknown layout flag; never reads outside the block.
Result<CardText> splitCardText(const QByteArray &block);
// The inverse, for the simulator and tests: each field space-padded (cut if
// longer than its slot).
QByteArray joinCardText(const CardText &text);

// The GA 490 code unit a layout is flagged with.
char16_t cardKindFlag(CardKind kind);

} // namespace yc::idcard
