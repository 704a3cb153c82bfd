#pragma once

#include "core/result.h"

#include <optional>

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace yc {

// A province's code lists for what we store as neutral codes: satisfaction
// levels (whose direction differs between interfaces), 即办/承诺, identity
// document types (GA/T 2000.156), applicant kinds and channels. Loaded from a
// JSON file (resources/profiles/*.json), checked to map both ways.
class ProvinceProfile
{
    Q_DECLARE_TR_FUNCTIONS(yc::ProvinceProfile)

public:
    static Result<ProvinceProfile> fromJson(const QByteArray &json);
    static Result<ProvinceProfile> load(const QString &path);

    // The tables every profile must have, and the neutral codes each must cover.
    static QHash<QString, QStringList> requiredTables();

    // Where and how the hall talks to the province platform
    // (docs/province-api.md); file names are relative to the data folder
    // unless absolute. The installation's settings may override each one.
    struct Platform
    {
        QString endpoint;        // https://…, empty = no platform configured
        QString signatureMethod; // HMAC-SHA256 | HMAC-SM3
        QString caFile;
        QString certFile;
        QString keyFile;
        QString signingKeyFile; // the shared HMAC key
    };

    // 默认评价: a service not evaluated within `days` natural days gets
    // `level` (Guangdong: 7 days, basically_satisfied). Off when the
    // profile has no "evaluation.defaultRating" or says enabled: false.
    struct DefaultRating
    {
        bool enabled = false;
        int days = 7;
        QString level = QStringLiteral("basically_satisfied");
    };

    QString id() const { return m_id; }
    const DefaultRating &defaultRating() const { return m_defaultRating; }
    const Platform &platform() const { return m_platform; }
    QString name() const { return m_name; }

    std::optional<QString> toProvince(const QString &table, const QString &neutral) const;
    std::optional<QString> fromProvince(const QString &table, const QString &code) const;

private:
    QString m_id;
    QString m_name;
    Platform m_platform;
    DefaultRating m_defaultRating;
    QHash<QString, QHash<QString, QString>> m_to;
    QHash<QString, QHash<QString, QString>> m_from;
};

} // namespace yc
