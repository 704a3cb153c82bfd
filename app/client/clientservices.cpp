#include "clientservices.h"

#include "app/capture/pageprocessor.h"
#include "app/core/session.h"
#include "app/core/settings.h"
#include "app/core/statusboard.h"
#include "app/devices/camera/documentcamera.h"
#include "app/devices/idcard/democardreader.h"
#include "app/devices/idcard/idcardreader.h"
#include "app/evaluation/qrevaluationrelay.h"
#include "app/hall/hallclient.h"
#include "app/hall/localhall.h"
#include "app/sync/syncservice.h"
#include "attachments/attachmentstore.h"
#include "codes/provinceprofile.h"
#include "core/clock.h"
#include "crypto/fieldcipher.h"
#include "evaluation/badrevieworders.h"
#include "evaluation/defaultratingschedule.h"
#include "store/database.h"
#include "store/sql.h"
#ifdef Q_OS_LINUX
#include "app/devices/scanner/sanescanner.h"
#endif

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcServices, "yc.client.services", QtInfoMsg)

namespace yc {

ClientServices::ClientServices(Settings &settings, std::shared_ptr<Database> db, const FieldCipher &cipher,
                               Session &session, StatusBoard &status, const Options &options)
{
    startHall(settings, db, session, status, options.standalone, options.demo);
    startSync(settings, db, cipher, status, options);
    startIdCardReader(settings, db, session, status, options.demo);
    startCapture(settings, db, status, options);

    // Bad-review work orders past a deadline go to the supervisor: checked
    // at start and every ten minutes, whoever is signed in.
    m_escalation = std::make_unique<QTimer>();
    m_escalation->setInterval(10 * 60 * 1000);
    auto escalate = [db] {
        if (auto r = BadReviewOrders(db).escalateOverdue(Clock::nowUtc()); !r)
            qCWarning(lcServices).noquote() << r.error().message;
    };
    QObject::connect(m_escalation.get(), &QTimer::timeout, m_escalation.get(), escalate);
    escalate();
    m_escalation->start();

    // 默认评价 where the province profile says so (on a timer, hourly).
    if (auto profile =
            ProvinceProfile::load(QStringLiteral(":/yc/profiles/%1.json").arg(settings.provinceProfile()));
        profile) {
        m_defaultRatings = std::make_unique<DefaultRatingSchedule>(db, profile->defaultRating());
        m_defaultRatings->start();
    }
    // Citizens' answers from the QR page go through halld; standalone has none.
    if (!options.standalone && m_hall)
        m_qrEvaluations = std::make_unique<QrEvaluationRelay>(db, *m_hall);
}

ClientServices::~ClientServices() = default;

void ClientServices::seedDemoQueue(LocalHall &hall, std::shared_ptr<Database> db)
{
    // The demonstration hall has no ticket kiosk in this process: a few
    // citizens are waiting when it opens, issued by the same engine.
    auto waiting =
        sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM ticket WHERE state = 'waiting'"));
    if (!waiting || waiting->toInt() > 0)
        return;
    const QList<queue::QueueEngine::IssueRequest> demo{
        {0, QStringLiteral("A"), QStringLiteral("none"), {}, {}, {}},
        {0, QStringLiteral("A"), QStringLiteral("elderly"), {}, QStringLiteral("赵**"), {}},
        {0, QStringLiteral("B"), QStringLiteral("none"), {}, {}, {}},
        {0, QStringLiteral("H"), QStringLiteral("proxy"), QStringLiteral("assist"), QStringLiteral("孙**"),
         QStringLiteral("elderly")},
        {0, QStringLiteral("A"), QStringLiteral("none"), {}, {}, {}},
        {0, QStringLiteral("D"), QStringLiteral("none"), {}, {}, {}},
    };
    for (const auto &request : demo) {
        if (auto issued = hall.engine().issue(request); !issued)
            qCInfo(lcServices).noquote() << "demo ticket not issued:" << issued.error().message;
    }
}

void ClientServices::startHall(Settings &settings, std::shared_ptr<Database> db, Session &session,
                               StatusBoard &status, bool standalone, bool demo)
{
    const QString key = QStringLiteral("hall");
    if (standalone) {
        auto local = std::make_unique<LocalHall>(db);
        LocalHall *hall = local.get();
        if (demo)
            seedDemoQueue(*hall, db);
        QObject::connect(&session, &Session::loggedIn, hall, [hall, &session, &status, key] {
            if (auto adopted = hall->adopt(session.staff(), session.windowNo()); !adopted)
                status.set(key, tr("Hall"), adopted.error().message, StatusBoard::Level::Warning);
        });
        QObject::connect(&session, &Session::loggedOut, hall, &HallConnection::signOut);
        m_hall = std::move(local);
        return;
    }
    std::optional<QSslConfiguration> tls;
    if (!settings.hallCaCertificate().isEmpty()) {
        QSslConfiguration c = QSslConfiguration::defaultConfiguration();
        c.setCaCertificates(QSslCertificate::fromPath(settings.hallCaCertificate()));
        tls = c;
    }
    auto remote = std::make_unique<HallClient>(QUrl(settings.hallServerUrl()), nullptr, tls);
    HallClient *hall = remote.get();
    QObject::connect(
        hall, &HallConnection::stateChanged, hall, [hall, &status, key](HallConnection::State s) {
            switch (s) {
            case HallConnection::State::Ready:
                status.set(key, tr("Hall"), tr("connected"), StatusBoard::Level::Ok);
                break;
            case HallConnection::State::SignedOut:
                status.set(key, tr("Hall"), tr("connected, not signed in"), StatusBoard::Level::Warning);
                break;
            case HallConnection::State::Connecting:
                status.set(key, tr("Hall"), tr("connecting…"), StatusBoard::Level::Warning);
                break;
            case HallConnection::State::Offline:
                status.set(key, tr("Hall"), tr("not connected; retrying"), StatusBoard::Level::Error);
                break;
            }
            Q_UNUSED(hall);
        });
    QObject::connect(&session, &Session::credentialsAccepted, hall,
                     [hall, &session, &status, key](const QString &staffNo, const QString &password) {
                         hall->signIn(staffNo, password, session.windowNo(), [&status, key](const auto &r) {
                             if (!r)
                                 status.set(key, tr("Hall"), r.error().message, StatusBoard::Level::Error);
                         });
                     });
    // The next person at the window must not act under the last one's
    // hall session.
    QObject::connect(&session, &Session::loggedOut, hall, &HallConnection::signOut);
    remote->open();
    m_hall = std::move(remote);
}

void ClientServices::startSync(Settings &settings, std::shared_ptr<Database> db, const FieldCipher &cipher,
                               StatusBoard &status, const Options &options)
{
    const QString key = QStringLiteral("platform");
    auto profile =
        ProvinceProfile::load(QStringLiteral(":/yc/profiles/%1.json").arg(settings.provinceProfile()));
    if (!profile) {
        status.set(key, tr("Province platform"), profile.error().message, StatusBoard::Level::Off);
        return;
    }
    auto config = SyncConfig::fromProfile(profile.value(), options.dataDir, options.hallCode.toUtf8());
    if (!config) {
        // Not set up yet (no certificates or signing key): the cases wait
        // in the outbox and go out once it is.
        status.set(key, tr("Province platform"), config.error().message, StatusBoard::Level::Off);
        return;
    }
    m_sync = std::make_unique<SyncService>(db, config.value(), &cipher, profile.value());
    QObject::connect(
        m_sync.get(), &SyncService::snapshotChanged, m_sync.get(), [&status, key](const SyncSnapshot &s) {
            status.set(
                key, tr("Province platform"),
                tr("%1 waiting, %2 sent today, %3 refused").arg(s.pending).arg(s.deliveredToday).arg(s.dead),
                s.dead > 0 || s.backoffMs > 0 ? StatusBoard::Level::Warning : StatusBoard::Level::Ok);
        });
    QObject::connect(m_sync.get(), &SyncService::problem, m_sync.get(),
                     [&status, key](const QString &message) {
                         status.set(key, tr("Province platform"), message, StatusBoard::Level::Warning);
                     });
    if (auto started = m_sync->start(); !started)
        status.set(key, tr("Province platform"), started.error().message, StatusBoard::Level::Warning);
}

void ClientServices::startIdCardReader(Settings &settings, std::shared_ptr<Database> db, Session &session,
                                       StatusBoard &status, bool demo)
{
    devices::IdCardReaderOptions options;
    options.backend = devices::IdCardReaderOptions::backendFromString(settings.idCardBackend());
    if (!settings.idCardPort().isEmpty())
        options.serial.ports = {settings.idCardPort()};
    if (demo) {
        m_demoCards = std::make_unique<DemoCardReader>();
        const QString pty = m_demoCards->start();
        if (pty.isEmpty()) {
            qCWarning(lcServices) << "the demonstration card reader did not start";
            m_demoCards.reset();
        } else {
            options.backend = devices::IdCardReaderOptions::Backend::Serial;
            options.serial.ports = {pty};
        }
    }
    m_idCard = std::make_unique<devices::IdCardReader>(options, db, [&session] {
        return devices::IdCardReader::Operator{session.staff().staffNo, session.windowNo()};
    });
    const QString key = QStringLiteral("device.idcard");
    QObject::connect(m_idCard.get(), &devices::IdCardReader::stateChanged, m_idCard.get(),
                     [&status, key](devices::IdCardReader::State s, const QString &message) {
                         using S = devices::IdCardReader::State;
                         const auto level = s == S::Waiting || s == S::Reading ? StatusBoard::Level::Ok
                                            : s == S::Stopped                  ? StatusBoard::Level::Off
                                                                               : StatusBoard::Level::Warning;
                         status.set(key, tr("ID card reader"),
                                    s == S::Stopped ? tr("used on the intake screen") : message, level);
                     });
    status.set(key, tr("ID card reader"), tr("used on the intake screen"), StatusBoard::Level::Off);
}

void ClientServices::startCapture(Settings &settings, std::shared_ptr<Database> db, StatusBoard &status,
                                  const Options &options)
{
    const QString dataDir = options.dataDir;
    if (options.demo && qEnvironmentVariableIsEmpty("SANE_CONFIG_DIR")) {
        // The demonstration scanner is SANE's own "test" driver, through a
        // configuration of our own: real scans of test pictures.
        const QString dir = QDir(dataDir).filePath(QStringLiteral("demo-sane"));
        QDir().mkpath(dir);
        QFile dll(QDir(dir).filePath(QStringLiteral("dll.conf")));
        QFile test(QDir(dir).filePath(QStringLiteral("test.conf")));
        if (dll.open(QIODevice::WriteOnly) && test.open(QIODevice::WriteOnly)) {
            dll.write("test\n");
            test.write("number_of_devices 1\n");
            qputenv("SANE_CONFIG_DIR", QFile::encodeName(dir));
        }
    }
    // The attachments have their own key, kept with the field key: back
    // both up, or the scans cannot be read again.
    auto cipher = FieldCipher::loadOrCreate(
        QFileInfo(settings.dataKeyPath()).dir().filePath(QStringLiteral("attachment.key")));
    if (!cipher) {
        status.set(QStringLiteral("device.scanner"), tr("Scanner"), cipher.error().message,
                   StatusBoard::Level::Error);
        return;
    }
    m_attachmentCipher = std::make_unique<FieldCipher>(std::move(cipher).value());
    const QString folder = settings.attachmentFolder().isEmpty()
                               ? QDir(dataDir).filePath(QStringLiteral("attachments"))
                               : settings.attachmentFolder();
    m_attachments = std::make_unique<AttachmentStore>(db, m_attachmentCipher.get(), folder);
    // Files a crash left without their row (written, never committed).
    if (auto removed = m_attachments->removeOrphans(Clock::nowUtc().addSecs(-3600));
        removed && removed.value() > 0)
        qCInfo(lcServices) << "removed" << removed.value() << "orphaned attachment files";
    m_pages = std::make_unique<capture::PageProcessor>();
    m_camera = std::make_unique<devices::DocumentCamera>();
#ifdef Q_OS_LINUX
    m_scanner = std::make_unique<devices::SaneScanner>();
    const QString key = QStringLiteral("device.scanner");
    QObject::connect(m_scanner.get(), &devices::Scanner::devicesListed, m_scanner.get(),
                     [&status, key](const QList<devices::ScannerInfo> &found) {
                         if (found.isEmpty())
                             status.set(key, tr("Scanner"), tr("none found"), StatusBoard::Level::Off);
                         else
                             status.set(key, tr("Scanner"),
                                        found.first().label().isEmpty() ? found.first().name
                                                                        : found.first().label(),
                                        StatusBoard::Level::Ok);
                     });
    m_scanner->listDevices();
#else
    status.set(QStringLiteral("device.scanner"), tr("Scanner"), tr("not available on this system yet"),
               StatusBoard::Level::Off);
#endif
}

} // namespace yc
