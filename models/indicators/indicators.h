#pragma once

#include "core/result.h"

#include <array>
#include <optional>

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace yc {

class Database;

// The indicators the province judges a hall by (MISSION.md, seeds 000/003),
// computed for a period, hall-wide and broken down by one dimension. Every
// definition is written out in docs/indicators.md; the figures are checked
// against hand-computed values in tests/models/tst_indicators.cpp.
namespace indicators {

// [fromUtc, toUtc): what happened in the period.
struct Period
{
    QDateTime fromUtc;
    QDateTime toUtc;

    static Period month(int year, int month);                  // local calendar month
    static Period days(const QDate &first, const QDate &last); // local days, inclusive
};

enum class Dimension
{
    Window,
    Clerk,
    Department,
    Matter
};

// A share: numerator over denominator; no value when nothing was counted,
// so an empty period is "—", never 0% or 100%.
struct Ratio
{
    qint64 num = 0;
    qint64 den = 0;
    std::optional<double> percent() const;
    void add(bool counted) { ++den, num += counted ? 1 : 0; }
};

// Durations in seconds: count, sum, longest.
struct Durations
{
    qint64 count = 0;
    qint64 totalSeconds = 0;
    qint64 maxSeconds = 0;
    std::optional<double> averageMinutes() const;
    std::optional<double> maxMinutes() const;
    void add(qint64 seconds);
};

// An average of per-case percentages (the committed limit's reduction
// against the legal limit).
struct Average
{
    qint64 count = 0;
    double sum = 0;
    std::optional<double> value() const;
};

struct Row
{
    QString key;              // window number, staff number, department code or task code; empty for the hall
    QString label;            // what a supervisor reads
    qint64 cases = 0;         // cases taken in (any decision)
    qint64 ticketsServed = 0; // tickets called by a window
    Ratio evaluated;          // 主动评价率: services evaluated by the citizen (not by default)
    qint64 badReviews = 0;    // 差评: 不满意 + 非常不满意
    Ratio rectified;          // 整改率: closed work orders over orders (appeals upheld excluded)
    Ratio instant;            // 即办件占比 among accepted cases
    Average limitReduction;   // 承诺时限比法定时限压缩 (percent), over accepted cases
    Ratio comprehensive;      // 综合窗口通办比例: accepted at comprehensive or cross-region windows
    Ratio oneTrip;            // 最多跑一次: accepted cases whose citizen came at most once
    Durations wait;           // issue → call
    Durations service;        // call → finish
    qint64 proxyOpened = 0;   // 帮办代办 cases opened
    qint64 proxyFinished = 0; // … finished
    qint64 proxyOverdue = 0;  // … open with a next action past due
};

enum class Level
{
    VerySatisfied,
    Satisfied,
    BasicallySatisfied,
    Dissatisfied,
    VeryDissatisfied
};

struct Report
{
    Period period;
    Dimension dimension = Dimension::Window;
    Row hall;
    QList<Row> rows;                            // by the dimension, ordered by key
    std::array<qint64, 5> evaluationsByLevel{}; // indexed by Level
    std::array<Durations, 24> waitByHour{};     // by the local hour the ticket was issued
    QMap<QDate, qint64> casesByDay;             // every local day of the period, zeros included
    qint64 deadLetters = 0;                     // platform events the platform refused (now, not per period)
};

Result<Report> compute(Database &db, const Period &period, Dimension dimension, const QDateTime &nowUtc);

// The province's targets; a figure missing its target is shown in red.
enum class Indicator
{
    EvaluationRate,
    RectificationRate,
    InstantShare,
    LimitReduction,
    ComprehensiveShare,
    OneTrip
};
inline constexpr std::array allIndicators{Indicator::EvaluationRate,     Indicator::RectificationRate,
                                          Indicator::InstantShare,       Indicator::LimitReduction,
                                          Indicator::ComprehensiveShare, Indicator::OneTrip};

struct Targets
{
    // Shandong's provincial figures (seed 000); a city may set higher ones.
    QMap<Indicator, double> minimumPercent{
        {Indicator::EvaluationRate, 60}, {Indicator::RectificationRate, 100}, {Indicator::InstantShare, 50},
        {Indicator::LimitReduction, 80}, {Indicator::ComprehensiveShare, 85}, {Indicator::OneTrip, 100},
    };
};

std::optional<double> value(const Row &row, Indicator indicator);
// No value → no verdict; otherwise whether the value reaches the target.
std::optional<bool> meetsTarget(const Row &row, Indicator indicator, const Targets &targets);

} // namespace indicators
} // namespace yc
