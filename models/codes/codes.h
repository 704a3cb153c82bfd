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
    static QStringList roles(); // clerk, helpdesk, supervisor, admin, kiosk
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
    // 帮办代办: the service modes (assist 帮办, proxy 代办, home_visit 上门办)
    // and why a citizen gets one (老年人, 残疾人, 孕妇, 行动不便, 企业开办/变更/
    // 注销, 重点项目, 其他), as stored on tickets, cases and proxy cases.
    static QStringList proxyModes();
    static QString proxyModeLabel(const QString &mode); // empty for none
    static QStringList proxyReasons();
    static QString proxyReasonLabel(const QString &reason);
};

} // namespace yc
