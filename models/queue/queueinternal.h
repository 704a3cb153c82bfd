#pragma once

// What the queue engine's translation units share (queueengine.cpp: ticket
// operations; queueappointments.cpp: booking and check-in; queueviews.cpp:
// snapshots and the event feed). Internal to models/queue.
#include "queue/queuetypes.h"
#include "store/database.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcQueue)

namespace yc::queue::detail {

inline const QStringList kActive{state::called, state::serving};

inline Error err(const char *code, const QString &message)
{
    return Error{QString::fromLatin1(code), message};
}

// A ticket's or an appointment's state in words, for messages.
inline QString stateText(const QString &code)
{
    static const QHash<QString, const char *> words{
        {QStringLiteral("waiting"), QT_TRANSLATE_NOOP("yc::queue::QueueEngine", "waiting")},
        {QStringLiteral("called"), QT_TRANSLATE_NOOP("yc::queue::QueueEngine", "called")},
        {QStringLiteral("serving"), QT_TRANSLATE_NOOP("yc::queue::QueueEngine", "being served")},
        {QStringLiteral("held"), QT_TRANSLATE_NOOP("yc::queue::QueueEngine", "on hold")},
        {QStringLiteral("finished"), QT_TRANSLATE_NOOP("yc::queue::QueueEngine", "finished")},
        {QStringLiteral("no_show"), QT_TRANSLATE_NOOP("yc::queue::QueueEngine", "missed")},
        {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("yc::queue::QueueEngine", "cancelled")},
        {QStringLiteral("checked_in"), QT_TRANSLATE_NOOP("yc::queue::QueueEngine", "checked in")},
        {QStringLiteral("missed"), QT_TRANSLATE_NOOP("yc::queue::QueueEngine", "missed")},
    };
    const char *w = words.value(code);
    return w ? QCoreApplication::translate("yc::queue::QueueEngine", w) : code;
}

// Runs f(db) in one BEGIN IMMEDIATE transaction and commits when it succeeded.
template <typename F>
auto transact(Database &database, F &&f) -> decltype(f(std::declval<QSqlDatabase>()))
{
    QSqlDatabase db = database.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    auto result = f(db);
    if (!result)
        return result;
    if (auto c = tx.commit(); !c)
        return c.error();
    return result;
}

// A 帮办代办 mark checked against the codes: {mode, reason}, both empty
// without a mode; a mode without a reason gets "other" (queueproxy.cpp).
Result<std::pair<QString, QString>> proxyMark(const QString &mode, const QString &reason);

inline QJsonObject ticketDetail(const Ticket &t)
{
    return {{QStringLiteral("displayNo"), t.displayNo}, {QStringLiteral("lineId"), t.lineId}};
}

} // namespace yc::queue::detail
