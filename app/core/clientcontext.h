#pragma once

#include <memory>

#include <QString>

namespace yc {

class AdminService;
class Database;
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
};

} // namespace yc
