#include "eventschema.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QUuid>

namespace yc::platform {

namespace {

enum class Kind
{
    Text,
    Int,
    Time,
    Date,
    Person,
    Array,
    Bool
};

struct Field
{
    const char *name;
    Kind kind;
};

using FieldList = QList<Field>;

const QHash<QString, FieldList> &schemas()
{
    static const FieldList applicant{{"taskCode", Kind::Text},    {"matterVersion", Kind::Int},
                                     {"matterName", Kind::Text},  {"decision", Kind::Text},
                                     {"applicant", Kind::Person}, {"appliedAt", Kind::Time},
                                     {"docNo", Kind::Text}};
    static const QHash<QString, FieldList> table{
        {QStringLiteral("case.accepted"), applicant + FieldList{{"projectNo", Kind::Text},
                                                                {"projectKind", Kind::Text},
                                                                {"materials", Kind::Array},
                                                                {"acceptedAt", Kind::Time},
                                                                {"promiseDueDate", Kind::Date},
                                                                {"windowNo", Kind::Int},
                                                                {"clerk", Kind::Text}}},
        {QStringLiteral("case.notified"), applicant + FieldList{{"materials", Kind::Array}}},
        {QStringLiteral("case.rejected"), applicant + FieldList{{"reason", Kind::Text}}},
        {QStringLiteral("case.material_supplied"),
         {{"projectNo", Kind::Text}, {"materialCode", Kind::Text}, {"suppliedAt", Kind::Time}}},
        {QStringLiteral("case.handed_over"),
         {{"projectNo", Kind::Text},
          {"handedAt", Kind::Time},
          {"items", Kind::Text},
          {"toWhom", Kind::Text}}},
        {QStringLiteral("case.step"),
         {{"projectNo", Kind::Text},
          {"stepName", Kind::Text},
          {"action", Kind::Text},
          {"staff", Kind::Text},
          {"startedAt", Kind::Time}}},
        {QStringLiteral("case.special_started"),
         {{"projectNo", Kind::Text},
          {"specialType", Kind::Text},
          {"reason", Kind::Text},
          {"startedAt", Kind::Time}}},
        {QStringLiteral("case.special_ended"),
         {{"projectNo", Kind::Text},
          {"specialType", Kind::Text},
          {"endedAt", Kind::Time},
          {"result", Kind::Text}}},
        {QStringLiteral("case.finished"),
         {{"projectNo", Kind::Text}, {"finishedAt", Kind::Time}, {"resultType", Kind::Text}}},
        {QStringLiteral("case.delivered"),
         {{"projectNo", Kind::Text},
          {"deliveredAt", Kind::Time},
          {"method", Kind::Text},
          {"docNo", Kind::Text}}},
        {QStringLiteral("evaluation.submitted"),
         {{"projectNo", Kind::Text},
          {"satisfaction", Kind::Text},
          {"channel", Kind::Text},
          {"evaluatedAt", Kind::Time}}},
        {QStringLiteral("proxy.recorded"),
         {{"proxyNo", Kind::Text},
          {"action", Kind::Text},
          {"serviceMode", Kind::Text},
          {"reason", Kind::Text},
          {"state", Kind::Text},
          {"helper", Kind::Text},
          {"recordedBy", Kind::Text},
          {"recordedAt", Kind::Time},
          {"mandateSigned", Kind::Bool},
          {"waitingOnCitizen", Kind::Bool},
          {"linkedProjectNos", Kind::Array},
          {"handoversReceived", Kind::Int},
          {"handoversReturned", Kind::Int},
          {"originalsOutstanding", Kind::Int}}},
    };
    return table;
}

Error fieldError(const QString &code, const QString &path, const QString &what)
{
    return Error{code, QStringLiteral("%1 %2").arg(path, what)};
}

bool isTime(const QJsonValue &v)
{
    return v.isString() && QDateTime::fromString(v.toString(), Qt::ISODateWithMs).isValid();
}

bool isNonEmptyText(const QJsonValue &v)
{
    return v.isString() && !v.toString().trimmed().isEmpty();
}

Result<void> checkField(const QJsonObject &object, const QString &path, const Field &field);

Result<void> checkPerson(const QJsonObject &person, const QString &path)
{
    for (const Field &f : {Field{"kind", Kind::Text}, Field{"name", Kind::Text}, Field{"idType", Kind::Text},
                           Field{"idNumber", Kind::Text}}) {
        if (auto r = checkField(person, path, f); !r)
            return r;
    }
    return {};
}

Result<void> checkField(const QJsonObject &object, const QString &path, const Field &field)
{
    const QString name = QString::fromLatin1(field.name);
    const QString where = path + u'.' + name;
    if (!object.contains(name) || object.value(name).isNull())
        return fieldError(QStringLiteral("schema.missing_field"), where, QStringLiteral("is required"));
    const QJsonValue v = object.value(name);
    switch (field.kind) {
    case Kind::Text:
        if (!v.isString())
            return fieldError(QStringLiteral("schema.field_type"), where, QStringLiteral("must be a string"));
        if (!isNonEmptyText(v))
            return fieldError(QStringLiteral("schema.field_value"), where,
                              QStringLiteral("must not be empty"));
        return {};
    case Kind::Int:
        if (!v.isDouble() || v.toDouble() != double(v.toInteger()))
            return fieldError(QStringLiteral("schema.field_type"), where,
                              QStringLiteral("must be an integer"));
        return {};
    case Kind::Time:
        if (!isTime(v))
            return fieldError(QStringLiteral("schema.field_type"), where,
                              QStringLiteral("must be an ISO-8601 date and time"));
        return {};
    case Kind::Date:
        if (!v.isString() || !QDate::fromString(v.toString(), Qt::ISODate).isValid())
            return fieldError(QStringLiteral("schema.field_type"), where,
                              QStringLiteral("must be an ISO-8601 date (YYYY-MM-DD)"));
        return {};
    case Kind::Person:
        if (!v.isObject())
            return fieldError(QStringLiteral("schema.field_type"), where,
                              QStringLiteral("must be an object"));
        return checkPerson(v.toObject(), where);
    case Kind::Array:
        if (!v.isArray())
            return fieldError(QStringLiteral("schema.field_type"), where, QStringLiteral("must be an array"));
        return {};
    case Kind::Bool:
        if (!v.isBool())
            return fieldError(QStringLiteral("schema.field_type"), where,
                              QStringLiteral("must be true or false"));
        return {};
    }
    return {};
}

Result<void> checkOneOf(const QJsonObject &data, const char *field, const QStringList &allowed)
{
    const QString name = QString::fromLatin1(field);
    if (!allowed.contains(data.value(name).toString()))
        return fieldError(QStringLiteral("schema.field_value"), QStringLiteral("data.") + name,
                          QStringLiteral("must be one of ") + allowed.join(QStringLiteral(", ")));
    return {};
}

// 帮办代办: the case as it stands after the change the action names.
Result<void> checkProxy(const QJsonObject &data)
{
    static const QStringList actions{QStringLiteral("opened"),
                                     QStringLiteral("linked"),
                                     QStringLiteral("unlinked"),
                                     QStringLiteral("mandate"),
                                     QStringLiteral("mandate_scan"),
                                     QStringLiteral("handover"),
                                     QStringLiteral("progress"),
                                     QStringLiteral("home_visit_scheduled"),
                                     QStringLiteral("home_visit_recorded"),
                                     QStringLiteral("suspended"),
                                     QStringLiteral("resumed"),
                                     QStringLiteral("terminated"),
                                     QStringLiteral("finished"),
                                     QStringLiteral("callback")};
    if (auto r = checkOneOf(data, "action", actions); !r)
        return r;
    if (auto r =
            checkOneOf(data, "serviceMode",
                       {QStringLiteral("assist"), QStringLiteral("proxy"), QStringLiteral("home_visit")});
        !r)
        return r;
    if (auto r =
            checkOneOf(data, "state",
                       {QStringLiteral("open"), QStringLiteral("in_progress"), QStringLiteral("suspended"),
                        QStringLiteral("terminated"), QStringLiteral("finished")});
        !r)
        return r;
    if (data.contains(QStringLiteral("nextDueDate"))) {
        if (auto r = checkField(data, QStringLiteral("data"), {"nextDueDate", Kind::Date}); !r)
            return r;
    }
    const QString action = data.value(QStringLiteral("action")).toString();
    QList<Field> required;
    if (action == u"opened")
        required = {{"principal", Kind::Person}, {"openedAt", Kind::Time}};
    else if (action == u"suspended")
        required = {{"note", Kind::Text}};
    else if (action == u"terminated")
        required = {{"terminatedAt", Kind::Time}, {"closeReason", Kind::Text}};
    else if (action == u"finished")
        required = {{"finishedAt", Kind::Time}, {"result", Kind::Text}};
    else if (action == u"callback")
        required = {
            {"callbackAt", Kind::Time}, {"callbackMethod", Kind::Text}, {"callbackResult", Kind::Text}};
    for (const Field &f : required) {
        if (auto r = checkField(data, QStringLiteral("data"), f); !r)
            return r;
    }
    return {};
}

Result<void> checkConditional(const QString &type, const QJsonObject &data)
{
    if (type == QLatin1String("proxy.recorded"))
        return checkProxy(data);
    if (type == QLatin1String("case.finished")) {
        static const QStringList results{QStringLiteral("certificate"), QStringLiteral("approval"),
                                         QStringLiteral("other"), QStringLiteral("none")};
        const QString resultType = data.value(QStringLiteral("resultType")).toString();
        if (!results.contains(resultType))
            return fieldError(QStringLiteral("schema.field_value"), QStringLiteral("data.resultType"),
                              QStringLiteral("must be one of certificate, approval, other, none"));
        if (resultType == QLatin1String("certificate"))
            return checkField(data, QStringLiteral("data"), {"certificateName", Kind::Text});
    }
    if (type == QLatin1String("case.delivered")) {
        const QString method = data.value(QStringLiteral("method")).toString();
        if (method != QLatin1String("window") && method != QLatin1String("mail"))
            return fieldError(QStringLiteral("schema.field_value"), QStringLiteral("data.method"),
                              QStringLiteral("must be window or mail"));
        if (method == QLatin1String("mail"))
            return checkField(data, QStringLiteral("data"), {"trackingNo", Kind::Text});
    }
    if (type == QLatin1String("case.step")) {
        const QString action = data.value(QStringLiteral("action")).toString();
        if (action != QLatin1String("approve") && action != QLatin1String("return") &&
            action != QLatin1String("other"))
            return fieldError(QStringLiteral("schema.field_value"), QStringLiteral("data.action"),
                              QStringLiteral("must be approve, return or other"));
    }
    if (type == QLatin1String("case.accepted") || type == QLatin1String("case.notified")) {
        const QJsonArray materials = data.value(QStringLiteral("materials")).toArray();
        for (qsizetype i = 0; i < materials.size(); ++i) {
            const QString where = QStringLiteral("data.materials[%1]").arg(i);
            if (!materials.at(i).isObject())
                return fieldError(QStringLiteral("schema.field_type"), where,
                                  QStringLiteral("must be an object"));
            for (const Field &f :
                 {Field{"code", Kind::Text}, Field{"name", Kind::Text}, Field{"state", Kind::Text}}) {
                if (auto r = checkField(materials.at(i).toObject(), where, f); !r)
                    return r;
            }
        }
    }
    return {};
}

} // namespace

QStringList eventTypes()
{
    QStringList types = schemas().keys();
    types.sort();
    return types;
}

Result<void> validateEvent(const QJsonObject &event)
{
    const auto envelope = [](const QString &what) { return Error{QStringLiteral("schema.envelope"), what}; };
    const QJsonValue id = event.value(QStringLiteral("eventId"));
    if (!id.isString() || QUuid::fromString(id.toString()).isNull())
        return envelope(QStringLiteral("eventId must be a UUID string"));
    const QJsonValue caseKey = event.value(QStringLiteral("caseKey"));
    if (!isNonEmptyText(caseKey) || caseKey.toString().size() > 64)
        return envelope(QStringLiteral("caseKey must be a string of 1 to 64 characters"));
    const QJsonValue seq = event.value(QStringLiteral("caseSeq"));
    if (!seq.isDouble() || seq.toDouble() != double(seq.toInteger()) || seq.toInteger() < 1)
        return envelope(QStringLiteral("caseSeq must be an integer of at least 1"));
    if (!isTime(event.value(QStringLiteral("occurredAt"))))
        return envelope(QStringLiteral("occurredAt must be an ISO-8601 date and time"));
    if (!event.value(QStringLiteral("data")).isObject())
        return envelope(QStringLiteral("data must be an object"));
    const QString type = event.value(QStringLiteral("type")).toString();
    const auto schema = schemas().constFind(type);
    if (schema == schemas().constEnd())
        return Error{QStringLiteral("schema.unknown_type"),
                     QStringLiteral("type \"%1\" is not an event type of this API").arg(type.left(60))};
    const QJsonObject data = event.value(QStringLiteral("data")).toObject();
    for (const Field &f : *schema) {
        if (auto r = checkField(data, QStringLiteral("data"), f); !r)
            return r;
    }
    return checkConditional(type, data);
}

} // namespace yc::platform
