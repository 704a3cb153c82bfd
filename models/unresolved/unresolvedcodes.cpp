// The code lists of the 办不成事 register and their words. Codes are stored;
// the words are what a clerk reads (English source, translated to zh_CN).
// Where each list comes from: docs/unresolved-register.md.

#include "unresolvedregister.h"

namespace yc {

QStringList UnresolvedRegister::categoryCodes()
{
    return {QStringLiteral("policy_unclear"),    QStringLiteral("unreasonable_requirement"),
            QStringLiteral("system_limitation"), QStringLiteral("responsibility_unclear"),
            QStringLiteral("shirking"),          QStringLiteral("complex_matter"),
            QStringLiteral("beyond_scope"),      QStringLiteral("other")};
}

QString UnresolvedRegister::categoryLabel(const QString &code)
{
    if (code == u"policy_unclear")
        return tr("Policy unclear or no policy basis (政策不明确)");
    if (code == u"unreasonable_requirement")
        return tr("Unreasonable materials or conditions (材料要求不合理)");
    if (code == u"system_limitation")
        return tr("The system does not support it (系统不支持)");
    if (code == u"responsibility_unclear")
        return tr("Responsibility unclear or shared (职责不清、职责交叉)");
    if (code == u"shirking")
        return tr("Passed from one department to another (部门推诿)");
    if (code == u"complex_matter")
        return tr("Difficult, across departments or levels (办理难度大)");
    if (code == u"beyond_scope")
        return tr("Beyond the hall's remit (超出职责范围)");
    if (code == u"other")
        return tr("Other (其他)");
    return code;
}

QStringList UnresolvedRegister::feedbackChannels()
{
    return {QStringLiteral("phone"), QStringLiteral("sms"), QStringLiteral("platform"),
            QStringLiteral("in_person")};
}

QString UnresolvedRegister::channelLabel(const QString &code)
{
    if (code == u"phone")
        return tr("By telephone");
    if (code == u"sms")
        return tr("By text message");
    if (code == u"platform")
        return tr("Through the online service platform");
    if (code == u"in_person")
        return tr("In person at the hall");
    return code;
}

QStringList UnresolvedRegister::feedbackResults()
{
    return {QStringLiteral("satisfied"), QStringLiteral("basically_satisfied"),
            QStringLiteral("dissatisfied"), QStringLiteral("unreachable")};
}

QStringList UnresolvedRegister::spotCheckResults()
{
    return {QStringLiteral("confirmed"), QStringLiteral("reopened")};
}

QString UnresolvedRegister::resultLabel(const QString &code)
{
    if (code == u"satisfied")
        return tr("Satisfied");
    if (code == u"basically_satisfied")
        return tr("Basically satisfied");
    if (code == u"dissatisfied")
        return tr("Dissatisfied");
    if (code == u"unreachable")
        return tr("Could not be reached");
    if (code == u"confirmed")
        return tr("Confirmed: really settled");
    if (code == u"reopened")
        return tr("Not settled: reopened");
    return code;
}

QString UnresolvedRegister::stateLabel(const QString &code)
{
    if (code == u"registered")
        return tr("Recorded");
    if (code == u"assigned")
        return tr("With the responsible unit");
    if (code == u"replied")
        return tr("The unit replied");
    if (code == u"resolved")
        return tr("Resolved, feedback due");
    if (code == u"unresolvable")
        return tr("Could not be resolved, feedback due");
    if (code == u"closed")
        return tr("Closed");
    return code;
}

QString UnresolvedRegister::stepLabel(const QString &kind)
{
    if (kind == u"register")
        return tr("Recorded (接受登记)");
    if (kind == u"assign")
        return tr("Assigned to a unit (分类处置)");
    if (kind == u"reply")
        return tr("The unit's reply");
    if (kind == u"resolve")
        return tr("Resolved (办结)");
    if (kind == u"unresolvable")
        return tr("Could not be resolved");
    if (kind == u"feedback")
        return tr("Feedback to the citizen (评价反馈)");
    if (kind == u"spot_check")
        return tr("Spot check (抽查回访)");
    return kind;
}

} // namespace yc
