#pragma once

#include "core/result.h"

#include <functional>
#include <memory>

#include <QObject>
#include <QTimer>
#include <QUrl>

namespace yc {

class Database;
class HallConnection;

// The window's side of 二维码评价 with yichuang-halld: asks halld for an
// invitation (a token and the page's address, for the QR code on the
// receipt or the ticket slip), and takes the citizens' answers halld keeps
// for this window — stored through EvaluationService with channel qr_page
// (a first evaluation already given on the window screen makes the QR
// answer a follow-up), then acknowledged. An answer stored but not
// acknowledged (connection lost) is stored once: its key becomes the
// evaluation's own. Pulls when the hall connection becomes ready and then
// every interval (default 30 s).
//
// Standalone there is no halld and no page: the QR code is not printed.
class QrEvaluationRelay : public QObject
{
    Q_OBJECT

public:
    QrEvaluationRelay(std::shared_ptr<Database> db, HallConnection &hall, QObject *parent = nullptr);

    using UrlCallback = std::function<void(const Result<QUrl> &)>;
    // An invitation for a case recorded at this window (its 办件编号, or the
    // local key of a case that got none).
    void inviteCase(const QString &caseNo, const QString &serviceName, UrlCallback done);
    // An invitation on a ticket slip (the kiosk): the window that serves the
    // ticket takes the answer.
    void inviteTicket(qint64 ticketId, const QString &serviceName, UrlCallback done);

    void setPollInterval(int ms) { m_poll.setInterval(ms); }
    void pullNow();

signals:
    // An answer became an evaluation here (its id).
    void stored(qint64 evaluationId);
    // An answer could not be stored (e.g. a case this window does not hold);
    // halld keeps it with this code.
    void refused(const QString &code);
    // A pull finished (tests and the status bar).
    void pulled(int answers);

private:
    void invite(const QJsonObject &args, UrlCallback done);
    void take(const QJsonObject &answer);

    std::shared_ptr<Database> m_db;
    HallConnection &m_hall;
    QTimer m_poll;
    bool m_pulling = false;
};

} // namespace yc
