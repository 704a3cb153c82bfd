#pragma once

#include "core/result.h"

#include <memory>

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace yc {

class Database;
class FieldCipher;

// The 办不成事 register of the 兜底服务 / 投诉受理 window: what a citizen or an
// enterprise could not get done, worked through the five links of seed 001
// (十八) — 接受登记 (record), 分类处置 (classify, assign to the responsible
// unit, the unit's reply), 限时办结 (resolved, or could not be resolved with
// the reason, within a deadline in working days), 评价反馈 (feedback to the
// person, which closes the entry) and 抽查回访 (a supervisor's spot check,
// which confirms the closing or reopens the entry). Each step is one
// transaction with its audit entry; steps are append-only.
// docs/unresolved-register.md.
class UnresolvedRegister
{
    Q_DECLARE_TR_FUNCTIONS(yc::UnresolvedRegister)

public:
    // Who acts: their staff number, their window (0 = none) and whether they
    // may spot-check (supervisors).
    struct Actor
    {
        QString staffNo;
        int windowNo = 0;
        bool supervisor = false;
    };

    struct NewEntry
    {
        QString reporterKind = QStringLiteral("natural"); // natural | legal (an enterprise)
        QString name;
        QString idNumber;    // optional: an ID number (natural) or a credit code (legal)
        QString phone;       // optional, but one of idNumber / phone is needed
        qint64 matterId = 0; // 0 = not known
        QString what;        // what could not be done
        QString category;    // one of categoryCodes()
        QString unitCode;    // responsible department from the catalog, or
        QString unitName;    // its name in words when it is not in the catalog
        int deadlineDays = kDefaultDeadlineDays;
    };

    enum class StepKind
    {
        Assign,       // 分类处置: to a unit (unitCode or unitName), also to move it to another
        Reply,        // the unit's reply
        Resolve,      // 办结: resolved
        Unresolvable, // could not be resolved; the note gives the reason
        Feedback,     // 评价反馈: channel + the person's word; closes unless unreachable
        SpotCheck,    // 抽查回访 (supervisor, closed entries): confirmed | reopened
    };

    struct Step
    {
        StepKind kind = StepKind::Assign;
        QString note;
        QString unitCode;
        QString unitName;
        QString channel; // Feedback: one of feedbackChannels()
        QString result;  // Feedback: feedbackResults(); SpotCheck: spotCheckResults()
    };

    struct Entry
    {
        qint64 id = 0;
        QString entryNo;
        QDateTime registeredUtc;
        QDate registeredOn;
        QString registeredBy;
        int windowNo = 0;
        QString reporterKind;
        QString nameMasked; // natural persons masked; an enterprise's name as it is
        QString idMasked;
        QString phoneMasked;
        qint64 matterId = 0;
        QString matterName;
        QString what;
        QString category;
        QString unitCode;
        QString unitName; // the department's name when unitCode is set
        int deadlineDays = 0;
        QDate dueOn;
        QString state; // registered, assigned, replied, resolved, unresolvable, closed
        QDateTime closedUtc;
        QString feedbackResult;
        QString spotCheckResult;
        bool overdue = false; // as of the day asked
    };

    struct StepRecord
    {
        QString kind; // register, assign, reply, resolve, unresolvable, feedback, spot_check
        QDateTime atUtc;
        QString staffNo;
        QString note;
        QString unitName;
        QString channel;
        QString result;
    };

    // The person in full, for the audited "show full".
    struct Reporter
    {
        QString name;
        QString idType; // resident_id, hk_mo_tw_residence, foreign_permanent, credit_code, or ''
        QString idNumber;
        QString phone;
    };

    struct Filter
    {
        enum class Scope
        {
            Open,    // not closed
            Overdue, // not closed and past the due day
            All,
        };
        Scope scope = Scope::Open;
        QString registeredBy; // "mine": only what this staff member recorded
        QString category;     // empty = every class
    };

    // For a period of business days (both ends included), as of `today`.
    struct Figures
    {
        int opened = 0;       // registered in the period
        int closed = 0;       // closed in the period (and still closed)
        int closedOnTime = 0; // of those, closed on or before the due day
        int overdue = 0;      // due in the period, past due as of today, not closed by the due day
    };

    struct Unit
    {
        QString code;
        QString name;
    };

    static constexpr int kDefaultDeadlineDays = 5;
    static constexpr int kMaxDeadlineDays = 30;

    static QStringList categoryCodes();
    static QString categoryLabel(const QString &code);
    static QStringList feedbackChannels();
    static QString channelLabel(const QString &code);
    static QStringList feedbackResults();
    static QStringList spotCheckResults();
    static QString resultLabel(const QString &code);
    static QString stateLabel(const QString &code);
    static QString stepLabel(const QString &kind);

    UnresolvedRegister(std::shared_ptr<Database> db, const FieldCipher *cipher);

    // Validates everything first, then writes the entry and its register
    // step and audit entry in one transaction. Errors: unresolved.actor (no
    // one signed in), unresolved.name, unresolved.contact, unresolved.id,
    // unresolved.phone, unresolved.what, unresolved.category,
    // unresolved.unit, unresolved.matter, unresolved.deadline,
    // unresolved.calendar, unresolved.cipher.
    Result<Entry> record(const NewEntry &entry, const Actor &actor);

    // One step on an entry. Errors: unresolved.actor, unresolved.unknown, unresolved.closed,
    // unresolved.note, unresolved.unit, unresolved.channel,
    // unresolved.result, unresolved.order (a step out of order),
    // unresolved.role (spot checks need a supervisor).
    Result<void> apply(qint64 entryId, const Step &step, const Actor &actor);

    Result<QList<Entry>> list(const Filter &filter, const QDate &today) const;
    Result<Entry> entry(qint64 entryId, const QDate &today) const;
    Result<QList<StepRecord>> steps(qint64 entryId) const;
    // Decrypts the person's details; audited (unresolved.read_full).
    // Errors: unresolved.actor, unresolved.cipher, unresolved.unknown.
    Result<Reporter> readReporter(qint64 entryId, const Actor &actor);
    Result<Figures> figures(const QDate &from, const QDate &to, const QDate &today) const;
    // The departments of the catalog, by name.
    Result<QList<Unit>> units() const;

    // The hall's business day now (the hall's time zone, Asia/Shanghai by default).
    QDate today() const;

private:
    std::shared_ptr<Database> m_db;
    const FieldCipher *m_cipher;
};

} // namespace yc
