#include "halldispatcher.h"

#include "app/hall/hallsessions.h"
#include "app/hall/loginworker.h"
#include "core/clock.h"
#include "core/pii.h"
#include "queue/queueengine.h"
#include "queue/queuejson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcHallDispatch, "yc.hall.dispatch", QtInfoMsg)

namespace yc {

using namespace queue;

namespace {

Error badArgs(const QString &message)
{
    return Error{QStringLiteral("proto.bad_args"), message};
}

// A positive integer argument (ids, window numbers).
Result<qint64> idArg(const QJsonObject &args, const QString &name)
{
    const QJsonValue v = args.value(name);
    if (!v.isDouble() || v.toDouble() < 1 || v.toDouble() != double(v.toInteger()))
        return badArgs(HallDispatcher::tr("The request needs \"%1\" as a positive whole number.").arg(name));
    return v.toInteger();
}

// What a ticket shows of a person travels to every screen in the hall,
// displays included: only a masked form is taken (a full ID number or
// mobile number is refused, not stored).
Result<void> maskedOnly(const QString &person)
{
    if (pii::scrub(person) != person)
        return Error{QStringLiteral("hall.person_unmasked"),
                     QCoreApplication::translate(
                         "yc::HallDispatcher", "Send the person's details masked (e.g. 3704**********123X), "
                                               "never in full.")};
    return {};
}

Result<QString> textArg(const QJsonObject &args, const QString &name, bool required, int maxLength = 200)
{
    const QJsonValue v = args.value(name);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            return badArgs(HallDispatcher::tr("The request needs \"%1\".").arg(name));
        return QString();
    }
    if (!v.isString() || v.toString().size() > maxLength)
        return badArgs(
            HallDispatcher::tr("\"%1\" must be text of at most %2 characters.").arg(name).arg(maxLength));
    return v.toString();
}

// A request id: text of 1–64 characters or a number.
bool usableId(const QJsonValue &id)
{
    return (id.isString() && !id.toString().isEmpty() && id.toString().size() <= 64) || id.isDouble();
}

QJsonObject okReply(const QJsonValue &id, const QJsonObject &result)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("ok"), true}, {QStringLiteral("result"), result}};
}

QJsonObject changeJson(const TicketChange &c)
{
    return {{QStringLiteral("ticket"), json::toJson(c.ticket)},
            {QStringLiteral("seq"), c.seq},
            {QStringLiteral("reannounce"), c.reannounce},
            {QStringLiteral("noShow"), c.becameNoShow}};
}

// Runs a ticket operation and records its seq for the broadcast.
template <typename F>
Result<QJsonObject> ticketOp(qint64 &changedSeq, F &&f)
{
    Result<TicketChange> c = f();
    if (!c)
        return c.error();
    changedSeq = c->seq;
    return changeJson(c.value());
}

} // namespace

HallDispatcher::HallDispatcher(QueueEngine &engine, HallSessions &sessions)
    : m_engine(engine)
    , m_sessions(sessions)
{
    addOps();
    addProxyAndKioskOps();
}

QJsonObject HallDispatcher::errorReply(const QJsonValue &id, const Error &error)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("ok"), false},
            {QStringLiteral("error"),
             QJsonObject{{QStringLiteral("code"), error.code}, {QStringLiteral("message"), error.message}}}};
}

Error HallDispatcher::rateLimited()
{
    return Error{QStringLiteral("proto.rate_limited"),
                 tr("Too many requests from this connection; this one was not carried out. Wait a moment.")};
}

Error HallDispatcher::tooLarge(qint64 limit)
{
    return Error{QStringLiteral("proto.too_large"),
                 tr("The request is larger than %1 bytes and was not read.").arg(limit)};
}

HallDispatcher::Outcome HallDispatcher::malformed(const QJsonParseError &error)
{
    return {errorReply(QJsonValue(),
                       {QStringLiteral("proto.malformed"),
                        tr("The request is not a JSON object (%1).")
                            .arg(error.error != QJsonParseError::NoError ? error.errorString()
                                                                         : tr("another JSON value"))})};
}

HallDispatcher::Outcome HallDispatcher::handle(const QByteArray &message)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(message, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return malformed(parseError);
    return handle(doc.object());
}

void HallDispatcher::handle(const QByteArray &message, Done done)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(message, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return done(malformed(parseError));
    const QJsonObject request = doc.object();
    const QJsonValue id = request.value(QStringLiteral("id"));
    const QJsonValue args = request.value(QStringLiteral("args"));
    if (!m_loginWorker || request.value(QStringLiteral("op")).toString() != QLatin1String("login") ||
        !usableId(id) || (!args.isUndefined() && !args.isObject()))
        return done(handle(request));
    auto login = loginArgs(args.toObject());
    if (!login)
        return done({errorReply(id, login.error())});
    const int windowNo = login->windowNo;
    m_loginWorker->authenticate(login->staffNo, login->password, windowNo,
                                [this, id, windowNo, done](const Result<StaffMember> &member) {
                                    Result<QJsonObject> result = member.error();
                                    if (member) {
                                        auto session = m_sessions.open(member.value(), windowNo);
                                        result = session ? loginResult(session.value())
                                                         : Result<QJsonObject>(session.error());
                                    }
                                    done(outcome(id, QStringLiteral("login"), result, 0));
                                });
}

HallDispatcher::Outcome HallDispatcher::handle(const QJsonObject &request)
{
    const QJsonValue id = request.value(QStringLiteral("id"));
    if (!usableId(id))
        return {errorReply(QJsonValue(), {QStringLiteral("proto.no_id"),
                                          tr("Every request needs an \"id\" (text up to 64 characters or a "
                                             "number) to match its reply.")})};
    const QString opName = request.value(QStringLiteral("op")).toString();
    const auto op = m_ops.constFind(opName);
    if (opName != QLatin1String("login") && op == m_ops.constEnd())
        return {errorReply(
            id, {QStringLiteral("proto.unknown_op"),
                 tr("The hall service does not know the operation \"%1\".").arg(opName.left(40))})};
    const QJsonValue argsValue = request.value(QStringLiteral("args"));
    if (!argsValue.isUndefined() && !argsValue.isObject())
        return {errorReply(id, badArgs(tr("\"args\" must be a JSON object.")))};
    const QJsonObject args = argsValue.toObject();

    Result<QJsonObject> result = QJsonObject();
    qint64 changedSeq = 0;
    if (opName == QLatin1String("login")) {
        result = login(args);
    } else {
        auto session = m_sessions.check(request.value(QStringLiteral("token")).toString());
        if (op == m_ops.constEnd())
            return {errorReply(id, {QStringLiteral("proto.unknown_op"), QString()})};
        if (!session)
            return {errorReply(id, session.error())};
        const bool supervisor = session->roles.contains(QStringLiteral("supervisor")) ||
                                session->roles.contains(QStringLiteral("admin"));
        const bool windowRole = supervisor || session->roles.contains(QStringLiteral("clerk")) ||
                                session->roles.contains(QStringLiteral("helpdesk"));
        if (session->roles == QStringList{QStringLiteral("kiosk")} && !kioskMay(opName))
            return {errorReply(id, {QStringLiteral("auth.forbidden"),
                                    tr("A ticket kiosk may only issue tickets, check appointments in and "
                                       "read the queue (\"%1\").")
                                        .arg(opName)})};
        if (op->access == Access::Supervisor && !supervisor)
            return {errorReply(id, {QStringLiteral("auth.forbidden"),
                                    tr("Only a supervisor may do this (\"%1\").").arg(opName)})};
        if (op->access == Access::Window && !windowRole)
            return {errorReply(id, {QStringLiteral("auth.forbidden"),
                                    tr("Your role may not serve at a window (\"%1\").").arg(opName)})};
        if (op->access == Access::Window && session->windowNo == 0)
            return {
                errorReply(id, {QStringLiteral("auth.no_window"),
                                tr("You signed in without a window. Sign in at a window to call tickets.")})};
        const Actor actor{session->staffNo, session->windowNo, session->roles};
        const QString token = request.value(QStringLiteral("token")).toString();
        Call call{args, session.value(), actor, token};
        result = op->handler(call);
        changedSeq = call.changedSeq;
    }
    return outcome(id, opName, result, changedSeq);
}

HallDispatcher::Outcome HallDispatcher::outcome(const QJsonValue &id, const QString &opName,
                                                const Result<QJsonObject> &result, qint64 changedSeq)
{
    if (!result) {
        Error e = result.error();
        if (e.code.startsWith(QLatin1String("db."))) {
            qCWarning(lcHallDispatch).noquote() << opName << "failed in the database:" << e.message;
            e.message = tr("The hall service could not save this. Try again; if it keeps failing, tell the "
                           "administrator.");
        }
        return {errorReply(id, e)};
    }
    return {okReply(id, result.value()), changedSeq};
}

void HallDispatcher::addOp(const QString &name, Access access, Handler handler)
{
    m_ops.insert(name, {access, std::move(handler)});
}

Result<HallDispatcher::LoginArgs> HallDispatcher::loginArgs(const QJsonObject &args)
{
    auto staffNo = textArg(args, QStringLiteral("staffNo"), true, 32);
    if (!staffNo)
        return staffNo.error();
    auto password = textArg(args, QStringLiteral("password"), true, 256);
    if (!password)
        return password.error();
    const QJsonValue window = args.value(QStringLiteral("window"));
    if (!window.isUndefined() && !window.isDouble())
        return badArgs(tr("\"window\" must be a number."));
    if (window.toInt() < 0 || window.toInt() > 999)
        return badArgs(tr("The window number must be between 1 and 999."));
    return LoginArgs{staffNo.value(), password.value(), window.toInt()};
}

Result<QJsonObject> HallDispatcher::login(const QJsonObject &args)
{
    auto a = loginArgs(args);
    if (!a)
        return a.error();
    auto session = m_sessions.signIn(a->staffNo, a->password, a->windowNo);
    if (!session)
        return session.error();
    return loginResult(session.value());
}

Result<QJsonObject> HallDispatcher::loginResult(const HallSession &session)
{
    auto seq = m_engine.lastSeq();
    return QJsonObject{{QStringLiteral("token"), session.token},
                       {QStringLiteral("staffNo"), session.staffNo},
                       {QStringLiteral("roles"), QJsonArray::fromStringList(session.roles)},
                       {QStringLiteral("window"), session.windowNo},
                       {QStringLiteral("expiresAt"), toStoredTime(session.expiresAt)},
                       {QStringLiteral("seq"), seq ? seq.value() : 0}};
}

void HallDispatcher::addOps()
{
    m_ops.insert(QStringLiteral("ping"),
                 {Access::Session, [](Call &c) -> Result<QJsonObject> {
                      return QJsonObject{{QStringLiteral("staffNo"), c.session.staffNo},
                                         {QStringLiteral("window"), c.session.windowNo},
                                         {QStringLiteral("expiresAt"), toStoredTime(c.session.expiresAt)}};
                  }});
    m_ops.insert(QStringLiteral("logout"), {Access::Session, [this](Call &c) -> Result<QJsonObject> {
                                                if (auto r = m_sessions.signOut(c.token); !r)
                                                    return r.error();
                                                return QJsonObject();
                                            }});
    m_ops.insert(QStringLiteral("snapshot"), {Access::Session, [this](Call &) -> Result<QJsonObject> {
                                                  auto s = m_engine.snapshot();
                                                  if (!s)
                                                      return s.error();
                                                  return json::toJson(s.value());
                                              }});
    m_ops.insert(QStringLiteral("events"),
                 {Access::Session, [this](Call &c) -> Result<QJsonObject> {
                      const QJsonValue since = c.args.value(QStringLiteral("since"));
                      if (!since.isDouble() || since.toInteger() < 0)
                          return badArgs(tr("\"since\" must be a sequence number."));
                      auto b = m_engine.eventsSince(since.toInteger());
                      if (!b)
                          return b.error();
                      return json::toJson(b.value());
                  }});
    m_ops.insert(QStringLiteral("issue"),
                 {Access::Session, [this](Call &c) -> Result<QJsonObject> {
                      QueueEngine::IssueRequest r;
                      r.lineId = c.args.value(QStringLiteral("lineId")).toInteger();
                      auto prefix = textArg(c.args, QStringLiteral("prefix"), r.lineId == 0, 2);
                      auto group = textArg(c.args, QStringLiteral("priorityGroup"), false, 20);
                      auto mode = textArg(c.args, QStringLiteral("proxyMode"), false, 20);
                      auto reason = textArg(c.args, QStringLiteral("proxyReason"), false, 20);
                      auto person = textArg(c.args, QStringLiteral("personMasked"), false, 40);
                      for (const auto *a : {&prefix, &group, &mode, &reason, &person})
                          if (!*a)
                              return a->error();
                      r.prefix = prefix.value();
                      if (!group->isEmpty())
                          r.priorityGroup = group.value();
                      r.proxyMode = mode.value();
                      r.proxyReason = reason.value();
                      if (auto masked = maskedOnly(person.value()); !masked)
                          return masked.error();
                      r.personMasked = person.value();
                      return ticketOp(c.changedSeq, [&] { return m_engine.issue(r, c.actor); });
                  }});
    m_ops.insert(QStringLiteral("callNext"), {Access::Window, [this](Call &c) {
                                                  return ticketOp(c.changedSeq,
                                                                  [&] { return m_engine.callNext(c.actor); });
                                              }});
    // The operations on one ticket by id.
    using TicketFn = Result<TicketChange> (QueueEngine::*)(const Actor &, qint64);
    const QList<std::pair<QString, TicketFn>> byId{
        {QStringLiteral("call"), &QueueEngine::call},     {QStringLiteral("start"), &QueueEngine::start},
        {QStringLiteral("recall"), &QueueEngine::recall}, {QStringLiteral("noShow"), &QueueEngine::noShow},
        {QStringLiteral("resume"), &QueueEngine::resume},
    };
    for (const auto &entry : byId) {
        const TicketFn fn = entry.second;
        m_ops.insert(entry.first, {Access::Window, [this, fn](Call &c) -> Result<QJsonObject> {
                                       auto id = idArg(c.args, QStringLiteral("ticketId"));
                                       if (!id)
                                           return id.error();
                                       return ticketOp(c.changedSeq,
                                                       [&] { return (m_engine.*fn)(c.actor, id.value()); });
                                   }});
    }
    m_ops.insert(QStringLiteral("requeue"),
                 {Access::Session, [this](Call &c) -> Result<QJsonObject> {
                      auto id = idArg(c.args, QStringLiteral("ticketId"));
                      if (!id)
                          return id.error();
                      return ticketOp(c.changedSeq, [&] { return m_engine.requeue(c.actor, id.value()); });
                  }});
    m_ops.insert(QStringLiteral("hold"), {Access::Window, [this](Call &c) -> Result<QJsonObject> {
                                              auto id = idArg(c.args, QStringLiteral("ticketId"));
                                              auto note = textArg(c.args, QStringLiteral("note"), false);
                                              if (!id)
                                                  return id.error();
                                              if (!note)
                                                  return note.error();
                                              return ticketOp(c.changedSeq, [&] {
                                                  return m_engine.hold(c.actor, id.value(), note.value());
                                              });
                                          }});
    m_ops.insert(QStringLiteral("finish"),
                 {Access::Window, [this](Call &c) -> Result<QJsonObject> {
                      auto id = idArg(c.args, QStringLiteral("ticketId"));
                      auto caseNo = textArg(c.args, QStringLiteral("caseNo"), false, 64);
                      if (!id)
                          return id.error();
                      if (!caseNo)
                          return caseNo.error();
                      return ticketOp(c.changedSeq,
                                      [&] { return m_engine.finish(c.actor, id.value(), caseNo.value()); });
                  }});
    m_ops.insert(QStringLiteral("transfer"),
                 {Access::Window, [this](Call &c) -> Result<QJsonObject> {
                      auto id = idArg(c.args, QStringLiteral("ticketId"));
                      auto staff = textArg(c.args, QStringLiteral("staffNo"), false, 32);
                      if (!id)
                          return id.error();
                      if (!staff)
                          return staff.error();
                      QueueEngine::TransferTarget to;
                      to.lineId = c.args.value(QStringLiteral("lineId")).toInteger();
                      to.windowNo = c.args.value(QStringLiteral("window")).toInt();
                      to.staffNo = staff.value();
                      to.front = c.args.value(QStringLiteral("front")).toBool();
                      if (to.lineId == 0 && to.windowNo == 0 && to.staffNo.isEmpty())
                          return badArgs(tr("Say where to transfer the ticket: a line, "
                                            "a window or a staff member."));
                      return ticketOp(c.changedSeq,
                                      [&] { return m_engine.transfer(c.actor, id.value(), to); });
                  }});
    m_ops.insert(QStringLiteral("pin"), {Access::Supervisor, [this](Call &c) -> Result<QJsonObject> {
                                             auto id = idArg(c.args, QStringLiteral("ticketId"));
                                             auto reason = textArg(c.args, QStringLiteral("reason"), true);
                                             if (!id)
                                                 return id.error();
                                             if (!reason)
                                                 return reason.error();
                                             return ticketOp(c.changedSeq, [&] {
                                                 return m_engine.pin(c.actor, id.value(), reason.value());
                                             });
                                         }});
    m_ops.insert(QStringLiteral("pauseWindow"), {Access::Window, [this](Call &c) -> Result<QJsonObject> {
                                                     auto reason =
                                                         textArg(c.args, QStringLiteral("reason"), true, 100);
                                                     if (!reason)
                                                         return reason.error();
                                                     auto seq = m_engine.pauseWindow(c.actor, reason.value());
                                                     if (!seq)
                                                         return seq.error();
                                                     c.changedSeq = seq.value();
                                                     return QJsonObject{{QStringLiteral("seq"), seq.value()}};
                                                 }});
    m_ops.insert(QStringLiteral("resumeWindow"),
                 {Access::Window, [this](Call &c) -> Result<QJsonObject> {
                      auto seq = m_engine.resumeWindow(c.actor);
                      if (!seq)
                          return seq.error();
                      c.changedSeq = seq.value();
                      return QJsonObject{{QStringLiteral("seq"), seq.value()}};
                  }});
    m_ops.insert(QStringLiteral("setWindowLines"),
                 {Access::Supervisor, [this](Call &c) -> Result<QJsonObject> {
                      auto window = idArg(c.args, QStringLiteral("window"));
                      if (!window)
                          return window.error();
                      QList<QueueEngine::LineWeight> lines;
                      for (const QJsonValue &v : c.args.value(QStringLiteral("lines")).toArray())
                          lines.append({v[QStringLiteral("lineId")].toInteger(),
                                        v[QStringLiteral("weight")].toInt(1)});
                      auto seq = m_engine.setWindowLines(c.actor, int(window.value()), lines);
                      if (!seq)
                          return seq.error();
                      c.changedSeq = seq.value();
                      return QJsonObject{{QStringLiteral("seq"), seq.value()}};
                  }});
    m_ops.insert(QStringLiteral("book"),
                 {Access::Session, [this](Call &c) -> Result<QJsonObject> {
                      QueueEngine::Booking b;
                      auto line = idArg(c.args, QStringLiteral("lineId"));
                      auto source = textArg(c.args, QStringLiteral("source"), false, 20);
                      auto ext = textArg(c.args, QStringLiteral("externalId"), false, 64);
                      auto person = textArg(c.args, QStringLiteral("personMasked"), false, 40);
                      if (!line)
                          return line.error();
                      for (const auto *a : {&source, &ext, &person})
                          if (!*a)
                              return a->error();
                      b.lineId = line.value();
                      if (!source->isEmpty())
                          b.source = source.value();
                      b.externalId = ext.value();
                      if (auto masked = maskedOnly(person.value()); !masked)
                          return masked.error();
                      b.personMasked = person.value();
                      b.slotStart = fromStoredTime(c.args.value(QStringLiteral("slotStart")).toString());
                      b.slotEnd = fromStoredTime(c.args.value(QStringLiteral("slotEnd")).toString());
                      auto a = m_engine.book(c.actor, b);
                      if (!a)
                          return a.error();
                      c.changedSeq = m_engine.lastSeq().ok() ? m_engine.lastSeq().value() : 0;
                      return json::toJson(a.value());
                  }});
    m_ops.insert(QStringLiteral("checkIn"),
                 {Access::Session, [this](Call &c) -> Result<QJsonObject> {
                      auto id = idArg(c.args, QStringLiteral("appointmentId"));
                      if (!id)
                          return id.error();
                      return ticketOp(c.changedSeq, [&] { return m_engine.checkIn(c.actor, id.value()); });
                  }});
}

} // namespace yc
