#include "simulator.h"

#include "core/clock.h"
#include "store/database.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcSim, "yc.sim", QtInfoMsg)

namespace yc::sim {

namespace {

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray errorBody(const QString &code, const QString &message, bool retryable)
{
    return json({{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                       {QStringLiteral("message"), message},
                                                       {QStringLiteral("retryable"), retryable}}}});
}

QUrlQuery queryOf(const QByteArray &target)
{
    const qsizetype q = target.indexOf('?');
    return QUrlQuery(q < 0 ? QString() : QString::fromUtf8(target.mid(q + 1)));
}

} // namespace

Simulator::Simulator(std::shared_ptr<Database> db, const QSslConfiguration &tls, Options options,
                     QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_store(m_db)
    , m_appointments(m_db)
    , m_server(
          tls, [this](const HttpRequest &r, std::shared_ptr<HttpExchange> e) { handle(r, std::move(e)); },
          this)
    , m_options(std::move(options))
{
    m_verifier.addClient(m_options.clientId, m_options.key, m_options.method);
    m_finishTimer.setInterval(500);
    connect(&m_finishTimer, &QTimer::timeout, this, [this] {
        if (auto n = m_store.runScheduledFinishes(); !n)
            qCWarning(lcSim).noquote() << "scheduled finish:" << n.error().message;
    });
    m_finishTimer.start();
}

quint16 Simulator::listen(const QHostAddress &address, quint16 port)
{
    return m_server.listen(address, port);
}

void Simulator::handle(const HttpRequest &request, std::shared_ptr<HttpExchange> exchange)
{
    ++m_requests;
    const QByteArray path = request.path();
    if (path == "/health" && request.method == "GET") {
        exchange->respond(200, json({{QStringLiteral("status"), QStringLiteral("ok")},
                                     {QStringLiteral("service"), QStringLiteral("yichuang-platform-sim")}}));
        return;
    }
    if (auto ok = m_verifier.verify(request.method, request.target, request.headers, request.body,
                                    QDateTime::currentSecsSinceEpoch());
        !ok) {
        ++m_refused;
        qCInfo(lcSim).noquote() << "refused" << request.method << path << ok.error().code;
        exchange->respond(401, errorBody(ok.error().code, ok.error().message, true));
        return;
    }
    if (path.startsWith("/sim/v1/"))
        handleControl(request, exchange);
    else
        handleApi(request, exchange);
}

void Simulator::handleApi(const HttpRequest &request, const std::shared_ptr<HttpExchange> &exchange)
{
    const FaultDecision fault = m_faults.decide(QDateTime::currentDateTimeUtc());
    auto act = [this, request, exchange, fault] {
        if (fault.maintenance) {
            const qint64 left =
                qMax<qint64>(1, QDateTime::currentDateTimeUtc().secsTo(m_faults.settings().maintenanceUntil));
            exchange->respond(503,
                              errorBody(QStringLiteral("server.maintenance"),
                                        QStringLiteral("the platform is under maintenance"), true),
                              {{"Retry-After", QByteArray::number(left)}});
            return;
        }
        if (fault.errorStatus != 0) {
            exchange->respond(fault.errorStatus, errorBody(QStringLiteral("server.error"),
                                                           QStringLiteral("injected fault"), true));
            return;
        }
        if (fault.drop == FaultDecision::Drop::Hang) {
            exchange->hang();
            return;
        }
        if (fault.drop == FaultDecision::Drop::ResetBefore) {
            exchange->reset();
            return;
        }
        const QByteArray path = request.path();
        int status = 404;
        QByteArray body =
            errorBody(QStringLiteral("request.not_found"), QStringLiteral("no such endpoint"), false);
        if (path == "/api/v1/events" && request.method == "POST") {
            std::tie(status, body) = push(request.body, fault.duplicateAck);
        } else if (path == "/api/v1/status" && request.method == "GET") {
            const QUrlQuery q = queryOf(request.target);
            auto page =
                m_store.statusSince(q.queryItemValue(QStringLiteral("cursor")).toLongLong(),
                                    qBound(1, q.queryItemValue(QStringLiteral("limit")).toInt(), 500));
            status = page ? 200 : 500;
            body = page ? json(page.value())
                        : errorBody(QStringLiteral("server.error"), page.error().message, true);
        } else if (path == "/api/v1/appointments" && request.method == "GET") {
            const QUrlQuery q = queryOf(request.target);
            auto page =
                m_appointments.since(q.queryItemValue(QStringLiteral("cursor")).toLongLong(),
                                     qBound(1, q.queryItemValue(QStringLiteral("limit")).toInt(), 500));
            status = page ? 200 : 500;
            body = page ? json(page.value())
                        : errorBody(QStringLiteral("server.error"), page.error().message, true);
        } else if (path == "/api/v1/catalog" && request.method == "GET") {
            auto doc = m_store.catalogSince(
                queryOf(request.target).queryItemValue(QStringLiteral("since")).toLongLong());
            status = !doc ? 500 : doc->isEmpty() ? 204 : 200;
            body = !doc             ? errorBody(QStringLiteral("server.error"), doc.error().message, true)
                   : doc->isEmpty() ? QByteArray()
                                    : json(doc.value());
        }
        if (fault.drop == FaultDecision::Drop::ResetAfter)
            exchange->reset();
        else
            exchange->respond(status, body);
    };
    if (fault.delayMs > 0)
        QTimer::singleShot(fault.delayMs, this, act);
    else
        act();
}

std::pair<int, QByteArray> Simulator::push(const QByteArray &body, bool twice)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &e);
    const QJsonArray events = doc.object().value(QStringLiteral("events")).toArray();
    if (e.error != QJsonParseError::NoError || !doc.isObject() || events.isEmpty() || events.size() > 100)
        return {400, errorBody(QStringLiteral("request.malformed"),
                               QStringLiteral("the body must be {\"events\": [1 to 100 events]}"), false)};
    auto results = m_store.applyBatch(events, m_options.finishAfterSeconds);
    if (!results)
        return {500, errorBody(QStringLiteral("server.error"), results.error().message, true)};
    if (twice) {
        // The duplicate acknowledgement: the same batch once more, as a
        // redelivery would; every event must come back as a duplicate.
        if (auto again = m_store.applyBatch(events, m_options.finishAfterSeconds); again)
            m_duplicatesAnswered += again->size();
    }
    for (const QJsonValue &r : results.value()) {
        if (r.toObject().value(QStringLiteral("status")) == QLatin1String("duplicate"))
            ++m_duplicatesAnswered;
    }
    return {200, json({{QStringLiteral("results"), results.value()}})};
}

void Simulator::handleControl(const HttpRequest &request, const std::shared_ptr<HttpExchange> &exchange)
{
    const QByteArray path = request.path();
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    if (path == "/sim/v1/faults" && request.method == "POST") {
        auto settings = FaultSettings::fromJson(body);
        if (!settings) {
            exchange->respond(400, errorBody(settings.error().code, settings.error().message, false));
            return;
        }
        m_faults.apply(settings.value());
        qCInfo(lcSim).noquote() << "faults:" << json(settings->toJson());
        exchange->respond(200, json(settings->toJson()));
        return;
    }
    if (path == "/sim/v1/catalog" && request.method == "POST") {
        auto version = m_store.publishCatalog(body);
        exchange->respond(version ? 200 : 400,
                          version ? json({{QStringLiteral("catalogVersion"), version.value()}})
                                  : errorBody(version.error().code, version.error().message, false));
        return;
    }
    if (path == "/sim/v1/events" && request.method == "GET") {
        auto events = m_store.events(queryOf(request.target).queryItemValue(QStringLiteral("caseKey")));
        exchange->respond(events ? 200 : 500,
                          events ? json({{QStringLiteral("events"), events.value()}})
                                 : errorBody(events.error().code, events.error().message, true));
        return;
    }
    if (path == "/sim/v1/stats" && request.method == "GET") {
        auto count = m_store.eventCount();
        exchange->respond(200, json({{QStringLiteral("events"), count ? count.value() : -1},
                                     {QStringLiteral("duplicatesAnswered"), m_duplicatesAnswered},
                                     {QStringLiteral("refused"), m_refused},
                                     {QStringLiteral("requests"), m_requests}}));
        return;
    }
    if (path == "/sim/v1/appointments" && request.method == "POST") {
        auto cursor = m_appointments.book(body);
        int status = 200;
        if (!cursor)
            status = cursor.error().code == QLatin1String("request.conflict") ? 409 : 400;
        exchange->respond(status, cursor ? json({{QStringLiteral("cursor"), cursor.value()}})
                                         : errorBody(cursor.error().code, cursor.error().message, false));
        return;
    }
    static const QByteArray appointmentPrefix = "/sim/v1/appointments/";
    if (path.startsWith(appointmentPrefix) && path.endsWith("/cancel") && request.method == "POST") {
        const QString id = QUrl::fromPercentEncoding(
            path.mid(appointmentPrefix.size(), path.size() - appointmentPrefix.size() - 7));
        auto cursor = m_appointments.cancel(id);
        exchange->respond(cursor ? 200 : 404,
                          cursor ? json({{QStringLiteral("cursor"), cursor.value()}})
                                 : errorBody(cursor.error().code, cursor.error().message, false));
        return;
    }
    static const QByteArray casePrefix = "/sim/v1/cases/";
    if (path.startsWith(casePrefix) && path.endsWith("/finish") && request.method == "POST") {
        const QString caseKey =
            QUrl::fromPercentEncoding(path.mid(casePrefix.size(), path.size() - casePrefix.size() - 7));
        auto cursor = m_store.finishCase(caseKey, body);
        exchange->respond(cursor ? 200 : 404,
                          cursor ? json({{QStringLiteral("cursor"), cursor.value()}})
                                 : errorBody(cursor.error().code, cursor.error().message, false));
        return;
    }
    exchange->respond(
        404, errorBody(QStringLiteral("request.not_found"), QStringLiteral("no such endpoint"), false));
}

} // namespace yc::sim
