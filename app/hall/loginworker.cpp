#include "loginworker.h"

#include "staff/staffrepository.h"
#include "store/database.h"

namespace yc {

LoginWorker::LoginWorker(std::shared_ptr<Database> db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_worker(new QObject)
{
    m_thread.setObjectName(QStringLiteral("hall-login"));
    m_worker->moveToThread(&m_thread);
    // The worker's connection is closed on its own thread, as it ends.
    connect(
        &m_thread, &QThread::finished, m_worker, [db = m_db] { db->releaseThreadConnection(); },
        Qt::DirectConnection);
    m_thread.start();
}

LoginWorker::~LoginWorker()
{
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void LoginWorker::authenticate(const QString &staffNo, const QString &password, int windowNo, Done done)
{
    QMetaObject::invokeMethod(
        m_worker,
        [this, db = m_db, staffNo, password, windowNo, done = std::move(done)] {
            Result<StaffMember> member = StaffRepository(db).authenticate(staffNo, password, windowNo);
            // Back on the owner's thread; an event for a destroyed receiver is
            // dropped, and the destructor waits for this lambda to return.
            QMetaObject::invokeMethod(
                this, [member, done] { done(member); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace yc
