#pragma once

#include "catalog/matter.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace yc {

// Neutral codes (stored as text) and the labels users read. Province code
// lists are mapped in ProvinceProfile, never here.
class Codes
{
    Q_DECLARE_TR_FUNCTIONS(yc::Codes)

public:
    static QStringList roles(); // clerk, helpdesk, supervisor, admin
    static QString roleLabel(const QString &role);
    static QStringList windowTypes();
    static QString windowTypeLabel(const QString &type);
    static QString projectKindLabel(const QString &kind);
    static QString matterStateLabel(const QString &state);
    static QString necessityLabel(const QString &necessity);
    static QString materialKindLabel(const QString &kind);
    static QString materialFormLabel(const QString &form);
    static QString materialSourceLabel(const QString &source);
    static QString caseStatusLabel(const QString &status);
    static QString limitText(const TimeLimit &limit);
    static QString matterTypeLabel(const QString &gbCode);
};

} // namespace yc
