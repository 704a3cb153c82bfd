#pragma once

#include <optional>

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace yc {

// What the clerk entered once (一表申请) for a natural or a legal person.
struct ApplicantInput
{
    QString kind = QStringLiteral("natural"); // natural | legal
    QString name;
    QString idType = QStringLiteral("resident_id"); // resident_id | hk_mo_tw_residence | foreign_permanent |
                                                    // credit_code | passport | other
    QString idNumber;
    QString phone;
    QString address;
    QString legalRep; // legal persons: 法定代表人
};

// The clerk's mark on one material of the matter's checklist.
struct MaterialMark
{
    QString code;  // matter_material.code
    QString state; // received | missing | not_applicable | licence | deferred
    int paperCount = 0;
    QString licenceRef; // 免提交: the electronic licence used instead
    QString note;       // what is wrong with it, for 一次性告知
};

struct MatterIntake
{
    qint64 matterId = 0; // a version of a matter (matter.id)
    QList<MaterialMark> materials;
};

enum class IntakeDecision
{
    Accept,          // 受理
    AcceptDeficient, // 容缺受理
    NotifyOnce,      // 一次性告知
    Reject,          // 不予受理
};

// One intake at the window: one applicant, one or several matters (一件事一次
//办: entered once, each still its own case), one decision.
struct IntakeRequest
{
    ApplicantInput applicant;
    std::optional<ApplicantInput> agent; // 代理人
    QList<MatterIntake> matters;
    IntakeDecision decision = IntakeDecision::Accept;
    QString rejectReason;
    QString competentAgency; // 不予受理 outside the hall's remit
    QString commitment;      // 容缺受理: the applicant's written commitment
    QDate supplyDeadline;    // 容缺受理: every deferred material by then
    int windowNo = 0;
    QString clerkStaffNo;
    qint64 ticketId = 0; // the queue ticket being served, 0 if none
    // 帮办代办 carried from the ticket (Codes::proxyModes()/proxyReasons()),
    // kept on every case so its badge shows wherever the ticket lives.
    QString proxyMode;
    QString proxyReason;
};

struct IntakeCase
{
    qint64 caseId = 0;
    QString localId;
    QString projectNo; // empty unless accepted
    QString queryPassword;
    QString status;
    QDate dueDate;
    QString docType;
    QString docNo;
};

struct IntakeOutcome
{
    QString intakeGroup;
    qint64 applicantId = 0;
    QList<IntakeCase> cases;
};

} // namespace yc
