#include "calendar/calendarrepository.h"
#include "calendar/workcalendar.h"
#include "store/sql.h"
#include "support/testsupport.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace yc;

Q_DECLARE_METATYPE(yc::DueState)

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// "2025-03-05..2025-03-07; 2025-03-20.." (an open end = still running).
QList<Pause> pauses(const QString &spec)
{
    QList<Pause> out;
    for (const QString &part : spec.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList ends = part.trimmed().split(QStringLiteral(".."));
        out << Pause{QDate::fromString(ends.value(0), Qt::ISODate),
                     QDate::fromString(ends.value(1), Qt::ISODate)};
    }
    return out;
}

} // namespace

class TestWorkCalendar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void shipsBothYearsCompletely();
    void knowsWorkingDays_data();
    void knowsWorkingDays();
    void addsWorkingDays_data();
    void addsWorkingDays();
    void countsWorkingDaysBetween_data();
    void countsWorkingDaysBetween();
    void countingAndAddingAgree();
    void computesDueDates_data();
    void computesDueDates();
    void refusesBadLimits_data();
    void refusesBadLimits();
    void tellsTheDueState_data();
    void tellsTheDueState();

    void repositoryImportsTheDefaultsOnce();
    void repositoryKeepsTheAdministratorsEdits();
    void repositoryAuditsSetDay();
    void repositoryRefusesBadDays_data();
    void repositoryRefusesBadDays();
    void repositorySkipsRowsThatAreNoDate();
    void refusesBadCalendarFiles_data();
    void refusesBadCalendarFiles();

private:
    WorkCalendar m_calendar;
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<CalendarRepository> m_repo;
};

void TestWorkCalendar::initTestCase()
{
    auto days = CalendarRepository::defaultDays();
    QVERIFY2(days.ok(), qPrintable(days.error().message));
    m_calendar = WorkCalendar(days.value());
}

void TestWorkCalendar::init()
{
    // Only the repository tests need a store; the calendar is a value.
    if (!QByteArray(QTest::currentTestFunction()).startsWith("repository"))
        return;
    static int serial = 0;
    m_db = test::openTempDatabase(m_dir, QStringLiteral("%1.db").arg(++serial));
    QVERIFY(m_db);
    m_repo = std::make_unique<CalendarRepository>(m_db);
}

void TestWorkCalendar::cleanup()
{
    m_repo.reset();
    m_db.reset();
}

void TestWorkCalendar::shipsBothYearsCompletely()
{
    // 2025: 元旦 1 + 春节 8 + 清明 3 + 劳动 5 + 端午 3 + 国庆中秋 8 = 28 days
    // off, 5 make-up days; 2026: 3 + 9 + 3 + 5 + 3 + 3 + 7 = 33 and 6.
    QMap<QPair<int, DayKind>, int> counts;
    for (const CalendarDay &day : m_calendar.exceptions())
        ++counts[qMakePair(day.date.year(), day.kind)];
    QCOMPARE(counts.value(qMakePair(2025, DayKind::Holiday)), 28);
    QCOMPARE(counts.value(qMakePair(2025, DayKind::Workday)), 5);
    QCOMPARE(counts.value(qMakePair(2026, DayKind::Holiday)), 33);
    QCOMPARE(counts.value(qMakePair(2026, DayKind::Workday)), 6);
    QCOMPARE(m_calendar.exception(d("2025-09-28"))->name, QStringLiteral("国庆节、中秋节调休"));
    QCOMPARE(m_calendar.exception(d("2026-02-17"))->name, QStringLiteral("春节"));
    // 248 working days in each year.
    QCOMPARE(m_calendar.workingDaysBetween(d("2024-12-31"), d("2025-12-31")), 248);
    QCOMPARE(m_calendar.workingDaysBetween(d("2025-12-31"), d("2026-12-31")), 248);
}

void TestWorkCalendar::knowsWorkingDays_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<bool>("working");
    QTest::newRow("2025-09-28 make-up Sunday") << d("2025-09-28") << true;
    QTest::newRow("2025-10-01 国庆") << d("2025-10-01") << false;
    QTest::newRow("2025-10-06 中秋 on a Monday") << d("2025-10-06") << false;
    QTest::newRow("2025-10-08 last day off, a Wednesday") << d("2025-10-08") << false;
    QTest::newRow("2025-10-09 back at work") << d("2025-10-09") << true;
    QTest::newRow("2025-10-11 make-up Saturday") << d("2025-10-11") << true;
    QTest::newRow("2025-10-12 plain Sunday") << d("2025-10-12") << false;
    QTest::newRow("2026-01-04 make-up Sunday") << d("2026-01-04") << true;
    QTest::newRow("2026-02-14 make-up Saturday") << d("2026-02-14") << true;
    QTest::newRow("2026-02-16 除夕") << d("2026-02-16") << false;
    QTest::newRow("2026-02-23 last day of 春节, a Monday") << d("2026-02-23") << false;
    QTest::newRow("2026-02-24 back at work") << d("2026-02-24") << true;
    QTest::newRow("2026-02-28 make-up Saturday") << d("2026-02-28") << true;
    QTest::newRow("2026-03-07 plain Saturday") << d("2026-03-07") << false;
    QTest::newRow("2026-09-20 make-up Sunday") << d("2026-09-20") << true;
    QTest::newRow("2026-10-10 make-up Saturday") << d("2026-10-10") << true;
    QTest::newRow("2027-01-04 no data: a Monday") << d("2027-01-04") << true;
    QTest::newRow("invalid date") << QDate() << false;
}

void TestWorkCalendar::knowsWorkingDays()
{
    QFETCH(QDate, day);
    QFETCH(bool, working);
    QCOMPARE(m_calendar.isWorkingDay(day), working);
}

void TestWorkCalendar::addsWorkingDays_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("n");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("0: the day itself") << d("2025-10-01") << 0 << d("2025-10-01");
    QTest::newRow("5 from a Friday") << d("2025-03-07") << 5 << d("2025-03-14");
    QTest::newRow("1 from a Saturday") << d("2025-03-08") << 1 << d("2025-03-10");
    QTest::newRow("国庆 2025: 1 from Sep 30") << d("2025-09-30") << 1 << d("2025-10-09");
    QTest::newRow("国庆 2025: 1 from Friday is the make-up Sunday")
        << d("2025-09-26") << 1 << d("2025-09-28");
    QTest::newRow("国庆 2025: 4 from Friday") << d("2025-09-26") << 4 << d("2025-10-09");
    QTest::newRow("国庆 2025: 6 from Friday is the make-up Saturday")
        << d("2025-09-26") << 6 << d("2025-10-11");
    QTest::newRow("国庆 2025: 7 from Friday") << d("2025-09-26") << 7 << d("2025-10-13");
    QTest::newRow("国庆 2025: 15 from Sep 15") << d("2025-09-15") << 15 << d("2025-10-11");
    QTest::newRow("劳动节 2025: make-up Sunday Apr 27") << d("2025-04-25") << 3 << d("2025-04-29");
    QTest::newRow("春节 2026: 1 from Friday is the make-up Saturday")
        << d("2026-02-13") << 1 << d("2026-02-14");
    QTest::newRow("春节 2026: 2 from Friday") << d("2026-02-13") << 2 << d("2026-02-24");
    QTest::newRow("春节 2026: 20 from Feb 2") << d("2026-02-02") << 20 << d("2026-03-06");
    QTest::newRow("元旦 2026 across the year") << d("2025-12-25") << 10 << d("2026-01-09");
    QTest::newRow("backwards over 国庆") << d("2025-10-09") << -1 << d("2025-09-30");
    QTest::newRow("backwards onto the make-up Sunday") << d("2025-09-29") << -1 << d("2025-09-28");
    QTest::newRow("invalid start") << QDate() << 3 << QDate();
}

void TestWorkCalendar::addsWorkingDays()
{
    QFETCH(QDate, from);
    QFETCH(int, n);
    QFETCH(QDate, expected);
    QCOMPARE(m_calendar.addWorkingDays(from, n), expected);
}

void TestWorkCalendar::countsWorkingDaysBetween_data()
{
    QTest::addColumn<QDate>("a");
    QTest::addColumn<QDate>("b");
    QTest::addColumn<int>("expected");
    QTest::newRow("same day") << d("2025-10-09") << d("2025-10-09") << 0;
    QTest::newRow("over 国庆 2025") << d("2025-09-30") << d("2025-10-09") << 1;
    QTest::newRow("Friday to Monday after 国庆, both make-up days")
        << d("2025-09-26") << d("2025-10-13") << 7;
    QTest::newRow("backwards") << d("2025-10-13") << d("2025-09-26") << -7;
    QTest::newRow("over 春节 2026") << d("2026-02-13") << d("2026-02-27") << 5;
    QTest::newRow("a plain week") << d("2025-03-07") << d("2025-03-14") << 5;
    QTest::newRow("no data: 2030, weekends only") << d("2030-01-04") << d("2030-02-01") << 20;
    QTest::newRow("invalid") << QDate() << d("2025-03-14") << 0;
}

void TestWorkCalendar::countsWorkingDaysBetween()
{
    QFETCH(QDate, a);
    QFETCH(QDate, b);
    QFETCH(int, expected);
    QCOMPARE(m_calendar.workingDaysBetween(a, b), expected);
}

void TestWorkCalendar::countingAndAddingAgree()
{
    // The counting uses arithmetic, the adding walks day by day: they must
    // agree everywhere, the holiday seasons included.
    for (QDate from = d("2024-12-20"); from <= d("2027-01-10"); from = from.addDays(3)) {
        for (int n : {0, 1, 2, 5, 10, 22}) {
            const QDate to = m_calendar.addWorkingDays(from, n);
            QVERIFY(to.isValid());
            if (m_calendar.workingDaysBetween(from, to) != n)
                QFAIL(qPrintable(QStringLiteral("%1 + %2 = %3")
                                     .arg(from.toString(Qt::ISODate))
                                     .arg(n)
                                     .arg(to.toString(Qt::ISODate))));
            QVERIFY(n == 0 || m_calendar.isWorkingDay(to));
        }
    }
}

void TestWorkCalendar::computesDueDates_data()
{
    QTest::addColumn<QDate>("accepted");
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("pauseSpec");
    QTest::addColumn<QDate>("expected"); // null = clock stopped

    const QString workday = QStringLiteral("workday");
    const QString day = QStringLiteral("day");
    const QString month = QStringLiteral("month");
    const QString year = QStringLiteral("year");
    QTest::newRow("即办: value 0") << d("2025-10-09") << 0 << workday << QString() << d("2025-10-09");
    QTest::newRow("即办 on a day limit") << d("2025-03-08") << 0 << day << QString() << d("2025-03-08");
    QTest::newRow("5 working days from a Friday")
        << d("2025-03-07") << 5 << workday << QString() << d("2025-03-14");
    QTest::newRow("5 working days over 国庆 2025")
        << d("2025-09-26") << 5 << workday << QString() << d("2025-10-10");
    QTest::newRow("20 working days over 春节 2026")
        << d("2026-02-02") << 20 << workday << QString() << d("2026-03-06");
    QTest::newRow("7 days ending on 国庆 move to the next working day")
        << d("2025-09-24") << 7 << day << QString() << d("2025-10-09");
    QTest::newRow("3 days ending on a Saturday move to Monday")
        << d("2025-03-05") << 3 << day << QString() << d("2025-03-10");
    QTest::newRow("7 days ending on a make-up Saturday stay")
        << d("2025-10-04") << 7 << day << QString() << d("2025-10-11");
    QTest::newRow("Jan 31 + 1 month = Feb 28")
        << d("2025-01-31") << 1 << month << QString() << d("2025-02-28");
    QTest::newRow("Jan 31 + 1 month in a leap year = Feb 29")
        << d("2024-01-31") << 1 << month << QString() << d("2024-02-29");
    QTest::newRow("Jan 31 2026 + 1 month = make-up Saturday Feb 28")
        << d("2026-01-31") << 1 << month << QString() << d("2026-02-28");
    QTest::newRow("month ending on 国庆") << d("2025-09-01") << 1 << month << QString() << d("2025-10-09");
    QTest::newRow("Feb 29 + 1 year = Feb 28") << d("2024-02-29") << 1 << year << QString() << d("2025-02-28");
    QTest::newRow("1 year ending on 元旦 2026, next day a make-up Sunday")
        << d("2025-01-01") << 1 << year << QString() << d("2026-01-04");

    QTest::newRow("no pause: 10 working days")
        << d("2025-03-03") << 10 << workday << QString() << d("2025-03-17");
    QTest::newRow("pause of 3 working days")
        << d("2025-03-03") << 10 << workday << QStringLiteral("2025-03-05..2025-03-07") << d("2025-03-20");
    QTest::newRow("pause over a weekend only, working days")
        << d("2025-03-03") << 10 << workday << QStringLiteral("2025-03-08..2025-03-09") << d("2025-03-17");
    QTest::newRow("pause before acceptance")
        << d("2025-03-03") << 10 << workday << QStringLiteral("2025-02-20..2025-03-02") << d("2025-03-17");
    QTest::newRow("pause after the limit ran out")
        << d("2025-03-03") << 10 << workday << QStringLiteral("2025-03-20..2025-03-25") << d("2025-03-17");
    QTest::newRow("second pause inside the extension")
        << d("2025-03-03") << 10 << workday << QStringLiteral("2025-03-05..2025-03-07;2025-03-18..2025-03-19")
        << d("2025-03-24");
    QTest::newRow("pause still running")
        << d("2025-03-03") << 10 << workday << QStringLiteral("2025-03-05..") << QDate();
    QTest::newRow("pause running since after the limit")
        << d("2025-03-03") << 10 << workday << QStringLiteral("2025-03-20..") << d("2025-03-17");
    QTest::newRow("10 days with a 3-day pause, ending on Sunday")
        << d("2025-03-03") << 10 << day << QStringLiteral("2025-03-05..2025-03-07") << d("2025-03-17");
    QTest::newRow("pause over a weekend counts for natural days")
        << d("2025-03-03") << 10 << day << QStringLiteral("2025-03-08..2025-03-09") << d("2025-03-17");
    QTest::newRow("1 month with a 5-day pause")
        << d("2025-03-03") << 1 << month << QStringLiteral("2025-03-10..2025-03-14") << d("2025-04-08");
    QTest::newRow("1 month, pause still running")
        << d("2025-03-03") << 1 << month << QStringLiteral("2025-03-10..") << QDate();
}

void TestWorkCalendar::computesDueDates()
{
    QFETCH(QDate, accepted);
    QFETCH(int, value);
    QFETCH(QString, unit);
    QFETCH(QString, pauseSpec);
    QFETCH(QDate, expected);
    const auto due = m_calendar.dueDate(accepted, TimeLimit{value, unit}, pauses(pauseSpec));
    QVERIFY2(due.ok(), qPrintable(due.error().message));
    QCOMPARE(due.value(), expected);
}

void TestWorkCalendar::refusesBadLimits_data()
{
    QTest::addColumn<QDate>("accepted");
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("pauseSpec");
    QTest::addColumn<QString>("code");
    QTest::newRow("no acceptance date")
        << QDate() << 5 << QStringLiteral("workday") << QString() << QStringLiteral("calendar.date");
    QTest::newRow("negative") << d("2025-03-03") << -1 << QStringLiteral("workday") << QString()
                              << QStringLiteral("calendar.limit");
    QTest::newRow("too long") << d("2025-03-03") << 3651 << QStringLiteral("day") << QString()
                              << QStringLiteral("calendar.limit");
    QTest::newRow("unknown unit") << d("2025-03-03") << 5 << QStringLiteral("week") << QString()
                                  << QStringLiteral("calendar.unit");
    QTest::newRow("empty unit") << d("2025-03-03") << 5 << QString() << QString()
                                << QStringLiteral("calendar.unit");
    QTest::newRow("pause ending before it starts")
        << d("2025-03-03") << 5 << QStringLiteral("workday") << QStringLiteral("2025-03-07..2025-03-05")
        << QStringLiteral("calendar.pause");
    QTest::newRow("pause without start")
        << d("2025-03-03") << 5 << QStringLiteral("workday") << QStringLiteral("..2025-03-05")
        << QStringLiteral("calendar.pause");
}

void TestWorkCalendar::refusesBadLimits()
{
    QFETCH(QDate, accepted);
    QFETCH(int, value);
    QFETCH(QString, unit);
    QFETCH(QString, pauseSpec);
    QFETCH(QString, code);
    const auto due = m_calendar.dueDate(accepted, TimeLimit{value, unit}, pauses(pauseSpec));
    QVERIFY(!due.ok());
    QCOMPARE(due.error().code, code);
    QVERIFY(!due.error().message.isEmpty());
}

void TestWorkCalendar::tellsTheDueState_data()
{
    QTest::addColumn<QDate>("due");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("warn");
    QTest::addColumn<DueState>("expected");
    QTest::newRow("due yesterday") << d("2025-03-13") << d("2025-03-14") << 2 << DueState::Overdue;
    QTest::newRow("due today") << d("2025-03-14") << d("2025-03-14") << 2 << DueState::DueSoon;
    QTest::newRow("2 working days left") << d("2025-03-18") << d("2025-03-14") << 2 << DueState::DueSoon;
    QTest::newRow("3 working days left") << d("2025-03-19") << d("2025-03-14") << 2 << DueState::OnTime;
    QTest::newRow("2 working days left over 国庆")
        << d("2025-10-10") << d("2025-09-30") << 2 << DueState::DueSoon;
    QTest::newRow("3 working days left over 国庆")
        << d("2025-10-11") << d("2025-09-30") << 2 << DueState::OnTime;
    QTest::newRow("no warning margin, due tomorrow")
        << d("2025-03-14") << d("2025-03-13") << 0 << DueState::OnTime;
    QTest::newRow("no warning margin, due today")
        << d("2025-03-14") << d("2025-03-14") << 0 << DueState::DueSoon;
    QTest::newRow("clock stopped") << QDate() << d("2025-03-14") << 2 << DueState::OnTime;
}

void TestWorkCalendar::tellsTheDueState()
{
    QFETCH(QDate, due);
    QFETCH(QDate, today);
    QFETCH(int, warn);
    QFETCH(DueState, expected);
    QCOMPARE(m_calendar.dueState(due, today, warn), expected);
}

void TestWorkCalendar::repositoryImportsTheDefaultsOnce()
{
    auto first = m_repo->importDefaults(QStringLiteral("9001"));
    QVERIFY2(first.ok(), qPrintable(first.error().message));
    QCOMPARE(first.value(), 72);
    QCOMPARE(test::count(*m_db, QStringLiteral("calendar_day")), 72);
    auto second = m_repo->importDefaults(QStringLiteral("9001"));
    QVERIFY(second.ok());
    QCOMPARE(second.value(), 0);
    QCOMPARE(test::count(*m_db, QStringLiteral("calendar_day")), 72);
    QCOMPARE(test::count(*m_db, QStringLiteral("audit_log"), QStringLiteral("action = 'calendar.import'")),
             1);

    auto loaded = m_repo->load();
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->exceptions().size(), 72);
    QVERIFY(!loaded->isWorkingDay(d("2025-10-08")));
    QVERIFY(loaded->isWorkingDay(d("2025-10-11")));
    QCOMPARE(loaded->addWorkingDays(d("2026-02-13"), 2), d("2026-02-24"));
}

void TestWorkCalendar::repositoryKeepsTheAdministratorsEdits()
{
    // Edits before the first import: a local holiday name and a day the hall
    // works although the State Council gave it off.
    QVERIFY(m_repo
                ->setDay(d("2025-10-01"), QStringLiteral("holiday"), QStringLiteral("国庆节（本厅）"),
                         QStringLiteral("9001"))
                .ok());
    QVERIFY(
        m_repo->setDay(d("2025-10-08"), QStringLiteral("normal"), QString(), QStringLiteral("9001")).ok());
    auto added = m_repo->importDefaults();
    QVERIFY(added.ok());
    QCOMPARE(added.value(), 70);

    // Edits after it: a make-up day dropped, then the import runs again.
    QVERIFY(
        m_repo->setDay(d("2026-05-09"), QStringLiteral("normal"), QString(), QStringLiteral("9001")).ok());
    QCOMPARE(m_repo->importDefaults().value(), 0);

    const WorkCalendar calendar = m_repo->load().value();
    QCOMPARE(calendar.exception(d("2025-10-01"))->name, QStringLiteral("国庆节（本厅）"));
    QVERIFY(calendar.isWorkingDay(d("2025-10-08")));
    QVERIFY(!calendar.exception(d("2025-10-08")));
    QVERIFY(!calendar.isWorkingDay(d("2026-05-09")));
    QVERIFY(!calendar.isWorkingDay(d("2025-10-07"))); // untouched days came in
}

void TestWorkCalendar::repositoryAuditsSetDay()
{
    QVERIFY(m_repo->importDefaults().ok());
    const qint64 before = test::count(*m_db, QStringLiteral("audit_log"));
    QVERIFY(
        m_repo->setDay(d("2025-10-08"), QStringLiteral("normal"), QString(), QStringLiteral("9001")).ok());
    QVERIFY(m_repo
                ->setDay(d("2025-12-27"), QStringLiteral("workday"), QStringLiteral(" 年终调休 "),
                         QStringLiteral("9002"))
                .ok());
    QCOMPARE(test::count(*m_db, QStringLiteral("audit_log")), before + 2);
    auto q = sql::run(
        m_db->connection(),
        QStringLiteral("SELECT staff_no, subject, detail FROM audit_log WHERE action = 'calendar.set' "
                       "ORDER BY id"));
    QVERIFY(q.ok());
    QVERIFY(q->next());
    QCOMPARE(q->value(0).toString(), QStringLiteral("9001"));
    QCOMPARE(q->value(1).toString(), QStringLiteral("2025-10-08"));
    QCOMPARE(q->value(2).toString(), QStringLiteral("holiday -> normal"));
    QVERIFY(q->next());
    QCOMPARE(q->value(0).toString(), QStringLiteral("9002"));
    QCOMPARE(q->value(2).toString(), QStringLiteral("normal -> workday 年终调休"));
    const WorkCalendar calendar = m_repo->load().value();
    QVERIFY(calendar.isWorkingDay(d("2025-12-27")));
    QCOMPARE(calendar.exception(d("2025-12-27"))->name, QStringLiteral("年终调休"));
}

void TestWorkCalendar::repositoryRefusesBadDays_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("code");
    QTest::newRow("invalid date") << QDate() << QStringLiteral("holiday") << QString()
                                  << QStringLiteral("calendar.date");
    QTest::newRow("unknown kind") << d("2025-10-01") << QStringLiteral("vacation") << QString()
                                  << QStringLiteral("calendar.kind");
    QTest::newRow("SQL as kind") << d("2025-10-01")
                                 << QStringLiteral("holiday'; DELETE FROM calendar_day; --") << QString()
                                 << QStringLiteral("calendar.kind");
    QTest::newRow("make-up day on a weekday")
        << d("2025-10-09") << QStringLiteral("workday") << QString() << QStringLiteral("calendar.kind");
    QTest::newRow("name too long") << d("2025-10-01") << QStringLiteral("holiday")
                                   << QString(51, QChar(0x5047)) << QStringLiteral("calendar.name");
    QTest::newRow("control character in the name")
        << d("2025-10-01") << QStringLiteral("holiday") << QStringLiteral("国庆\u0007")
        << QStringLiteral("calendar.name");
}

void TestWorkCalendar::repositoryRefusesBadDays()
{
    QFETCH(QDate, day);
    QFETCH(QString, kind);
    QFETCH(QString, name);
    QFETCH(QString, code);
    QVERIFY(m_repo->importDefaults().ok());
    const qint64 audits = test::count(*m_db, QStringLiteral("audit_log"));
    auto r = m_repo->setDay(day, kind, name, QStringLiteral("9001"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, code);
    QCOMPARE(test::count(*m_db, QStringLiteral("calendar_day")), 72);
    QCOMPARE(test::count(*m_db, QStringLiteral("audit_log")), audits);
}

void TestWorkCalendar::repositorySkipsRowsThatAreNoDate()
{
    // The table's CHECK only looks at the shape of the text.
    test::exec(*m_db,
               QStringLiteral("INSERT INTO calendar_day (day, kind, name) VALUES ('2025-02-30', 'holiday', "
                              "'x'), ('2025-03-03', 'holiday', 'local')"));
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("skipping calendar_day row.*2025-02-30")));
    auto calendar = m_repo->load();
    QVERIFY(calendar.ok());
    QCOMPARE(calendar->exceptions().size(), 1);
    QVERIFY(!calendar->isWorkingDay(d("2025-03-03")));
}

void TestWorkCalendar::refusesBadCalendarFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    const QByteArray head = R"({"format": "yichuang-calendar", "version": 1, "years": )";
    QTest::newRow("not JSON") << QByteArray("{\"format\": ") << QString();
    QTest::newRow("other format") << QByteArray(R"({"format": "ics", "version": 1, "years": {}})")
                                  << QString();
    QTest::newRow("newer version") << QByteArray(
                                          R"({"format": "yichuang-calendar", "version": 2, "years": {}})")
                                   << QString();
    QTest::newRow("no years") << QByteArray(R"({"format": "yichuang-calendar", "version": 1})") << QString();
    QTest::newRow("year without days")
        << head + R"({"2025": {"source": "x"}}})" << QStringLiteral("years.2025");
    QTest::newRow("date of another year")
        << head + R"({"2025": {"days": [{"date": "2026-01-01", "kind": "holiday", "name": "元旦"}]}}})"
        << QStringLiteral("years.2025.days[0]");
    QTest::newRow("no real date")
        << head + R"({"2025": {"days": [{"date": "2025-02-30", "kind": "holiday", "name": "x"}]}}})"
        << QStringLiteral("years.2025.days[0]");
    QTest::newRow("unknown kind")
        << head + R"({"2025": {"days": [{"date": "2025-01-01", "kind": "off", "name": "元旦"}]}}})"
        << QStringLiteral("years.2025.days[0]");
    QTest::newRow("make-up day on a weekday")
        << head + R"({"2025": {"days": [{"date": "2025-09-29", "kind": "workday", "name": "x"}]}}})"
        << QStringLiteral("years.2025.days[0]");
    QTest::newRow("listed twice") << head + R"({"2025": {"days": [{"date": "2025-01-01", "kind": "holiday"},
                                             {"date": "2025-01-01", "kind": "holiday"}]}}})"
                                  << QStringLiteral("years.2025.days[1]");
}

void TestWorkCalendar::refusesBadCalendarFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    auto days = CalendarRepository::parseDocument(json);
    QVERIFY(!days.ok());
    QCOMPARE(days.error().code, QStringLiteral("calendar.format"));
    QVERIFY2(days.error().message.contains(mentions), qPrintable(days.error().message));
}

QTEST_GUILESS_MAIN(TestWorkCalendar)
#include "tst_workcalendar.moc"
