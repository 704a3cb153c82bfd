#include "samstatus.h"

#include <QCoreApplication>

namespace yc::idcard {

namespace {

class SamStatusTexts
{
    Q_DECLARE_TR_FUNCTIONS(yc::idcard::SamStatusTexts)
};

} // namespace

QString samStatusMessage(quint8 sw3)
{
    switch (sw3) {
    case sam::kOk:
        return SamStatusTexts::tr("The card reader completed the operation.");
    case sam::kNoContent:
        return SamStatusTexts::tr("The card holds no data for this item.");
    case sam::kCardFound:
        return SamStatusTexts::tr("A card is on the reader.");
    case sam::kBadChecksum:
        return SamStatusTexts::tr("The card reader received a damaged command; check the reader cable.");
    case sam::kBadLength:
        return SamStatusTexts::tr("The card reader received an incomplete command; check the reader cable.");
    case sam::kBadCommand:
        return SamStatusTexts::tr(
            "The card reader refused a command; the reader may not support this program.");
    case sam::kNotPermitted:
        return SamStatusTexts::tr("The card reader refused an operation it is not permitted to do.");
    case sam::kUnknownError:
        return SamStatusTexts::tr("The card reader reported an unknown error; try again.");
    case sam::kCardAuthFailed:
        return SamStatusTexts::tr("The card could not authenticate the reader; place the card again.");
    case sam::kReaderAuthFailed:
        return SamStatusTexts::tr("The reader could not authenticate the card; the card may be damaged or "
                                  "not genuine. Check it by eye.");
    case sam::kVerifyFailed:
        return SamStatusTexts::tr("The data on the card failed verification; the card may be damaged or "
                                  "not genuine. Check it by eye.");
    case sam::kUnknownCardType:
        return SamStatusTexts::tr("This is not a card the reader knows; place a resident ID card or a "
                                  "residence card.");
    case sam::kReadFailed:
        return SamStatusTexts::tr(
            "Reading the card failed; keep the card still on the reader and try again.");
    case sam::kRandomFailed:
        return SamStatusTexts::tr("The card did not answer the reader in time; place the card again.");
    case sam::kSelfTestFailed:
        return SamStatusTexts::tr("The security module of the card reader failed its self-test; restart "
                                  "the reader or call technical support.");
    case sam::kNotAuthorised:
        return SamStatusTexts::tr("The security module of the card reader is not authorised; call technical "
                                  "support.");
    case sam::kFindFailed:
        return SamStatusTexts::tr("No card on the reader.");
    case sam::kSelectFailed:
        return SamStatusTexts::tr("The card could not be selected; place the card flat on the reader.");
    default:
        return SamStatusTexts::tr("The card reader reported error 0x%1; try again, or call technical support "
                                  "if it persists.")
            .arg(sw3, 2, 16, QLatin1Char('0'));
    }
}

bool samStatusIsTransient(quint8 sw3)
{
    switch (sw3) {
    case sam::kBadChecksum:
    case sam::kBadLength:
    case sam::kUnknownError:
    case sam::kCardAuthFailed:
    case sam::kReadFailed:
    case sam::kRandomFailed:
    case sam::kFindFailed:
    case sam::kSelectFailed:
        return true;
    default:
        return false;
    }
}

} // namespace yc::idcard
