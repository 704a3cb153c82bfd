#pragma once

#include "idcard/idcarddata.h"

#include <QDate>
#include <QString>

namespace yc {

// What the kiosk keeps of a swiped ID card while one citizen is at it, and
// nothing more: the masked forms that may travel with the ticket, the age
// and whether it reaches the hall's threshold for 老年人 priority. The card
// itself is dropped as soon as this is made; this is cleared when the
// kiosk starts over.
struct KioskCitizen
{
    QString personMasked; // "张* 3704**********123X": what the ticket and the calling panel show
    QString idMasked;     // "3704**********123X": what an appointment is found by
    int age = -1;         // whole years on `today`; -1 without a birth date
    bool elderly = false; // age ≥ the threshold

    bool isEmpty() const { return idMasked.isEmpty(); }
    static KioskCitizen fromCard(const idcard::IdCardData &card, const QDate &today, int elderlyAge);
};

} // namespace yc
