#include "identitynumbers.h"

#include <algorithm>
#include <iterator>

#include <QRegularExpression>

namespace yc::identity {

namespace {

// Longer input is refused before any work: no real number comes near it, and
// a pasted page must not cost more than a glance.
constexpr qsizetype kMaxInput = 64;

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isAsciiUpper(QChar c)
{
    return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
}

// What a counter keyboard or a copy from a form produces: full-width forms
// (Chinese input methods type "３７０１…" and "ｘ"), ideographic spaces,
// lower-case letters. Maps them to ASCII; anything else is left as it is for
// the character check to refuse.
QString toAscii(const QString &input)
{
    QString out;
    out.reserve(input.size());
    for (const QChar c : input) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            out.append(QChar(char16_t(u - 0xFEE0)));
        else if (u == 0x3000)
            out.append(QLatin1Char(' '));
        else
            out.append(c);
    }
    for (QChar &c : out) {
        if (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            c = QChar(char16_t(c.unicode() - 0x20));
    }
    return out;
}

QString withoutSpaces(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

int digitAt(const QString &s, qsizetype i)
{
    return s.at(i).unicode() - u'0';
}

// ISO 7064 MOD 11-2 as GB 11643-1999 applies it: weights 2^(17-i) mod 11
// over the 17 digits, the check character indexes "10X98765432".
QChar gb11643Check(const QString &digits17)
{
    static constexpr int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr char16_t checks[] = u"10X98765432";
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += digitAt(digits17, i) * weights[i];
    return QChar(checks[sum % 11]);
}

// Province-level codes of GB/T 2260 under which resident numbers are issued
// (71 Taiwan, 81 Hong Kong, 82 Macao are not: their residents hold the
// residence permit numbers 830000/810000/820000 instead). Only the province
// is checked: numbers keep the county code of their first issue, and county
// codes have been renumbered many times since.
bool isMainlandProvince(int code)
{
    static constexpr int provinces[] = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41,
                                        42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65};
    return std::find(std::begin(provinces), std::end(provinces), code) != std::end(provinces);
}

Error idError(const char *code, const QString &message)
{
    return Error{QString::fromLatin1(code), message};
}

Error impossibleBirthDate()
{
    return idError("id.birth_date",
                   IdentityChecks::tr("The date of birth in the ID number is not a real date; "
                                      "please read the number again from the card."));
}

Error wrongLength()
{
    return idError("id.length", IdentityChecks::tr("An ID number has 18 characters (15 on a first-generation "
                                                   "card or an older foreign permanent resident card)."));
}

Error wrongCharacters()
{
    return idError("id.characters", IdentityChecks::tr("The ID number may only contain digits, with an X "
                                                       "possibly as the last character."));
}

Error unknownRegion()
{
    return idError("id.region", IdentityChecks::tr("The ID number starts with a region code that does not "
                                                   "exist; please read it again from the card."));
}

// The date of birth of 18-character numbers and of the 15-digit resident
// number: a real calendar date, from 1900 on, not after today.
Result<QDate> checkBirthDate(int year, int month, int day, const QDate &today)
{
    const QDate date(year, month, day);
    if (!date.isValid())
        return impossibleBirthDate();
    if (date < QDate(1900, 1, 1))
        return idError(
            "id.birth_date",
            IdentityChecks::tr("The date of birth in the ID number is before 1900; please read the "
                               "number again from the card."));
    if (today.isValid() && date > today)
        return idError("id.birth_date", IdentityChecks::tr("The date of birth in the ID number lies in the "
                                                           "future; please read the number again from the "
                                                           "card."));
    return date;
}

int number(const QString &s, qsizetype from, qsizetype length)
{
    int value = 0;
    for (qsizetype i = from; i < from + length; ++i)
        value = value * 10 + digitAt(s, i);
    return value;
}

QString genderOf(QChar sequenceDigit)
{
    // GB 11643: odd sequence numbers go to men, even ones to women.
    return (sequenceDigit.unicode() - u'0') % 2 == 1 ? QStringLiteral("male") : QStringLiteral("female");
}

Result<IdNumberInfo> parse18(const QString &id, const QDate &today)
{
    for (qsizetype i = 0; i < 17; ++i) {
        if (!isAsciiDigit(id.at(i)))
            return wrongCharacters();
    }
    if (!isAsciiDigit(id.at(17)) && id.at(17) != QLatin1Char('X'))
        return wrongCharacters();
    if (gb11643Check(id.left(17)) != id.at(17))
        return idError("id.check", IdentityChecks::tr("The ID number fails its check digit; please read it "
                                                      "again from the card."));

    IdNumberInfo info;
    info.normalized = id;
    const QString prefix = id.left(6);
    if (id.at(0) == QLatin1Char('9')) {
        // 外国人永久居留身份证, 2023 format. Verified from the National
        // Immigration Administration's adaptation notes (新版外国人永久居留身份证
        // 机读信息规则, 2023): 18 characters, first digit 9 as the foreigner
        // marker, the last a MOD 11-2 check "the same as the citizen number".
        // Published examples (932682198501010017: 9, province 32, nationality
        // 682, born 1985-01-01, sequence 001) place the province of acceptance
        // in digits 2-3, a numeric nationality code in 4-6 and the date of
        // birth in 7-14 as on the resident card; that layout and the sequence
        // parity for the gender are taken from them, not from the standard.
        if (!isMainlandProvince(number(id, 1, 2)))
            return unknownRegion();
        info.kind = IdKind::ForeignPermanentResident;
        info.regionCode = id.mid(1, 2) + QStringLiteral("0000");
    } else if (prefix == QLatin1String("810000") || prefix == QLatin1String("820000") ||
               prefix == QLatin1String("830000")) {
        info.kind = IdKind::HkMacaoTaiwanResidence;
        info.regionCode = prefix;
    } else {
        if (!isMainlandProvince(number(id, 0, 2)))
            return unknownRegion();
        info.kind = IdKind::Resident18;
        info.regionCode = prefix;
    }
    auto birth = checkBirthDate(number(id, 6, 4), number(id, 10, 2), number(id, 12, 2), today);
    if (!birth)
        return birth.error();
    info.birthDate = birth.value();
    info.gender = genderOf(id.at(16));
    return info;
}

Result<IdNumberInfo> parse15(const QString &id, const QDate &today)
{
    bool allDigits = true;
    for (const QChar c : id)
        allDigits = allDigits && isAsciiDigit(c);
    if (allDigits) {
        // First-generation resident number (GB 11643-1989): 6-digit region,
        // yyMMdd of a 19xx birth, 3-digit sequence, no check character.
        if (!isMainlandProvince(number(id, 0, 2)))
            return unknownRegion();
        auto birth = checkBirthDate(1900 + number(id, 6, 2), number(id, 8, 2), number(id, 10, 2), today);
        if (!birth)
            return birth.error();
        IdNumberInfo info;
        info.kind = IdKind::Resident15;
        info.normalized = id;
        info.birthDate = birth.value();
        info.gender = genderOf(id.at(14));
        info.regionCode = id.left(6);
        return info;
    }

    // 外国人永久居留身份证 before December 2023: 3 Latin letters (the ISO 3166
    // alpha-3 nationality) + 12 digits. Verified: that much is stated by the
    // National Immigration Administration's 2023 adaptation notes ("由15位
    // (3位拉丁字母+12位数字)调整为18位"). Not verified, so not enforced: the
    // meaning of the digits. Validators in public use read digits 4-7 as the
    // place of acceptance, 8-13 as yyMMdd and 14-15 as sequence and check,
    // but no check algorithm is published, so only the date is checked.
    for (qsizetype i = 0; i < 15; ++i) {
        const bool ok = i < 3 ? isAsciiUpper(id.at(i)) : isAsciiDigit(id.at(i));
        if (!ok)
            return idError("id.characters",
                           IdentityChecks::tr("A 15-character ID number is either 15 digits or, on an older "
                                              "foreign permanent resident card, 3 letters and 12 digits."));
    }
    const int yy = number(id, 7, 2);
    const int month = number(id, 9, 2);
    const int day = number(id, 11, 2);
    // The card states no century: take the latest one that does not put the
    // birth in the future (a card holder born in 1925 and one born in 2025
    // cannot be told apart from the number alone).
    QDate birth(2000 + yy, month, day);
    if (!birth.isValid() || (today.isValid() && birth > today))
        birth = QDate(1900 + yy, month, day);
    if (!birth.isValid())
        return impossibleBirthDate();
    IdNumberInfo info;
    info.kind = IdKind::ForeignPermanentResident;
    info.normalized = id;
    info.birthDate = birth;
    return info;
}

bool allFromAlphabet(const QString &s, QLatin1String alphabet)
{
    for (const QChar c : s) {
        if (c.unicode() > 0x7F || !alphabet.contains(c))
            return false;
    }
    return true;
}

} // namespace

Result<IdNumberInfo> parseIdNumber(const QString &input, const QDate &today)
{
    if (input.size() > kMaxInput)
        return wrongLength();
    const QString id = withoutSpaces(toAscii(input));
    if (id.isEmpty())
        return idError("id.empty", IdentityChecks::tr("Enter the ID number."));
    if (!allFromAlphabet(id, QLatin1String("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")))
        return wrongCharacters();
    if (id.size() == 18)
        return parse18(id, today);
    if (id.size() == 15)
        return parse15(id, today);
    return wrongLength();
}

namespace {

// GB 32100-2015 4.2: the 31 characters of the code, the value of a character
// is its index here.
constexpr QLatin1String kCreditAlphabet("0123456789ABCDEFGHJKLMNPQRTUWXY");

Error creditError(const char *code, const QString &message)
{
    return Error{QString::fromLatin1(code), message};
}

// 登记管理部门代码 and the 机构类别代码 each of them uses, from the table of
// GB 32100-2015 as extended by the registration authorities since (2 外交,
// 3 司法行政, 4 文化, 6 旅游, 7 宗教, 8 工会, A 中央军委改革和编制办公室,
// N 农业 beside the original 1 机构编制, 5 民政, 9 工商, Y 其他).
QLatin1String categoriesOf(QChar authority)
{
    switch (authority.unicode()) {
    case u'1':
        return QLatin1String("1239"); // 机关, 事业单位, 中央编办管理的群众团体, 其他
    case u'2':
        return QLatin1String("19"); // 外国常驻新闻机构, 其他
    case u'3':
        return QLatin1String(
            "123459"); // 律师执业机构, 公证处, 基层法律服务所, 司法鉴定机构, 仲裁委员会, 其他
    case u'4':
        return QLatin1String("19"); // 外国在华文化中心, 其他
    case u'5':
        return QLatin1String("1239"); // 社会团体, 民办非企业单位, 基金会, 其他
    case u'6':
        return QLatin1String("129"); // 外国/港澳台旅游部门常驻代表机构, 其他
    case u'7':
        return QLatin1String("129"); // 宗教活动场所, 宗教院校, 其他
    case u'8':
        return QLatin1String("19"); // 基层工会, 其他
    case u'9':
        return QLatin1String("123"); // 企业, 个体工商户, 农民专业合作社
    case u'A':
        return QLatin1String("19"); // 军队事业单位, 其他
    case u'N':
        return QLatin1String("1239"); // 组级, 村级, 乡镇级集体经济组织, 其他
    case u'Y':
        return QLatin1String("1"); // not divided further
    default:
        return QLatin1String();
    }
}

} // namespace

Result<QString> checkCreditCode(const QString &input)
{
    if (input.size() > kMaxInput)
        return creditError("credit.length",
                           IdentityChecks::tr("A unified social credit code has 18 characters."));
    const QString code = withoutSpaces(toAscii(input));
    if (code.isEmpty())
        return creditError("credit.empty", IdentityChecks::tr("Enter the unified social credit code."));
    if (!allFromAlphabet(code, kCreditAlphabet))
        return creditError("credit.characters",
                           IdentityChecks::tr("A unified social credit code has only digits and capital "
                                              "letters, and never the letters I, O, Z, S or V."));
    if (code.size() != 18)
        return creditError("credit.length",
                           IdentityChecks::tr("A unified social credit code has 18 characters."));

    // GB 32100-2015 4.3: weights 3^i mod 31, check = 31 - (sum mod 31), 31 -> 0.
    static constexpr int weights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += int(kCreditAlphabet.indexOf(code.at(i))) * weights[i];
    const int check = (31 - sum % 31) % 31;
    if (kCreditAlphabet.at(check) != code.at(17))
        return creditError("credit.check",
                           IdentityChecks::tr("The unified social credit code fails its check character; "
                                              "please read it again from the licence."));

    const QLatin1String categories = categoriesOf(code.at(0));
    if (categories.isEmpty())
        return creditError("credit.authority",
                           IdentityChecks::tr("The first character of the unified social credit code names "
                                              "no registration authority; please read it again from the "
                                              "licence."));
    if (!categories.contains(code.at(1)))
        return creditError("credit.category",
                           IdentityChecks::tr("The second character of the unified social credit code is not "
                                              "an institution category of its registration authority; please "
                                              "read it again from the licence."));
    for (qsizetype i = 2; i < 8; ++i) {
        if (!isAsciiDigit(code.at(i)))
            return creditError("credit.region",
                               IdentityChecks::tr("Characters 3 to 8 of the unified social credit code are "
                                                  "the region code and must be digits."));
    }
    return code;
}

namespace {

Error phoneError(const char *code, const QString &message)
{
    return Error{QString::fromLatin1(code), message};
}

Error notAMainlandPhone()
{
    return phoneError(
        "phone.invalid",
        IdentityChecks::tr("This is neither a mainland mobile number (11 digits starting with "
                           "13 to 19) nor a landline with its area code (such as 010-62345678)."));
}

// A landline without trunk prefix problems: "0" + area code + a 7- or
// 8-digit subscriber number that starts with 2-9. 010 and 02x are the only
// two-digit area codes (after the 0); every other area code has three.
bool isLandline(const QString &digits)
{
    if (digits.size() < 10 || digits.size() > 12 || digits.at(0) != QLatin1Char('0'))
        return false;
    qsizetype area = 0;
    if (digits.startsWith(QLatin1String("010")) || digits.startsWith(QLatin1String("02")))
        area = 3;
    else if (digits.at(1) >= QLatin1Char('3'))
        area = 4;
    else
        return false;
    const qsizetype subscriber = digits.size() - area;
    return (subscriber == 7 || subscriber == 8) && digits.at(area) >= QLatin1Char('2');
}

} // namespace

Result<QString> checkPhone(const QString &input)
{
    if (input.size() > kMaxInput)
        return notAMainlandPhone();
    QString s = toAscii(input).trimmed();
    if (s.isEmpty())
        return phoneError("phone.empty", IdentityChecks::tr("Enter the phone number."));

    // An extension after a marker (转, 分机, ext, x, #) or as a third group
    // after area code and number ("010-62345678-123").
    QString extension;
    static const QRegularExpression marked(QStringLiteral("\\s*(?:转|分机|EXT\\.?|X|#)\\s*(\\d{1,6})$"));
    static const QRegularExpression grouped(
        QStringLiteral("^(\\(?0\\d{2,3}\\)?\\s*-\\s*\\d{7,8})\\s*-\\s*(\\d{1,6})$"));
    if (const auto m = marked.match(s); m.hasMatch()) {
        extension = m.captured(1);
        s.truncate(m.capturedStart(0));
    } else if (const auto g = grouped.match(s); g.hasMatch()) {
        extension = g.captured(2);
        s = g.captured(1);
    }

    QString digits;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (isAsciiDigit(c))
            digits.append(c);
        else if (c == QLatin1Char('+') && digits.isEmpty() && i == 0)
            digits.append(c);
        else if (!(c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('(') || c == QLatin1Char(')')))
            return phoneError("phone.characters",
                              IdentityChecks::tr("A phone number may only contain digits, spaces, dashes, "
                                                 "brackets, a leading + and an extension."));
    }
    if (digits.isEmpty())
        return phoneError("phone.empty", IdentityChecks::tr("Enter the phone number."));

    // Country code: +86, 0086, or a bare 86 in front of a mobile number.
    bool international = false;
    if (digits.startsWith(QLatin1String("+86"))) {
        digits.remove(0, 3);
        international = true;
    } else if (digits.startsWith(QLatin1Char('+'))) {
        return notAMainlandPhone();
    } else if (digits.startsWith(QLatin1String("0086"))) {
        digits.remove(0, 4);
        international = true;
    } else if (digits.size() == 13 && digits.startsWith(QLatin1String("861"))) {
        digits.remove(0, 2);
    }
    static const QRegularExpression mobile(QStringLiteral("^1[3-9]\\d{9}$"));
    // Dialled from abroad the trunk 0 of the area code is left out
    // ("+86 10 6234 5678" is Beijing).
    if (international && !digits.startsWith(QLatin1Char('0')) && !mobile.match(digits).hasMatch())
        digits.prepend(QLatin1Char('0'));
    if (mobile.match(digits).hasMatch()) {
        if (!extension.isEmpty())
            return notAMainlandPhone();
        return digits;
    }
    if (!isLandline(digits))
        return notAMainlandPhone();
    return extension.isEmpty() ? digits : digits + QLatin1Char('-') + extension;
}

} // namespace yc::identity
