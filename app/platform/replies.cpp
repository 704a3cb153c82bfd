#include "replies.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace yc::platform {

namespace {

Error malformed(const QString &what)
{
    return Error{QStringLiteral("reply.malformed"), what};
}

std::optional<QJsonObject> parseObject(const QByteArray &body)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &e);
    if (e.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

std::optional<PlatformError> errorFrom(const QJsonValue &v)
{
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    const QJsonValue code = o.value(QStringLiteral("code"));
    const QJsonValue message = o.value(QStringLiteral("message"));
    const QJsonValue retryable = o.value(QStringLiteral("retryable"));
    if (!code.isString() || code.toString().isEmpty() || !message.isString() || !retryable.isBool())
        return std::nullopt;
    // A platform message ends up in the dead-letter list; keep it readable.
    return PlatformError{code.toString().left(100), message.toString().left(1000), retryable.toBool()};
}

} // namespace

std::optional<PlatformError> parseErrorReply(const QByteArray &body)
{
    const auto o = parseObject(body);
    if (!o)
        return std::nullopt;
    return errorFrom(o->value(QStringLiteral("error")));
}

Result<QList<EventResult>> parsePushReply(const QByteArray &body, const QStringList &sentEventIds)
{
    const auto o = parseObject(body);
    if (!o)
        return malformed(QStringLiteral("the push answer is not a JSON object"));
    const QJsonValue results = o->value(QStringLiteral("results"));
    if (!results.isArray())
        return malformed(QStringLiteral("the push answer has no results array"));
    const QJsonArray array = results.toArray();
    if (array.size() != sentEventIds.size())
        return Error{QStringLiteral("reply.mismatch"),
                     QStringLiteral("%1 results for %2 events").arg(array.size()).arg(sentEventIds.size())};
    QList<EventResult> out;
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject r = array.at(i).toObject();
        EventResult result;
        result.eventId = r.value(QStringLiteral("eventId")).toString();
        if (result.eventId != sentEventIds.at(i))
            return Error{QStringLiteral("reply.mismatch"),
                         QStringLiteral("result %1 names another event").arg(i)};
        const QString status = r.value(QStringLiteral("status")).toString();
        if (status == QLatin1String("accepted")) {
            result.status = EventResult::Status::Accepted;
        } else if (status == QLatin1String("duplicate")) {
            result.status = EventResult::Status::Duplicate;
        } else if (status == QLatin1String("rejected")) {
            const auto error = errorFrom(r.value(QStringLiteral("error")));
            if (!error)
                return malformed(QStringLiteral("result %1 is rejected without an error").arg(i));
            result.status = EventResult::Status::Rejected;
            result.error = *error;
        } else {
            return malformed(QStringLiteral("result %1 has an unknown status").arg(i));
        }
        out << result;
    }
    return out;
}

Result<StatusPage> parseStatusReply(const QByteArray &body, qint64 afterCursor)
{
    const auto o = parseObject(body);
    if (!o)
        return malformed(QStringLiteral("the status answer is not a JSON object"));
    const QJsonValue changes = o->value(QStringLiteral("changes"));
    const QJsonValue next = o->value(QStringLiteral("nextCursor"));
    if (!changes.isArray() || !next.isDouble() || next.toDouble() != double(next.toInteger()))
        return malformed(QStringLiteral("the status answer lacks changes or nextCursor"));
    StatusPage page;
    page.nextCursor = next.toInteger();
    qint64 last = afterCursor;
    for (const QJsonValue &v : changes.toArray()) {
        const QJsonObject c = v.toObject();
        StatusChange change;
        const QJsonValue cursor = c.value(QStringLiteral("cursor"));
        if (!cursor.isDouble() || cursor.toDouble() != double(cursor.toInteger()))
            return malformed(QStringLiteral("a status change has no integer cursor"));
        change.cursor = cursor.toInteger();
        if (change.cursor <= last)
            return malformed(QStringLiteral("status changes are not in cursor order"));
        last = change.cursor;
        change.caseKey = c.value(QStringLiteral("caseKey")).toString();
        change.projectNo = c.value(QStringLiteral("projectNo")).toString();
        change.status = c.value(QStringLiteral("status")).toString();
        change.occurredAt = c.value(QStringLiteral("occurredAt")).toString();
        change.data = c.value(QStringLiteral("data")).toObject();
        if (change.caseKey.isEmpty() ||
            (change.status != QLatin1String("finished") && change.status != QLatin1String("returned")) ||
            !QDateTime::fromString(change.occurredAt, Qt::ISODateWithMs).isValid())
            return malformed(QStringLiteral("status change %1 is incomplete").arg(change.cursor));
        page.changes << change;
    }
    if (page.nextCursor < last)
        return malformed(QStringLiteral("nextCursor is behind the changes"));
    return page;
}

Result<AppointmentPage> parseAppointmentReply(const QByteArray &body, qint64 afterCursor)
{
    const auto o = parseObject(body);
    if (!o)
        return malformed(QStringLiteral("the appointments answer is not a JSON object"));
    const QJsonValue list = o->value(QStringLiteral("appointments"));
    const QJsonValue next = o->value(QStringLiteral("nextCursor"));
    if (!list.isArray() || !next.isDouble() || next.toDouble() != double(next.toInteger()))
        return malformed(QStringLiteral("the appointments answer lacks appointments or nextCursor"));
    AppointmentPage page;
    page.nextCursor = next.toInteger();
    qint64 last = afterCursor;
    for (const QJsonValue &v : list.toArray()) {
        const QJsonObject a = v.toObject();
        AppointmentChange change;
        const QJsonValue cursor = a.value(QStringLiteral("cursor"));
        if (!cursor.isDouble() || cursor.toDouble() != double(cursor.toInteger()))
            return malformed(QStringLiteral("an appointment has no integer cursor"));
        change.cursor = cursor.toInteger();
        if (change.cursor <= last)
            return malformed(QStringLiteral("appointments are not in cursor order"));
        last = change.cursor;
        change.appointmentId = a.value(QStringLiteral("appointmentId")).toString();
        change.line = a.value(QStringLiteral("line")).toString();
        change.matterCode = a.value(QStringLiteral("matterCode")).toString();
        change.personMasked = a.value(QStringLiteral("personMasked")).toString();
        change.slotStart =
            QDateTime::fromString(a.value(QStringLiteral("slotStart")).toString(), Qt::ISODateWithMs);
        change.slotEnd =
            QDateTime::fromString(a.value(QStringLiteral("slotEnd")).toString(), Qt::ISODateWithMs);
        const QJsonValue cancelled = a.value(QStringLiteral("cancelled"));
        change.cancelled = cancelled.toBool();
        if (change.appointmentId.isEmpty() || change.appointmentId.size() > 64 || change.line.isEmpty() ||
            change.line.size() > 2 || change.personMasked.size() > 40 || !change.slotStart.isValid() ||
            !change.slotEnd.isValid() || change.slotEnd <= change.slotStart ||
            !(cancelled.isBool() || cancelled.isUndefined()))
            return malformed(QStringLiteral("appointment %1 is incomplete").arg(change.cursor));
        page.appointments << change;
    }
    if (page.nextCursor < last)
        return malformed(QStringLiteral("nextCursor is behind the appointments"));
    return page;
}

} // namespace yc::platform
