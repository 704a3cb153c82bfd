#include "qrevaluationrelay.h"

#include "app/hall/hallconnection.h"
#include "evaluation/evaluationservice.h"

#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcQrRelay, "yc.evaluation.qr", QtInfoMsg)

namespace yc {

QrEvaluationRelay::QrEvaluationRelay(std::shared_ptr<Database> db, HallConnection &hall, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_hall(hall)
{
    m_poll.setInterval(30 * 1000);
    connect(&m_poll, &QTimer::timeout, this, &QrEvaluationRelay::pullNow);
    connect(&m_hall, &HallConnection::stateChanged, this, [this](HallConnection::State s) {
        if (s == HallConnection::State::Ready) {
            pullNow();
            m_poll.start();
        } else {
            m_poll.stop();
        }
    });
    if (m_hall.state() == HallConnection::State::Ready)
        m_poll.start();
}

void QrEvaluationRelay::inviteCase(const QString &caseNo, const QString &serviceName, UrlCallback done)
{
    invite({{QStringLiteral("caseNo"), caseNo}, {QStringLiteral("serviceName"), serviceName}},
           std::move(done));
}

void QrEvaluationRelay::inviteTicket(qint64 ticketId, const QString &serviceName, UrlCallback done)
{
    invite({{QStringLiteral("ticketId"), ticketId}, {QStringLiteral("serviceName"), serviceName}},
           std::move(done));
}

void QrEvaluationRelay::invite(const QJsonObject &args, UrlCallback done)
{
    m_hall.request(QStringLiteral("evaluation.expect"), args, [done](const Result<QJsonObject> &r) {
        if (!r) {
            done(r.error());
            return;
        }
        const QUrl url(r->value(QStringLiteral("url")).toString(), QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty())
            done(Error{QStringLiteral("evaluation.url"), QStringLiteral("halld sent no page address")});
        else
            done(url);
    });
}

void QrEvaluationRelay::pullNow()
{
    if (m_pulling || m_hall.state() != HallConnection::State::Ready || m_hall.windowNo() == 0)
        return;
    m_pulling = true;
    m_hall.request(QStringLiteral("evaluation.pending"), {}, [this](const Result<QJsonObject> &r) {
        m_pulling = false;
        if (!r) {
            qCInfo(lcQrRelay).noquote() << "pending evaluations not pulled:" << r.error().code;
            return;
        }
        const QJsonArray answers = r->value(QStringLiteral("answers")).toArray();
        for (const QJsonValue &a : answers)
            take(a.toObject());
        emit pulled(int(answers.size()));
    });
}

void QrEvaluationRelay::take(const QJsonObject &a)
{
    EvaluationService service(m_db);
    EvaluationService::Input in;
    in.channel = QStringLiteral("qr_page");
    in.level = a.value(QStringLiteral("level")).toString();
    in.comment = a.value(QStringLiteral("comment")).toString();
    in.localId = a.value(QStringLiteral("answerKey")).toString();
    in.followUp = a.value(QStringLiteral("attempt")).toInt() >= 2;
    for (auto [name, field] :
         {std::pair{"efficiency", &in.efficiency}, std::pair{"serviceLevel", &in.serviceLevel},
          std::pair{"attitude", &in.attitude}}) {
        const QJsonValue v = a.value(QLatin1String(name));
        if (v.isDouble())
            *field = v.toInt();
    }
    const QString caseNo = a.value(QStringLiteral("caseNo")).toString();
    Result<qint64> id = Error{QStringLiteral("evaluation.target"), QString()};
    if (!caseNo.isEmpty()) {
        auto c = service.caseByNumber(caseNo);
        if (!c)
            return; // the store failed: the next pull tries again
        if (c->has_value())
            in.caseId = c->value();
    }
    // A ticket finished without a case: halld's ticket is not in this
    // database, so there is nothing here to attach it to (refused; halld
    // keeps it).
    if (in.caseId) {
        id = service.submit(in);
        // Evaluated on the window screen first: the QR answer follows it up.
        if (!id && id.error().code == u"evaluation.once") {
            in.followUp = true;
            id = service.submit(in);
        }
    }
    if (!id && id.error().code.startsWith(QLatin1String("db.")))
        return; // not acknowledged: the next pull tries again
    const QString result = id ? QStringLiteral("stored") : id.error().code;
    if (id)
        emit stored(id.value());
    else
        emit refused(result);
    m_hall.request(QStringLiteral("evaluation.ack"),
                   {{QStringLiteral("answerId"), a.value(QStringLiteral("answerId"))},
                    {QStringLiteral("result"), result}},
                   [](const Result<QJsonObject> &r) {
                       if (!r)
                           qCInfo(lcQrRelay).noquote() << "acknowledgement not taken:" << r.error().code;
                   });
}

} // namespace yc
