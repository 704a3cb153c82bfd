#include "calendarrepository.h"

#include "audit/auditlog.h"
#include "core/text.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/transaction.h"

#include <algorithm>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>

Q_LOGGING_CATEGORY(lcCalendar, "yc.calendar", QtInfoMsg)

namespace yc {

namespace {

const QString kDefaultsResource = QStringLiteral(":/yc/calendar/cn-holidays.json");
constexpr int kMaxNameLength = 50;

QString storedDay(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

} // namespace

CalendarRepository::CalendarRepository(std::shared_ptr<Database> db)
    : m_db(std::move(db))
{}

Result<QList<CalendarDay>> CalendarRepository::parseDocument(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error{QStringLiteral("calendar.format"),
                     tr("The calendar file is not a JSON object (%1 at offset %2).")
                         .arg(parseError.errorString())
                         .arg(parseError.offset)};
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("yichuang-calendar") ||
        root.value(QStringLiteral("version")).toInt() != 1)
        return Error{QStringLiteral("calendar.format"),
                     tr("This is not a calendar file of version 1 (format \"yichuang-calendar\").")};
    const QJsonValue yearsValue = root.value(QStringLiteral("years"));
    if (!yearsValue.isObject())
        return Error{QStringLiteral("calendar.format"), tr("The calendar file has no \"years\" object.")};

    QStringList problems;
    QList<CalendarDay> out;
    QSet<QDate> seen;
    const QJsonObject years = yearsValue.toObject();
    for (auto y = years.begin(); y != years.end(); ++y) {
        bool yearOk = false;
        const int year = y.key().toInt(&yearOk);
        const QString yearPath = QStringLiteral("years.%1").arg(y.key());
        if (!yearOk || y.key().size() != 4 || !y.value().isObject() ||
            !y.value().toObject().value(QStringLiteral("days")).isArray()) {
            problems << tr("%1: a four-digit year with a \"days\" list is expected").arg(yearPath);
            continue;
        }
        const QJsonArray days = y.value().toObject().value(QStringLiteral("days")).toArray();
        for (qsizetype i = 0; i < days.size(); ++i) {
            const QString path = QStringLiteral("%1.days[%2]").arg(yearPath).arg(i);
            const QJsonObject o = days.at(i).toObject();
            const QString dateText = o.value(QStringLiteral("date")).toString();
            const QDate date = QDate::fromString(dateText, Qt::ISODate);
            const auto kind = dayKindFromCode(o.value(QStringLiteral("kind")).toString());
            const QString name = o.value(QStringLiteral("name")).toString();
            if (!date.isValid() || dateText.size() != 10 || date.year() != year) {
                problems << tr("%1: \"date\" must be a real date of %2 as yyyy-MM-dd").arg(path).arg(year);
                continue;
            }
            if (!kind) {
                problems << tr("%1: \"kind\" must be \"holiday\" or \"workday\"").arg(path);
                continue;
            }
            // A make-up working day on a weekday would change nothing: most
            // likely a typing mistake in the date.
            if (*kind == DayKind::Workday && date.dayOfWeek() < 6) {
                problems << tr("%1: %2 is a weekday; only a Saturday or Sunday can be a make-up working day")
                                .arg(path, dateText);
                continue;
            }
            if (name.toUcs4().size() > kMaxNameLength || hasControlCharacters(name)) {
                problems << tr("%1: \"name\" must have at most %2 characters and no control characters")
                                .arg(path)
                                .arg(kMaxNameLength);
                continue;
            }
            if (seen.contains(date)) {
                problems << tr("%1: %2 is listed twice").arg(path, dateText);
                continue;
            }
            seen.insert(date);
            out << CalendarDay{date, *kind, name.trimmed()};
        }
    }
    if (!problems.isEmpty())
        return Error{QStringLiteral("calendar.format"),
                     tr("The calendar file has problems:\n%1").arg(problems.join(QLatin1Char('\n')))};
    std::sort(out.begin(), out.end(),
              [](const CalendarDay &a, const CalendarDay &b) { return a.date < b.date; });
    return out;
}

Result<QList<CalendarDay>> CalendarRepository::defaultDays()
{
    QFile file(kDefaultsResource);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("calendar.format"),
                     tr("The built-in holiday calendar is missing from this program.")};
    return parseDocument(file.readAll());
}

Result<WorkCalendar> CalendarRepository::load() const
{
    auto q =
        sql::run(m_db->connection(), QStringLiteral("SELECT day, kind, name FROM calendar_day ORDER BY day"));
    if (!q)
        return q.error();
    QList<CalendarDay> days;
    while (q->next()) {
        const QString text = q->value(0).toString();
        const QDate date = QDate::fromString(text, Qt::ISODate);
        const auto kind = dayKindFromCode(q->value(1).toString());
        if (!date.isValid() || !kind) {
            qCWarning(lcCalendar) << "skipping calendar_day row" << text << "that is no real date";
            continue;
        }
        days << CalendarDay{date, *kind, q->value(2).toString()};
    }
    return WorkCalendar(days);
}

Result<int> CalendarRepository::importDefaults(const QString &byStaffNo)
{
    auto days = defaultDays();
    if (!days)
        return days.error();
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();

    // Days an administrator has set at some time, even if set back to
    // normal since: the shipped file must not bring them back. One scan of
    // the audit log instead of one per day.
    QSet<QString> edited;
    {
        auto q = sql::run(
            db, QStringLiteral("SELECT DISTINCT subject FROM audit_log WHERE action = 'calendar.set'"));
        if (!q)
            return q.error();
        while (q->next())
            edited.insert(q->value(0).toString());
    }

    int added = 0;
    for (const CalendarDay &day : days.value()) {
        const QString key = storedDay(day.date);
        if (edited.contains(key))
            continue;
        auto q = sql::run(db,
                          QStringLiteral("INSERT INTO calendar_day (day, kind, name) VALUES (?, ?, ?) "
                                         "ON CONFLICT (day) DO NOTHING"),
                          {key, dayKindCode(day.kind), day.name});
        if (!q)
            return q.error();
        added += q->numRowsAffected() > 0 ? 1 : 0;
    }
    if (added > 0) {
        if (auto a = appendAudit(db, {byStaffNo, 0, QStringLiteral("calendar.import"), QString(),
                                      QStringLiteral("added %1").arg(added)});
            !a)
            return a.error();
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    if (added > 0)
        qCInfo(lcCalendar) << "added" << added << "days of the built-in holiday calendar";
    return added;
}

Result<void> CalendarRepository::setDay(const QDate &day, const QString &kind, const QString &name,
                                        const QString &byStaffNo)
{
    if (!day.isValid() || day.year() < 1900 || day.year() > 9999)
        return Error{QStringLiteral("calendar.date"), tr("Choose a valid date.")};
    const bool normal = kind == QLatin1String("normal");
    const auto dayKind = dayKindFromCode(kind);
    if (!normal && !dayKind)
        return Error{
            QStringLiteral("calendar.kind"),
            tr("A day can be made a holiday, a working day or a normal day, not \"%1\".").arg(kind.left(20))};
    if (dayKind == DayKind::Workday && day.dayOfWeek() < 6)
        return Error{QStringLiteral("calendar.kind"),
                     tr("%1 is a weekday and already a working day; only a Saturday or Sunday can be made a "
                        "working day.")
                         .arg(storedDay(day))};
    const QString trimmed = name.trimmed();
    if (trimmed.toUcs4().size() > kMaxNameLength || hasControlCharacters(trimmed))
        return Error{QStringLiteral("calendar.name"),
                     tr("The name of the day may have at most %1 characters and no control characters.")
                         .arg(kMaxNameLength)};

    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    const QString key = storedDay(day);
    auto before = sql::scalar(db, QStringLiteral("SELECT kind FROM calendar_day WHERE day = ?"), {key});
    if (!before)
        return before.error();
    const QString was = before->isValid() ? before->toString() : QStringLiteral("normal");
    if (normal) {
        if (auto d = sql::run(db, QStringLiteral("DELETE FROM calendar_day WHERE day = ?"), {key}); !d)
            return d.error();
    } else if (auto u = sql::run(db,
                                 QStringLiteral("INSERT INTO calendar_day (day, kind, name) VALUES (?, ?, ?) "
                                                "ON CONFLICT (day) DO UPDATE SET kind = excluded.kind, "
                                                "name = excluded.name"),
                                 {key, kind, trimmed});
               !u) {
        return u.error();
    }
    if (auto a = appendAudit(db, {byStaffNo, 0, QStringLiteral("calendar.set"), key,
                                  QStringLiteral("%1 -> %2 %3").arg(was, kind, trimmed).trimmed()});
        !a)
        return a;
    if (auto c = tx.commit(); !c)
        return c;
    qCInfo(lcCalendar) << "calendar day" << key << "set to" << kind << "by" << byStaffNo;
    return {};
}

} // namespace yc
