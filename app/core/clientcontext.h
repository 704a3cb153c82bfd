#pragma once

#include <memory>

#include <QString>

namespace yc {

class AdminService;
class AttachmentStore;
class Database;
class FieldCipher;
class ProxyCases;
class QrEvaluationRelay;
class DemoCardReader;
class HallConnection;
class SyncService;
namespace devices {
class DocumentCamera;
class IdCardReader;
class Scanner;
} // namespace devices
namespace capture {
class PageProcessor;
}
class IdleWatcher;
class IntakeService;
class Session;
class Settings;
class StatusBoard;

// What the client's composition root hands to the user interface. Widgets
// reach data only through these services and the item models in models/.
struct ClientContext
{
    std::shared_ptr<Database> db;
    Settings *settings = nullptr;
    Session *session = nullptr;
    AdminService *admin = nullptr;
    StatusBoard *status = nullptr;
    IdleWatcher *idle = nullptr;
    IntakeService *intake = nullptr;
    QString hallName;
    bool demo = false; // the demonstration hall (--standalone on a new database)
    QString language;  // "zh_CN" or "en", in force for this run
    // The optional services (null when not running; the screens say so).
    HallConnection *hall = nullptr;
    SyncService *sync = nullptr;
    devices::IdCardReader *idCardReader = nullptr;
    DemoCardReader *demoCardReader = nullptr; // the demonstration hall's simulated reader
    AttachmentStore *attachments = nullptr;
    devices::Scanner *scanner = nullptr;
    devices::DocumentCamera *camera = nullptr;
    capture::PageProcessor *pageProcessor = nullptr;
    ProxyCases *proxyCases = nullptr;           // 帮办代办 cases
    QrEvaluationRelay *qrEvaluations = nullptr; // 二维码评价 through halld (none standalone)
    const FieldCipher *cipher = nullptr; // personal fields of the registers (帮办代办, 办不成事)
};

} // namespace yc
