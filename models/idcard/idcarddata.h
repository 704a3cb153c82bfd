#pragma once

#include "core/result.h"
#include "idcard/cardtext.h"
#include "intake/intake.h"

#include <QByteArray>
#include <QDate>
#include <QImage>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace yc::idcard {

// One card as read and checked: what the intake screen takes. Produced by
// checkCard() from the text fields and the photo bytes, whichever backend
// read them.
struct IdCardData
{
    CardKind kind = CardKind::Resident;
    QString name;        // Chinese name; for an older foreign card possibly empty
    QString englishName; // foreign cards
    QString genderCode;  // 0 1 2 9
    QString gender;      // "male" | "female" | "unknown" | "unspecified"
    QString ethnicityCode;
    QString ethnicity; // Chinese name from the table; empty if the code is not in it
    QDate birthDate;
    QString address;
    QString appendedAddress; // 最新住址 written on the chip after issue; empty if none
    QString number;          // checked, normalised
    QString authority;       // 签发机关; foreign cards have none on the chip
    QDate validFrom;
    QDate validTo;         // invalid when longTerm
    bool longTerm = false; // 长期
    bool expired = false;  // validTo before the day of reading
    // Hong Kong / Macao / Taiwan residence permit
    QString passNumber;
    QString issueCount;
    // Foreign permanent resident cards
    QString nationality;
    QString cardVersion;
    QString acceptingAuthority;
    QString renewalCount;
    QString previousNumberLink;
    // The photo exactly as on the chip (WLT, 1024 bytes); decoded only by a
    // licensed vendor library. Without one, `photo` is null and
    // `photoUnavailableReason` says why for the screen.
    QByteArray wlt;
    QImage photo;
    QString photoUnavailableReason;
    // Things the clerk must see before accepting the card (an expired card,
    // an ethnicity code not in the table). Translated sentences.
    QStringList warnings;

    // The applicant id type code the intake uses: resident_id,
    // hk_mo_tw_residence or foreign_permanent.
    QString idType() const;
    // The name to show and store: the Chinese name, else the English one.
    QString displayName() const;
};

// Checks the fields of a card and makes the value the intake takes. Fails on
// anything that would put a wrong person on a case: a number that fails its
// check digit or does not fit the card kind, a birth date that disagrees with
// the number, impossible dates, control characters, an empty name. Warns
// (and still succeeds) on an expired card. `today` decides expiry.
Result<IdCardData> checkCard(const CardText &text, const QDate &today);

// splitCardText + checkCard, keeping the photo bytes.
Result<IdCardData> parseCard(const QByteArray &textBlock, const QByteArray &wlt, const QDate &today);

QString cardKindLabel(CardKind kind);

// The applicant as the intake form takes it from a card: name, id type and
// number, and the address (the appended 最新住址 when the card has one).
ApplicantInput applicantFromCard(const IdCardData &card);

} // namespace yc::idcard

Q_DECLARE_METATYPE(yc::idcard::IdCardData)
