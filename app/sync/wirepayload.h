#pragma once

#include "core/result.h"
#include "outbox/outboxqueue.h"

#include <QJsonObject>

namespace yc {

class FieldCipher;
class ProvinceProfile;

// Turns an outbox row into the envelope the API expects (province-api.md
// §3): the sealed personal data opened (it only leaves the machine inside
// TLS) and neutral codes mapped to the province's where the profile has them.
// Fails with sync.local_* when the row cannot be turned into an event.
Result<QJsonObject> wireEnvelope(const outbox::Item &item, const FieldCipher *cipher,
                                 const ProvinceProfile *profile);

} // namespace yc
