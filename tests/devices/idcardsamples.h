#pragma once

#include "idcard/cardtext.h"

#include <QJsonDocument>
#include <QJsonObject>

// Fictitious people with valid numbers (GB 11643 examples and numbers made
// up for the tests); never a real person's data.
namespace yc::test {

inline idcard::CardText residentCard()
{
    idcard::CardText t;
    t.kind = idcard::CardKind::Resident;
    t.name = QStringLiteral("张三丰");
    t.gender = QStringLiteral("2");
    t.ethnicity = QStringLiteral("31");
    t.birthDate = QStringLiteral("19491231");
    t.address = QStringLiteral("北京市朝阳区测试路1号");
    t.number = QStringLiteral("11010519491231002X");
    t.authority = QStringLiteral("北京市公安局朝阳分局");
    t.validFrom = QStringLiteral("20200101");
    t.validTo = QStringLiteral("长期");
    return t;
}

inline idcard::CardText otherResidentCard()
{
    idcard::CardText t = residentCard();
    t.name = QStringLiteral("李四");
    t.gender = QStringLiteral("1");
    t.ethnicity = QStringLiteral("46");
    t.birthDate = QStringLiteral("19900307");
    t.number = QStringLiteral("370102199003070155");
    t.validFrom = QStringLiteral("20150301");
    t.validTo = QStringLiteral("20350301");
    return t;
}

inline idcard::CardText hkMacaoTaiwanCard()
{
    idcard::CardText t;
    t.kind = idcard::CardKind::HkMacaoTaiwanResidence;
    t.name = QStringLiteral("陈大文");
    t.gender = QStringLiteral("1");
    t.birthDate = QStringLiteral("19850615");
    t.address = QStringLiteral("广东省深圳市福田区测试街2号");
    t.number = QStringLiteral("810000198506150012");
    t.authority = QStringLiteral("深圳市公安局");
    t.validFrom = QStringLiteral("20210101");
    t.validTo = QStringLiteral("20260101");
    t.passNumber = QStringLiteral("H12345678");
    t.issueCount = QStringLiteral("01");
    return t;
}

inline idcard::CardText foreign2017Card()
{
    idcard::CardText t;
    t.kind = idcard::CardKind::ForeignPermanent2017;
    t.englishName = QStringLiteral("SMITH, JOHN ALEXANDER");
    t.name = QStringLiteral("史密斯");
    t.gender = QStringLiteral("1");
    t.number = QStringLiteral("USA110080051512");
    t.nationality = QStringLiteral("USA");
    t.validFrom = QStringLiteral("20180101");
    t.validTo = QStringLiteral("20280101");
    t.birthDate = QStringLiteral("19800515");
    t.cardVersion = QStringLiteral("01");
    t.acceptingAuthority = QStringLiteral("1100");
    return t;
}

inline idcard::CardText foreign2023Card()
{
    idcard::CardText t;
    t.kind = idcard::CardKind::ForeignPermanent2023;
    t.name = QStringLiteral("玛丽");
    // Longer than the first slot (35 characters): continues at byte 220.
    t.englishName = QStringLiteral("MARTIN-LEFEBVRE, MARIE CHRISTINE ANNE SOPHIE");
    t.gender = QStringLiteral("2");
    t.renewalCount = QStringLiteral("00");
    t.birthDate = QStringLiteral("19800515");
    t.number = QStringLiteral("911840198005150021");
    t.validFrom = QStringLiteral("20230601");
    t.validTo = QStringLiteral("20330601");
    t.nationality = QStringLiteral("FRA");
    return t;
}

inline QJsonObject cardJson(const idcard::CardText &t)
{
    QJsonObject o;
    const char *kind = "resident";
    if (t.kind == idcard::CardKind::HkMacaoTaiwanResidence)
        kind = "J";
    else if (t.kind == idcard::CardKind::ForeignPermanent2017)
        kind = "I";
    else if (t.kind == idcard::CardKind::ForeignPermanent2023)
        kind = "Y";
    o.insert(QStringLiteral("kind"), QString::fromLatin1(kind));
    const auto put = [&o](const char *key, const QString &v) {
        if (!v.isEmpty())
            o.insert(QString::fromLatin1(key), v);
    };
    put("name", t.name);
    put("englishName", t.englishName);
    put("gender", t.gender);
    put("ethnicity", t.ethnicity);
    put("birthDate", t.birthDate);
    put("address", t.address);
    put("number", t.number);
    put("authority", t.authority);
    put("validFrom", t.validFrom);
    put("validTo", t.validTo);
    put("passNumber", t.passNumber);
    put("issueCount", t.issueCount);
    put("nationality", t.nationality);
    put("cardVersion", t.cardVersion);
    put("acceptingAuthority", t.acceptingAuthority);
    put("renewalCount", t.renewalCount);
    put("previousNumberLink", t.previousNumberLink);
    return o;
}

inline QString cardJsonLine(const idcard::CardText &t)
{
    return QString::fromUtf8(QJsonDocument(cardJson(t)).toJson(QJsonDocument::Compact));
}

} // namespace yc::test
