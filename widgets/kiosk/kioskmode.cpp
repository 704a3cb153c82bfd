#include "kioskmode.h"

#include "app/core/clientcontext.h"
#include "app/core/demosetup.h"
#include "app/core/settings.h"
#include "app/hall/localhall.h"
#include "catalog/catalogrepository.h"
#include "staff/staffrepository.h"
#include "widgets/kiosk/kioskwindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMessageBox>

Q_LOGGING_CATEGORY(lcKiosk, "yc.kiosk", QtInfoMsg)

namespace yc {

namespace {

const QString kKioskRole = QStringLiteral("kiosk");

KioskRoute demoRoute()
{
    QFile file(DemoSetup::hallResource());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return KioskRoute::fromJson(
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("kioskLines")).toObject());
}

} // namespace

KioskMode::Options KioskMode::options(const Settings &settings, bool demo)
{
    Options o;
    o.staffNo = settings.value(Settings::Key::KioskStaffNo).toString();
    o.password = settings.value(Settings::Key::KioskPassword).toString();
    o.elderlyAge = settings.value(Settings::Key::KioskElderlyAge).toInt();
    const QString lines = settings.value(Settings::Key::KioskMatterLines).toString();
    o.route = KioskRoute::fromText(lines, settings.value(Settings::Key::KioskDefaultLine).toString());
    o.ticketFolder = settings.value(Settings::Key::KioskTicketFolder).toString();
    o.printer = settings.value(Settings::Key::KioskPrinter).toString();
    o.followUrl = settings.value(Settings::Key::KioskFollowUrl).toString();
    if (demo) {
        if (o.staffNo.isEmpty()) {
            o.staffNo = QStringLiteral("8001");
            o.password = DemoSetup::demoPassword();
        }
        if (lines.isEmpty())
            o.route = demoRoute();
        if (o.ticketFolder.isEmpty())
            o.ticketFolder = QDir(settings.documentFolder()).filePath(QStringLiteral("tickets"));
    }
    return o;
}

Result<void> KioskMode::signIn(ClientContext &ctx, const Options &options)
{
    if (!ctx.hall)
        return Error{QStringLiteral("kiosk.no_hall"), tr("The kiosk has no connection to the hall queue.")};
    if (options.staffNo.isEmpty())
        return Error{
            QStringLiteral("kiosk.no_account"),
            tr("No kiosk account is set up. Set kiosk/staffNo and kiosk/password in the settings to an "
               "account with the role \"Ticket kiosk\".")};
    if (auto *local = qobject_cast<LocalHall *>(ctx.hall)) {
        auto member = StaffRepository(ctx.db).authenticate(options.staffNo, options.password, 0);
        if (!member)
            return member.error();
        if (member->roles != QStringList{kKioskRole})
            return Error{QStringLiteral("kiosk.role"),
                         tr("Account %1 is not a kiosk account. Give the kiosk an account with only the role "
                            "\"Ticket kiosk\".")
                             .arg(options.staffNo)};
        return local->adopt(member.value(), 0);
    }
    HallConnection *hall = ctx.hall;
    auto login = [hall, options] {
        hall->signIn(options.staffNo, options.password, 0, [hall](const Result<QJsonObject> &r) {
            if (!r)
                qCWarning(lcKiosk).noquote()
                    << "the kiosk account could not sign in to the hall:" << r.error().message;
            else if (!hall->roles().contains(kKioskRole))
                qCWarning(lcKiosk) << "the kiosk signed in with an account that is not a kiosk account";
        });
    };
    // A kiosk stands unattended: it signs in whenever the hall is connected
    // without a session (at start once the socket is open, after halld
    // restarts, after the session expires).
    QObject::connect(hall, &HallConnection::stateChanged, hall, [login](HallConnection::State state) {
        if (state == HallConnection::State::SignedOut)
            login();
    });
    if (hall->state() == HallConnection::State::SignedOut)
        login();
    return {};
}

std::unique_ptr<KioskWindow> KioskMode::createWindow(ClientContext &ctx, const Options &options)
{
    auto window = std::make_unique<KioskWindow>(*ctx.hall, ctx.hallName);
    CatalogRepository catalog(ctx.db);
    auto matters = catalog.currentMatters();
    auto synonyms = catalog.synonyms();
    if (matters && synonyms)
        window->setCatalog(matters.value(), synonyms.value(), options.route);
    else
        qCWarning(lcKiosk) << "the catalog could not be read; the kiosk offers the lines only";
    window->setCardReader(ctx.idCardReader);
    window->setElderlyAge(options.elderlyAge);
    if (!options.ticketFolder.isEmpty() && QDir().mkpath(options.ticketFolder))
        window->setPdfDirectory(options.ticketFolder);
    window->setPrinterName(options.printer);
    window->setFollowUrlPrefix(options.followUrl);
    window->setLocked(true);
    return window;
}

int runKiosk(ClientContext &ctx)
{
    const KioskMode::Options options = KioskMode::options(*ctx.settings, ctx.demo);
    if (auto signedIn = KioskMode::signIn(ctx, options); !signedIn) {
        QMessageBox::critical(nullptr, KioskMode::tr("Ticket kiosk"), signedIn.error().message);
        return 1;
    }
    std::unique_ptr<KioskWindow> window = KioskMode::createWindow(ctx, options);
    window->setWindowFlag(Qt::FramelessWindowHint);
    window->showFullScreen();
    return QApplication::exec();
}

} // namespace yc
