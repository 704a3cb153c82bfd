#include "queuejson.h"

#include "core/clock.h"

namespace yc::queue::json {

namespace {

QJsonValue timeValue(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(toStoredTime(t)) : QJsonValue();
}

QDateTime timeFrom(const QJsonValue &v)
{
    return v.isString() ? fromStoredTime(v.toString()) : QDateTime();
}

template <typename T>
QJsonArray arrayOf(const QList<T> &list)
{
    QJsonArray a;
    for (const T &item : list)
        a.append(toJson(item));
    return a;
}

} // namespace

QJsonObject toJson(const Ticket &t)
{
    return {
        {QStringLiteral("id"), t.id},
        {QStringLiteral("businessDay"), t.businessDay},
        {QStringLiteral("lineId"), t.lineId},
        {QStringLiteral("linePrefix"), t.linePrefix},
        {QStringLiteral("number"), t.number},
        {QStringLiteral("displayNo"), t.displayNo},
        {QStringLiteral("priorityGroup"), t.priorityGroup},
        {QStringLiteral("proxyMode"), t.proxyMode},
        {QStringLiteral("proxyReason"), t.proxyReason},
        {QStringLiteral("state"), t.state},
        {QStringLiteral("issuedAt"), timeValue(t.issuedAt)},
        {QStringLiteral("calledAt"), timeValue(t.calledAt)},
        {QStringLiteral("finishedAt"), timeValue(t.finishedAt)},
        {QStringLiteral("stateChangedAt"), timeValue(t.stateChangedAt)},
        {QStringLiteral("priorityFrom"), timeValue(t.priorityFrom)},
        {QStringLiteral("window"), t.windowNo},
        {QStringLiteral("staffNo"), t.staffNo},
        {QStringLiteral("recallCount"), t.recallCount},
        {QStringLiteral("sortKey"), t.sortKey},
        {QStringLiteral("pinned"), t.pinned},
        {QStringLiteral("targetWindow"), t.targetWindow},
        {QStringLiteral("targetStaff"), t.targetStaff},
        {QStringLiteral("caseNo"), t.caseNo},
        {QStringLiteral("appointmentId"), t.appointmentId},
        {QStringLiteral("personMasked"), t.personMasked},
    };
}

Ticket ticketFrom(const QJsonObject &o)
{
    Ticket t;
    t.id = o.value(QStringLiteral("id")).toInteger();
    t.businessDay = o.value(QStringLiteral("businessDay")).toString();
    t.lineId = o.value(QStringLiteral("lineId")).toInteger();
    t.linePrefix = o.value(QStringLiteral("linePrefix")).toString();
    t.number = o.value(QStringLiteral("number")).toInt();
    t.displayNo = o.value(QStringLiteral("displayNo")).toString();
    t.priorityGroup = o.value(QStringLiteral("priorityGroup")).toString();
    t.proxyMode = o.value(QStringLiteral("proxyMode")).toString();
    t.proxyReason = o.value(QStringLiteral("proxyReason")).toString();
    t.state = o.value(QStringLiteral("state")).toString();
    t.issuedAt = timeFrom(o.value(QStringLiteral("issuedAt")));
    t.calledAt = timeFrom(o.value(QStringLiteral("calledAt")));
    t.finishedAt = timeFrom(o.value(QStringLiteral("finishedAt")));
    t.stateChangedAt = timeFrom(o.value(QStringLiteral("stateChangedAt")));
    t.priorityFrom = timeFrom(o.value(QStringLiteral("priorityFrom")));
    t.windowNo = o.value(QStringLiteral("window")).toInt();
    t.staffNo = o.value(QStringLiteral("staffNo")).toString();
    t.recallCount = o.value(QStringLiteral("recallCount")).toInt();
    t.sortKey = o.value(QStringLiteral("sortKey")).toInteger();
    t.pinned = o.value(QStringLiteral("pinned")).toBool();
    t.targetWindow = o.value(QStringLiteral("targetWindow")).toInt();
    t.targetStaff = o.value(QStringLiteral("targetStaff")).toString();
    t.caseNo = o.value(QStringLiteral("caseNo")).toString();
    t.appointmentId = o.value(QStringLiteral("appointmentId")).toInteger();
    t.personMasked = o.value(QStringLiteral("personMasked")).toString();
    return t;
}

QJsonObject toJson(const Line &l)
{
    return {{QStringLiteral("id"), l.id},
            {QStringLiteral("prefix"), l.prefix},
            {QStringLiteral("name"), l.name},
            {QStringLiteral("dailyCap"), l.dailyCap},
            {QStringLiteral("opensAt"), l.opensAt.toString(QStringLiteral("HH:mm"))},
            {QStringLiteral("closesAt"), l.closesAt.toString(QStringLiteral("HH:mm"))},
            {QStringLiteral("active"), l.active}};
}

Line lineFrom(const QJsonObject &o)
{
    Line l;
    l.id = o.value(QStringLiteral("id")).toInteger();
    l.prefix = o.value(QStringLiteral("prefix")).toString();
    l.name = o.value(QStringLiteral("name")).toString();
    l.dailyCap = o.value(QStringLiteral("dailyCap")).toInt();
    l.opensAt = QTime::fromString(o.value(QStringLiteral("opensAt")).toString(), QStringLiteral("HH:mm"));
    l.closesAt = QTime::fromString(o.value(QStringLiteral("closesAt")).toString(), QStringLiteral("HH:mm"));
    l.active = o.value(QStringLiteral("active")).toBool(true);
    return l;
}

QJsonObject toJson(const WindowState &w)
{
    QJsonArray lines;
    for (qint64 id : w.lineIds)
        lines.append(id);
    return {{QStringLiteral("window"), w.windowNo},
            {QStringLiteral("name"), w.name},
            {QStringLiteral("type"), w.type},
            {QStringLiteral("paused"), w.paused},
            {QStringLiteral("pauseReason"), w.pauseReason},
            {QStringLiteral("staffNo"), w.staffNo},
            {QStringLiteral("currentTicketId"), w.currentTicketId},
            {QStringLiteral("lineIds"), lines},
            {QStringLiteral("changedAt"), timeValue(w.changedAt)}};
}

WindowState windowFrom(const QJsonObject &o)
{
    WindowState w;
    w.windowNo = o.value(QStringLiteral("window")).toInt();
    w.name = o.value(QStringLiteral("name")).toString();
    w.type = o.value(QStringLiteral("type")).toString();
    w.paused = o.value(QStringLiteral("paused")).toBool();
    w.pauseReason = o.value(QStringLiteral("pauseReason")).toString();
    w.staffNo = o.value(QStringLiteral("staffNo")).toString();
    w.currentTicketId = o.value(QStringLiteral("currentTicketId")).toInteger();
    for (const QJsonValue &v : o.value(QStringLiteral("lineIds")).toArray())
        w.lineIds.append(v.toInteger());
    w.changedAt = timeFrom(o.value(QStringLiteral("changedAt")));
    return w;
}

QJsonObject toJson(const QueueEvent &e)
{
    return {{QStringLiteral("seq"), e.seq},         {QStringLiteral("at"), timeValue(e.at)},
            {QStringLiteral("kind"), e.kind},       {QStringLiteral("ticketId"), e.ticketId},
            {QStringLiteral("window"), e.windowNo}, {QStringLiteral("staffNo"), e.staffNo},
            {QStringLiteral("detail"), e.detail}};
}

QueueEvent eventFrom(const QJsonObject &o)
{
    return {o.value(QStringLiteral("seq")).toInteger(),  timeFrom(o.value(QStringLiteral("at"))),
            o.value(QStringLiteral("kind")).toString(),  o.value(QStringLiteral("ticketId")).toInteger(),
            o.value(QStringLiteral("window")).toInt(),   o.value(QStringLiteral("staffNo")).toString(),
            o.value(QStringLiteral("detail")).toString()};
}

QJsonObject toJson(const Snapshot &s)
{
    return {{QStringLiteral("seq"), s.seq},
            {QStringLiteral("businessDay"), s.businessDay},
            {QStringLiteral("lines"), arrayOf(s.lines)},
            {QStringLiteral("windows"), arrayOf(s.windows)},
            {QStringLiteral("tickets"), arrayOf(s.tickets)},
            {QStringLiteral("appointments"), arrayOf(s.appointments)}};
}

QJsonObject toJson(const EventBatch &b)
{
    QJsonObject o{{QStringLiteral("events"), arrayOf(b.events)},
                  {QStringLiteral("tickets"), arrayOf(b.tickets)},
                  {QStringLiteral("more"), b.more}};
    if (b.hasWindows)
        o.insert(QStringLiteral("windows"), arrayOf(b.windows));
    return o;
}

QJsonObject toJson(const Appointment &a)
{
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("lineId"), a.lineId},
            {QStringLiteral("source"), a.source},
            {QStringLiteral("externalId"), a.externalId},
            {QStringLiteral("personMasked"), a.personMasked},
            {QStringLiteral("slotStart"), timeValue(a.slotStart)},
            {QStringLiteral("slotEnd"), timeValue(a.slotEnd)},
            {QStringLiteral("state"), a.state},
            {QStringLiteral("ticketId"), a.ticketId}};
}

Appointment appointmentFrom(const QJsonObject &o)
{
    Appointment a;
    a.id = o.value(QStringLiteral("id")).toInteger();
    a.lineId = o.value(QStringLiteral("lineId")).toInteger();
    a.source = o.value(QStringLiteral("source")).toString();
    a.externalId = o.value(QStringLiteral("externalId")).toString();
    a.personMasked = o.value(QStringLiteral("personMasked")).toString();
    a.slotStart = timeFrom(o.value(QStringLiteral("slotStart")));
    a.slotEnd = timeFrom(o.value(QStringLiteral("slotEnd")));
    a.state = o.value(QStringLiteral("state")).toString();
    a.ticketId = o.value(QStringLiteral("ticketId")).toInteger();
    return a;
}

} // namespace yc::queue::json
