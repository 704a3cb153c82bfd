#include "readertexts.h"

#include "idcard/samstatus.h"

namespace yc::devices {

Error samError(quint8 sw3)
{
    return Error{QStringLiteral("idcard.sam.%1").arg(sw3, 2, 16, QLatin1Char('0')),
                 idcard::samStatusMessage(sw3)};
}

} // namespace yc::devices
