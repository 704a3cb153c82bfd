// The crash test's child: opens the client database, starts SyncService
// against the simulator and accepts a case every few milliseconds through
// IntakeService, until the test kills it with SIGKILL.
//   synccrash_helper <database> <platform url> <pki dir>
#include "app/sync/syncservice.h"
#include "crypto/fieldcipher.h"
#include "intake/intakeservice.h"
#include "intakedriver.h"
#include "store/database.h"
#include "store/schema.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>
#include <QTimer>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (args.size() != 4) {
        err << "usage: synccrash_helper <database> <platform url> <pki dir>" << Qt::endl;
        return 2;
    }
    auto db = yc::Database::open(args.at(1), yc::mainSchema());
    if (!db) {
        err << db.error().message << Qt::endl;
        return 3;
    }
    if (auto hall = yc::test::prepareHall(*db.value()); !hall) {
        err << hall.error().message << Qt::endl;
        return 3;
    }
    const auto cipher = yc::FieldCipher::fromKey(QByteArray(32, '\x44'));
    const QString pki = args.at(3) + u'/';
    yc::SyncConfig config;
    config.baseUrl = QUrl(args.at(2));
    config.tls = {pki + QStringLiteral("ca.pem"), pki + QStringLiteral("client.pem"),
                  pki + QStringLiteral("client.key")};
    config.clientId = "hall-01";
    QFile key(pki + QStringLiteral("signing.key"));
    if (!key.open(QIODevice::ReadOnly))
        return 2;
    config.signingKey = key.readAll();
    config.batchSize = 5;
    config.pollMs = 50;
    config.backoffBaseMs = 20;
    config.backoffCapMs = 200;
    config.requestTimeoutMs = 2000;
    config.pullCatalog = false;
    config.pullStatus = false;
    yc::SyncService sync(db.value(), config, &cipher.value(), std::nullopt);
    if (auto started = sync.start(); !started) {
        err << started.error().message << Qt::endl;
        return 4;
    }
    yc::IntakeService intake(db.value(), &cipher.value(),
                             [](const QDate &d, const yc::TimeLimit &l) { return d.addDays(l.value); });
    int serial = int(QRandomGenerator::global()->bounded(1000));
    QTimer timer;
    timer.setInterval(15);
    QObject::connect(&timer, &QTimer::timeout, &app, [&] {
        if (auto c = yc::test::acceptOneCase(intake, db.value(), serial++); !c)
            err << c.error().message << Qt::endl;
        sync.notify();
    });
    timer.start();
    QTextStream(stdout) << "ready" << Qt::endl;
    return QCoreApplication::exec();
}
