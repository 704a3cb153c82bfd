#pragma once

#include "core/result.h"

#include <functional>

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QJsonParseError>

namespace yc {

namespace queue {
class QueueEngine;
struct Actor;
} // namespace queue
class HallSessions;
class LoginWorker;
struct HallSession;
struct StaffMember;

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
    // As handle(message), with the reply given to `done`: at once, except
    // for a login when a LoginWorker is set — its password check runs on
    // the worker and `done` is called later on this thread.
    using Done = std::function<void(const Outcome &)>;
    void handle(const QByteArray &message, Done done);
    // halld checks passwords on this worker; without one (the in-process
    // hall) a login is checked where it is asked.
    void setLoginWorker(LoginWorker *worker) { m_loginWorker = worker; }

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
    struct LoginArgs
    {
        QString staffNo;
        QString password;
        int windowNo = 0;
    };
    void addOps();
    static Outcome malformed(const QJsonParseError &error);
    static Result<LoginArgs> loginArgs(const QJsonObject &args);
    // markProxy and findAppointments (halldispatcherproxy.cpp).
    void addProxyAndKioskOps();
    // What a kiosk account (role "kiosk" only) may ask for.
    static bool kioskMay(const QString &op);
    Result<QJsonObject> login(const QJsonObject &args);
    Result<QJsonObject> loginResult(const HallSession &session);
    // The reply to a request; a database failure is logged and told in words.
    static Outcome outcome(const QJsonValue &id, const QString &opName, const Result<QJsonObject> &result,
                           qint64 changedSeq);

    queue::QueueEngine &m_engine;
    HallSessions &m_sessions;
    LoginWorker *m_loginWorker = nullptr;
    QHash<QString, Op> m_ops;
};

} // namespace yc
