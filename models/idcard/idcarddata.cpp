#include "idcarddata.h"

#include "core/text.h"
#include "idcard/ethnicity.h"
#include "identity/identitynumbers.h"

#include <QCoreApplication>

namespace yc::idcard {

namespace {

class CardTexts
{
    Q_DECLARE_TR_FUNCTIONS(yc::idcard::CardTexts)
};

Error cardError(const char *code, const QString &what)
{
    return Error{QString::fromLatin1(code),
                 CardTexts::tr("The card data failed a check: %1 Place the card on the reader again; if it "
                               "fails again, check the card by eye and enter the data by hand.")
                     .arg(what)};
}

// yyyyMMdd in ASCII digits and a real date; anything else is invalid.
QDate cardDate(const QString &s)
{
    if (s.size() != 8)
        return {};
    for (const QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return {};
    }
    return QDate::fromString(s, QStringLiteral("yyyyMMdd"));
}

QString genderOf(const QString &code)
{
    if (code == QLatin1String("1"))
        return QStringLiteral("male");
    if (code == QLatin1String("2"))
        return QStringLiteral("female");
    if (code == QLatin1String("0"))
        return QStringLiteral("unknown");
    if (code == QLatin1String("9"))
        return QStringLiteral("unspecified");
    return {};
}

bool numberFitsKind(const identity::IdNumberInfo &info, CardKind kind)
{
    switch (kind) {
    case CardKind::Resident:
        return info.kind == identity::IdKind::Resident18;
    case CardKind::HkMacaoTaiwanResidence:
        return info.kind == identity::IdKind::HkMacaoTaiwanResidence;
    case CardKind::ForeignPermanent2017:
        return info.kind == identity::IdKind::ForeignPermanentResident && info.normalized.size() == 15;
    case CardKind::ForeignPermanent2023:
        return info.kind == identity::IdKind::ForeignPermanentResident && info.normalized.size() == 18;
    }
    return false;
}

const QString kLongTerm = QStringLiteral("长期");

} // namespace

QString IdCardData::idType() const
{
    switch (kind) {
    case CardKind::Resident:
        return QStringLiteral("resident_id");
    case CardKind::HkMacaoTaiwanResidence:
        return QStringLiteral("hk_mo_tw_residence");
    case CardKind::ForeignPermanent2017:
    case CardKind::ForeignPermanent2023:
        return QStringLiteral("foreign_permanent");
    }
    return QStringLiteral("other");
}

QString IdCardData::displayName() const
{
    return name.isEmpty() ? englishName : name;
}

QString cardKindLabel(CardKind kind)
{
    switch (kind) {
    case CardKind::Resident:
        return CardTexts::tr("Resident ID card");
    case CardKind::HkMacaoTaiwanResidence:
        return CardTexts::tr("Residence permit for Hong Kong, Macao and Taiwan residents");
    case CardKind::ForeignPermanent2017:
        return CardTexts::tr("Foreign permanent resident ID card (2017)");
    case CardKind::ForeignPermanent2023:
        return CardTexts::tr("Foreign permanent resident ID card (2023)");
    }
    return {};
}

ApplicantInput applicantFromCard(const IdCardData &card)
{
    ApplicantInput applicant;
    applicant.kind = QStringLiteral("natural");
    applicant.name = card.displayName();
    applicant.idType = card.idType();
    applicant.idNumber = card.number;
    applicant.address = card.appendedAddress.isEmpty() ? card.address : card.appendedAddress;
    return applicant;
}

Result<IdCardData> checkCard(const CardText &text, const QDate &today)
{
    for (const QString *field :
         {&text.name, &text.englishName, &text.gender, &text.ethnicity, &text.birthDate, &text.address,
          &text.number, &text.authority, &text.validFrom, &text.validTo, &text.passNumber, &text.issueCount,
          &text.nationality, &text.cardVersion, &text.acceptingAuthority, &text.renewalCount,
          &text.previousNumberLink}) {
        if (hasControlCharacters(*field))
            return cardError("idcard.text", CardTexts::tr("a field holds control characters."));
    }

    IdCardData card;
    card.kind = text.kind;
    card.name = text.name;
    card.englishName = text.englishName;
    const bool foreign =
        text.kind == CardKind::ForeignPermanent2017 || text.kind == CardKind::ForeignPermanent2023;
    if (card.name.isEmpty() && !(foreign && !card.englishName.isEmpty()))
        return cardError("idcard.name", CardTexts::tr("the name is empty."));

    card.genderCode = text.gender;
    card.gender = genderOf(text.gender);
    if (card.gender.isEmpty())
        return cardError("idcard.gender", CardTexts::tr("the gender code is not one of 0, 1, 2 or 9."));

    card.birthDate = cardDate(text.birthDate);
    if (!card.birthDate.isValid() || card.birthDate > today)
        return cardError("idcard.birth_date", CardTexts::tr("the date of birth is not a real date."));

    const auto number = identity::parseIdNumber(text.number, today);
    if (!number)
        return cardError("idcard.number", number.error().message);
    if (!numberFitsKind(number.value(), text.kind))
        return cardError("idcard.number", CardTexts::tr("the number does not belong to this kind of card."));
    if (number->birthDate.isValid() && number->birthDate != card.birthDate)
        return cardError("idcard.number",
                         CardTexts::tr("the date of birth differs from the one in the number."));
    if (!number->gender.isEmpty() &&
        (card.gender == QLatin1String("male") || card.gender == QLatin1String("female")) &&
        number->gender != card.gender) {
        return cardError("idcard.number", CardTexts::tr("the gender differs from the one in the number."));
    }
    card.number = number->normalized;

    if (text.kind == CardKind::Resident) {
        card.ethnicityCode = text.ethnicity;
        card.ethnicity = ethnicityName(text.ethnicity);
        if (card.ethnicity.isEmpty()) {
            card.warnings << CardTexts::tr(
                                 "The card's ethnic group code \"%1\" is not in the national table; "
                                 "check the card by eye.")
                                 .arg(text.ethnicity);
        }
    }

    card.validFrom = cardDate(text.validFrom);
    if (!card.validFrom.isValid())
        return cardError("idcard.validity", CardTexts::tr("the start of validity is not a real date."));
    if (text.validTo == kLongTerm) {
        card.longTerm = true;
    } else {
        card.validTo = cardDate(text.validTo);
        if (!card.validTo.isValid() || card.validTo < card.validFrom)
            return cardError("idcard.validity", CardTexts::tr("the end of validity is not a real date."));
        card.expired = card.validTo < today;
    }
    if (card.expired) {
        card.warnings.prepend(
            CardTexts::tr("This card expired on %1. An expired card does not prove identity; "
                          "ask for a valid card or a temporary ID card.")
                .arg(card.validTo.toString(Qt::ISODate)));
    }

    card.address = text.address;
    card.authority = text.authority;
    card.passNumber = text.passNumber;
    card.issueCount = text.issueCount;
    card.nationality = text.nationality;
    card.cardVersion = text.cardVersion;
    card.acceptingAuthority = text.acceptingAuthority;
    card.renewalCount = text.renewalCount;
    card.previousNumberLink = text.previousNumberLink;
    return card;
}

Result<IdCardData> parseCard(const QByteArray &textBlock, const QByteArray &wlt, const QDate &today)
{
    const auto text = splitCardText(textBlock);
    if (!text)
        return text.error();
    auto card = checkCard(text.value(), today);
    if (!card)
        return card;
    card->wlt = wlt;
    return card;
}

} // namespace yc::idcard
