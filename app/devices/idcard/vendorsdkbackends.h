#pragma once

#include "app/devices/idcard/idcardbackend.h"

#include <memory>

#include <QList>
#include <QStringList>

class QLibrary;

namespace yc::devices {

// Loads the first of `candidates` (file paths or library names) that exports
// every one of `symbols`; a library is recognised by what it exports, not by
// its file name (vendors ship different APIs under the same names).
std::unique_ptr<QLibrary> loadLibraryExporting(const QStringList &candidates,
                                               const QList<const char *> &symbols);

// The vendor library names tried when none is configured.
QStringList defaultVendorLibraries();

// The 公安部通用 SDTAPI (sdtapi.dll, and the same names in vendor .so files):
// SDT_OpenPort, SDT_StartFindIDCard, SDT_SelectIDCard, SDT_ReadBaseMsg,
// SDT_ReadNewAppMsg. It hands over the raw text block and WLT, so the cards
// are checked exactly as from the serial protocol.
class SdtApiBackend final : public IdCardBackend
{
public:
    struct Options
    {
        QStringList libraries = defaultVendorLibraries();
        // SDK port numbers: 1001–1016 USB, 1–16 COM1–COM16; USB first.
        QList<int> ports = defaultPorts();
        static QList<int> defaultPorts();
    };

    explicit SdtApiBackend(Options options);
    ~SdtApiBackend() override;

    QString description() const override;
    Result<void> open() override;
    void close() override;
    Result<bool> findCard() override;
    Result<QByteArray> selectCard() override;
    Result<RawCardRead> readCard() override;

    static QList<const char *> requiredSymbols();

private:
    struct Api;
    Options m_options;
    std::unique_ptr<QLibrary> m_library;
    std::unique_ptr<Api> m_api;
    int m_port = 0;
};

// The 华视 (Chinavision) termb SDK: CVR_InitComm, CVR_Authenticate,
// CVR_Read_Content and one getter per field (strings in GB 18030). It gives
// fields and, when licensed, the decoded photo (GetBMPData), not the raw
// text block.
class TermbBackend final : public IdCardBackend
{
public:
    struct Options
    {
        QStringList libraries = defaultVendorLibraries();
        QList<int> ports = SdtApiBackend::Options::defaultPorts();
    };

    explicit TermbBackend(Options options);
    ~TermbBackend() override;

    QString description() const override;
    Result<void> open() override;
    void close() override;
    Result<bool> findCard() override;
    Result<QByteArray> selectCard() override;
    Result<RawCardRead> readCard() override;

    static QList<const char *> requiredSymbols();

private:
    struct Api;
    QString field(const char *getter) const;

    Options m_options;
    std::unique_ptr<QLibrary> m_library;
    std::unique_ptr<Api> m_api;
    int m_port = 0;
    bool m_authenticated = false;
};

} // namespace yc::devices
