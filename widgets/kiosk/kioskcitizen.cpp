#include "kioskcitizen.h"

#include "core/pii.h"

namespace yc {

KioskCitizen KioskCitizen::fromCard(const idcard::IdCardData &card, const QDate &today, int elderlyAge)
{
    KioskCitizen c;
    c.idMasked = pii::maskIdNumber(card.number);
    const QString name = pii::maskName(card.displayName());
    c.personMasked = name.isEmpty() ? c.idMasked : name + u' ' + c.idMasked;
    if (card.birthDate.isValid() && today.isValid() && card.birthDate <= today) {
        c.age = today.year() - card.birthDate.year();
        // Not yet had this year's birthday (29 February counts from 1 March in other years).
        const QDate &b = card.birthDate;
        if (today.month() < b.month() || (today.month() == b.month() && today.day() < b.day()))
            --c.age;
        c.elderly = elderlyAge > 0 && c.age >= elderlyAge;
    }
    return c;
}

} // namespace yc
