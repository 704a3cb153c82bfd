#pragma once

#include "core/result.h"

#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace yc::platform {

// Parsers of the platform's answers (province-api.md §2–5). They never trust
// the bytes: anything unexpected is an error value, never a crash.

struct PlatformError
{
    QString code;
    QString message;
    bool retryable = false;
};

// {"error": {code, message, retryable}}, or nothing when the body is not one.
std::optional<PlatformError> parseErrorReply(const QByteArray &body);

struct EventResult
{
    QString eventId;
    enum class Status
    {
        Accepted,
        Duplicate,
        Rejected
    } status = Status::Rejected;
    PlatformError error; // when rejected
};

// The push answer; its results must name exactly the sent event ids, in order
// (reply.mismatch otherwise — the answer cannot be trusted as a whole).
Result<QList<EventResult>> parsePushReply(const QByteArray &body, const QStringList &sentEventIds);

struct StatusChange
{
    qint64 cursor = 0;
    QString caseKey;
    QString projectNo;
    QString status; // finished | returned
    QString occurredAt;
    QJsonObject data;
};

struct StatusPage
{
    QList<StatusChange> changes;
    qint64 nextCursor = 0;
};

// Changes must come in increasing cursor order after `afterCursor`.
Result<StatusPage> parseStatusReply(const QByteArray &body, qint64 afterCursor);

// One entry of the online appointments feed (统一预约排队): a booking, or
// the cancellation of one booked earlier (the same appointmentId).
struct AppointmentChange
{
    qint64 cursor = 0;
    QString appointmentId;
    QString line;       // the hall's business line, by its ticket prefix
    QString matterCode; // the matter booked for, when the citizen chose one
    QString personMasked;
    QDateTime slotStart;
    QDateTime slotEnd;
    bool cancelled = false;
};

struct AppointmentPage
{
    QList<AppointmentChange> appointments;
    qint64 nextCursor = 0;
};

// Entries must come in increasing cursor order after `afterCursor`.
Result<AppointmentPage> parseAppointmentReply(const QByteArray &body, qint64 afterCursor);

} // namespace yc::platform
