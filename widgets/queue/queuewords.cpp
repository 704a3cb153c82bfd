#include "queuewords.h"

#include "codes/codes.h"

namespace yc {

QString QueueWords::priorityGroup(const QString &group)
{
    if (group == QLatin1String("elderly"))
        return tr("Elderly");
    if (group == QLatin1String("disabled"))
        return tr("Disabled");
    if (group == QLatin1String("pregnant"))
        return tr("Pregnant");
    if (group == QLatin1String("military"))
        return tr("Military / fire rescue");
    if (group == QLatin1String("proxy"))
        return tr("Assisted service");
    if (group == QLatin1String("appointment"))
        return tr("Appointment");
    if (group == QLatin1String("green_channel"))
        return tr("Green channel");
    return tr("Normal");
}

QString QueueWords::proxyMode(const QString &mode)
{
    // The same words on documents (app/documents cannot reach widgets).
    return Codes::proxyModeLabel(mode);
}

QString QueueWords::ticketState(const QString &state)
{
    if (state == queue::state::waiting)
        return tr("Waiting");
    if (state == queue::state::called)
        return tr("Called");
    if (state == queue::state::serving)
        return tr("Serving");
    if (state == queue::state::held)
        return tr("On hold");
    if (state == queue::state::finished)
        return tr("Finished");
    if (state == queue::state::noShow)
        return tr("No-show");
    return tr("Cancelled");
}

qint64 QueueWords::waitedMinutes(const queue::Ticket &ticket, const QDateTime &nowUtc)
{
    if (!ticket.issuedAt.isValid())
        return 0;
    return qMax<qint64>(0, ticket.issuedAt.secsTo(nowUtc) / 60);
}

} // namespace yc
