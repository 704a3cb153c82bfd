// yichuang: the client at a window. The composition root: settings, logging,
// language, the store, the demo hall in --standalone, the services, then the
// sign-in and main window.
#include "app/client/clientservices.h"
#include "app/core/adminservice.h"
#include "app/core/clientcontext.h"
#include "app/core/demosetup.h"
#include "app/core/idlewatcher.h"
#include "app/core/localization.h"
#include "app/core/logging.h"
#include "app/core/session.h"
#include "app/core/settings.h"
#include "app/core/statusboard.h"
#include "calendar/calendarrepository.h"
#include "crypto/fieldcipher.h"
#include "hall/hallrepository.h"
#include "intake/intakeservice.h"
#include "proxy/proxycases.h"
#include "store/database.h"
#include "widgets/common/theme.h"
#include "widgets/kiosk/kioskmode.h"
#include "widgets/shell/clientshell.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QTextStream>

Q_LOGGING_CATEGORY(lcClient, "yc.client", QtInfoMsg)

namespace yc {
// The translation context of the client's composition root.
class Client
{
    Q_DECLARE_TR_FUNCTIONS(yc::Client)
};
} // namespace yc

namespace {

using yc::Client;

int fail(const QString &message, int code)
{
    qCCritical(lcClient).noquote() << message;
    QMessageBox::critical(nullptr, Client::tr("Yichuang"), message);
    return code;
}

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Yichuang"));
    QCoreApplication::setApplicationName(QStringLiteral("yichuang"));
    QCoreApplication::setApplicationVersion(QStringLiteral(YC_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Yichuang — one-window intake for government service halls"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption standalone(
        QStringLiteral("standalone"),
        QStringLiteral("Run the hall engine in this process (one-window station, "
                       "demo); a new database becomes the demonstration hall."));
    const QCommandLineOption database(QStringLiteral("database"), QStringLiteral("Use this database file."),
                                      QStringLiteral("file"));
    const QCommandLineOption settingsFile(QStringLiteral("settings"),
                                          QStringLiteral("Read and write settings in this INI file."),
                                          QStringLiteral("file"));
    const QCommandLineOption language(QStringLiteral("lang"),
                                      QStringLiteral("Interface language: zh_CN or en."),
                                      QStringLiteral("language"));
    const QCommandLineOption reportReady(
        QStringLiteral("report-ready"),
        QStringLiteral("Print a YC_READY line with the start-up time and memory "
                       "when the main window is usable (benchmarks)."));
    const QCommandLineOption exitWhenReady(QStringLiteral("exit-when-ready"),
                                           QStringLiteral("With --report-ready: quit right after the line."));
    const QCommandLineOption kiosk(
        QStringLiteral("kiosk"), QStringLiteral("Run as the ticket kiosk: full screen, touch, signed in with "
                                                "the kiosk account (Ctrl+Alt+Q ends it)."));
    parser.addOptions({standalone, database, settingsFile, language, reportReady, exitWhenReady, kiosk});
    parser.process(app);

    yc::Settings settings(parser.isSet(settingsFile)
                              ? std::make_unique<QSettings>(parser.value(settingsFile), QSettings::IniFormat)
                              : yc::Settings::defaultStore());
    yc::logging::install(settings.logDirectory(), QStringLiteral("yichuang"));
    const QString lang =
        yc::Localization::install(app, parser.isSet(language) ? parser.value(language) : settings.language());
    QApplication::setApplicationDisplayName(Client::tr("Yichuang"));
    yc::theme::apply(app, settings.largeFont());

    const QString dbPath = parser.isSet(database) ? parser.value(database) : settings.databasePath();
    auto db = yc::Database::open(dbPath, yc::mainSchema());
    if (!db)
        return fail(db.error().message, 3);
    auto cipher = yc::FieldCipher::loadOrCreate(settings.dataKeyPath());
    if (!cipher)
        return fail(cipher.error().message, 3);

    const bool isStandalone = parser.isSet(standalone) || settings.hallServerUrl().isEmpty();
    bool demo = false;
    if (isStandalone) {
        auto setup = yc::DemoSetup::ensure(db.value());
        if (!setup)
            return fail(setup.error().message, 4);
    }
    // New years' holiday arrangements arrive with program updates; an
    // administrator's own edits are never overwritten.
    if (auto calendar = yc::CalendarRepository(db.value()).importDefaults(); !calendar)
        return fail(calendar.error().message, 4);
    yc::HallRepository halls(db.value());
    auto hall = halls.hall();
    if (!hall)
        return fail(hall.error().message, 4);
    if (!hall->has_value())
        return fail(
            Client::tr("This database has no hall set up. Start once with --standalone for the demonstration "
                       "hall, or ask the administrator to configure the hall service."),
            4);
    if (auto zone = halls.applyTimeZone(); !zone)
        return fail(zone.error().message, 4);
    demo = hall->value().code == QLatin1String("370402-ZWFW") && isStandalone;

    yc::StatusBoard status;
    status.set(QStringLiteral("hall"), Client::tr("Hall"),
               isStandalone ? Client::tr("standalone (in this program)") : Client::tr("not connected"),
               isStandalone ? yc::StatusBoard::Level::Ok : yc::StatusBoard::Level::Warning);
    status.set(QStringLiteral("platform"), Client::tr("Province platform"), Client::tr("not configured"),
               yc::StatusBoard::Level::Off);
    status.set(QStringLiteral("device.idcard"), Client::tr("ID card reader"), Client::tr("not set up"),
               yc::StatusBoard::Level::Off);
    status.set(QStringLiteral("device.scanner"), Client::tr("Scanner"), Client::tr("not set up"),
               yc::StatusBoard::Level::Off);

    yc::Session session(db.value(), settings.windowNumber());
    yc::AdminService admin(db.value(), &session);
    yc::IdleWatcher idle;
    yc::IntakeService intake(db.value(), &cipher.value());
    yc::ClientServices services(settings, db.value(), cipher.value(), session, status,
                                {isStandalone, demo, QFileInfo(dbPath).absolutePath(), hall->value().code});
    yc::ClientContext ctx{db.value(), &settings, &session,           &admin, &status,
                          &idle,      &intake,   hall->value().name, demo,   lang};
    ctx.hall = services.hall();
    ctx.sync = services.sync();
    ctx.idCardReader = services.idCardReader();
    ctx.demoCardReader = services.demoCardReader();
    ctx.attachments = services.attachments();
    ctx.scanner = services.scanner();
    ctx.camera = services.camera();
    ctx.pageProcessor = services.pageProcessor();
    ctx.cipher = &cipher.value();
    ctx.qrEvaluations = services.qrEvaluations();
    yc::ProxyCases proxyCases(db.value(), &cipher.value(), services.attachments());
    ctx.proxyCases = &proxyCases;

    if (parser.isSet(kiosk))
        return yc::runKiosk(ctx);

    yc::ClientShell shell(ctx);
    if (parser.isSet(reportReady)) {
        QObject::connect(&shell, &yc::ClientShell::ready, &app, [&] {
            QTextStream(stdout) << "YC_READY ms=" << sinceStart.elapsed() << " rss_kib=" << residentKiB()
                                << Qt::endl;
            if (parser.isSet(exitWhenReady))
                QApplication::quit();
        });
        // Benchmarks sign in without typing: YICHUANG_AUTOLOGIN=staffNo:password.
        // The password is still checked; only the typing is skipped.
        const QString autologin = qEnvironmentVariable("YICHUANG_AUTOLOGIN");
        const qsizetype colon = autologin.indexOf(QLatin1Char(':'));
        if (colon > 0) {
            auto signedIn = session.login(autologin.left(colon), autologin.mid(colon + 1));
            if (!signedIn)
                return fail(signedIn.error().message, 5);
        }
    }
    if (!shell.start())
        return 0;
    return QApplication::exec();
}
