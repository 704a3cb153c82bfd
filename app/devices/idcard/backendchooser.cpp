#include "backendchooser.h"

#include "app/devices/idcard/readertexts.h"

#include <QLoggingCategory>

namespace yc::devices {

Q_LOGGING_CATEGORY(lcChooser, "yc.device.idcard")

IdCardReaderOptions::Backend IdCardReaderOptions::backendFromString(const QString &name)
{
    if (name == QLatin1String("serial"))
        return Backend::Serial;
    if (name == QLatin1String("sdtapi"))
        return Backend::SdtApi;
    if (name == QLatin1String("termb"))
        return Backend::Termb;
    return Backend::Auto;
}

QString IdCardReaderOptions::backendName(Backend backend)
{
    switch (backend) {
    case Backend::Auto:
        return QStringLiteral("auto");
    case Backend::Serial:
        return QStringLiteral("serial");
    case Backend::SdtApi:
        return QStringLiteral("sdtapi");
    case Backend::Termb:
        return QStringLiteral("termb");
    }
    return QStringLiteral("auto");
}

Result<std::unique_ptr<IdCardBackend>> openIdCardBackend(const IdCardReaderOptions &options)
{
    using Backend = IdCardReaderOptions::Backend;
    QList<Backend> order;
    if (options.backend == Backend::Auto)
        order = {Backend::SdtApi, Backend::Termb, Backend::Serial};
    else
        order = {options.backend};

    std::optional<Error> firstFound; // a reader that answered but failed says more than "none found"
    QStringList tried;
    for (const Backend kind : order) {
        std::unique_ptr<IdCardBackend> backend;
        switch (kind) {
        case Backend::SdtApi: {
            SdtApiBackend::Options sdk;
            sdk.libraries = options.sdkLibraries;
            backend = std::make_unique<SdtApiBackend>(sdk);
            break;
        }
        case Backend::Termb: {
            TermbBackend::Options sdk;
            sdk.libraries = options.sdkLibraries;
            backend = std::make_unique<TermbBackend>(sdk);
            break;
        }
        case Backend::Serial:
        case Backend::Auto:
            backend = std::make_unique<SerialBackend>(options.serial);
            break;
        }
        auto opened = backend->open();
        if (opened) {
            qCInfo(lcChooser) << "ID card reader:" << backend->description();
            return backend;
        }
        qCInfo(lcChooser) << IdCardReaderOptions::backendName(kind)
                          << "unavailable:" << opened.error().message;
        if (!firstFound && opened.error().code != QLatin1String("idcard.link.none"))
            firstFound = opened.error();
        tried << opened.error().message;
    }
    if (firstFound)
        return *firstFound;
    if (options.backend != Backend::Auto)
        return Error{QStringLiteral("idcard.link.none"), tried.value(0)};
    return Error{
        QStringLiteral("idcard.link.none"),
        ReaderTexts::tr("No ID card reader found. Check that the reader is plugged in and switched on; "
                        "the data can also be typed in by hand.")};
}

} // namespace yc::devices
