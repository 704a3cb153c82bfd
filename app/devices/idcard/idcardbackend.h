#pragma once

#include "core/result.h"
#include "idcard/cardtext.h"

#include <optional>

#include <QByteArray>
#include <QImage>
#include <QString>

namespace yc::devices {

// What one read of a card brings back, before any check: either the raw
// 256-byte text block (serial protocol, SDT_* SDKs) or fields a vendor SDK
// already split (CVR_* getters), and the photo as the chip holds it or as a
// vendor SDK decoded it.
struct RawCardRead
{
    QByteArray textBlock;
    std::optional<idcard::CardText> fields;
    QByteArray wlt;
    QImage vendorPhoto;
    QString appendedAddress;
};

// One way of talking to a reader. Calls block (serial I/O, vendor DLLs) and
// run in the reader's worker thread; an object is used by one thread only.
// Error codes: idcard.link.* (the reader or its port is gone or silent: close
// and open again), idcard.sam.<hex> (the module answered with a status),
// idcard.frame (a reply arrived damaged or cut off, even after retries).
class IdCardBackend
{
public:
    virtual ~IdCardBackend() = default;

    // "serial /dev/ttyUSB0 115200", "sdtapi /opt/…/libsdtapi.so port 1001" …
    virtual QString description() const = 0;
    virtual Result<void> open() = 0;
    virtual void close() = 0;
    // 寻卡: is a card in the field?
    virtual Result<bool> findCard() = 0;
    // 选卡: the chip serial number (may be empty or all zeros on some
    // modules, which then cannot tell two cards apart by it).
    virtual Result<QByteArray> selectCard() = 0;
    // 读基本信息 and 读追加住址 of the selected card, all or nothing.
    virtual Result<RawCardRead> readCard() = 0;
};

} // namespace yc::devices
