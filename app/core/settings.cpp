#include "settings.h"

#include <functional>

#include <QDir>
#include <QStandardPaths>
#include <QUrl>

namespace yc {

namespace {

QString dataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

struct Spec
{
    Settings::Key key;
    const char *name;
    std::function<QVariant()> fallback;
    // Returns the normalised value, or an invalid QVariant when the stored
    // value is unusable.
    std::function<QVariant(const QVariant &)> normalise;
};

QVariant oneOf(const QVariant &v, const QStringList &allowed)
{
    const QString s = v.toString();
    return allowed.contains(s) ? QVariant(s) : QVariant();
}

QVariant intIn(const QVariant &v, int min, int max)
{
    bool ok = false;
    const int i = v.toString().toInt(&ok);
    return ok && i >= min && i <= max ? QVariant(i) : QVariant();
}

QVariant boolean(const QVariant &v)
{
    const QString s = v.toString().toLower();
    if (s == QLatin1String("true") || s == QLatin1String("1"))
        return true;
    if (s == QLatin1String("false") || s == QLatin1String("0"))
        return false;
    return {};
}

QVariant text(const QVariant &v)
{
    return v.typeId() == QMetaType::QString || v.canConvert<QString>() ? QVariant(v.toString().trimmed())
                                                                       : QVariant();
}

const QList<Spec> &specs()
{
    static const QList<Spec> table{
        {Settings::Key::Language, "ui/language", [] { return QVariant(QStringLiteral("auto")); },
         [](const QVariant &v) {
             return oneOf(v, {QStringLiteral("auto"), QStringLiteral("zh_CN"), QStringLiteral("en")});
         }},
        {Settings::Key::LargeFont, "ui/largeFont", [] { return QVariant(false); }, boolean},
        {Settings::Key::IdleLockMinutes, "session/idleLockMinutes", [] { return QVariant(10); },
         [](const QVariant &v) { return intIn(v, 0, 240); }},
        {Settings::Key::WindowNumber, "window/number", [] { return QVariant(1); },
         [](const QVariant &v) { return intIn(v, 1, 999); }},
        {Settings::Key::HallServerUrl, "hall/serverUrl", [] { return QVariant(QString()); }, text},
        {Settings::Key::DatabasePath, "data/databasePath",
         [] { return QVariant(QDir(dataDir()).filePath(QStringLiteral("yichuang.db"))); }, text},
        {Settings::Key::DataKeyPath, "data/keyPath",
         [] { return QVariant(QDir(dataDir()).filePath(QStringLiteral("keys/field.key"))); }, text},
        {Settings::Key::LogDirectory, "log/directory",
         [] { return QVariant(QDir(dataDir()).filePath(QStringLiteral("logs"))); }, text},
        {Settings::Key::ProvinceProfile, "platform/profile",
         [] { return QVariant(QStringLiteral("national")); },
         [](const QVariant &v) {
             const QString s = v.toString();
             return !s.isEmpty() && s.size() <= 64 ? QVariant(s) : QVariant();
         }},
        {Settings::Key::LastStaffNo, "session/lastStaffNo", [] { return QVariant(QString()); }, text},
        {Settings::Key::ProgressQueryUrl, "documents/progressQueryUrl",
         [] { return QVariant(QStringLiteral("https://progress.yichuang.example/query")); },
         [](const QVariant &v) {
             const QUrl url(v.toString(), QUrl::StrictMode);
             return url.isValid() &&
                            (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
                        ? QVariant(url.toString())
                        : QVariant();
         }},
        {Settings::Key::DocumentFolder, "documents/folder",
         [] { return QVariant(QDir(dataDir()).filePath(QStringLiteral("documents"))); }, text},
        {Settings::Key::HallCaCertificate, "hall/caCertificate", [] { return QVariant(QString()); }, text},
        {Settings::Key::IdCardBackend, "devices/idCardBackend",
         [] { return QVariant(QStringLiteral("auto")); },
         [](const QVariant &v) {
             return oneOf(v, {QStringLiteral("auto"), QStringLiteral("serial"), QStringLiteral("sdtapi"),
                              QStringLiteral("termb")});
         }},
        {Settings::Key::IdCardPort, "devices/idCardPort", [] { return QVariant(QString()); }, text},
        // Empty: "attachments" beside the database, so two databases never
        // share (and clean up) each other's files.
        {Settings::Key::AttachmentFolder, "data/attachmentFolder", [] { return QVariant(QString()); }, text},
        {Settings::Key::KioskStaffNo, "kiosk/staffNo", [] { return QVariant(QString()); }, text},
        {Settings::Key::KioskPassword, "kiosk/password", [] { return QVariant(QString()); }, text},
        {Settings::Key::KioskElderlyAge, "kiosk/elderlyAge", [] { return QVariant(60); },
         [](const QVariant &v) { return intIn(v, 50, 100); }},
        {Settings::Key::KioskMatterLines, "kiosk/matterLines", [] { return QVariant(QString()); }, text},
        {Settings::Key::KioskDefaultLine, "kiosk/defaultLine", [] { return QVariant(QStringLiteral("A")); },
         text},
        {Settings::Key::KioskTicketFolder, "kiosk/ticketFolder", [] { return QVariant(QString()); }, text},
        {Settings::Key::KioskPrinter, "kiosk/printer", [] { return QVariant(QString()); }, text},
        {Settings::Key::KioskFollowUrl, "kiosk/followUrl", [] { return QVariant(QString()); }, text},
    };
    return table;
}

const Spec &spec(Settings::Key key)
{
    for (const Spec &s : specs()) {
        if (s.key == key)
            return s;
    }
    Q_UNREACHABLE();
}

} // namespace

Settings::Settings(std::unique_ptr<QSettings> store, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
{}

std::unique_ptr<QSettings> Settings::defaultStore()
{
    return std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope,
                                       QStringLiteral("Yichuang"), QStringLiteral("yichuang"));
}

QString Settings::keyName(Key key)
{
    return QString::fromLatin1(spec(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return spec(key).fallback();
}

QVariant Settings::value(Key key) const
{
    const Spec &s = spec(key);
    const QVariant stored = m_store->value(QString::fromLatin1(s.name));
    if (!stored.isValid())
        return s.fallback();
    const QVariant normalised = s.normalise(stored);
    if (!normalised.isValid() || (normalised.typeId() == QMetaType::QString &&
                                  normalised.toString().isEmpty() && !s.fallback().toString().isEmpty()))
        return s.fallback();
    return normalised;
}

void Settings::setValue(Key key, const QVariant &value)
{
    const Spec &s = spec(key);
    const QVariant normalised = s.normalise(value);
    if (!normalised.isValid())
        return;
    if (m_store->value(QString::fromLatin1(s.name)) == normalised)
        return;
    m_store->setValue(QString::fromLatin1(s.name), normalised);
    emit changed(key);
}

} // namespace yc
