// bench_seed_cases: makes a demo-hall database with many cases, the data the
// start-up benchmarks open.
//
//   bench_seed_cases <database file> [--cases N]   (N defaults to 100000)
//   bench_seed_cases --cache-key [--cases N]       prints the cache key only
//
// The database is opened the way the client opens it (yc::Database::open with
// the main schema, so it is at the latest schema version), made the demo hall
// (yc::DemoSetup::ensure: hall, windows, staff, the 392-matter catalog), and
// then filled with N applicants and N cases spread over the catalog's matters
// over the last three years, with their materials. It is written to
// "<file>.part" and renamed when complete, so an interrupted run never leaves
// a file that looks finished.
//
// Everything is deterministic (fixed random seed) except that dates are
// relative to today, so "open", "overdue" and "today" mean what they would in
// a hall that has worked for three years.
//
// Identity numbers and phones here are seed data, not encrypted: the lookup
// is a plain SHA-256 of the fake number and the "cipher" columns hold a
// deterministic blob of the size a real AES-256-GCM field would have. The
// client never decrypts them while starting.
#include "app/core/demosetup.h"
#include "core/clock.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/transaction.h"

#include <algorithm>
#include <random>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QTimeZone>
#include <QUuid>

namespace {

// Bump when the generated data changes, so cached databases are re-seeded.
constexpr int kSeedFormat = 1;
constexpr qint64 kDefaultCases = 100000;
constexpr qint64 kCasesPerTransaction = 20000;
constexpr qint64 kMsPerDay = 24LL * 3600 * 1000;
constexpr qint64 kMsPerHour = 3600LL * 1000;
constexpr qint64 kMsPerMinute = 60LL * 1000;
// Beijing time, UTC+8: the hall works 09:00-17:00 local, 01:00-09:00 UTC.
constexpr qint64 kHallOpensUtcMs = 1 * kMsPerHour;
constexpr qint64 kHallDayMs = 8 * kMsPerHour;
constexpr int kHistoryDays = 3 * 365;

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int fail(const QString &what)
{
    err() << "bench_seed_cases: " << what << Qt::endl;
    return 1;
}

// An empty text, not NULL: a null QString binds as NULL, which NOT NULL columns refuse.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// The client's stored form (yc::toStoredTime): ISO-8601 UTC with "Z", so
// text comparisons in SQL order times correctly.
QString stored(qint64 msUtc)
{
    return yc::toStoredTime(QDateTime::fromMSecsSinceEpoch(msUtc, QTimeZone::utc()));
}

bool isWeekend(qint64 msUtc)
{
    // The local (UTC+8) date decides; 1970-01-01 was a Thursday (4).
    const qint64 days = (msUtc + 8 * kMsPerHour) / kMsPerDay;
    const int dow = static_cast<int>((days + 3) % 7) + 1; // 1 = Monday
    return dow >= 6;
}

qint64 addWorkdays(qint64 msUtc, int days)
{
    while (days > 0) {
        msUtc += kMsPerDay;
        if (!isWeekend(msUtc))
            --days;
    }
    return msUtc;
}

struct Matter
{
    qint64 id = 0;
    QString taskCode;
    int version = 1;
    QString name;
    QString projectKind;
    int promiseValue = 0;
    QString promiseUnit;
    QString resultType;
    QString resultName;
    QString agency;
    struct Material
    {
        QString code;
        QString name;
        int copies = 1;
        bool licence = false;
    };
    QList<Material> materials; // the first three by sort order
};

qint64 promiseDue(const Matter &m, qint64 acceptedMs)
{
    const int v = std::max(m.promiseValue, 1);
    if (m.promiseUnit == QLatin1String("day"))
        return acceptedMs + v * kMsPerDay;
    if (m.promiseUnit == QLatin1String("month"))
        return acceptedMs + v * 30 * kMsPerDay;
    if (m.promiseUnit == QLatin1String("year"))
        return acceptedMs + v * 365 * kMsPerDay;
    return addWorkdays(acceptedMs, v);
}

const QString kSurnames = QStringLiteral(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈");
const QString kGiven = QStringLiteral(
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华建国玉梅志红晓东海峰文辉鹏飞宇浩然子涵欣怡佳琪雨萱");
const QString kStreets =
    QStringLiteral("光明路,建设路,振兴路,文化路,青檀路,君山路,龙头路,解放路,民生路,榴园路");
const QString kTrades = QStringLiteral("商贸,建材,餐饮,物流,科技,农业,医药,文化传媒,机械,食品");

struct Counts
{
    qint64 applicants = 0;
    qint64 cases = 0;
    qint64 materials = 0;
    QHash<QString, qint64> byStatus;
};

class Seeder
{
public:
    Seeder(QSqlDatabase db, qint64 n)
        : m_db(std::move(db))
        , m_n(n)
        , m_rng(20260101)
    {}

    QString error;
    Counts counts;

    bool run() { return loadHall() && loadMatters() && insertApplicants() && insertCases(); }

private:
    QSqlDatabase m_db;
    qint64 m_n;
    std::mt19937_64 m_rng;
    qint64 m_hallId = 0;
    QList<int> m_windows;
    QList<Matter> m_matters;
    QList<double> m_matterWeights;

    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    double chance() { return std::uniform_real_distribution<double>(0.0, 1.0)(m_rng); }

    bool check(const yc::Result<QSqlQuery> &q)
    {
        if (!q)
            error = q.error().message;
        return q.ok();
    }

    bool exec(QSqlQuery &q, const char *what)
    {
        if (q.exec())
            return true;
        error = QStringLiteral("%1: %2").arg(QLatin1String(what), q.lastError().text());
        return false;
    }

    bool loadHall()
    {
        auto hall = yc::sql::scalar(m_db, QStringLiteral("SELECT id FROM hall ORDER BY id LIMIT 1"));
        if (!hall || !hall->isValid()) {
            error = hall ? QStringLiteral("no hall after DemoSetup") : hall.error().message;
            return false;
        }
        m_hallId = hall->toLongLong();
        auto q = yc::sql::run(
            m_db, QStringLiteral("SELECT number FROM hall_window WHERE hall_id = ? ORDER BY number"),
            {m_hallId});
        if (!check(q))
            return false;
        while (q->next())
            m_windows << q->value(0).toInt();
        if (m_windows.isEmpty())
            m_windows << 1;
        return true;
    }

    bool loadMatters()
    {
        auto q = yc::sql::run(
            m_db, QStringLiteral(
                      "SELECT m.id, m.task_code, m.version, m.name, m.project_kind, m.promise_limit_value, "
                      "m.promise_limit_unit, m.result_type, m.result_name, coalesce(d.name, '') "
                      "FROM matter m LEFT JOIN department d ON d.code = m.department_code "
                      "WHERE m.is_current = 1 AND m.state = 'active' ORDER BY m.id"));
        if (!check(q))
            return false;
        while (q->next()) {
            Matter m;
            m.id = q->value(0).toLongLong();
            m.taskCode = q->value(1).toString();
            m.version = q->value(2).toInt();
            m.name = q->value(3).toString();
            m.projectKind = q->value(4).toString();
            m.promiseValue = q->value(5).toInt();
            m.promiseUnit = q->value(6).toString();
            m.resultType = q->value(7).toString();
            m.resultName = q->value(8).toString();
            m.agency = q->value(9).toString();
            m_matters << m;
        }
        if (m_matters.isEmpty()) {
            error = QStringLiteral("the demo catalog has no active matters");
            return false;
        }
        QSqlQuery mq(m_db);
        if (!mq.prepare(QStringLiteral("SELECT code, name, copies, licence != '' FROM matter_material "
                                       "WHERE matter_id = ? ORDER BY sort_no, id LIMIT 3"))) {
            error = mq.lastError().text();
            return false;
        }
        for (Matter &m : m_matters) {
            mq.bindValue(0, m.id);
            if (!exec(mq, "materials"))
                return false;
            while (mq.next())
                m.materials << Matter::Material{mq.value(0).toString(), mq.value(1).toString(),
                                                std::max(mq.value(2).toInt(), 1), mq.value(3).toBool()};
        }
        // A few matters take most of the cases (as in any hall): Zipf-like weights.
        for (qsizetype i = 0; i < m_matters.size(); ++i)
            m_matterWeights << 1.0 / static_cast<double>(i % 97 + 1);
        std::shuffle(m_matterWeights.begin(), m_matterWeights.end(), m_rng);
        return true;
    }

    QString personName()
    {
        QString name = kSurnames.at(uniform(0, static_cast<int>(kSurnames.size()) - 1));
        const int given = chance() < 0.7 ? 2 : 1;
        for (int k = 0; k < given; ++k)
            name += kGiven.at(uniform(0, static_cast<int>(kGiven.size()) - 1));
        return name;
    }

    static QByteArray fakeCipher(const QString &plain, int size)
    {
        // Seed data, not encrypted: a deterministic blob of a ciphertext's size.
        QByteArray blob = QCryptographicHash::hash(plain.toUtf8(), QCryptographicHash::Sha512);
        blob.prepend('\x01'); // the format byte a real cipher field starts with
        return blob.left(size);
    }

    bool insertApplicants()
    {
        QSqlQuery q(m_db);
        if (!q.prepare(QStringLiteral(
                "INSERT INTO applicant (id, kind, name, id_type, id_no_lookup, id_no_cipher, id_no_masked, "
                "phone_cipher, phone_masked, address, legal_rep, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
            error = q.lastError().text();
            return false;
        }
        const QStringList streets = kStreets.split(QLatin1Char(','));
        const QStringList trades = kTrades.split(QLatin1Char(','));
        const qint64 start = QDateTime::currentMSecsSinceEpoch() - kHistoryDays * kMsPerDay;
        for (qint64 first = 1; first <= m_n; first += kCasesPerTransaction) {
            yc::Transaction tx(m_db);
            if (!tx.isActive()) {
                error = tx.beginError().message;
                return false;
            }
            const qint64 last = std::min(m_n, first + kCasesPerTransaction - 1);
            for (qint64 i = first; i <= last; ++i) {
                const bool legal = chance() < 0.08;
                QString name, idNo, masked, legalRep;
                if (legal) {
                    name = QStringLiteral("枣庄市%1%2有限公司")
                               .arg(personName(), trades.at(uniform(0, static_cast<int>(trades.size()) - 1)));
                    idNo = QStringLiteral("91370402MA%1").arg(i, 8, 10, QLatin1Char('0'));
                    masked = idNo.left(4) + QString(10, QLatin1Char('*')) + idNo.right(4);
                    legalRep = personName();
                } else {
                    name = personName();
                    const QDate birth = QDate(1950, 1, 1).addDays(uniform(0, 365 * 55));
                    // A fake number that cannot be a real one: sequence in the order code.
                    idNo = QStringLiteral("370402%1%2")
                               .arg(birth.toString(QStringLiteral("yyyyMMdd")))
                               .arg(i % 10000, 4, 10, QLatin1Char('0'));
                    idNo += QString::number(i / 10000 % 10);
                    masked = idNo.left(4) + QString(10, QLatin1Char('*')) + idNo.right(4);
                }
                const QString phone =
                    QStringLiteral("13%1").arg(uniform(0, 999999999), 9, 10, QLatin1Char('0'));
                const qint64 created = start + (kHistoryDays * kMsPerDay) * (i - 1) / m_n;
                const QString createdAt = stored(created);
                q.bindValue(0, i);
                q.bindValue(1, legal ? QStringLiteral("legal") : QStringLiteral("natural"));
                q.bindValue(2, name);
                q.bindValue(3, legal ? QStringLiteral("other") : QStringLiteral("resident_id"));
                q.bindValue(
                    4, QString::fromLatin1(QCryptographicHash::hash((QStringLiteral("seed:") + idNo).toUtf8(),
                                                                    QCryptographicHash::Sha256)
                                               .toHex()));
                q.bindValue(5, fakeCipher(idNo, 12 + static_cast<int>(idNo.size()) + 16));
                q.bindValue(6, masked);
                q.bindValue(7, fakeCipher(phone, 12 + static_cast<int>(phone.size()) + 16));
                q.bindValue(8, phone.left(3) + QStringLiteral("****") + phone.right(4));
                q.bindValue(9, QStringLiteral("山东省枣庄市市中区%1%2号")
                                   .arg(streets.at(uniform(0, static_cast<int>(streets.size()) - 1)))
                                   .arg(uniform(1, 300)));
                q.bindValue(10, text(legalRep));
                q.bindValue(11, createdAt);
                q.bindValue(12, createdAt);
                if (!exec(q, "applicant"))
                    return false;
                ++counts.applicants;
            }
            if (auto c = tx.commit(); !c) {
                error = c.error().message;
                return false;
            }
        }
        return true;
    }

    // Application times: working days over the last three years, working
    // hours, none in the future; ascending, so ids follow time as in a real hall.
    QList<qint64> applicationTimes()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 todayUtcMidnight = now - (now % kMsPerDay);
        QList<qint64> days; // UTC midnight of each working day
        for (int d = kHistoryDays; d >= 0; --d) {
            const qint64 day = todayUtcMidnight - d * kMsPerDay;
            if (!isWeekend(day + kHallOpensUtcMs) && day + kHallOpensUtcMs < now)
                days << day;
        }
        QList<qint64> times;
        times.reserve(m_n);
        while (times.size() < m_n) {
            const qint64 t = days.at(uniform(0, static_cast<int>(days.size()) - 1)) + kHallOpensUtcMs +
                             std::uniform_int_distribution<qint64>(0, kHallDayMs - 1)(m_rng);
            if (t < now)
                times << t;
        }
        std::sort(times.begin(), times.end());
        return times;
    }

    bool insertCases()
    {
        QSqlQuery cq(m_db);
        if (!cq.prepare(QStringLiteral(
                "INSERT INTO case_record (id, local_id, project_no, query_password, matter_id, task_code, "
                "matter_version, matter_name, project_kind, applicant_id, agent_id, contact_phone_masked, "
                "status, "
                "decision, reject_reason, competent_agency, apply_channel, hall_id, window_no, "
                "clerk_staff_no, "
                "applied_at, accepted_at, promise_due_at, finished_at, delivered_at, delivery_method, "
                "delivery_tracking, result_type, result_cert_name, result_cert_no, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "?, ?, ?, ?)"))) {
            error = cq.lastError().text();
            return false;
        }
        QSqlQuery mq(m_db);
        if (!mq.prepare(QStringLiteral(
                "INSERT INTO case_material (case_id, material_code, name, state, paper_count, licence_ref, "
                "supply_due_at, supplied_at, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
            error = mq.lastError().text();
            return false;
        }
        const QList<qint64> times = applicationTimes();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        std::discrete_distribution<int> pickMatter(m_matterWeights.cbegin(), m_matterWeights.cend());
        const QStringList clerks{QStringLiteral("1001"), QStringLiteral("1002"), QStringLiteral("2001")};
        const QUuid ns(QStringLiteral("{6f1c2a4e-3b7d-4c1a-9e2f-0a5b6c7d8e9f}"));
        const QVariant null;

        for (qint64 first = 1; first <= m_n; first += kCasesPerTransaction) {
            yc::Transaction tx(m_db);
            if (!tx.isActive()) {
                error = tx.beginError().message;
                return false;
            }
            const qint64 last = std::min(m_n, first + kCasesPerTransaction - 1);
            for (qint64 i = first; i <= last; ++i) {
                const Matter &m = m_matters.at(pickMatter(m_rng));
                const qint64 applied = times.at(i - 1);
                const bool instant = m.projectKind == QLatin1String("instant");

                QString status, decision, rejectReason;
                QVariant acceptedAt, dueAt, finishedAt, deliveredAt, deliveryMethod, projectNo;
                QString tracking, certNo;
                const double roll = chance();
                const qint64 accepted = std::min(applied + uniform(3, 25) * kMsPerMinute, now);
                qint64 updated = applied; // the last change
                const qint64 due =
                    instant ? accepted + uniform(10, 60) * kMsPerMinute : promiseDue(m, accepted);
                if (applied > now - 20 * kMsPerMinute && roll < 0.5) {
                    status = QStringLiteral("received"); // still at the window
                } else if (roll < 0.02) {
                    status = QStringLiteral("rejected");
                    decision = QStringLiteral("reject");
                    rejectReason = QStringLiteral("不属于本机关职权范围");
                } else if (roll < 0.05) {
                    status = QStringLiteral("notified");
                    decision = QStringLiteral("notify_once");
                } else {
                    decision =
                        chance() < 0.03 ? QStringLiteral("accept_deficient") : QStringLiteral("accept");
                    acceptedAt = stored(accepted);
                    updated = accepted;
                    dueAt = stored(due);
                    // Open cases: almost all before their due date; a few overdue,
                    // mostly recently so; a handful forgotten long ago.
                    const qint64 sinceDue = now - due;
                    const double openChance = sinceDue < 0                ? (instant ? 0.0 : 0.75)
                                              : sinceDue < 30 * kMsPerDay ? 0.08
                                                                          : 0.0005;
                    if (chance() < openChance) {
                        const double kind = chance();
                        status = kind < 0.90   ? QStringLiteral("accepted")
                                 : kind < 0.97 ? QStringLiteral("supplementing")
                                               : QStringLiteral("special_procedure");
                    } else {
                        const qint64 latest = std::min(due, now);
                        const qint64 finished =
                            accepted + std::uniform_int_distribution<qint64>(
                                           std::min(latest - accepted, 5 * kMsPerMinute),
                                           std::max(latest - accepted, 5 * kMsPerMinute))(m_rng);
                        finishedAt = stored(std::min(finished, now));
                        updated = std::min(finished, now);
                        if (m.resultType == QLatin1String("certificate"))
                            certNo = QStringLiteral("ZZ%1").arg(i, 9, 10, QLatin1Char('0'));
                        // Delivered unless finished recently and not yet collected.
                        if (now - finished > 3 * kMsPerDay || chance() < 0.6) {
                            status = QStringLiteral("delivered");
                            const bool mail = chance() < 0.12;
                            deliveryMethod = mail ? QStringLiteral("mail") : QStringLiteral("window");
                            if (mail)
                                tracking = QStringLiteral("EMS%1CN").arg(i, 10, 10, QLatin1Char('0'));
                            const qint64 delivered =
                                instant ? finished : finished + uniform(0, 3 * 24 * 60) * kMsPerMinute;
                            deliveredAt = stored(std::min(delivered, now));
                            updated = std::min(delivered, now);
                        } else {
                            status = QStringLiteral("finished");
                        }
                    }
                }
                if (status != QLatin1String("received"))
                    projectNo =
                        QStringLiteral("370402%1%2")
                            .arg(QDateTime::fromMSecsSinceEpoch(applied + 8 * kMsPerHour, QTimeZone::utc())
                                     .date()
                                     .toString(QStringLiteral("yyyyMMdd")))
                            .arg(i, 8, 10, QLatin1Char('0'));
                const qint64 applicantId = std::uniform_int_distribution<qint64>(1, m_n)(m_rng);
                const bool byAgent = chance() < 0.05;

                int c = 0;
                cq.bindValue(c++, i);
                cq.bindValue(c++, QUuid::createUuidV5(ns, QString::number(i)).toString(QUuid::WithoutBraces));
                cq.bindValue(c++, projectNo);
                cq.bindValue(c++, QStringLiteral("%1").arg(uniform(0, 999999), 6, 10, QLatin1Char('0')));
                cq.bindValue(c++, m.id);
                cq.bindValue(c++, m.taskCode);
                cq.bindValue(c++, m.version);
                cq.bindValue(c++, m.name);
                cq.bindValue(c++, m.projectKind);
                cq.bindValue(c++, applicantId);
                cq.bindValue(c++,
                             byAgent ? QVariant(std::uniform_int_distribution<qint64>(1, m_n)(m_rng)) : null);
                cq.bindValue(c++, QStringLiteral("13%1****%2")
                                      .arg(uniform(0, 9))
                                      .arg(uniform(0, 9999), 4, 10, QLatin1Char('0')));
                cq.bindValue(c++, status);
                cq.bindValue(c++, decision.isEmpty() ? null : QVariant(decision));
                cq.bindValue(c++, text(rejectReason));
                cq.bindValue(c++, text(m.agency));
                cq.bindValue(c++, chance() < 0.1 ? QStringLiteral("online") : QStringLiteral("window"));
                cq.bindValue(c++, m_hallId);
                cq.bindValue(c++, m_windows.at(uniform(0, static_cast<int>(m_windows.size()) - 1)));
                cq.bindValue(c++, clerks.at(uniform(0, static_cast<int>(clerks.size()) - 1)));
                cq.bindValue(c++, stored(applied));
                cq.bindValue(c++, acceptedAt);
                cq.bindValue(c++, dueAt);
                cq.bindValue(c++, finishedAt);
                cq.bindValue(c++, deliveredAt);
                cq.bindValue(c++, deliveryMethod);
                cq.bindValue(c++, text(tracking));
                cq.bindValue(c++, m.resultType);
                cq.bindValue(c++, text(finishedAt.isNull() ? QString() : m.resultName));
                cq.bindValue(c++, text(certNo));
                cq.bindValue(c++, stored(applied));
                cq.bindValue(c++, stored(updated));
                if (!exec(cq, "case_record"))
                    return false;
                ++counts.cases;
                ++counts.byStatus[status];

                for (qsizetype k = 0; k < m.materials.size(); ++k) {
                    const Matter::Material &mat = m.materials.at(k);
                    QString state = QStringLiteral("received");
                    QVariant supplyDue, supplied;
                    QString licenceRef, note;
                    if (status == QLatin1String("received")) {
                        state = QStringLiteral("pending");
                    } else if (status == QLatin1String("notified") && k == 0) {
                        state = QStringLiteral("missing");
                        note = QStringLiteral("一次性告知补正");
                    } else if (status == QLatin1String("supplementing") && k == m.materials.size() - 1) {
                        state = QStringLiteral("deferred");
                        supplyDue = stored(addWorkdays(applied, 5));
                    } else if (mat.licence && chance() < 0.6) {
                        state = QStringLiteral("licence");
                        licenceRef = QStringLiteral("seed-licence-%1-%2").arg(i).arg(mat.code);
                    }
                    if (state == QLatin1String("received"))
                        supplied = stored(applied);
                    int p = 0;
                    mq.bindValue(p++, i);
                    mq.bindValue(p++, mat.code);
                    mq.bindValue(p++, mat.name);
                    mq.bindValue(p++, state);
                    mq.bindValue(p++, state == QLatin1String("received") ? mat.copies : 0);
                    mq.bindValue(p++, text(licenceRef));
                    mq.bindValue(p++, supplyDue);
                    mq.bindValue(p++, supplied);
                    mq.bindValue(p++, text(note));
                    if (!exec(mq, "case_material"))
                        return false;
                    ++counts.materials;
                }
            }
            if (auto c = tx.commit(); !c) {
                error = c.error().message;
                return false;
            }
        }
        return true;
    }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    qint64 n = kDefaultCases;
    bool keyOnly = false;
    QString path;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--cases") && i + 1 < args.size()) {
            bool ok = false;
            n = args.at(++i).toLongLong(&ok);
            if (!ok || n < 1)
                return fail(QStringLiteral("--cases wants a positive number"));
        } else if (a == QLatin1String("--cache-key")) {
            keyOnly = true;
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            out() << "usage: bench_seed_cases <database file> [--cases N]\n"
                     "       bench_seed_cases --cache-key [--cases N]"
                  << Qt::endl;
            return 0;
        } else if (!a.startsWith(QLatin1Char('-')) && path.isEmpty()) {
            path = a;
        } else {
            return fail(QStringLiteral("unknown argument %1").arg(a));
        }
    }
    // Changes with the number of cases, the schema, the seeder's format and
    // the demo hall and catalog it starts from.
    QCryptographicHash demo(QCryptographicHash::Sha256);
    for (const QString &resource : {yc::DemoSetup::hallResource(), yc::DemoSetup::catalogResource()}) {
        QFile f(resource);
        if (!f.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1").arg(resource));
        demo.addData(f.readAll());
    }
    const QString key = QStringLiteral("cases%1-schema%2-seed%3-demo%4")
                            .arg(n)
                            .arg(yc::mainSchema().latestVersion())
                            .arg(kSeedFormat)
                            .arg(QString::fromLatin1(demo.result().toHex().left(8)));
    if (keyOnly) {
        out() << key << Qt::endl;
        return 0;
    }
    if (path.isEmpty())
        return fail(QStringLiteral("no database file given (see --help)"));

    QElapsedTimer timer;
    timer.start();
    const QString part = path + QStringLiteral(".part");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(part + suffix);

    Counts counts;
    {
        auto db = yc::Database::open(part, yc::mainSchema());
        if (!db)
            return fail(db.error().message);
        auto setup = yc::DemoSetup::ensure(db.value());
        if (!setup)
            return fail(setup.error().message);
        {
            Seeder seeder(db.value()->connection(), n);
            if (!seeder.run())
                return fail(seeder.error);
            counts = seeder.counts;
            QSqlQuery q(db.value()->connection());
            if (!q.exec(QStringLiteral("PRAGMA optimize")) ||
                !q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
                return fail(q.lastError().text());
        }
        db.value()->releaseThreadConnection();
    }
    // Closed: the WAL is checkpointed into the file; it stands alone now.
    QFile::remove(part + QStringLiteral("-wal"));
    QFile::remove(part + QStringLiteral("-shm"));
    QFile::remove(path);
    if (!QFile::rename(part, path))
        return fail(QStringLiteral("cannot rename %1 to %2").arg(part, path));

    const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    const double mib = static_cast<double>(QFileInfo(path).size()) / (1024.0 * 1024.0);
    QStringList statuses;
    for (auto it = counts.byStatus.cbegin(); it != counts.byStatus.cend(); ++it)
        statuses << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
    statuses.sort();
    out() << "seeded " << counts.cases << " cases, " << counts.applicants << " applicants, "
          << counts.materials << " case materials in " << QString::number(seconds, 'f', 2) << " s; " << path
          << " is " << QString::number(mib, 'f', 2) << " MiB (key " << key << ")" << Qt::endl;
    out() << "statuses: " << statuses.join(QLatin1Char(' ')) << Qt::endl;
    return 0;
}
