#pragma once

#include "core/result.h"
#include "queue/queuetypes.h"

#include <optional>

#include <QJsonObject>
#include <QSqlDatabase>

// Row mapping and the small reads and writes the engine's operations are
// made of. Every function runs on the connection it is given, so the caller
// decides the transaction.
namespace yc::queue::store {

Result<QList<Ticket>> tickets(QSqlDatabase db, const QString &where, const QVariantList &values = {});
Result<std::optional<Ticket>> ticket(QSqlDatabase db, qint64 id);
Result<std::optional<Ticket>> activeTicketAt(QSqlDatabase db, int windowNo);

Result<QList<Line>> lines(QSqlDatabase db);
Result<std::optional<Line>> line(QSqlDatabase db, qint64 id);
Result<QList<WindowState>> windows(QSqlDatabase db);
// The hall_window id of a window number, 0 when there is no such active window.
Result<qint64> windowId(QSqlDatabase db, int windowNo);
Result<qint64> hallId(QSqlDatabase db);
// Booked appointments whose slot ends after `now`, by slot start (at most 500).
Result<QList<Appointment>> openAppointments(QSqlDatabase db, const QDateTime &now);
Result<qint64> lastSeq(QSqlDatabase db);

// Appends one queue_event and returns its seq.
Result<qint64> appendEvent(QSqlDatabase db, const QString &kind, qint64 ticketId, int windowNo,
                           const QString &staffNo, const QJsonObject &detail = {});
Result<QList<QueueEvent>> eventsAfter(QSqlDatabase db, qint64 seq, int limit);

// Makes sure the window has a queue_window row (a window that never called
// has none) and returns nothing; the row carries pause and ratio counters.
Result<void> ensureWindowRow(QSqlDatabase db, int windowNo, const QString &at);

} // namespace yc::queue::store
