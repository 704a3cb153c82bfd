#include "proxywords.h"

namespace yc {

QString ProxyWords::mode(const QString &code)
{
    if (code == u"assist")
        return tr("Assist (帮办)");
    if (code == u"proxy")
        return tr("Proxy (代办)");
    if (code == u"home_visit")
        return tr("Home visit (上门办)");
    return code;
}

QString ProxyWords::reason(const QString &code)
{
    if (code == u"elderly")
        return tr("Elderly");
    if (code == u"disabled")
        return tr("Disabled");
    if (code == u"pregnant")
        return tr("Pregnant");
    if (code == u"limited_mobility")
        return tr("Limited mobility");
    if (code == u"enterprise_start")
        return tr("Enterprise start-up");
    if (code == u"enterprise_change")
        return tr("Enterprise change");
    if (code == u"enterprise_close")
        return tr("Enterprise closure");
    if (code == u"key_project")
        return tr("Key project");
    if (code == u"other")
        return tr("Other");
    return code;
}

QString ProxyWords::state(const QString &code)
{
    if (code == u"open")
        return tr("Opened");
    if (code == u"in_progress")
        return tr("In progress");
    if (code == u"suspended")
        return tr("Suspended");
    if (code == u"terminated")
        return tr("Terminated");
    if (code == u"finished")
        return tr("Finished");
    return code;
}

QString ProxyWords::kind(const QString &code)
{
    if (code == u"original")
        return tr("Original");
    if (code == u"copy")
        return tr("Copy");
    return code;
}

QString ProxyWords::direction(const QString &code)
{
    if (code == u"received")
        return tr("Received from the citizen");
    if (code == u"returned")
        return tr("Returned to the citizen");
    return code;
}

QString ProxyWords::satisfaction(const QString &code)
{
    if (code == u"very_satisfied")
        return tr("Very satisfied");
    if (code == u"satisfied")
        return tr("Satisfied");
    if (code == u"basically_satisfied")
        return tr("Basically satisfied");
    if (code == u"dissatisfied")
        return tr("Dissatisfied");
    if (code == u"very_dissatisfied")
        return tr("Very dissatisfied");
    return code;
}

QString ProxyWords::callbackMethod(const QString &code)
{
    if (code == u"phone")
        return tr("Phone call");
    if (code == u"visit")
        return tr("Visit");
    if (code == u"sms")
        return tr("Text message");
    return code;
}

QString ProxyWords::visitState(const QString &code)
{
    if (code == u"scheduled")
        return tr("Booked");
    if (code == u"done")
        return tr("Done");
    if (code == u"cancelled")
        return tr("Cancelled");
    return code;
}

QString ProxyWords::progressKind(const QString &code)
{
    if (code == u"note")
        return tr("Progress");
    if (code == u"home_visit")
        return tr("Home visit");
    if (code == u"suspend")
        return tr("Suspended");
    if (code == u"resume")
        return tr("Resumed");
    if (code == u"terminate")
        return tr("Terminated");
    if (code == u"finish")
        return tr("Finished");
    if (code == u"callback")
        return tr("Follow-up call");
    return code;
}

} // namespace yc
