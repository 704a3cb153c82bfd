#include "codes.h"

namespace yc {

QStringList Codes::roles()
{
    return {QStringLiteral("clerk"), QStringLiteral("helpdesk"), QStringLiteral("supervisor"),
            QStringLiteral("admin"), QStringLiteral("kiosk")};
}

QString Codes::roleLabel(const QString &role)
{
    if (role == QLatin1String("clerk"))
        return tr("Window clerk");
    if (role == QLatin1String("helpdesk"))
        return tr("Help desk");
    if (role == QLatin1String("supervisor"))
        return tr("Supervisor");
    if (role == QLatin1String("admin"))
        return tr("Administrator");
    if (role == QLatin1String("kiosk"))
        return tr("Ticket kiosk");
    return role;
}

QStringList Codes::windowTypes()
{
    return {QStringLiteral("comprehensive"), QStringLiteral("cross_region"), QStringLiteral("proxy"),
            QStringLiteral("complaint"), QStringLiteral("fallback")};
}

QString Codes::windowTypeLabel(const QString &type)
{
    if (type == QLatin1String("comprehensive"))
        return tr("Comprehensive intake");
    if (type == QLatin1String("cross_region"))
        return tr("Cross-region service");
    if (type == QLatin1String("proxy"))
        return tr("Assisted and proxy service");
    if (type == QLatin1String("complaint"))
        return tr("Complaints");
    if (type == QLatin1String("fallback"))
        return tr("Last-resort service");
    return type;
}

QString Codes::projectKindLabel(const QString &kind)
{
    if (kind == QLatin1String("instant"))
        return tr("Instant");
    if (kind == QLatin1String("commitment"))
        return tr("Committed");
    return tr("Other");
}

QString Codes::matterStateLabel(const QString &state)
{
    if (state == QLatin1String("active"))
        return tr("In use");
    if (state == QLatin1String("suspended"))
        return tr("Suspended");
    if (state == QLatin1String("withdrawn"))
        return tr("Withdrawn");
    return state;
}

QString Codes::necessityLabel(const QString &necessity)
{
    if (necessity == QLatin1String("required"))
        return tr("Required");
    if (necessity == QLatin1String("optional"))
        return tr("Optional");
    if (necessity == QLatin1String("deferrable"))
        return tr("May follow later");
    return necessity;
}

QString Codes::materialKindLabel(const QString &kind)
{
    if (kind == QLatin1String("original"))
        return tr("Original");
    if (kind == QLatin1String("copy"))
        return tr("Copy");
    if (kind == QLatin1String("original_or_copy"))
        return tr("Original or copy");
    if (kind == QLatin1String("original_and_copy"))
        return tr("Original and copy");
    return kind;
}

QString Codes::materialFormLabel(const QString &form)
{
    if (form == QLatin1String("paper"))
        return tr("Paper");
    if (form == QLatin1String("electronic"))
        return tr("Electronic");
    if (form == QLatin1String("paper_or_electronic"))
        return tr("Paper or electronic");
    if (form == QLatin1String("paper_and_electronic"))
        return tr("Paper and electronic");
    return form;
}

QString Codes::materialSourceLabel(const QString &source)
{
    if (source == QLatin1String("applicant"))
        return tr("Applicant");
    if (source == QLatin1String("government"))
        return tr("Government agency");
    if (source == QLatin1String("intermediary"))
        return tr("Intermediary");
    return tr("Other");
}

QString Codes::caseStatusLabel(const QString &status)
{
    if (status == QLatin1String("received"))
        return tr("Received");
    if (status == QLatin1String("accepted"))
        return tr("Accepted");
    if (status == QLatin1String("supplementing"))
        return tr("Awaiting materials");
    if (status == QLatin1String("special_procedure"))
        return tr("Special procedure");
    if (status == QLatin1String("finished"))
        return tr("Finished");
    if (status == QLatin1String("delivered"))
        return tr("Handed out");
    if (status == QLatin1String("rejected"))
        return tr("Not accepted");
    if (status == QLatin1String("notified"))
        return tr("Notified of missing materials");
    return status;
}

QString Codes::limitText(const TimeLimit &limit)
{
    if (limit.value == 0)
        return tr("On the spot");
    if (limit.unit == QLatin1String("workday"))
        return tr("%n working day(s)", nullptr, limit.value);
    if (limit.unit == QLatin1String("day"))
        return tr("%n day(s)", nullptr, limit.value);
    if (limit.unit == QLatin1String("month"))
        return tr("%n month(s)", nullptr, limit.value);
    if (limit.unit == QLatin1String("year"))
        return tr("%n year(s)", nullptr, limit.value);
    return QString::number(limit.value);
}

QString Codes::matterTypeLabel(const QString &gbCode)
{
    static const char *const labels[] = {
        QT_TR_NOOP("Administrative power"),      QT_TR_NOOP("Administrative licensing"),
        QT_TR_NOOP("Administrative penalty"),    QT_TR_NOOP("Administrative enforcement"),
        QT_TR_NOOP("Administrative levy"),       QT_TR_NOOP("Administrative payment"),
        QT_TR_NOOP("Administrative inspection"), QT_TR_NOOP("Administrative confirmation"),
        QT_TR_NOOP("Administrative reward"),     QT_TR_NOOP("Administrative ruling"),
        QT_TR_NOOP("Other administrative power")};
    bool ok = false;
    const int code = gbCode.toInt(&ok);
    if (ok && code >= 0 && code <= 10)
        return tr(labels[code]);
    if (ok && code >= 20)
        return tr("Public service");
    return tr("Other");
}

QStringList Codes::proxyModes()
{
    return {QStringLiteral("assist"), QStringLiteral("proxy"), QStringLiteral("home_visit")};
}

QString Codes::proxyModeLabel(const QString &mode)
{
    if (mode == QLatin1String("assist"))
        return tr("Assist");
    if (mode == QLatin1String("proxy"))
        return tr("Proxy");
    if (mode == QLatin1String("home_visit"))
        return tr("Home visit");
    return {};
}

QStringList Codes::proxyReasons()
{
    return {QStringLiteral("elderly"),
            QStringLiteral("disabled"),
            QStringLiteral("pregnant"),
            QStringLiteral("limited_mobility"),
            QStringLiteral("enterprise_start"),
            QStringLiteral("enterprise_change"),
            QStringLiteral("enterprise_close"),
            QStringLiteral("key_project"),
            QStringLiteral("other")};
}

QString Codes::proxyReasonLabel(const QString &reason)
{
    if (reason == QLatin1String("elderly"))
        return tr("Older person");
    if (reason == QLatin1String("disabled"))
        return tr("Person with a disability");
    if (reason == QLatin1String("pregnant"))
        return tr("Pregnant woman");
    if (reason == QLatin1String("limited_mobility"))
        return tr("Limited mobility");
    if (reason == QLatin1String("enterprise_start"))
        return tr("Starting an enterprise");
    if (reason == QLatin1String("enterprise_change"))
        return tr("Changing an enterprise's registration");
    if (reason == QLatin1String("enterprise_close"))
        return tr("Closing an enterprise");
    if (reason == QLatin1String("key_project"))
        return tr("Key project");
    if (reason == QLatin1String("other"))
        return tr("Other");
    return reason;
}

} // namespace yc
