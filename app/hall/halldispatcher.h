#pragma once

#include "core/result.h"

#include <functional>

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

namespace yc {

namespace queue {
class QueueEngine;
struct Actor;
} // namespace queue
class HallSessions;
struct HallSession;

// The hall protocol's requests, the same for halld's socket server and the
// client's in-process adapter: parses a request, checks the session and the
// role, runs the queue operation and builds the reply. It knows nothing of
// sockets; the caller sends the reply and broadcasts changedSeq.
class HallDispatcher
{
    Q_DECLARE_TR_FUNCTIONS(yc::HallDispatcher)

public:
    HallDispatcher(queue::QueueEngine &engine, HallSessions &sessions);

    struct Outcome
    {
        QJsonObject reply;
        qint64 changedSeq = 0; // > 0: notify every client of this seq
    };
    Outcome handle(const QByteArray &message);
    Outcome handle(const QJsonObject &request);

    static QJsonObject errorReply(const QJsonValue &id, const Error &error);
    // A reply for requests refused before they are read (too large, too many).
    static Error rateLimited();
    static Error tooLarge(qint64 limit);

    // Operations added by other parts of the hall (e.g. EvaluationOps),
    // checked for session and role like the queue's own.
    enum class Access
    {
        Anyone,
        Session,
        Window,
        Supervisor
    };
    struct Call
    {
        const QJsonObject &args;
        const HallSession &session;
        const queue::Actor &actor;
        const QString &token;
        qint64 changedSeq = 0;
    };
    using Handler = std::function<Result<QJsonObject>(Call &)>;
    void addOp(const QString &name, Access access, Handler handler);

private:
    struct Op
    {
        Access access;
        Handler handler;
    };
    void addOps();
    Result<QJsonObject> login(const QJsonObject &args);

    queue::QueueEngine &m_engine;
    HallSessions &m_sessions;
    QHash<QString, Op> m_ops;
};

} // namespace yc
