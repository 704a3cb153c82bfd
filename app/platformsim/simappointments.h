#pragma once

#include "core/result.h"

#include <memory>

#include <QJsonObject>

namespace yc {
class Database;
}

namespace yc::sim {

// The platform's online appointments (统一预约排队, province-api.md
// "Appointments"): bookings and cancellations as one feed in cursor order.
// Bookings come in through the simulator's control endpoint, as the
// platform's own booking site would make them.
class SimAppointments
{
public:
    explicit SimAppointments(std::shared_ptr<Database> db);

    // {appointmentId, line, matterCode?, personMasked?, slotStart, slotEnd};
    // the new entry's cursor. An id booked before is refused.
    Result<qint64> book(const QJsonObject &booking);
    // Appends the cancellation of a booked appointment; cancelling again
    // returns the first cancellation's cursor.
    Result<qint64> cancel(const QString &appointmentId);
    // {"appointments": [...], "nextCursor": N} after a cursor.
    Result<QJsonObject> since(qint64 cursor, int limit);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace yc::sim
