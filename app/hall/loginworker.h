#pragma once

#include "core/result.h"
#include "staff/staff.h"

#include <functional>
#include <memory>

#include <QObject>
#include <QThread>

namespace yc {

class Database;

// Checks staff passwords for yichuang-halld on a thread of its own, with its
// own database connection: PBKDF2 is slow on purpose (0.1–0.3 s), and
// halld's one thread keeps serving the other windows meanwhile. Sign-ins
// are checked one after another, so the lockout counters stay exact.
class LoginWorker : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const Result<StaffMember> &)>;

    explicit LoginWorker(std::shared_ptr<Database> db, QObject *parent = nullptr);
    // Waits for a check under way and closes the worker's connection.
    ~LoginWorker() override;

    // StaffRepository::authenticate (password, lockout, audit) on the worker
    // thread; `done` runs later on this object's thread. Not called after
    // this object is destroyed.
    void authenticate(const QString &staffNo, const QString &password, int windowNo, Done done);

private:
    std::shared_ptr<Database> m_db;
    QThread m_thread;
    QObject *m_worker; // lives in m_thread
};

} // namespace yc
