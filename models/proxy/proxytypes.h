#pragma once

#include "calendar/workcalendar.h"
#include "intake/intake.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace yc {

// Who acts on a proxy case, and where.
struct ProxyActor
{
    QString staffNo;
    int windowNo = 0;
};

// Opening a 帮办代办 case. The person or enterprise served is either an
// existing applicant (from an intake case, whose applicant it takes and which
// it links at once) or typed here (an ApplicantInput of kind natural or
// legal: an enterprise has a name, a 统一社会信用代码 and a 法定代表人).
struct ProxyOpenRequest
{
    QString serviceMode;  // assist (帮办) | proxy (代办) | home_visit (上门办)
    QString reason;       // elderly | disabled | pregnant | limited_mobility | enterprise_start |
                          // enterprise_change | enterprise_close | key_project | other
    QString reasonDetail; // required for `other`
    ApplicantInput principal;
    qint64 sourceCaseId = 0; // an intake case: its applicant is served, the case is linked
    qint64 ticketId = 0;     // the queue ticket being served, 0 if none
    QString assignedStaffNo; // the help-desk member who works it
    QString nextAction;
    QDate nextDue;
};

struct ProxyOpened
{
    qint64 id = 0;
    QString localId;
    QString proxyNo; // 帮办代办受理单号, BD{yyyyMMdd}{window}{nnn}
};

// 代办服务委托书: what the principal entrusts, for how long, signed or not.
struct ProxyMandate
{
    QString scope;
    QDate from;
    QDate to;
    bool isSigned = false;
};

struct ProxyHandoverInput
{
    QString item;                              // 材料名称
    QString kind = QStringLiteral("original"); // original | copy
    int count = 1;
    QString direction = QStringLiteral("received"); // received (from the citizen) | returned (to them)
    QString counterpart;                            // who handed it over or took it back
    QString note;
};

struct ProxyProgressInput
{
    QString note;
    QString nextAction;
    QDate nextDue;
    bool waitingOnCitizen = false; // the next move is the citizen's (a document to bring …)
};

struct ProxyHomeVisitInput
{
    QDateTime scheduledAt;
    QString address;
    QString purpose;
};

struct ProxyFinishInput
{
    QString result;       // what was achieved (certificates obtained, how delivered)
    QString retainedNote; // required while received originals are not all returned
};

struct ProxyCallbackInput
{
    QString method = QStringLiteral("phone"); // phone | visit | sms
    QString satisfaction;                     // very_satisfied … very_dissatisfied
    QString note;
};

// One row of the workspace lists.
struct ProxyCaseSummary
{
    qint64 id = 0;
    QString proxyNo;
    QString serviceMode;
    QString reason;
    QString state;         // open | in_progress | suspended | terminated | finished
    QString principalKind; // natural | legal
    QString principalName;
    QString principalIdMasked;
    QString assignedStaffNo;
    QString assignedName;
    bool waitingOnCitizen = false;
    QString nextAction;
    QDate nextDue;                        // null when none (suspended, closed)
    DueState dueState = DueState::OnTime; // of nextDue, as of the time asked
    QDateTime openedAt;
    QDateTime closedAt;
    bool callbackDone = false;
    int linkedCases = 0;
};

struct ProxyCaseDetail
{
    ProxyCaseSummary summary;
    QString localId;
    QString reasonDetail;
    QString principalPhoneMasked;
    QString principalAddress;
    QString principalLegalRep;
    QString openedBy;
    int windowNo = 0;
    QString ticketNo;     // the ticket's display number, when it came from one
    QString sourceCaseNo; // the intake case's 办件编号, when it came from one
    ProxyMandate mandate;
    QDateTime mandateSignedAt;
    qint64 mandateScanId = 0; // proxy_attachment.id, 0 when none
    QString mandateScanName;
    QString closedBy;
    QString closeReason; // terminate: why; finish: the result
    QString retainedNote;
    QDateTime callbackAt;
    QString callbackBy;
    QString callbackMethod;
    QString callbackSatisfaction;
    QString callbackNote;
};

struct ProxyLinkedCase
{
    qint64 caseId = 0;
    QString projectNo;
    QString matterName;
    QString status;
};

struct ProxyHandoverRecord
{
    qint64 id = 0;
    QString item;
    QString kind;
    int count = 0;
    QString direction;
    QString counterpart;
    QString note;
    QDateTime at;
    QString staffNo;
};

struct ProxyProgressRecord
{
    QDateTime at;
    QString staffNo;
    QString kind; // note | home_visit | suspend | resume | terminate | finish | callback
    QString note;
    QString nextAction;
    QDate nextDue;
};

struct ProxyHomeVisit
{
    qint64 id = 0;
    QDateTime scheduledAt;
    QString address;
    QString purpose;
    QString staffNo;
    QString state; // scheduled | done | cancelled
    QString result;
};

// An original received and not (all) given back.
struct ProxyOutstandingOriginal
{
    QString item;
    int count = 0;
};

// The workspace's lists.
enum class ProxyView
{
    Mine,             // assigned to the staff member, not closed
    Team,             // everyone's, not closed
    DueSoon,          // next action due today or within the warning margin
    Overdue,          // next action's day has passed (open or in progress)
    WaitingOnCitizen, // suspended, or the next move is the citizen's
    AwaitingCallback, // finished or terminated, no follow-up call yet
    Closed,           // finished or terminated
};

struct ProxyFilter
{
    ProxyView view = ProxyView::Mine;
    QString staffNo; // Mine: whose; other views: only this person's when set
    QString state;   // only this state when set
    int dueSoonWorkingDays = 2;
};

} // namespace yc
