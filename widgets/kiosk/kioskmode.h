#pragma once

#include "core/result.h"
#include "widgets/kiosk/kioskroute.h"

#include <memory>

#include <QCoreApplication>
#include <QString>

namespace yc {

struct ClientContext;
class HallConnection;
class KioskWindow;
class Settings;

// `yichuang --kiosk`: the ticket dispenser. The composition root builds the
// usual ClientContext (database, settings, the hall connection — LocalHall
// standalone, HallClient against yichuang-halld —, the ID card reader) and
// calls runKiosk instead of showing the sign-in and the main window.
class KioskMode
{
    Q_DECLARE_TR_FUNCTIONS(yc::KioskMode)

public:
    struct Options
    {
        QString staffNo; // the kiosk account (role "kiosk")
        QString password;
        int elderlyAge = 60;
        KioskRoute route;
        QString ticketFolder; // PDF tickets instead of the printer
        QString printer;
        QString followUrl;
    };
    // From the settings (kiosk/*); the demonstration hall fills what is not
    // set: account 8001 with the demo password, the demo hall's kioskLines,
    // tickets as PDF files under the document folder.
    static Options options(const Settings &settings, bool demo);

    // Signs the hall connection in as the kiosk account, window 0: over the
    // hall protocol, or in-process after checking the password against the
    // database. The account must have the role "kiosk" and no other. Again
    // after the session expires (remote).
    static Result<void> signIn(ClientContext &ctx, const Options &options);

    // The kiosk window with the catalog, the route, the reader and the
    // printer set, locked against closing from the screen; not shown.
    static std::unique_ptr<KioskWindow> createWindow(ClientContext &ctx, const Options &options);
};

// Signs in, shows the kiosk full screen and runs the event loop; returns
// the exit code (1 when the kiosk account cannot sign in, after saying why).
int runKiosk(ClientContext &ctx);

} // namespace yc
