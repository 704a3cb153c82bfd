#include "provinceprofile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace yc {

QHash<QString, QStringList> ProvinceProfile::requiredTables()
{
    return {
        {QStringLiteral("satisfaction"),
         {QStringLiteral("very_satisfied"), QStringLiteral("satisfied"),
          QStringLiteral("basically_satisfied"), QStringLiteral("dissatisfied"),
          QStringLiteral("very_dissatisfied")}},
        {QStringLiteral("projectKind"),
         {QStringLiteral("instant"), QStringLiteral("commitment"), QStringLiteral("other")}},
        {QStringLiteral("idType"), {QStringLiteral("resident_id"), QStringLiteral("other")}},
        {QStringLiteral("applicantKind"), {QStringLiteral("natural"), QStringLiteral("legal")}},
        {QStringLiteral("channel"),
         {QStringLiteral("window"), QStringLiteral("online"), QStringLiteral("other")}},
    };
}

Result<ProvinceProfile> ProvinceProfile::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("profile.read"), tr("Cannot read the province profile %1.").arg(path)};
    auto p = fromJson(f.readAll());
    if (!p)
        return Error{p.error().code, QStringLiteral("%1: %2").arg(path, p.error().message)};
    return p;
}

Result<ProvinceProfile> ProvinceProfile::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error{QStringLiteral("profile.json"), tr("The province profile is not valid JSON.")};
    const QJsonObject root = doc.object();
    ProvinceProfile p;
    p.m_id = root.value(QStringLiteral("id")).toString();
    p.m_name = root.value(QStringLiteral("name")).toString();
    if (p.m_id.isEmpty() || p.m_name.isEmpty())
        return Error{QStringLiteral("profile.header"), tr("The province profile needs an id and a name.")};

    const QJsonObject codes = root.value(QStringLiteral("codes")).toObject();
    for (auto table = codes.begin(); table != codes.end(); ++table) {
        if (!table.value().isObject())
            return Error{QStringLiteral("profile.table"),
                         tr("Code table \"%1\" must be an object.").arg(table.key())};
        const QJsonObject entries = table.value().toObject();
        auto &to = p.m_to[table.key()];
        auto &from = p.m_from[table.key()];
        for (auto e = entries.begin(); e != entries.end(); ++e) {
            const QString code = e.value().toString();
            if (!e.value().isString() || code.isEmpty())
                return Error{QStringLiteral("profile.code"),
                             tr("Code table \"%1\": \"%2\" needs a code as text.").arg(table.key(), e.key())};
            if (from.contains(code))
                return Error{QStringLiteral("profile.ambiguous"),
                             tr("Code table \"%1\": code \"%2\" is given to both \"%3\" and \"%4\".")
                                 .arg(table.key(), code, from.value(code), e.key())};
            to.insert(e.key(), code);
            from.insert(code, e.key());
        }
    }
    const QJsonObject platform = root.value(QStringLiteral("platform")).toObject();
    p.m_platform = {platform.value(QStringLiteral("endpoint")).toString(),
                    platform.value(QStringLiteral("signatureMethod")).toString(QStringLiteral("HMAC-SHA256")),
                    platform.value(QStringLiteral("caFile")).toString(),
                    platform.value(QStringLiteral("certFile")).toString(),
                    platform.value(QStringLiteral("keyFile")).toString(),
                    platform.value(QStringLiteral("signingKeyFile")).toString()};
    if (!p.m_platform.endpoint.isEmpty() && !p.m_platform.endpoint.startsWith(QLatin1String("https://")))
        return Error{QStringLiteral("profile.platform"),
                     tr("The platform endpoint must be an https:// address.")};
    if (p.m_platform.signatureMethod != QLatin1String("HMAC-SHA256") &&
        p.m_platform.signatureMethod != QLatin1String("HMAC-SM3"))
        return Error{QStringLiteral("profile.platform"),
                     tr("The platform signature method must be HMAC-SHA256 or HMAC-SM3.")};
    const QJsonObject rating =
        root.value(QStringLiteral("evaluation")).toObject().value(QStringLiteral("defaultRating")).toObject();
    if (!rating.isEmpty()) {
        p.m_defaultRating.enabled = rating.value(QStringLiteral("enabled")).toBool();
        p.m_defaultRating.days = rating.value(QStringLiteral("days")).toInt(0);
        p.m_defaultRating.level = rating.value(QStringLiteral("level")).toString();
        static const QStringList allowed{QStringLiteral("very_satisfied"), QStringLiteral("satisfied"),
                                         QStringLiteral("basically_satisfied")};
        if (p.m_defaultRating.enabled && (p.m_defaultRating.days < 1 || p.m_defaultRating.days > 365 ||
                                          !allowed.contains(p.m_defaultRating.level)))
            return Error{QStringLiteral("profile.default_rating"),
                         tr("The default rating needs 1 to 365 days and a good or neutral level.")};
    }
    const auto required = requiredTables();
    for (auto it = required.begin(); it != required.end(); ++it) {
        for (const QString &neutral : it.value()) {
            if (!p.m_to.value(it.key()).contains(neutral))
                return Error{QStringLiteral("profile.incomplete"),
                             tr("Code table \"%1\" has no code for \"%2\".").arg(it.key(), neutral)};
        }
    }
    return p;
}

std::optional<QString> ProvinceProfile::toProvince(const QString &table, const QString &neutral) const
{
    const auto t = m_to.constFind(table);
    if (t == m_to.constEnd() || !t->contains(neutral))
        return std::nullopt;
    return t->value(neutral);
}

std::optional<QString> ProvinceProfile::fromProvince(const QString &table, const QString &code) const
{
    const auto t = m_from.constFind(table);
    if (t == m_from.constEnd() || !t->contains(code))
        return std::nullopt;
    return t->value(code);
}

} // namespace yc
