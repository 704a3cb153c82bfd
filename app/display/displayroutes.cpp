#include "displayroutes.h"

#include "app/display/displaymirror.h"

#include <QCoreApplication>
#include <QFile>
#include <QHttpServer>
#include <QJsonArray>
#include <QUrlQuery>

namespace yc::display {

namespace {

// The context of the messages for lupdate.
struct DisplayRoutes
{
    Q_DECLARE_TR_FUNCTIONS(yc::display::DisplayRoutes)
};

QHttpServerResponse plain(const QString &text, QHttpServerResponder::StatusCode status)
{
    QHttpServerResponse response(QByteArrayLiteral("text/plain; charset=utf-8"), text.toUtf8() + '\n',
                                 status);
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

// The page's files, embedded from resources/display/.
QHttpServerResponse asset(const QString &name)
{
    static const QHash<QString, QByteArray> types{
        {QStringLiteral("index.html"), QByteArrayLiteral("text/html; charset=utf-8")},
        {QStringLiteral("display.css"), QByteArrayLiteral("text/css; charset=utf-8")},
        {QStringLiteral("display.js"), QByteArrayLiteral("text/javascript; charset=utf-8")},
    };
    QFile file(QStringLiteral(":/yc/display/") + name);
    if (!types.contains(name) || !file.open(QIODevice::ReadOnly))
        return plain(DisplayRoutes::tr("The display page is incomplete in this build of halld."),
                     QHttpServerResponder::StatusCode::InternalServerError);
    QHttpServerResponse response(types.value(name), file.readAll());
    // A hall screen runs for months: it must pick up a new halld's page.
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache"));
    return response;
}

QHttpServerResponse led(DisplayMirror &mirror, const QString &windowText, const QHttpServerRequest &request)
{
    const QUrlQuery query(request.url());
    bool numeric = false;
    const int windowNo = windowText.toInt(&numeric);
    int width = 8;
    if (query.hasQueryItem(QStringLiteral("width"))) {
        bool ok = false;
        width = query.queryItemValue(QStringLiteral("width")).toInt(&ok);
        if (!ok || width < 4 || width > 32)
            return plain(DisplayRoutes::tr(
                             "The width is the number of Chinese characters the strip shows, from 4 to 32 "
                             "(usually 8 or 12)."),
                         QHttpServerResponder::StatusCode::BadRequest);
    }
    if (auto synced = mirror.sync(); !synced)
        return plain(DisplayRoutes::tr("The hall service cannot read the queue right now: %1")
                         .arg(synced.error().message),
                     QHttpServerResponder::StatusCode::ServiceUnavailable);
    const auto window = numeric ? mirror.ledWindow(windowNo) : std::nullopt;
    if (!window)
        return plain(
            DisplayRoutes::tr("There is no window %1 in this hall. Use /led/<window number> with a window "
                              "number the hall has.")
                .arg(windowText.left(20)),
            QHttpServerResponder::StatusCode::NotFound);
    const QStringList lines = ledLines(*window, width);
    if (query.queryItemValue(QStringLiteral("format")) == QLatin1String("json")) {
        QHttpServerResponse response(
            QJsonObject{{QStringLiteral("window"), windowNo},
                        {QStringLiteral("width"), width},
                        {QStringLiteral("state"), ledStateName(window->state)},
                        {QStringLiteral("ticket"), window->ticket},
                        {QStringLiteral("waiting"), window->waiting},
                        {QStringLiteral("seq"), mirror.seq()},
                        {QStringLiteral("lines"), QJsonArray::fromStringList(lines)}});
        response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
        return response;
    }
    return plain(lines.join(u'\n'), QHttpServerResponder::StatusCode::Ok);
}

} // namespace

void addDisplayRoutes(QHttpServer &server, DisplayMirror &mirror)
{
    server.route(QStringLiteral("/display"), QHttpServerRequest::Method::Get,
                 [] { return asset(QStringLiteral("index.html")); });
    // QHttpServer 6.4 hands a WebSocket upgrade to newWebSocketConnection
    // (DisplayFeed) only when a route took the request and wrote nothing;
    // a plain GET is told to upgrade.
    server.route(
        QStringLiteral("/display/feed"), QHttpServerRequest::Method::Get,
        [](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            if (request.value(QByteArrayLiteral("upgrade")).compare("websocket", Qt::CaseInsensitive) == 0)
                return;
            responder.write(DisplayRoutes::tr("The display feed is a WebSocket: open "
                                              "ws://<this host and port>/display/feed.")
                                .toUtf8(),
                            QByteArrayLiteral("text/plain; charset=utf-8"),
                            QHttpServerResponder::StatusCode::UpgradeRequired);
        });
    // Each asset by name (a wildcard would also take /display/feed).
    for (const QString &name : {QStringLiteral("display.css"), QStringLiteral("display.js")})
        server.route(QStringLiteral("/display/") + name, QHttpServerRequest::Method::Get,
                     [name] { return asset(name); });
    server.route(QStringLiteral("/led/<arg>"), QHttpServerRequest::Method::Get,
                 [&mirror](const QString &window, const QHttpServerRequest &request) {
                     return led(mirror, window, request);
                 });
}

} // namespace yc::display
