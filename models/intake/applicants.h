#pragma once

#include "core/result.h"
#include "intake/intake.h"

#include <QDate>
#include <QJsonObject>
#include <QSqlDatabase>

namespace yc {

class FieldCipher;

// The applicant record shared by intake and the 帮办代办 cases: a natural
// person (ID number checked) or a legal person (统一社会信用代码 and 法定代表人).

// Checks and normalises what was typed for a person; the messages name the
// field and start with `who` ("Applicant", "Agent", "Principal").
Result<ApplicantInput> normaliseApplicant(const ApplicantInput &in, const QDate &today, const QString &who);

// Inserts or updates the applicant row (ID number and phone encrypted, a
// lookup hash, masked copies), inside the caller's transaction. Returns its id.
Result<qint64> upsertApplicant(QSqlDatabase db, const FieldCipher &cipher, const ApplicantInput &p,
                               const QString &now);

// The person as an outbox payload carries it: personal data sealed with the
// field key (the sync worker opens it only to send it over TLS).
QJsonObject sealedPersonJson(const FieldCipher &cipher, const ApplicantInput &p);

} // namespace yc
