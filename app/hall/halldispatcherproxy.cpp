// The hall protocol's operations for the 帮办代办 badge and the ticket kiosk:
// marking a ticket at the window, and the kiosk's appointment look-up; and
// what a kiosk account may do at all.
#include "app/hall/hallsessions.h"
#include "core/pii.h"
#include "halldispatcher.h"
#include "queue/queueengine.h"
#include "queue/queuejson.h"

#include <QJsonArray>

namespace yc {

using namespace queue;

namespace {

Result<QString> shortText(const QJsonObject &args, const QString &name, int maxLength)
{
    const QJsonValue v = args.value(name);
    if (v.isUndefined() || v.isNull())
        return QString();
    if (!v.isString() || v.toString().size() > maxLength)
        return Error{
            QStringLiteral("proto.bad_args"),
            HallDispatcher::tr("\"%1\" must be text of at most %2 characters.").arg(name).arg(maxLength)};
    return v.toString();
}

} // namespace

bool HallDispatcher::kioskMay(const QString &op)
{
    static const QStringList allowed{QStringLiteral("ping"),
                                     QStringLiteral("logout"),
                                     QStringLiteral("snapshot"),
                                     QStringLiteral("events"),
                                     QStringLiteral("issue"),
                                     QStringLiteral("checkIn"),
                                     QStringLiteral("findAppointments")};
    return allowed.contains(op);
}

void HallDispatcher::addProxyAndKioskOps()
{
    m_ops.insert(QStringLiteral("markProxy"),
                 {Access::Window, [this](Call &c) -> Result<QJsonObject> {
                      const QJsonValue id = c.args.value(QStringLiteral("ticketId"));
                      if (!id.isDouble() || id.toInteger() < 1)
                          return Error{QStringLiteral("proto.bad_args"),
                                       tr("The request needs \"%1\" as a positive whole number.")
                                           .arg(QStringLiteral("ticketId"))};
                      auto mode = shortText(c.args, QStringLiteral("proxyMode"), 20);
                      auto reason = shortText(c.args, QStringLiteral("proxyReason"), 20);
                      if (!mode)
                          return mode.error();
                      if (!reason)
                          return reason.error();
                      auto change = m_engine.markProxy(c.actor, id.toInteger(), mode.value(), reason.value());
                      if (!change)
                          return change.error();
                      c.changedSeq = change->seq;
                      return QJsonObject{{QStringLiteral("ticket"), json::toJson(change->ticket)},
                                         {QStringLiteral("seq"), change->seq},
                                         {QStringLiteral("reannounce"), false},
                                         {QStringLiteral("noShow"), false}};
                  }});
    // The kiosk read an ID card: today's bookings of that (masked) person.
    m_ops.insert(QStringLiteral("findAppointments"),
                 {Access::Session, [this](Call &c) -> Result<QJsonObject> {
                      auto person = shortText(c.args, QStringLiteral("personMasked"), 40);
                      if (!person)
                          return person.error();
                      if (person->isEmpty() || pii::scrub(person.value()) != person.value())
                          return Error{QStringLiteral("hall.person_unmasked"),
                                       tr("Send the person's details masked (e.g. 3704**********123X), "
                                          "never in full.")};
                      auto found = m_engine.bookedToday(person.value());
                      if (!found)
                          return found.error();
                      QJsonArray list;
                      for (const Appointment &a : found.value())
                          list.append(json::toJson(a));
                      return QJsonObject{{QStringLiteral("appointments"), list}};
                  }});
}

} // namespace yc
