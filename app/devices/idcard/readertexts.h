#pragma once

#include "core/result.h"

#include <QCoreApplication>

namespace yc::devices {

// The translation context of the ID card reader's messages.
class ReaderTexts
{
    Q_DECLARE_TR_FUNCTIONS(yc::devices::ReaderTexts)
};

// An error for a status byte the SAM (or a vendor SDK) answered with.
Error samError(quint8 sw3);

} // namespace yc::devices
