#include "scanner.h"

namespace yc::devices {

Error ScannerText::noScanner()
{
    return {QStringLiteral("scanner.no_device"),
            tr("No scanner was found. Check that it is switched on and its cable is plugged in, then look "
               "for scanners again.")};
}

Error ScannerText::noSuchDevice(const QString &device)
{
    return {QStringLiteral("scanner.no_device"),
            tr("The scanner %1 is not connected or is switched off. Switch it on, or choose another "
               "scanner.")
                .arg(device)};
}

Error ScannerText::feederEmpty()
{
    return {QStringLiteral("scanner.feeder_empty"),
            tr("The document feeder is empty. Put the pages in the feeder and scan again.")};
}

Error ScannerText::noFeeder()
{
    return {QStringLiteral("scanner.no_feeder"),
            tr("This scanner has no document feeder. Scan the pages one by one on the glass.")};
}

Error ScannerText::jammed()
{
    return {QStringLiteral("scanner.jammed"),
            tr("Paper jammed in the scanner. Open the feeder, take the sheet out carefully, and scan again "
               "from that page.")};
}

Error ScannerText::coverOpen()
{
    return {QStringLiteral("scanner.cover_open"), tr("The scanner cover is open. Close it and scan again.")};
}

Error ScannerText::busy()
{
    return {QStringLiteral("scanner.busy"),
            tr("The scanner is busy, perhaps used by another program. Wait a moment and scan again.")};
}

Error ScannerText::ioError()
{
    return {QStringLiteral("scanner.io"),
            tr("The scanner stopped answering. Check its cable and power, then scan again.")};
}

Error ScannerText::accessDenied()
{
    return {QStringLiteral("scanner.denied"),
            tr("This computer account may not use the scanner. Ask the administrator to give it access.")};
}

Error ScannerText::outOfMemory()
{
    return {QStringLiteral("scanner.memory"),
            tr("Not enough memory for this scan. Scan at a lower resolution or fewer pages at a time.")};
}

Error ScannerText::unsupported(const QString &what)
{
    return {QStringLiteral("scanner.unsupported"),
            tr("The scanner delivered a picture this program cannot read (%1). Choose colour or grey and "
               "scan again.")
                .arg(what)};
}

Error ScannerText::failed(const QString &detail)
{
    return {QStringLiteral("scanner.failed"), tr("The scan failed (%1). Scan again.").arg(detail)};
}

} // namespace yc::devices
