#include "localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcI18n, "yc.i18n", QtInfoMsg)

namespace yc {

QString Localization::resolve(const QString &setting)
{
    if (setting == QLatin1String("zh_CN") || setting == QLatin1String("en"))
        return setting;
    return QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString Localization::install(QCoreApplication &app, const QString &setting)
{
    const QString language = resolve(setting);
    QLocale::setDefault(QLocale(language == QLatin1String("zh_CN") ? QLocale::Chinese : QLocale::English,
                                language == QLatin1String("zh_CN") ? QLocale::China : QLocale::UnitedStates));
    if (language == QLatin1String("en"))
        return language; // the source strings are English
    auto *ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/yichuang_%1.qm").arg(language)))
        QCoreApplication::installTranslator(ours);
    else
        qCWarning(lcI18n) << "no embedded translation for" << language;
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        qCInfo(lcI18n) << "Qt's own translation for" << language
                       << "is not installed (qt6-translations-l10n)";
    return language;
}

} // namespace yc
