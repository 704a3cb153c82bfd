#include "hallservice.h"

#include "app/core/serviceoptions.h"
#include "hall/hallrepository.h"

#include <QFileInfo>
#include <QSettings>
#include <QTextStream>

namespace yc {

HallService::HallService(std::shared_ptr<Database> db, queue::QueueConfig config, int sessionMinutes,
                         HallServer::Limits limits)
    : m_engine(db, std::move(config))
    , m_sessions(db, sessionMinutes)
    , m_dispatcher(m_engine, m_sessions)
    , m_server(m_dispatcher, m_engine, limits)
    , m_loginWorker(db)
{
    m_dispatcher.setLoginWorker(&m_loginWorker);
}

Result<std::shared_ptr<QObject>> HallService::start(ServiceContext &context)
{
    // Business days and the rollover follow the hall's zone unless [queue] names one.
    if (auto zone = HallRepository(context.db).applyTimeZone(); !zone)
        return zone.error();
    queue::QueueConfig config;
    HallServer::Limits limits;
    int sessionMinutes = 12 * 60;
    announcer::AnnouncerConfig voice;
    if (!context.options.configFile.isEmpty()) {
        QSettings ini(context.options.configFile, QSettings::IniFormat);
        config = queue::QueueConfig::fromSettings(ini);
        limits.ratePerSecond =
            ini.value(QStringLiteral("server/rate_per_second"), limits.ratePerSecond).toDouble();
        limits.burst = ini.value(QStringLiteral("server/rate_burst"), limits.burst).toDouble();
        limits.maxMessageBytes =
            ini.value(QStringLiteral("server/max_message_bytes"), limits.maxMessageBytes).toLongLong();
        sessionMinutes = qMax(1, ini.value(QStringLiteral("server/session_minutes"), sessionMinutes).toInt());
        auto read = announcer::AnnouncerConfig::fromSettings(
            ini, QFileInfo(context.options.configFile).absolutePath());
        if (!read)
            return read.error();
        voice = read.value();
    }
    std::shared_ptr<HallService> service(new HallService(context.db, config, sessionMinutes, limits));
    if (!context.options.configFile.isEmpty()) {
        QSettings ini(context.options.configFile, QSettings::IniFormat);
        auto feed = AppointmentFeed::read(ini, context.options);
        if (!feed)
            return feed.error();
        if (feed->has_value()) {
            service->m_appointments =
                std::make_unique<AppointmentFeed>(service->m_engine, feed.value().value());
            connect(service->m_appointments.get(), &AppointmentFeed::changed, &service->m_server,
                    &HallServer::broadcast);
            if (auto started = service->m_appointments->start(); !started)
                return started.error();
        }
    }
    {
        std::unique_ptr<QSettings> ini;
        if (!context.options.configFile.isEmpty())
            ini = std::make_unique<QSettings>(context.options.configFile, QSettings::IniFormat);
        service->m_evaluations =
            std::make_unique<QrEvaluationDesk>(context.db, service->m_dispatcher, context.http, ini.get());
    }
    if (voice.enabled) {
        auto made = announcer::Announcer::create(service->m_engine, voice);
        if (!made)
            return made.error();
        service->m_announcer = std::move(made).value();
        connect(&service->m_server, &HallServer::changed, service->m_announcer.get(),
                &announcer::Announcer::onChanged);
    }
    auto port = service->m_server.listen(context.options.listenAddress,
                                         context.options.effectiveProtocolPort(), context.tls);
    if (!port)
        return port.error();
    service->m_display =
        std::make_unique<display::DisplayService>(context, service->m_engine, service->m_server);
    // Tests and scripts read the protocol port from this line.
    QTextStream(stdout) << "yichuang-halld hall protocol on " << (context.tls ? "wss" : "ws") << "://"
                        << context.options.listenAddress.toString() << ':' << port.value() << Qt::endl;
    return std::shared_ptr<QObject>(service);
}

} // namespace yc
