#include "simstore.h"

#include "app/platform/eventschema.h"
#include "core/clock.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/transaction.h"

#include <QJsonDocument>

namespace yc::sim {

namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parse(const QString &s)
{
    return QJsonDocument::fromJson(s.toUtf8()).object();
}

QJsonObject rejected(const QString &eventId, const Error &e, bool retryable)
{
    return {{QStringLiteral("eventId"), eventId},
            {QStringLiteral("status"), QStringLiteral("rejected")},
            {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), e.code},
                                                  {QStringLiteral("message"), e.message},
                                                  {QStringLiteral("retryable"), retryable}}}};
}

} // namespace

SimStore::SimStore(std::shared_ptr<Database> db)
    : m_db(std::move(db))
{}

Result<QJsonArray> SimStore::applyBatch(const QJsonArray &events, int finishAfterSeconds)
{
    Transaction tx(m_db->connection());
    if (!tx.isActive())
        return tx.beginError();
    QJsonArray results;
    for (const QJsonValue &v : events) {
        auto r = applyOne(v, finishAfterSeconds);
        if (!r)
            return r.error();
        results.append(r.value());
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    return results;
}

Result<QJsonObject> SimStore::applyOne(const QJsonValue &value, int finishAfterSeconds)
{
    QSqlDatabase db = m_db->connection();
    const QJsonObject event = value.toObject();
    const QString eventId = event.value(QStringLiteral("eventId")).toString();
    if (auto valid = platform::validateEvent(event); !valid)
        return rejected(eventId, valid.error(), false);
    const QString caseKey = event.value(QStringLiteral("caseKey")).toString();
    const qint64 seq = event.value(QStringLiteral("caseSeq")).toInteger();
    auto held = sql::run(
        db, QStringLiteral("SELECT case_key, case_seq FROM received_event WHERE event_id = ?"), {eventId});
    if (!held)
        return held.error();
    if (held->next()) {
        if (held->value(0).toString() != caseKey || held->value(1).toLongLong() != seq)
            return rejected(eventId,
                            {QStringLiteral("order.conflict"),
                             QStringLiteral("event %1 was received before as case %2 seq %3")
                                 .arg(eventId, held->value(0).toString())
                                 .arg(held->value(1).toLongLong())},
                            false);
        return QJsonObject{{QStringLiteral("eventId"), eventId},
                           {QStringLiteral("status"), QStringLiteral("duplicate")}};
    }
    auto expected = sql::scalar(
        db, QStringLiteral("SELECT coalesce(max(case_seq), 0) + 1 FROM received_event WHERE case_key = ?"),
        {caseKey});
    if (!expected)
        return expected.error();
    const qint64 next = expected->toLongLong();
    if (seq > next)
        return rejected(
            eventId,
            {QStringLiteral("order.gap"),
             QStringLiteral("case %1 expects seq %2 before seq %3").arg(caseKey).arg(next).arg(seq)},
            true);
    if (seq < next)
        return rejected(
            eventId,
            {QStringLiteral("order.conflict"),
             QStringLiteral("case %1 already holds another event at seq %2").arg(caseKey).arg(seq)},
            false);
    const QString type = event.value(QStringLiteral("type")).toString();
    auto ins = sql::run(
        db,
        QStringLiteral("INSERT INTO received_event (event_id, case_key, case_seq, event_type, payload, "
                       "received_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {eventId, caseKey, seq, type, compact(event), toStoredTime(Clock::nowUtc())});
    if (!ins)
        return ins.error();
    if (type == QLatin1String("case.accepted") && finishAfterSeconds > 0) {
        auto s = sql::run(
            db,
            QStringLiteral("INSERT OR IGNORE INTO scheduled_finish (case_key, project_no, due_at) "
                           "VALUES (?, ?, ?)"),
            {caseKey,
             event.value(QStringLiteral("data")).toObject().value(QStringLiteral("projectNo")).toString(),
             toStoredTime(Clock::nowUtc().addSecs(finishAfterSeconds))});
        if (!s)
            return s.error();
    }
    return QJsonObject{{QStringLiteral("eventId"), eventId},
                       {QStringLiteral("status"), QStringLiteral("accepted")}};
}

Result<QJsonObject> SimStore::statusSince(qint64 cursor, int limit)
{
    auto q = sql::run(m_db->connection(),
                      QStringLiteral("SELECT cursor, case_key, project_no, status, occurred_at, data FROM "
                                     "status_change WHERE cursor > ? ORDER BY cursor LIMIT ?"),
                      {cursor, limit});
    if (!q)
        return q.error();
    QJsonArray changes;
    qint64 next = cursor;
    while (q->next()) {
        next = q->value(0).toLongLong();
        changes.append(QJsonObject{{QStringLiteral("cursor"), next},
                                   {QStringLiteral("caseKey"), q->value(1).toString()},
                                   {QStringLiteral("projectNo"), q->value(2).toString()},
                                   {QStringLiteral("status"), q->value(3).toString()},
                                   {QStringLiteral("occurredAt"), q->value(4).toString()},
                                   {QStringLiteral("data"), parse(q->value(5).toString())}});
    }
    return QJsonObject{{QStringLiteral("changes"), changes}, {QStringLiteral("nextCursor"), next}};
}

Result<qint64> SimStore::finishCase(const QString &caseKey, const QJsonObject &result)
{
    QSqlDatabase db = m_db->connection();
    auto accepted =
        sql::scalar(db,
                    QStringLiteral("SELECT json_extract(payload, '$.data.projectNo') FROM received_event "
                                   "WHERE case_key = ? AND event_type = 'case.accepted'"),
                    {caseKey});
    if (!accepted)
        return accepted.error();
    if (!accepted->isValid())
        return Error{QStringLiteral("case.unknown"),
                     QStringLiteral("no case.accepted event is held for case %1").arg(caseKey)};
    QJsonObject data{
        {QStringLiteral("resultType"),
         result.value(QStringLiteral("resultType")).toString(QStringLiteral("certificate"))},
        {QStringLiteral("certificateName"),
         result.value(QStringLiteral("certificateName")).toString(QStringLiteral("办理结果"))},
        {QStringLiteral("certificateNo"), result.value(QStringLiteral("certificateNo")).toString()},
        {QStringLiteral("finishedBy"), QStringLiteral("back-office")}};
    auto ins = sql::run(db,
                        QStringLiteral("INSERT OR IGNORE INTO status_change (case_key, project_no, status, "
                                       "occurred_at, data) VALUES (?, ?, 'finished', ?, ?)"),
                        {caseKey, accepted->toString(), toStoredTime(Clock::nowUtc()), compact(data)});
    if (!ins)
        return ins.error();
    if (auto d = sql::run(db, QStringLiteral("DELETE FROM scheduled_finish WHERE case_key = ?"), {caseKey});
        !d)
        return d.error();
    auto cursor = sql::scalar(db,
                              QStringLiteral("SELECT cursor FROM status_change WHERE case_key = ? AND "
                                             "status = 'finished'"),
                              {caseKey});
    if (!cursor)
        return cursor.error();
    return cursor->toLongLong();
}

Result<int> SimStore::runScheduledFinishes()
{
    auto due =
        sql::run(m_db->connection(),
                 QStringLiteral("SELECT case_key FROM scheduled_finish WHERE due_at <= ? ORDER BY due_at"),
                 {toStoredTime(Clock::nowUtc())});
    if (!due)
        return due.error();
    QStringList keys;
    while (due->next())
        keys << due->value(0).toString();
    for (const QString &key : keys) {
        if (auto f = finishCase(key, {}); !f)
            return f.error();
    }
    return int(keys.size());
}

Result<QJsonObject> SimStore::catalogSince(qint64 since)
{
    QSqlDatabase db = m_db->connection();
    auto meta = sql::run(db, QStringLiteral("SELECT key, value FROM catalog_meta"));
    if (!meta)
        return meta.error();
    QHash<QString, QString> m;
    while (meta->next())
        m.insert(meta->value(0).toString(), meta->value(1).toString());
    const qint64 current = m.value(QStringLiteral("version")).toLongLong();
    if (current == 0 || current <= since)
        return QJsonObject{};
    auto matters =
        sql::run(db,
                 QStringLiteral("SELECT body FROM catalog_matter c WHERE catalog_version > ? AND version = "
                                "(SELECT max(version) FROM catalog_matter WHERE task_code = c.task_code) "
                                "ORDER BY task_code"),
                 {since});
    if (!matters)
        return matters.error();
    QJsonArray matterList;
    while (matters->next())
        matterList.append(parse(matters->value(0).toString()));
    auto departments = sql::run(db, QStringLiteral("SELECT body FROM catalog_department ORDER BY code"));
    if (!departments)
        return departments.error();
    QJsonArray departmentList;
    while (departments->next())
        departmentList.append(parse(departments->value(0).toString()));
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("yichuang-catalog")},
        {QStringLiteral("formatVersion"), 1},
        {QStringLiteral("catalogVersion"), current},
        {QStringLiteral("region"), parse(m.value(QStringLiteral("region")))},
        {QStringLiteral("publishedAt"), m.value(QStringLiteral("publishedAt"))},
        {QStringLiteral("departments"), departmentList},
        {QStringLiteral("matters"), matterList},
        {QStringLiteral("synonyms"),
         QJsonDocument::fromJson(m.value(QStringLiteral("synonyms"), QStringLiteral("[]")).toUtf8())
             .array()}};
}

Result<qint64> SimStore::publishCatalog(const QJsonObject &document)
{
    if (document.value(QStringLiteral("format")).toString() != QLatin1String("yichuang-catalog") ||
        !document.value(QStringLiteral("matters")).isArray())
        return Error{QStringLiteral("catalog.format"), QStringLiteral("not a yichuang-catalog document")};
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    auto current = sql::scalar(db, QStringLiteral("SELECT value FROM catalog_meta WHERE key = 'version'"));
    if (!current)
        return current.error();
    const qint64 version =
        qMax(current->toLongLong() + 1, document.value(QStringLiteral("catalogVersion")).toInteger());
    for (const QJsonValue &v : document.value(QStringLiteral("matters")).toArray()) {
        const QJsonObject matter = v.toObject();
        auto q = sql::run(
            db,
            QStringLiteral("INSERT OR REPLACE INTO catalog_matter (task_code, version, catalog_version, "
                           "body) VALUES (?, ?, ?, ?)"),
            {matter.value(QStringLiteral("taskCode")).toString(),
             matter.value(QStringLiteral("version")).toInteger(), version, compact(matter)});
        if (!q)
            return q.error();
    }
    for (const QJsonValue &v : document.value(QStringLiteral("departments")).toArray()) {
        auto q = sql::run(
            db, QStringLiteral("INSERT OR REPLACE INTO catalog_department (code, body) VALUES (?, ?)"),
            {v.toObject().value(QStringLiteral("code")).toString(), compact(v.toObject())});
        if (!q)
            return q.error();
    }
    const QList<std::pair<QString, QString>> meta{
        {QStringLiteral("version"), QString::number(version)},
        {QStringLiteral("region"), compact(document.value(QStringLiteral("region")).toObject())},
        {QStringLiteral("publishedAt"), toStoredTime(Clock::nowUtc())},
        {QStringLiteral("synonyms"),
         QString::fromUtf8(QJsonDocument(document.value(QStringLiteral("synonyms")).toArray())
                               .toJson(QJsonDocument::Compact))}};
    for (const auto &[key, value] : meta) {
        auto q =
            sql::run(db, QStringLiteral("INSERT OR REPLACE INTO catalog_meta (key, value) VALUES (?, ?)"),
                     {key, value});
        if (!q)
            return q.error();
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    return version;
}

Result<QJsonArray> SimStore::events(const QString &caseKey)
{
    auto q = sql::run(
        m_db->connection(),
        caseKey.isEmpty()
            ? QStringLiteral("SELECT payload FROM received_event ORDER BY case_key, case_seq")
            : QStringLiteral("SELECT payload FROM received_event WHERE case_key = ? ORDER BY case_seq"),
        caseKey.isEmpty() ? QVariantList{} : QVariantList{caseKey});
    if (!q)
        return q.error();
    QJsonArray out;
    while (q->next())
        out.append(parse(q->value(0).toString()));
    return out;
}

Result<qint64> SimStore::eventCount()
{
    auto n = sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM received_event"));
    if (!n)
        return n.error();
    return n->toLongLong();
}

} // namespace yc::sim
