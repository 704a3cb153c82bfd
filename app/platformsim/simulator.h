#pragma once

#include "app/platform/signing.h"
#include "app/platformsim/faults.h"
#include "app/platformsim/httpsserver.h"
#include "app/platformsim/simappointments.h"
#include "app/platformsim/simstore.h"

#include <QObject>
#include <QTimer>

namespace yc::sim {

// The province platform as the API describes it (province-api.md): routes,
// signature checks, fault injection, the scheduled 办结.
class Simulator : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QByteArray clientId;
        QByteArray key;
        platform::SignatureMethod method = platform::SignatureMethod::HmacSha256;
        int finishAfterSeconds = 0;
    };

    Simulator(std::shared_ptr<Database> db, const QSslConfiguration &tls, Options options,
              QObject *parent = nullptr);

    quint16 listen(const QHostAddress &address, quint16 port);
    FaultInjector &faults() { return m_faults; }

private:
    void handle(const HttpRequest &request, std::shared_ptr<HttpExchange> exchange);
    void handleApi(const HttpRequest &request, const std::shared_ptr<HttpExchange> &exchange);
    void handleControl(const HttpRequest &request, const std::shared_ptr<HttpExchange> &exchange);
    // Returns the answer's status and body, or status 0 to drop the connection.
    std::pair<int, QByteArray> push(const QByteArray &body, bool twice);

    std::shared_ptr<Database> m_db;
    SimStore m_store;
    SimAppointments m_appointments;
    HttpsServer m_server;
    Options m_options;
    platform::RequestVerifier m_verifier;
    FaultInjector m_faults;
    QTimer m_finishTimer;
    qint64 m_duplicatesAnswered = 0;
    qint64 m_refused = 0;
    qint64 m_requests = 0;
};

} // namespace yc::sim
