#pragma once

#include <memory>

#include <QCoreApplication>
#include <QObject>
#include <QTimer>

namespace yc {

class Database;
class DemoCardReader;
class FieldCipher;
class HallConnection;
class LocalHall;
class Session;
class Settings;
class StatusBoard;
class SyncService;
class AttachmentStore;
class DefaultRatingSchedule;
class QrEvaluationRelay;
namespace devices {
class IdCardReader;
class Scanner;
class DocumentCamera;
} // namespace devices
namespace capture {
class PageProcessor;
}

// The services a window uses besides the store, each optional: the hall
// (queue) — in this process for a standalone station, otherwise
// yichuang-halld —, the province platform sync, the ID card reader, and the
// capture devices with the encrypted attachment store. Each reports its
// state on the status board; one that cannot start leaves the others
// working and says why.
class ClientServices
{
    Q_DECLARE_TR_FUNCTIONS(yc::ClientServices)

public:
    struct Options
    {
        bool standalone = true;
        bool demo = false;
        QString dataDir;  // the database's folder
        QString hallCode; // the platform client id
    };

    ClientServices(Settings &settings, std::shared_ptr<Database> db, const FieldCipher &cipher,
                   Session &session, StatusBoard &status, const Options &options);
    ~ClientServices();

    HallConnection *hall() const { return m_hall.get(); }
    SyncService *sync() const { return m_sync.get(); }
    devices::IdCardReader *idCardReader() const { return m_idCard.get(); }
    DemoCardReader *demoCardReader() const { return m_demoCards.get(); }
    AttachmentStore *attachments() const { return m_attachments.get(); }
    devices::Scanner *scanner() const { return m_scanner.get(); }
    devices::DocumentCamera *camera() const { return m_camera.get(); }
    capture::PageProcessor *pageProcessor() const { return m_pages.get(); }
    // 二维码评价 with halld (null standalone: no page, no QR code printed).
    QrEvaluationRelay *qrEvaluations() const { return m_qrEvaluations.get(); }

private:
    void startHall(Settings &settings, std::shared_ptr<Database> db, Session &session, StatusBoard &status,
                   bool standalone, bool demo);
    static void seedDemoQueue(LocalHall &hall, std::shared_ptr<Database> db);
    void startSync(Settings &settings, std::shared_ptr<Database> db, const FieldCipher &cipher,
                   StatusBoard &status, const Options &options);
    void startIdCardReader(Settings &settings, std::shared_ptr<Database> db, Session &session,
                           StatusBoard &status, bool demo);
    void startCapture(Settings &settings, std::shared_ptr<Database> db, StatusBoard &status,
                      const Options &options);

    std::unique_ptr<HallConnection> m_hall;
    std::unique_ptr<SyncService> m_sync;
    std::unique_ptr<DemoCardReader> m_demoCards;
    std::unique_ptr<devices::IdCardReader> m_idCard;
    std::unique_ptr<FieldCipher> m_attachmentCipher;
    std::unique_ptr<AttachmentStore> m_attachments;
    std::unique_ptr<devices::Scanner> m_scanner;
    std::unique_ptr<devices::DocumentCamera> m_camera;
    std::unique_ptr<capture::PageProcessor> m_pages;
    std::unique_ptr<QTimer> m_escalation; // bad-review work orders past their deadlines
    std::unique_ptr<DefaultRatingSchedule> m_defaultRatings;
    std::unique_ptr<QrEvaluationRelay> m_qrEvaluations;
};

} // namespace yc
