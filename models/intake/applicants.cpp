#include "applicants.h"

#include "core/pii.h"
#include "core/text.h"
#include "crypto/fieldcipher.h"
#include "identity/identitynumbers.h"
#include "intake/intakeservice.h"
#include "store/sql.h"

namespace yc {

// Checks and normalises what was typed for a person; the messages name the field.
Result<ApplicantInput> normaliseApplicant(const ApplicantInput &in, const QDate &today, const QString &who)
{
    ApplicantInput out = in;
    out.name = in.name.trimmed();
    out.address = in.address.trimmed();
    out.legalRep = in.legalRep.trimmed();
    if (out.name.isEmpty() || out.name.toUcs4().size() > 100 || hasControlCharacters(out.name))
        return Error{QStringLiteral("intake.name"),
                     IntakeService::tr("%1: enter a name of 1 to 100 characters.").arg(who)};
    if (out.address.toUcs4().size() > 200 || hasControlCharacters(out.address))
        return Error{QStringLiteral("intake.address"),
                     IntakeService::tr("%1: the address may have at most 200 characters.").arg(who)};
    if (out.kind == QLatin1String("legal")) {
        auto code = identity::checkCreditCode(in.idNumber);
        if (!code)
            return Error{code.error().code,
                         IntakeService::tr("%1: %2", "who: what is wrong").arg(who, code.error().message)};
        out.idType = QStringLiteral("credit_code");
        out.idNumber = code.value();
        if (out.legalRep.isEmpty())
            return Error{QStringLiteral("intake.legal_rep"),
                         IntakeService::tr("%1: enter the legal representative.").arg(who)};
    } else if (out.kind == QLatin1String("natural")) {
        const bool checked = out.idType == QLatin1String("resident_id") ||
                             out.idType == QLatin1String("hk_mo_tw_residence") ||
                             out.idType == QLatin1String("foreign_permanent");
        if (checked) {
            auto id = identity::parseIdNumber(in.idNumber, today);
            if (!id)
                return Error{id.error().code,
                             IntakeService::tr("%1: %2", "who: what is wrong").arg(who, id.error().message)};
            out.idNumber = id->normalized;
        } else {
            out.idNumber = in.idNumber.trimmed().toUpper();
            if (out.idNumber.isEmpty() || out.idNumber.size() > 40 || hasControlCharacters(out.idNumber))
                return Error{
                    QStringLiteral("intake.id"),
                    IntakeService::tr("%1: enter the document number (at most 40 characters).").arg(who)};
        }
    } else {
        return Error{QStringLiteral("intake.kind"),
                     IntakeService::tr("%1: unknown kind of applicant.").arg(who)};
    }
    if (!in.phone.trimmed().isEmpty()) {
        auto phone = identity::checkPhone(in.phone);
        if (!phone)
            return Error{phone.error().code,
                         IntakeService::tr("%1: %2", "who: what is wrong").arg(who, phone.error().message)};
        out.phone = phone.value();
    }
    return out;
}

Result<qint64> upsertApplicant(QSqlDatabase db, const FieldCipher &cipher, const ApplicantInput &p,
                               const QString &now)
{
    const QString lookup = cipher.lookupHash(p.idNumber);
    auto idCipher = cipher.encrypt(p.idNumber.toUtf8());
    if (!idCipher)
        return idCipher.error();
    QVariant phoneCipher;
    if (!p.phone.isEmpty()) {
        auto encrypted = cipher.encrypt(p.phone.toUtf8());
        if (!encrypted)
            return encrypted.error();
        phoneCipher = encrypted.value();
    }
    auto q = sql::run(
        db,
        QStringLiteral(
            "INSERT INTO applicant (kind, name, id_type, id_no_lookup, id_no_cipher, id_no_masked, "
            "phone_cipher, phone_masked, address, legal_rep, created_at, updated_at) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id_type, id_no_lookup) DO UPDATE SET "
            "kind = excluded.kind, name = excluded.name, phone_cipher = coalesce(excluded.phone_cipher, "
            "phone_cipher), phone_masked = CASE WHEN excluded.phone_masked = '' THEN phone_masked ELSE "
            "excluded.phone_masked END, address = excluded.address, legal_rep = excluded.legal_rep, "
            "updated_at = excluded.updated_at RETURNING id"),
        {p.kind, p.name, p.idType, lookup, idCipher.value(), pii::maskIdNumber(p.idNumber), phoneCipher,
         p.phone.isEmpty() ? QString() : pii::maskPhone(p.phone), p.address, p.legalRep, now, now});
    if (!q)
        return q.error();
    q->next();
    return q->value(0).toLongLong();
}

QJsonObject sealedPersonJson(const FieldCipher &cipher, const ApplicantInput &p)
{
    // Personal data stays encrypted in the outbox too; the sync worker
    // decrypts it only to send it over TLS.
    auto id = cipher.encrypt(p.idNumber.toUtf8());
    QJsonObject o{
        {QStringLiteral("kind"), p.kind},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("idType"), p.idType},
        {QStringLiteral("idNumberMasked"), pii::maskIdNumber(p.idNumber)},
        {QStringLiteral("idNumberSealed"), QString::fromLatin1(id ? id->toBase64() : QByteArray())}};
    if (!p.phone.isEmpty()) {
        auto phone = cipher.encrypt(p.phone.toUtf8());
        o.insert(QStringLiteral("phoneSealed"),
                 QString::fromLatin1(phone ? phone->toBase64() : QByteArray()));
    }
    if (!p.address.isEmpty())
        o.insert(QStringLiteral("address"), p.address);
    if (!p.legalRep.isEmpty())
        o.insert(QStringLiteral("legalRep"), p.legalRep);
    return o;
}

} // namespace yc
