#pragma once

#include <memory>

#include <QObject>
#include <QSettings>
#include <QVariant>

namespace yc {

// Every user setting of the client in one place: keys, defaults and the
// rules for valid values live in one table (settings.cpp). A stored value
// that is out of range or of the wrong type reads as the default.
class Settings : public QObject
{
    Q_OBJECT

public:
    enum class Key
    {
        Language,        // auto | zh_CN | en
        LargeFont,       // 适老化 large-font, high-contrast mode
        IdleLockMinutes, // 0 = never, 1..240
        WindowNumber,    // this PC's window, 1..999
        HallServerUrl,   // ws(s):// of yichuang-halld; empty = standalone
        DatabasePath,
        DataKeyPath,
        LogDirectory,
        ProvinceProfile,
        LastStaffNo,
        ProgressQueryUrl,  // the page a receipt's QR code opens, with ?no=…&pwd=…
        DocumentFolder,    // where "save as PDF" puts window documents
        HallCaCertificate, // PEM of the hall CA for wss://; empty = the system's
        IdCardBackend,     // auto | serial | sdtapi | termb
        IdCardPort,        // serial port of the reader; empty = detect (USB serial only)
        AttachmentFolder,  // the encrypted material files; empty = "attachments" beside the database
        // yichuang --kiosk (docs/kiosk.md)
        KioskStaffNo,      // the kiosk account (role "kiosk") the kiosk signs in with
        KioskPassword,     // its password (halld; a standalone kiosk checks it against its own database)
        KioskElderlyAge,   // 老年人 priority from this age on the ID card, 50..100
        KioskMatterLines,  // "DEPT=PREFIX; …": the line serving a department's matters
        KioskDefaultLine,  // the line for every other matter
        KioskTicketFolder, // tickets as PDF files here instead of the printer; empty = print
        KioskPrinter,      // the ticket printer; empty = the system default
        KioskFollowUrl,    // the ticket's QR code: this URL followed by the ticket id; empty = none
    };
    Q_ENUM(Key)

    // Reads and writes the given store (a test passes an INI file).
    explicit Settings(std::unique_ptr<QSettings> store, QObject *parent = nullptr);
    // The user's native store for organisation "Yichuang", application "yichuang".
    static std::unique_ptr<QSettings> defaultStore();

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    static QString keyName(Key key);
    static QVariant defaultValue(Key key);

    QString language() const { return value(Key::Language).toString(); }
    bool largeFont() const { return value(Key::LargeFont).toBool(); }
    int idleLockMinutes() const { return value(Key::IdleLockMinutes).toInt(); }
    int windowNumber() const { return value(Key::WindowNumber).toInt(); }
    QString hallServerUrl() const { return value(Key::HallServerUrl).toString(); }
    QString databasePath() const { return value(Key::DatabasePath).toString(); }
    QString dataKeyPath() const { return value(Key::DataKeyPath).toString(); }
    QString logDirectory() const { return value(Key::LogDirectory).toString(); }
    QString provinceProfile() const { return value(Key::ProvinceProfile).toString(); }
    QString lastStaffNo() const { return value(Key::LastStaffNo).toString(); }
    QString progressQueryUrl() const { return value(Key::ProgressQueryUrl).toString(); }
    QString documentFolder() const { return value(Key::DocumentFolder).toString(); }
    QString hallCaCertificate() const { return value(Key::HallCaCertificate).toString(); }
    QString idCardBackend() const { return value(Key::IdCardBackend).toString(); }
    QString idCardPort() const { return value(Key::IdCardPort).toString(); }
    QString attachmentFolder() const { return value(Key::AttachmentFolder).toString(); }

    void sync() { m_store->sync(); }
    QString fileName() const { return m_store->fileName(); }

signals:
    void changed(yc::Settings::Key key);

private:
    std::unique_ptr<QSettings> m_store;
};

} // namespace yc
