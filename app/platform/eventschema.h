#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QStringList>

namespace yc::platform {

// The strict schema of a pushed event (province-api.md §3): the envelope and
// the required fields of each type. Error codes: schema.envelope,
// schema.unknown_type, schema.missing_field, schema.field_type,
// schema.field_value; the message names the field.
Result<void> validateEvent(const QJsonObject &event);

QStringList eventTypes();

} // namespace yc::platform
