#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QObject>
#include <QString>
#include <QVariantMap>

namespace yc::devices {

struct ScannerInfo
{
    QString name; // the backend's device name, e.g. "genesys:libusb:001:004"
    QString vendor;
    QString model;
    QString type; // "flatbed scanner", "sheetfed scanner" …

    QString label() const { return (vendor + u' ' + model).trimmed(); }
};

enum class ScanColour
{
    Colour,
    Grey,
    BlackWhite, // the scanner's lineart mode where it has one, else grey
};

struct ScanRequest
{
    QString device; // empty = the first scanner found
    int dpi = 300;  // the nearest the scanner offers is used
    ScanColour colour = ScanColour::Grey;
    bool feeder = false; // ADF: every sheet until the feeder is empty
    int maxPages = 0;    // 0 = no limit
    // Backend options by name (a scanner that needs one set; the SANE test
    // backend's test-picture and simulated faults in tests).
    QVariantMap backendOptions;
};

struct ScannerCapabilities
{
    QList<int> resolutions; // what the device offers (a range is sampled at common values)
    bool colour = false;
    bool grey = false;
    bool lineart = false;
    bool feeder = false;
    bool flatbed = false;
};

// A scanner backend. Every call returns at once; the device work runs in a
// worker thread and reports through the signals (in the caller's thread).
// One scan at a time.
class Scanner : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual QString backendName() const = 0;
    virtual void listDevices() = 0;
    virtual void queryCapabilities(const QString &device) = 0;
    virtual bool startScan(const ScanRequest &request) = 0; // false while a scan runs
    // Stops the running scan after the current read; the pages delivered
    // so far stay delivered.
    virtual void cancel() = 0;
    virtual bool isBusy() const = 0;

signals:
    void devicesListed(const QList<yc::devices::ScannerInfo> &devices);
    void capabilitiesReady(const QString &device, const yc::devices::ScannerCapabilities &capabilities);
    // Pages arrive in order, index from 0; dpi is the resolution actually used.
    void pageScanned(int index, const QImage &page, double dpi);
    // The end of every scan: pages delivered, whether the clerk cancelled,
    // and the error that stopped it (code empty when none).
    void scanFinished(int pages, bool cancelled, const yc::Error &error);
    // Listing or querying failed, or the list is empty (no scanner, no
    // such device …).
    void deviceError(const yc::Error &error);
};

// Translated messages shared by the backends.
class ScannerText
{
    Q_DECLARE_TR_FUNCTIONS(yc::devices::ScannerText)

public:
    static Error noScanner();
    static Error noSuchDevice(const QString &device);
    static Error feederEmpty();
    static Error noFeeder();
    static Error jammed();
    static Error coverOpen();
    static Error busy();
    static Error ioError();
    static Error accessDenied();
    static Error outOfMemory();
    static Error unsupported(const QString &what);
    static Error failed(const QString &detail);
};

} // namespace yc::devices
