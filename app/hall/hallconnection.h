#pragma once

#include "app/hall/hallstate.h"
#include "core/result.h"

#include <functional>

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

namespace yc {

// What the window talks to, whether the queue runs in yichuang-halld
// (HallClient, over the hall protocol) or in-process (LocalHall, for
// --standalone). Both run the same HallDispatcher and QueueEngine; this
// class adds the session token to every request and keeps hall() up to date
// by notify-then-pull: a notified seq beyond hall().seq() pulls the events
// after it (a snapshot the first time and after a business-day rollover).
class HallConnection : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Offline,    // no connection to halld; reconnecting by itself
        Connecting, // the socket is opening
        SignedOut,  // connected, but no valid session: sign in
        Ready,      // signed in and caught up
    };
    Q_ENUM(State)

    using Callback = std::function<void(const Result<QJsonObject> &)>;

    explicit HallConnection(QObject *parent = nullptr);

    State state() const { return m_state; }
    HallState &hall() { return m_hall; }
    QString staffNo() const { return m_staffNo; }
    QStringList roles() const { return m_roles; }
    int windowNo() const { return m_windowNo; }

    // Whether hall() follows the queue (default). A connection that only
    // sends requests (a kiosk without a screen, a load generator) turns it
    // off and saves halld the pulls.
    void setFollowing(bool following) { m_following = following; }
    bool isFollowing() const { return m_following; }

    // Signs in; on success the state becomes Ready and the mirror fills.
    void signIn(const QString &staffNo, const QString &password, int windowNo, Callback done = {});
    void signOut();
    // One hall-protocol operation (docs/hall-protocol.md), e.g.
    // request("callNext", {}, …) or request("finish", {{"ticketId", 7}}, …).
    // The callback gets the "result" object or the error {code, message}.
    void request(const QString &op, const QJsonObject &args = {}, Callback done = {});

signals:
    void stateChanged(yc::HallConnection::State state);
    // The session expired or was revoked; the window shows the sign-in again.
    void sessionExpired();

protected:
    // Sends one request object (id, op, token, args) and calls done with its reply.
    virtual void send(const QJsonObject &request, Callback done) = 0;
    void setState(State state);
    // Takes the session of a successful login result (token, staffNo, roles, window, seq).
    void acceptLogin(const QJsonObject &result);
    // A change notification from the transport.
    void notified(qint64 seq);
    // After (re)connecting: check the session, then catch up.
    void resume();
    QString token() const { return m_token; }
    static Result<QJsonObject> resultOf(const QJsonObject &reply);

private:
    void pull();
    void retryPull(const Error &error);
    void handleAuthFailure(const Error &error);

    HallState m_hall;
    State m_state = State::Offline;
    QString m_token;
    QString m_staffNo;
    QStringList m_roles;
    int m_windowNo = 0;
    qint64 m_wantedSeq = 0;
    bool m_pulling = false;
    bool m_following = true;
    quint64 m_nextId = 0;
};

} // namespace yc
