#include "simcard.h"

#include <QCryptographicHash>

namespace yc::idcardsim {

namespace {

struct Key
{
    const char *name;
    QString idcard::CardText::*field;
};

constexpr Key kKeys[] = {
    {"name", &idcard::CardText::name},
    {"englishName", &idcard::CardText::englishName},
    {"gender", &idcard::CardText::gender},
    {"ethnicity", &idcard::CardText::ethnicity},
    {"birthDate", &idcard::CardText::birthDate},
    {"address", &idcard::CardText::address},
    {"number", &idcard::CardText::number},
    {"authority", &idcard::CardText::authority},
    {"validFrom", &idcard::CardText::validFrom},
    {"validTo", &idcard::CardText::validTo},
    {"passNumber", &idcard::CardText::passNumber},
    {"issueCount", &idcard::CardText::issueCount},
    {"nationality", &idcard::CardText::nationality},
    {"cardVersion", &idcard::CardText::cardVersion},
    {"acceptingAuthority", &idcard::CardText::acceptingAuthority},
    {"renewalCount", &idcard::CardText::renewalCount},
    {"previousNumberLink", &idcard::CardText::previousNumberLink},
};

} // namespace

QStringList cardJsonKeys()
{
    QStringList keys{QStringLiteral("kind"), QStringLiteral("appendedAddress"), QStringLiteral("serialHex"),
                     QStringLiteral("wltHex")};
    for (const Key &k : kKeys)
        keys << QString::fromLatin1(k.name);
    return keys;
}

Result<SimCard> cardFromJson(const QJsonObject &object)
{
    const QStringList known = cardJsonKeys();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return Error{QStringLiteral("sim.key"), QStringLiteral("unknown card key: ") + it.key()};
    }
    SimCard card;
    const QString kind = object.value(QStringLiteral("kind")).toString(QStringLiteral("resident"));
    if (kind == QLatin1String("resident"))
        card.text.kind = idcard::CardKind::Resident;
    else if (kind == QLatin1String("J"))
        card.text.kind = idcard::CardKind::HkMacaoTaiwanResidence;
    else if (kind == QLatin1String("I"))
        card.text.kind = idcard::CardKind::ForeignPermanent2017;
    else if (kind == QLatin1String("Y"))
        card.text.kind = idcard::CardKind::ForeignPermanent2023;
    else
        return Error{QStringLiteral("sim.kind"), QStringLiteral("kind must be resident, J, I or Y")};
    for (const Key &k : kKeys)
        card.text.*(k.field) = object.value(QString::fromLatin1(k.name)).toString();
    card.appendedAddress = object.value(QStringLiteral("appendedAddress")).toString();

    card.wlt = QByteArray::fromHex(object.value(QStringLiteral("wltHex")).toString().toLatin1());
    if (card.wlt.isEmpty()) {
        // Not a real photo: the WLT signature ("WL", 102 × 126) and zeros.
        card.wlt = QByteArray::fromHex("574c66007e00");
    }
    card.wlt = card.wlt.leftJustified(idcard::kPhotoSize, '\0', true);

    card.serial = QByteArray::fromHex(object.value(QStringLiteral("serialHex")).toString().toLatin1());
    if (card.serial.isEmpty())
        card.serial = QCryptographicHash::hash(card.text.number.toUtf8(), QCryptographicHash::Sha256);
    card.serial = card.serial.leftJustified(8, '\0', true);
    return card;
}

} // namespace yc::idcardsim
