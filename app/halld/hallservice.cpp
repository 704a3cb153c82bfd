#include "hallservice.h"

#include "app/core/serviceoptions.h"

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
{}

Result<std::shared_ptr<QObject>> HallService::start(ServiceContext &context)
{
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
    // Tests and scripts read the protocol port from this line.
    QTextStream(stdout) << "yichuang-halld hall protocol on " << (context.tls ? "wss" : "ws") << "://"
                        << context.options.listenAddress.toString() << ':' << port.value() << Qt::endl;
    return std::shared_ptr<QObject>(service);
}

} // namespace yc
