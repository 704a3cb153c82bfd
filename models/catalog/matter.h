#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace yc {

// A time limit as the catalog states it: value and unit (工作日/自然日/月/年).
struct TimeLimit
{
    int value = 0;
    QString unit; // workday | day | month | year
};

struct MatterMaterial
{
    QString code;
    QString name;
    QString kind; // original | copy | original_or_copy | original_and_copy
    QString form; // paper | electronic | paper_or_electronic | paper_and_electronic
    int copies = 0;
    QString necessity; // required | optional | deferrable (容缺后补)
    QString source;    // applicant | government | intermediary | other
    QString issuingOrg;
    QString spec;
    QString note;
    QString licence; // electronic licence that replaces the paper
};

struct MatterFee
{
    QString name;
    QString standard;
    QString basis;
    bool reducible = false;
};

// One version of a matter (事项) of the catalog.
struct Matter
{
    qint64 id = 0; // database id of this version, 0 until stored
    QString taskCode;
    QString catalogCode;
    QString taskHandleItem;
    int version = 1;
    QString state; // active | suspended | withdrawn
    QString name;
    QString departmentCode;
    QString departmentName; // filled when read from the store
    QString matterType;     // GB/T 39046 A.1
    QString exerciseLevel;  // A.2
    QStringList serviceObjects;
    QStringList handleForms;
    QString projectKind; // instant | commitment | other
    TimeLimit legalLimit;
    TimeLimit promiseLimit;
    int onsiteVisits = 0;
    QList<MatterFee> fees;
    QStringList keywords;
    QString legalBasis;
    QString acceptConditions;
    QString handlingAddress;
    QString handlingHours;
    QString consultPhone;
    QString complaintPhone;
    QString resultType; // certificate | approval | other | none
    QString resultName;
    bool online = false;
    bool supportsBooking = false;
    bool supportsExpress = false;
    QList<MatterMaterial> materials;
};

struct Department
{
    QString code;
    QString name;
    QString creditCode;
};

struct Synonym
{
    QString term;
    QStringList targets;
};

} // namespace yc
