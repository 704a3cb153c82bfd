#include "hallconnection.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcHallConnection, "yc.hall.connection", QtInfoMsg)

namespace yc {

HallConnection::HallConnection(QObject *parent)
    : QObject(parent)
{
    // Events that cannot be applied row by row make the mirror start over.
    connect(&m_hall, &HallState::eventArrived, this, [this](const queue::QueueEvent &e) {
        if (e.kind == QLatin1String("day.rollover"))
            m_hall.clear();
    });
}

Result<QJsonObject> HallConnection::resultOf(const QJsonObject &reply)
{
    if (reply.value(QStringLiteral("ok")).toBool())
        return reply.value(QStringLiteral("result")).toObject();
    const QJsonObject e = reply.value(QStringLiteral("error")).toObject();
    return Error{e.value(QStringLiteral("code")).toString(), e.value(QStringLiteral("message")).toString()};
}

void HallConnection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCInfo(lcHallConnection) << "hall connection" << state;
    emit stateChanged(state);
}

void HallConnection::signIn(const QString &staffNo, const QString &password, int windowNo, Callback done)
{
    const QJsonObject request{{QStringLiteral("id"), QStringLiteral("s%1").arg(++m_nextId)},
                              {QStringLiteral("op"), QStringLiteral("login")},
                              {QStringLiteral("args"), QJsonObject{{QStringLiteral("staffNo"), staffNo},
                                                                   {QStringLiteral("password"), password},
                                                                   {QStringLiteral("window"), windowNo}}}};
    send(request, [this, done](const Result<QJsonObject> &r) {
        if (r)
            acceptLogin(r.value());
        if (done)
            done(r);
    });
}

void HallConnection::acceptLogin(const QJsonObject &result)
{
    m_token = result.value(QStringLiteral("token")).toString();
    m_staffNo = result.value(QStringLiteral("staffNo")).toString();
    m_windowNo = result.value(QStringLiteral("window")).toInt();
    m_roles.clear();
    for (const QJsonValue &v : result.value(QStringLiteral("roles")).toArray())
        m_roles.append(v.toString());
    setState(State::Ready);
    notified(result.value(QStringLiteral("seq")).toInteger());
}

void HallConnection::signOut()
{
    if (m_token.isEmpty())
        return;
    request(QStringLiteral("logout"));
    m_token.clear();
    setState(State::SignedOut);
}

void HallConnection::request(const QString &op, const QJsonObject &args, Callback done)
{
    if (m_token.isEmpty()) {
        if (done)
            done(Error{QStringLiteral("auth.required"), tr("Sign in first.")});
        return;
    }
    const QJsonObject request{{QStringLiteral("id"), QStringLiteral("r%1").arg(++m_nextId)},
                              {QStringLiteral("op"), op},
                              {QStringLiteral("token"), m_token},
                              {QStringLiteral("args"), args}};
    send(request, [this, done](const Result<QJsonObject> &r) {
        if (!r && r.error().code.startsWith(QLatin1String("auth.")) &&
            r.error().code != QLatin1String("auth.forbidden") &&
            r.error().code != QLatin1String("auth.no_window"))
            handleAuthFailure(r.error());
        if (done)
            done(r);
    });
}

void HallConnection::handleAuthFailure(const Error &error)
{
    if (m_token.isEmpty())
        return;
    qCInfo(lcHallConnection) << "session ended:" << error.code;
    m_token.clear();
    setState(State::SignedOut);
    emit sessionExpired();
}

void HallConnection::notified(qint64 seq)
{
    m_wantedSeq = qMax(m_wantedSeq, seq);
    if (m_following && m_state == State::Ready && !m_pulling &&
        (m_wantedSeq > m_hall.seq() || !m_hall.hasSnapshot()))
        pull();
}

void HallConnection::resume()
{
    if (m_token.isEmpty()) {
        setState(State::SignedOut);
        return;
    }
    m_pulling = false;
    request(QStringLiteral("ping"), {}, [this](const Result<QJsonObject> &r) {
        if (!r)
            return; // an auth failure already changed the state; a lost connection retries
        setState(State::Ready);
        if (m_following)
            pull();
    });
}

void HallConnection::retryPull(const Error &error)
{
    // A busy halld refused the pull: try again shortly. A lost connection
    // pulls again when it is back (resume); a lost session waits for sign-in.
    if (error.code == QLatin1String("proto.rate_limited") || error.code == QLatin1String("hall.timeout"))
        QTimer::singleShot(1000, this, [this] { notified(m_wantedSeq); });
}

void HallConnection::pull()
{
    if (m_state != State::Ready)
        return;
    m_pulling = true;
    if (!m_hall.hasSnapshot()) {
        request(QStringLiteral("snapshot"), {}, [this](const Result<QJsonObject> &r) {
            m_pulling = false;
            if (!r)
                return retryPull(r.error());
            m_hall.applySnapshot(r.value());
            notified(m_hall.seq());
        });
        return;
    }
    request(QStringLiteral("events"), {{QStringLiteral("since"), m_hall.seq()}},
            [this](const Result<QJsonObject> &r) {
                m_pulling = false;
                if (!r)
                    return retryPull(r.error());
                if (!m_hall.applyEvents(r.value()))
                    m_hall.clear(); // out of step: start over from a snapshot
                if (r->value(QStringLiteral("more")).toBool() || !m_hall.hasSnapshot())
                    m_wantedSeq = qMax(m_wantedSeq, m_hall.seq() + 1);
                notified(m_hall.seq());
            });
}

} // namespace yc
