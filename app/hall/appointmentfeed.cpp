#include "appointmentfeed.h"

#include "app/core/serviceoptions.h"
#include "app/platform/errorclass.h"
#include "app/platform/platformrequest.h"
#include "app/platform/replies.h"
#include "core/clock.h"
#include "core/pii.h"
#include "queue/queueengine.h"
#include "queue/queuestore.h"
#include "store/database.h"
#include "store/sql.h"

#include <algorithm>

#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>

Q_LOGGING_CATEGORY(lcAppointments, "yc.hall.appointments", QtInfoMsg)

namespace yc {

namespace {

const QString kCursorKey = QStringLiteral("platform.appointment_cursor");
constexpr int kPage = 100;

Result<qint64> readCursor(QSqlDatabase db)
{
    auto v = sql::scalar(db, QStringLiteral("SELECT value FROM sync_state WHERE key = ?"), {kCursorKey});
    if (!v)
        return v.error();
    return v->isValid() ? v->toLongLong() : 0;
}

Result<void> saveCursor(QSqlDatabase db, qint64 cursor)
{
    auto q = sql::run(db,
                      QStringLiteral("INSERT INTO sync_state (key, value, updated_at) VALUES (?, ?, ?) ON "
                                     "CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = "
                                     "excluded.updated_at"),
                      {kCursorKey, QString::number(cursor), toStoredTime(Clock::nowUtc())});
    if (!q)
        return q.error();
    return {};
}

} // namespace

Result<std::optional<AppointmentFeed::Settings>> AppointmentFeed::read(QSettings &ini,
                                                                       const ServiceOptions &options)
{
    ini.beginGroup(QStringLiteral("platform"));
    const auto value = [&ini](const char *key) { return ini.value(QLatin1String(key)).toString().trimmed(); };
    const QString profileName = value("profile").isEmpty() ? QStringLiteral("national") : value("profile");
    const int pollSeconds = ini.value(QStringLiteral("appointments_poll_seconds"), 60).toInt();
    const QString endpoint = value("endpoint");
    const QString clientId = value("client_id").isEmpty() ? options.hallCode : value("client_id");
    const QString dataDir =
        value("data_dir").isEmpty() ? QFileInfo(options.databasePath).absolutePath() : value("data_dir");
    const QStringList files{value("ca"), value("certificate"), value("key"), value("signing_key")};
    const bool configured = ini.childKeys().contains(QStringLiteral("endpoint")) ||
                            ini.childKeys().contains(QStringLiteral("profile"));
    ini.endGroup();
    if (!configured || pollSeconds <= 0)
        return std::optional<Settings>();

    auto profile = ProvinceProfile::load(profileName.endsWith(QLatin1String(".json"))
                                             ? profileName
                                             : QStringLiteral(":/yc/profiles/%1.json").arg(profileName));
    if (!profile)
        return profile.error();
    ProvinceProfile::Platform p = profile->platform();
    if (!endpoint.isEmpty())
        p.endpoint = endpoint;
    for (auto [file, target] : {std::pair{0, &p.caFile}, std::pair{1, &p.certFile}, std::pair{2, &p.keyFile},
                                std::pair{3, &p.signingKeyFile}})
        if (!files.at(file).isEmpty())
            *target = files.at(file);
    auto config = SyncConfig::fromPlatform(p, dataDir, clientId.toUtf8());
    if (!config)
        return config.error();
    return std::optional<Settings>(Settings{config.value(), pollSeconds * 1000});
}

AppointmentFeed::AppointmentFeed(queue::QueueEngine &engine, Settings settings, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_settings(std::move(settings))
{
    m_timer.setInterval(m_settings.pollMs);
    connect(&m_timer, &QTimer::timeout, this, &AppointmentFeed::pull);
}

AppointmentFeed::~AppointmentFeed() = default;

Result<void> AppointmentFeed::start()
{
    auto tls = platform::Tls::configuration(m_settings.platform.tls);
    if (!tls)
        return tls.error();
    m_tls = tls.value();
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_signer = std::make_unique<platform::Signer>(m_settings.platform.clientId,
                                                  m_settings.platform.signingKey, m_settings.platform.method);
    m_timer.start();
    pull();
    return {};
}

void AppointmentFeed::pull()
{
    if (m_inFlight || !m_nam)
        return;
    auto cursor = readCursor(m_engine.database()->connection());
    if (!cursor) {
        emit problem(cursor.error().message);
        return;
    }
    const qint64 after = cursor.value();
    QNetworkReply *reply = platform::sendSigned(*m_nam, m_settings.platform.baseUrl, m_tls, *m_signer, "GET",
                                                "/api/v1/appointments?cursor=" + QByteArray::number(after) +
                                                    "&limit=" + QByteArray::number(kPage),
                                                {}, m_settings.platform.requestTimeoutMs);
    m_inFlight = true;
    connect(reply, &QNetworkReply::finished, this, [this, reply, after] {
        m_inFlight = false;
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || status != 200) {
            const platform::Failure f = platform::classifyRequest(
                reply->error(), status, body, reply->rawHeader("Retry-After"), reply->errorString());
            qCWarning(lcAppointments).noquote() << "appointments not fetched:" << f.code << f.message;
            emit problem(f.message);
            return;
        }
        apply(body, after);
    });
}

void AppointmentFeed::apply(const QByteArray &body, qint64 after)
{
    auto page = platform::parseAppointmentReply(body, after);
    if (!page) {
        qCWarning(lcAppointments).noquote() << "appointments answer refused:" << page.error().message;
        emit problem(page.error().message);
        return;
    }
    QSqlDatabase db = m_engine.database()->connection();
    auto lines = queue::store::lines(db);
    auto before = m_engine.lastSeq();
    if (!lines || !before) {
        emit problem(!lines ? lines.error().message : before.error().message);
        return;
    }
    const queue::Actor platformActor{QStringLiteral("platform"), 0, {}};
    for (const platform::AppointmentChange &a : page->appointments) {
        if (a.cancelled) {
            if (auto c =
                    m_engine.cancelAppointment(platformActor, QStringLiteral("platform"), a.appointmentId);
                !c) {
                emit problem(c.error().message);
                return; // the same page again at the next pull; cancelling twice changes nothing
            }
            continue;
        }
        const auto line = std::find_if(lines->cbegin(), lines->cend(),
                                       [&](const queue::Line &l) { return l.prefix == a.line && l.active; });
        if (line == lines->cend()) {
            // Not this hall's line: the booking cannot be kept here; the
            // platform's own records still have it.
            qCWarning(lcAppointments).noquote() << "appointment" << a.appointmentId << "names line" << a.line
                                                << "that the hall does not have";
            continue;
        }
        queue::QueueEngine::Booking b;
        b.lineId = line->id;
        b.source = QStringLiteral("platform");
        b.externalId = a.appointmentId;
        // Only a masked form travels to the hall's screens.
        b.personMasked = pii::scrub(a.personMasked) == a.personMasked ? a.personMasked : QString();
        b.slotStart = a.slotStart;
        b.slotEnd = a.slotEnd;
        if (auto booked = m_engine.book(platformActor, b); !booked) {
            if (booked.error().code.startsWith(QLatin1String("db."))) {
                emit problem(booked.error().message);
                return; // repeated at the next pull; a booking made twice is kept once
            }
            qCWarning(lcAppointments).noquote()
                << "appointment" << a.appointmentId << "refused:" << booked.error().code;
        }
    }
    if (auto saved = saveCursor(db, page->nextCursor); !saved) {
        emit problem(saved.error().message);
        return;
    }
    if (!page->appointments.isEmpty())
        qCInfo(lcAppointments) << page->appointments.size() << "appointment changes applied up to cursor"
                               << page->nextCursor;
    if (auto seq = m_engine.lastSeq(); seq && seq.value() > before.value())
        emit changed(seq.value());
    if (page->appointments.size() == kPage)
        QTimer::singleShot(0, this, &AppointmentFeed::pull);
}

} // namespace yc
