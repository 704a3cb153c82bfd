#include "wirepayload.h"

#include "codes/provinceprofile.h"
#include "crypto/fieldcipher.h"

#include <QJsonDocument>

namespace yc {

namespace {

QString mapped(const ProvinceProfile *profile, const QString &table, const QString &neutral)
{
    if (!profile)
        return neutral;
    return profile->toProvince(table, neutral).value_or(neutral);
}

Result<QJsonObject> openPerson(QJsonObject person, const FieldCipher *cipher, const ProvinceProfile *profile)
{
    const auto open = [&](const QString &sealedKey, const QString &clearKey) -> Result<void> {
        if (!person.contains(sealedKey))
            return {};
        if (!cipher)
            return Error{QStringLiteral("sync.local_key"),
                         QStringLiteral("no data key to open %1").arg(sealedKey)};
        auto clear = cipher->decrypt(QByteArray::fromBase64(person.value(sealedKey).toString().toLatin1()));
        if (!clear)
            return Error{
                QStringLiteral("sync.local_decrypt"),
                QStringLiteral("%1 cannot be decrypted with this installation's key").arg(sealedKey)};
        person.remove(sealedKey);
        person.insert(clearKey, QString::fromUtf8(clear.value()));
        return {};
    };
    if (auto r = open(QStringLiteral("idNumberSealed"), QStringLiteral("idNumber")); !r)
        return r.error();
    if (auto r = open(QStringLiteral("phoneSealed"), QStringLiteral("phone")); !r)
        return r.error();
    person.remove(QStringLiteral("idNumberMasked"));
    person.insert(QStringLiteral("kind"), mapped(profile, QStringLiteral("applicantKind"),
                                                 person.value(QStringLiteral("kind")).toString()));
    person.insert(QStringLiteral("idType"), mapped(profile, QStringLiteral("idType"),
                                                   person.value(QStringLiteral("idType")).toString()));
    return person;
}

} // namespace

Result<QJsonObject> wireEnvelope(const outbox::Item &item, const FieldCipher *cipher,
                                 const ProvinceProfile *profile)
{
    QJsonParseError e;
    const QJsonObject stored = QJsonDocument::fromJson(item.payload, &e).object();
    if (e.error != QJsonParseError::NoError)
        return Error{QStringLiteral("sync.local_payload"), QStringLiteral("the stored event is not JSON")};
    QJsonObject data = stored.value(QStringLiteral("data")).toObject();
    for (const QString &key :
         {QStringLiteral("applicant"), QStringLiteral("agent"), QStringLiteral("principal")}) {
        if (!data.value(key).isObject())
            continue;
        auto person = openPerson(data.value(key).toObject(), cipher, profile);
        if (!person)
            return person.error();
        data.insert(key, person.value());
    }
    // Top-level coded fields: 即办/承诺, the 好差评 level (1 or 5 = 非常满意
    // depending on the province) and the channel — of an evaluation the
    // 评价渠道 (pf), of a case the 办理形式.
    const bool evaluation = item.eventType == QLatin1String("evaluation.submitted");
    for (const QString &field :
         {QStringLiteral("projectKind"), QStringLiteral("satisfaction"), QStringLiteral("channel")}) {
        const QString table = evaluation && field == u"channel" ? QStringLiteral("evaluationChannel") : field;
        if (data.value(field).isString())
            data.insert(field, mapped(profile, table, data.value(field).toString()));
    }
    return QJsonObject{{QStringLiteral("eventId"), item.eventId},
                       {QStringLiteral("caseKey"), item.caseKey},
                       {QStringLiteral("caseSeq"), item.caseSeq},
                       {QStringLiteral("type"), item.eventType},
                       {QStringLiteral("occurredAt"), stored.value(QStringLiteral("occurredAt"))},
                       {QStringLiteral("data"), data}};
}

} // namespace yc
