#pragma once

#include "core/result.h"
#include "idcard/cardtext.h"

#include <QByteArray>
#include <QJsonObject>

namespace yc::idcardsim {

// A card the simulated reader holds: the text fields, the photo bytes, the
// appended address and the chip serial number the SAM reports on select.
struct SimCard
{
    idcard::CardText text;
    QByteArray wlt;          // 1024 bytes
    QString appendedAddress; // empty: the SAM answers 91 (no content)
    QByteArray serial;       // 8 bytes
};

// From a JSON object whose keys are the CardText member names plus "kind"
// (resident | J | I | Y), "appendedAddress", "serialHex", "wltHex". Missing
// text fields stay empty (the reader must then refuse the card); a missing
// photo is 1024 bytes starting with the WLT signature, a missing serial is
// derived from the number.
Result<SimCard> cardFromJson(const QJsonObject &object);
QStringList cardJsonKeys();

} // namespace yc::idcardsim
