#include "syncworker.h"

#include "app/platform/platformrequest.h"
#include "app/sync/statusapplier.h"
#include "app/sync/wirepayload.h"
#include "catalog/catalogimporter.h"
#include "catalog/catalogrepository.h"
#include "core/clock.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QTimeZone>

Q_LOGGING_CATEGORY(lcSync, "yc.sync", QtInfoMsg)

namespace yc {

namespace {

const QString kPlatform = QStringLiteral("platform");
const QString kStatusCursor = QStringLiteral("platform.status_cursor");
constexpr int kStatusPage = 200;

QDateTime startOfTodayUtc()
{
    return hallTime::startOfDayUtc(hallTime::date(Clock::nowUtc()));
}

Result<qint64> readCursor(QSqlDatabase db)
{
    auto v = sql::scalar(db, QStringLiteral("SELECT value FROM sync_state WHERE key = ?"), {kStatusCursor});
    if (!v)
        return v.error();
    return v->isValid() ? v->toLongLong() : 0;
}

} // namespace

SyncWorker::SyncWorker(std::shared_ptr<Database> db, SyncConfig config, const FieldCipher *cipher,
                       std::optional<ProvinceProfile> profile)
    : m_db(std::move(db))
    , m_config(std::move(config))
    , m_cipher(cipher)
    , m_profile(std::move(profile))
    , m_random(std::random_device{}())
{}

SyncWorker::~SyncWorker() = default;

void SyncWorker::start(const QSslConfiguration &tls)
{
    m_tls = tls;
    m_clock.start();
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_signer = std::make_unique<platform::Signer>(m_config.clientId, m_config.signingKey, m_config.method);
    if (auto r = outbox::recoverInFlight(m_db->connection(), kPlatform); !r)
        emit problem(r.error().message);
    else if (r.value() > 0)
        qCInfo(lcSync) << r.value() << "events were in flight at the last stop; they will be sent again";
    const auto timer = [this](int ms, auto slot) {
        auto t = std::make_unique<QTimer>();
        t->setInterval(ms);
        connect(t.get(), &QTimer::timeout, this, slot);
        t->start();
        return t;
    };
    m_pollTimer = timer(m_config.pollMs, [this] {
        pump();
        publishSnapshot();
    });
    // Another connection's commit changes PRAGMA data_version: a cheap read
    // that finds new outbox rows well within a second without a hook.
    m_commitTimer = timer(qMin(200, m_config.pollMs), &SyncWorker::checkForCommits);
    if (m_config.pullStatus)
        m_statusTimer = timer(m_config.statusPollMs, &SyncWorker::pullStatus);
    if (m_config.pullCatalog)
        m_catalogTimer = timer(m_config.catalogPollMs, &SyncWorker::pullCatalog);
    m_resumeTimer = std::make_unique<QTimer>();
    m_resumeTimer->setSingleShot(true);
    connect(m_resumeTimer.get(), &QTimer::timeout, this, [this] {
        pump();
        if (m_config.pullStatus)
            pullStatus();
        publishSnapshot(true);
    });
    m_running = true;
    if (m_config.pullCatalog)
        pullCatalog();
    if (m_config.pullStatus)
        pullStatus();
    pump();
    publishSnapshot(true);
}

void SyncWorker::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_pollTimer.reset();
    m_commitTimer.reset();
    m_statusTimer.reset();
    m_catalogTimer.reset();
    m_resumeTimer.reset();
    for (QNetworkReply *reply : m_nam->findChildren<QNetworkReply *>())
        reply->abort();
    m_nam.reset();
    // Their answers are lost; the next start sends them again (deduplicated).
    if (auto r = outbox::recoverInFlight(m_db->connection(), kPlatform); !r)
        qCWarning(lcSync).noquote() << r.error().message;
    publishSnapshot(true);
    m_db->releaseThreadConnection();
}

void SyncWorker::kick()
{
    pump();
}

bool SyncWorker::paused() const
{
    return m_clock.elapsed() < m_pausedUntilMs;
}

int SyncWorker::jittered(qint64 ms)
{
    return int(double(ms) * std::uniform_real_distribution<double>(0.8, 1.2)(m_random));
}

void SyncWorker::checkForCommits()
{
    auto v = sql::scalar(m_db->connection(), QStringLiteral("PRAGMA data_version"));
    if (!v)
        return;
    if (v->toLongLong() != m_dataVersion) {
        m_dataVersion = v->toLongLong();
        pump();
    }
}

void SyncWorker::pump()
{
    if (!m_running || paused())
        return;
    if (m_needsRecovery && m_inFlight == 0) {
        // An acknowledgement could not be recorded: with nothing in flight,
        // whatever is still marked so goes out again (answered "duplicate").
        if (auto r = outbox::recoverInFlight(m_db->connection(), kPlatform); r)
            m_needsRecovery = false;
    }
    while (m_inFlight < m_config.parallelRequests) {
        auto items = outbox::claim(m_db->connection(), kPlatform, m_config.batchSize, Clock::nowUtc());
        if (!items) {
            m_lastError = items.error().message;
            emit problem(m_lastError);
            return;
        }
        if (items->isEmpty())
            break;
        push(items.value());
    }
    publishSnapshot();
}

QNetworkReply *SyncWorker::send(const QByteArray &method, const QByteArray &target, const QByteArray &body)
{
    return platform::sendSigned(*m_nam, m_config.baseUrl, m_tls, *m_signer, method, target, body,
                                m_config.requestTimeoutMs);
}

std::optional<platform::Failure> SyncWorker::requestFailure(QNetworkReply *reply, const QByteArray &body)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::NoError && (status == 200 || status == 204))
        return std::nullopt;
    return platform::classifyRequest(reply->error(), status, body, reply->rawHeader("Retry-After"),
                                     reply->errorString());
}

void SyncWorker::push(const QList<outbox::Item> &items)
{
    QJsonArray events;
    QStringList sentIds;
    QList<outbox::Item> sent;
    for (const outbox::Item &item : items) {
        auto envelope = wireEnvelope(item, m_cipher, m_profile ? &*m_profile : nullptr);
        if (!envelope) {
            // Cannot be sent as it is (data key lost, corrupt row): a person must look.
            qCWarning(lcSync).noquote() << "event" << item.eventId << envelope.error().code;
            if (auto d = outbox::markDead(m_db->connection(), item.id, envelope.error().code,
                                          envelope.error().message);
                !d) {
                m_needsRecovery = true;
                emit problem(d.error().message);
            }
            continue;
        }
        events.append(envelope.value());
        sentIds << item.eventId;
        sent << item;
    }
    if (sent.isEmpty())
        return;
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("events"), events}}).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = send("POST", "/api/v1/events", body);
    ++m_inFlight;
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, sent, sentIds] { pushFinished(reply, sent, sentIds); });
}

void SyncWorker::pushFinished(QNetworkReply *reply, const QList<outbox::Item> &items,
                              const QStringList &sentIds)
{
    --m_inFlight;
    reply->deleteLater();
    if (!m_running)
        return;
    const QByteArray body = reply->readAll();
    QList<qint64> allIds;
    for (const outbox::Item &item : items)
        allIds << item.id;
    const QDateTime now = Clock::nowUtc();
    QSqlDatabase db = m_db->connection();
    auto failure = requestFailure(reply, body);
    std::optional<Result<QList<platform::EventResult>>> results;
    if (!failure) {
        results = platform::parsePushReply(body, sentIds);
        if (!results->ok())
            failure = platform::Failure{platform::Disposition::PausePlatform, results->error().code,
                                        results->error().message, 0};
    }
    if (failure) {
        // Nothing was acknowledged: all of them again, after the pause.
        if (auto r = outbox::markRetry(db, allIds, now, failure->code, failure->message); !r) {
            m_needsRecovery = true;
            emit problem(r.error().message);
        }
        pausePlatform(*failure);
        return;
    }
    Transaction tx(db);
    if (!tx.isActive()) {
        // The database is busy: the claimed events go back at recovery and
        // are sent again (the platform dedupes them).
        m_needsRecovery = true;
        emit problem(tx.beginError().message);
        return;
    }
    QList<qint64> delivered;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const platform::EventResult &r = results->value().at(i);
        if (r.status != platform::EventResult::Status::Rejected) {
            delivered << items.at(i).id;
            continue;
        }
        const platform::Failure f = platform::classifyRejection(r.error);
        Result<void> marked;
        if (f.disposition == platform::Disposition::DeadLetter) {
            qCWarning(lcSync).noquote() << "dead letter" << items.at(i).eventId << f.code;
            marked = outbox::markDead(db, items.at(i).id, f.code, f.message);
        } else {
            const qint64 wait = qMin<qint64>(
                m_config.backoffCapMs, qint64(m_config.backoffBaseMs) << qMin(items.at(i).attempts - 1, 20));
            marked = outbox::markRetry(db, {items.at(i).id}, now.addMSecs(jittered(wait)), f.code, f.message);
        }
        if (!marked) {
            m_needsRecovery = true;
            emit problem(marked.error().message);
        }
    }
    auto d = outbox::markDelivered(db, delivered, now);
    auto c = d ? tx.commit() : Result<void>(d.error());
    if (!c) {
        // The platform holds them; they are sent again once nothing is in
        // flight, and the platform answers "duplicate".
        m_needsRecovery = true;
        emit problem(c.error().message);
        return;
    }
    succeeded();
    QTimer::singleShot(0, this, &SyncWorker::pump);
}

void SyncWorker::pausePlatform(const platform::Failure &failure)
{
    qint64 delay =
        qMin<qint64>(m_config.backoffCapMs, qint64(m_config.backoffBaseMs) << qMin(m_backoffLevel, 20));
    m_backoffLevel = qMin(m_backoffLevel + 1, 21);
    delay = jittered(delay);
    if (failure.retryAfterSeconds > 0)
        delay = qMax(delay, qMin<qint64>(m_config.backoffCapMs, failure.retryAfterSeconds * 1000LL));
    m_pausedUntilMs = m_clock.elapsed() + delay;
    m_lastError = failure.message.isEmpty() ? failure.code : failure.message;
    qCInfo(lcSync).noquote() << "platform pause" << delay << "ms after" << failure.code;
    m_resumeTimer->start(int(delay));
    publishSnapshot(true);
}

void SyncWorker::succeeded()
{
    m_backoffLevel = 0;
    m_pausedUntilMs = 0;
    m_lastError.clear();
    publishSnapshot();
}

void SyncWorker::pullStatus()
{
    if (!m_running || paused() || m_statusInFlight)
        return;
    auto cursor = readCursor(m_db->connection());
    if (!cursor) {
        emit problem(cursor.error().message);
        return;
    }
    const qint64 after = cursor.value();
    QNetworkReply *reply = send("GET",
                                "/api/v1/status?cursor=" + QByteArray::number(after) +
                                    "&limit=" + QByteArray::number(kStatusPage),
                                {});
    m_statusInFlight = true;
    connect(reply, &QNetworkReply::finished, this, [this, reply, after] {
        m_statusInFlight = false;
        reply->deleteLater();
        if (!m_running)
            return;
        const QByteArray body = reply->readAll();
        if (auto failure = requestFailure(reply, body)) {
            pausePlatform(*failure);
            return;
        }
        auto page = platform::parseStatusReply(body, after);
        if (!page) {
            pausePlatform({platform::Disposition::PausePlatform, page.error().code, page.error().message, 0});
            return;
        }
        QSqlDatabase db = m_db->connection();
        Transaction tx(db);
        if (!tx.isActive()) {
            emit problem(tx.beginError().message); // the same page is asked for again
            return;
        }
        QList<std::pair<QString, QString>> changed;
        for (const platform::StatusChange &change : page->changes) {
            auto applied = applyStatusChange(db, change);
            if (!applied) {
                emit problem(applied.error().message);
                return;
            }
            if (applied.value())
                changed << std::pair{change.caseKey, change.status};
        }
        auto saved =
            sql::run(db,
                     QStringLiteral("INSERT INTO sync_state (key, value, updated_at) VALUES (?, ?, ?) ON "
                                    "CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = "
                                    "excluded.updated_at"),
                     {kStatusCursor, QString::number(page->nextCursor), toStoredTime(Clock::nowUtc())});
        auto committed = saved ? tx.commit() : Result<void>(saved.error());
        if (!committed) {
            emit problem(committed.error().message);
            return;
        }
        succeeded();
        for (const auto &[caseKey, status] : changed)
            emit caseStatusChanged(caseKey, status);
        if (page->changes.size() == kStatusPage)
            QTimer::singleShot(0, this, &SyncWorker::pullStatus);
    });
}

void SyncWorker::pullCatalog()
{
    if (!m_running || paused() || m_catalogInFlight)
        return;
    auto since = CatalogRepository(m_db).catalogVersion();
    if (!since) {
        emit problem(since.error().message);
        return;
    }
    QNetworkReply *reply = send("GET", "/api/v1/catalog?since=" + QByteArray::number(since.value()), {});
    m_catalogInFlight = true;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        m_catalogInFlight = false;
        reply->deleteLater();
        if (!m_running)
            return;
        const QByteArray body = reply->readAll();
        if (auto failure = requestFailure(reply, body)) {
            pausePlatform(*failure);
            return;
        }
        succeeded();
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 204)
            return; // up to date
        auto doc = CatalogParser::parse(body);
        if (!doc) {
            m_lastError = doc.error().message;
            emit problem(m_lastError);
            return;
        }
        auto report = CatalogImporter::importDocument(*m_db, doc.value(), QStringLiteral("platform"));
        if (!report) {
            m_lastError = report.error().message;
            emit problem(m_lastError);
            return;
        }
        emit catalogUpdated(report->catalogVersion, report->summary());
    });
}

void SyncWorker::publishSnapshot(bool force)
{
    const qint64 nowMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (!force && nowMs - m_lastSnapshotMs < 250)
        return;
    m_lastSnapshotMs = nowMs;
    auto c = outbox::counts(m_db->connection(), kPlatform, startOfTodayUtc());
    if (!c)
        return;
    SyncSnapshot s;
    s.pending = c->pending;
    s.inFlight = c->inFlight;
    s.deliveredToday = c->deliveredSince;
    s.dead = c->dead;
    s.lastSuccess = c->lastDelivered;
    s.backoffMs = int(qMax<qint64>(0, m_pausedUntilMs - nowMs));
    s.lastError = m_lastError;
    s.running = m_running;
    emit snapshotChanged(s);
}

} // namespace yc
