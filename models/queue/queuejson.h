#pragma once

#include "queue/queuetypes.h"

#include <QJsonArray>
#include <QJsonObject>

// The queue's value types as JSON, the same on both ends of the hall
// protocol (docs/hall-protocol.md lists the fields).
namespace yc::queue::json {

QJsonObject toJson(const Ticket &t);
QJsonObject toJson(const Line &l);
QJsonObject toJson(const WindowState &w);
QJsonObject toJson(const QueueEvent &e);
QJsonObject toJson(const Snapshot &s);
QJsonObject toJson(const EventBatch &b);
QJsonObject toJson(const Appointment &a);

Ticket ticketFrom(const QJsonObject &o);
Line lineFrom(const QJsonObject &o);
WindowState windowFrom(const QJsonObject &o);
QueueEvent eventFrom(const QJsonObject &o);
Appointment appointmentFrom(const QJsonObject &o);

} // namespace yc::queue::json
