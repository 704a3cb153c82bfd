#pragma once

#include "queue/queuetypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace yc {

// The words a clerk or citizen reads for the queue's stored codes (the
// engine stores "elderly", "assist", "called" …). Shared by the calling
// panel and the kiosk.
class QueueWords
{
    Q_DECLARE_TR_FUNCTIONS(yc::QueueWords)

public:
    static QString priorityGroup(const QString &group);
    // 帮办 / 代办 / 上门办 for a ticket's proxy mode; empty when it has none.
    static QString proxyMode(const QString &mode);
    static QString ticketState(const QString &state);
    // Whole minutes a ticket has waited since it was issued (never negative).
    static qint64 waitedMinutes(const queue::Ticket &ticket, const QDateTime &nowUtc);
};

} // namespace yc
