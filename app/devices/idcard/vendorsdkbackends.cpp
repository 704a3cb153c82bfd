#include "vendorsdkbackends.h"

#include "app/devices/idcard/readertexts.h"
#include "idcard/ethnicity.h"
#include "idcard/samstatus.h"

#include <QLibrary>
#include <QLoggingCategory>
#include <QStringDecoder>

// 32-bit Windows vendor DLLs use __stdcall; everywhere else there is one
// calling convention.
#if defined(Q_OS_WIN) && defined(Q_PROCESSOR_X86_32)
#define YC_VENDOR_CALL __stdcall
#else
#define YC_VENDOR_CALL
#endif

namespace yc::devices {

Q_LOGGING_CATEGORY(lcVendor, "yc.device.idcard.sdk")

namespace sam = idcard::sam;

namespace {

Error noLibrary(const QString &sdk)
{
    return Error{QStringLiteral("idcard.link.none"),
                 ReaderTexts::tr("The %1 card reader library is not installed.").arg(sdk)};
}

Error noDevice(const QString &sdk)
{
    return Error{
        QStringLiteral("idcard.link.none"),
        ReaderTexts::tr("The %1 card reader library found no reader; check that the reader is plugged "
                        "in and switched on.")
            .arg(sdk)};
}

template <typename F>
F resolve(QLibrary &library, const char *symbol)
{
    return reinterpret_cast<F>(library.resolve(symbol));
}

QString ucs2(const unsigned char *bytes, unsigned int size)
{
    QString s;
    for (unsigned int i = 0; i + 1 < size; i += 2)
        s.append(QChar(char16_t(bytes[i] | bytes[i + 1] << 8)));
    return s.trimmed();
}

} // namespace

std::unique_ptr<QLibrary> loadLibraryExporting(const QStringList &candidates,
                                               const QList<const char *> &symbols)
{
    for (const QString &candidate : candidates) {
        auto library = std::make_unique<QLibrary>(candidate);
        if (!library->load())
            continue;
        bool all = true;
        for (const char *symbol : symbols)
            all = all && library->resolve(symbol) != nullptr;
        if (all) {
            qCInfo(lcVendor) << "vendor library" << library->fileName();
            return library;
        }
        library->unload();
    }
    return nullptr;
}

QStringList defaultVendorLibraries()
{
    return {QStringLiteral("sdtapi"), QStringLiteral("termb"), QStringLiteral("Termb"),
            QStringLiteral("libsdtapi"), QStringLiteral("libtermb")};
}

QList<int> SdtApiBackend::Options::defaultPorts()
{
    QList<int> ports;
    for (int p = 1001; p <= 1016; ++p)
        ports << p;
    for (int p = 1; p <= 16; ++p)
        ports << p;
    return ports;
}

// ---- SDTAPI ---------------------------------------------------------------

struct SdtApiBackend::Api
{
    using OpenPort = int(YC_VENDOR_CALL *)(int);
    using ClosePort = int(YC_VENDOR_CALL *)(int);
    using FindCard = int(YC_VENDOR_CALL *)(int, unsigned char *, int);
    using SelectCard = int(YC_VENDOR_CALL *)(int, unsigned char *, int);
    using ReadBaseMsg = int(YC_VENDOR_CALL *)(int, unsigned char *, unsigned int *, unsigned char *,
                                              unsigned int *, int);
    using ReadNewAppMsg = int(YC_VENDOR_CALL *)(int, unsigned char *, unsigned int *, int);

    OpenPort openPort;
    ClosePort closePort;
    FindCard findCard;
    SelectCard selectCard;
    ReadBaseMsg readBaseMsg;
    ReadNewAppMsg readNewAppMsg; // optional
};

QList<const char *> SdtApiBackend::requiredSymbols()
{
    return {"SDT_OpenPort", "SDT_ClosePort", "SDT_StartFindIDCard", "SDT_SelectIDCard", "SDT_ReadBaseMsg"};
}

SdtApiBackend::SdtApiBackend(Options options)
    : m_options(std::move(options))
{}

SdtApiBackend::~SdtApiBackend()
{
    close();
}

QString SdtApiBackend::description() const
{
    return QStringLiteral("sdtapi %1 port %2").arg(m_library ? m_library->fileName() : QString()).arg(m_port);
}

Result<void> SdtApiBackend::open()
{
    close();
    m_library = loadLibraryExporting(m_options.libraries, requiredSymbols());
    if (!m_library)
        return noLibrary(QStringLiteral("SDTAPI"));
    m_api = std::make_unique<Api>(Api{
        resolve<Api::OpenPort>(*m_library, "SDT_OpenPort"),
        resolve<Api::ClosePort>(*m_library, "SDT_ClosePort"),
        resolve<Api::FindCard>(*m_library, "SDT_StartFindIDCard"),
        resolve<Api::SelectCard>(*m_library, "SDT_SelectIDCard"),
        resolve<Api::ReadBaseMsg>(*m_library, "SDT_ReadBaseMsg"),
        resolve<Api::ReadNewAppMsg>(*m_library, "SDT_ReadNewAppMsg"),
    });
    for (const int port : m_options.ports) {
        if (m_api->openPort(port) == sam::kOk) {
            m_port = port;
            return {};
        }
    }
    close();
    return noDevice(QStringLiteral("SDTAPI"));
}

void SdtApiBackend::close()
{
    if (m_api && m_port != 0)
        m_api->closePort(m_port);
    m_port = 0;
    m_api.reset();
    m_library.reset(); // QLibrary's destructor does not unload: the SDK stays mapped, as it must
}

Result<bool> SdtApiBackend::findCard()
{
    unsigned char iin[8] = {};
    const int rc = m_api->findCard(m_port, iin, 0);
    if (rc == sam::kCardFound)
        return true;
    if (rc == sam::kFindFailed)
        return false;
    return samError(quint8(rc));
}

Result<QByteArray> SdtApiBackend::selectCard()
{
    unsigned char sn[16] = {};
    const int rc = m_api->selectCard(m_port, sn, 0);
    if (rc != sam::kOk)
        return samError(quint8(rc));
    return QByteArray(reinterpret_cast<const char *>(sn), 8);
}

Result<RawCardRead> SdtApiBackend::readCard()
{
    // Generous buffers: some SDK versions write more than they report.
    unsigned char text[1024] = {};
    unsigned char photo[4096] = {};
    unsigned int textLen = 0;
    unsigned int photoLen = 0;
    const int rc = m_api->readBaseMsg(m_port, text, &textLen, photo, &photoLen, 0);
    if (rc != sam::kOk)
        return samError(quint8(rc));
    if (textLen != idcard::kTextBlockSize || photoLen > sizeof photo) {
        return Error{
            QStringLiteral("idcard.frame"),
            ReaderTexts::tr("The card reader library returned card data of an unexpected size; place the "
                            "card again.")};
    }
    RawCardRead read;
    read.textBlock = QByteArray(reinterpret_cast<const char *>(text), int(textLen));
    read.wlt = QByteArray(reinterpret_cast<const char *>(photo), int(photoLen));
    if (m_api->readNewAppMsg) {
        unsigned char app[512] = {};
        unsigned int appLen = 0;
        const int arc = m_api->readNewAppMsg(m_port, app, &appLen, 0);
        if (arc == sam::kOk)
            read.appendedAddress = ucs2(app, qMin<unsigned int>(appLen, sizeof app));
        else if (arc != sam::kNoContent)
            return samError(quint8(arc));
    }
    return read;
}

// ---- termb (CVR_*) ----------------------------------------------------------

struct TermbBackend::Api
{
    using InitComm = int(YC_VENDOR_CALL *)(int);
    using NoArg = int(YC_VENDOR_CALL *)();
    using ReadContent = int(YC_VENDOR_CALL *)(int);
    using Getter = int(YC_VENDOR_CALL *)(char *, int *);
    using BytesGetter = int(YC_VENDOR_CALL *)(unsigned char *, int *);

    InitComm initComm;
    NoArg closeComm;
    NoArg authenticate;
    ReadContent readContent;
    BytesGetter certType; // optional: ' ' 'J' 'I' 'Y'
    BytesGetter bmpData;  // optional: the decoded photo (licensed)
};

QList<const char *> TermbBackend::requiredSymbols()
{
    return {"CVR_InitComm",    "CVR_CloseComm", "CVR_Authenticate",  "CVR_Read_Content",
            "GetPeopleName",   "GetPeopleSex",  "GetPeopleBirthday", "GetPeopleAddress",
            "GetPeopleIDCode", "GetDepartment", "GetStartDate",      "GetEndDate"};
}

TermbBackend::TermbBackend(Options options)
    : m_options(std::move(options))
{}

TermbBackend::~TermbBackend()
{
    close();
}

QString TermbBackend::description() const
{
    return QStringLiteral("termb %1 port %2").arg(m_library ? m_library->fileName() : QString()).arg(m_port);
}

Result<void> TermbBackend::open()
{
    close();
    if (!QStringDecoder("GB18030").isValid()) {
        return Error{QStringLiteral("idcard.link.none"),
                     ReaderTexts::tr("The termb card reader library needs GB 18030 text support, which this "
                                     "installation lacks.")};
    }
    m_library = loadLibraryExporting(m_options.libraries, requiredSymbols());
    if (!m_library)
        return noLibrary(QStringLiteral("termb"));
    m_api = std::make_unique<Api>(Api{
        resolve<Api::InitComm>(*m_library, "CVR_InitComm"),
        resolve<Api::NoArg>(*m_library, "CVR_CloseComm"),
        resolve<Api::NoArg>(*m_library, "CVR_Authenticate"),
        resolve<Api::ReadContent>(*m_library, "CVR_Read_Content"),
        resolve<Api::BytesGetter>(*m_library, "GetCertType"),
        resolve<Api::BytesGetter>(*m_library, "GetBMPData"),
    });
    for (const int port : m_options.ports) {
        if (m_api->initComm(port) == 1) {
            m_port = port;
            return {};
        }
    }
    close();
    return noDevice(QStringLiteral("termb"));
}

void TermbBackend::close()
{
    if (m_api && m_port != 0)
        m_api->closeComm();
    m_port = 0;
    m_authenticated = false;
    m_api.reset();
    m_library.reset();
}

Result<bool> TermbBackend::findCard()
{
    // CVR_Authenticate is find and select in one; 1 = a card answered.
    m_authenticated = m_api->authenticate() == 1;
    return m_authenticated;
}

Result<QByteArray> TermbBackend::selectCard()
{
    if (!m_authenticated)
        return samError(sam::kSelectFailed);
    return QByteArray(); // the SDK does not give the chip serial
}

QString TermbBackend::field(const char *getter) const
{
    const auto get = resolve<Api::Getter>(*m_library, getter);
    if (!get)
        return {};
    char buffer[512] = {};
    int length = int(sizeof buffer) - 1;
    if (get(buffer, &length) != 1)
        return {};
    length = qBound(0, length, int(sizeof buffer) - 1);
    QStringDecoder gb("GB18030");
    return QString(gb(QByteArrayView(buffer, qstrnlen(buffer, size_t(length))))).trimmed();
}

Result<RawCardRead> TermbBackend::readCard()
{
    m_authenticated = false;
    if (m_api->readContent(4) != 1)
        return samError(sam::kReadFailed);

    idcard::CardText text;
    if (m_api->certType) {
        unsigned char type[8] = {};
        int length = int(sizeof type);
        if (m_api->certType(type, &length) == 1) {
            if (type[0] == 'J')
                text.kind = idcard::CardKind::HkMacaoTaiwanResidence;
            else if (type[0] == 'I')
                text.kind = idcard::CardKind::ForeignPermanent2017;
            else if (type[0] == 'Y')
                text.kind = idcard::CardKind::ForeignPermanent2023;
        }
    }
    const auto digitsOf = [](const QString &s) {
        QString out;
        for (const QChar c : s) {
            if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                out.append(c);
        }
        return out;
    };
    const auto dateOf = [&digitsOf](const QString &s) {
        return s == QStringLiteral("长期") ? s : digitsOf(s); // "1949-12-31" and "19491231" both seen
    };
    // The getters give the printed text ("男", "汉"); the card's codes are
    // what the checks work on.
    const QString sex = field("GetPeopleSex");
    text.gender = sex == QStringLiteral("男")   ? QStringLiteral("1")
                  : sex == QStringLiteral("女") ? QStringLiteral("2")
                                                : digitsOf(sex);
    text.ethnicity = field("GetNationCode");
    if (text.ethnicity.isEmpty()) {
        const QString nation = field("GetPeopleNation");
        for (int code = 1; code <= 98 && text.ethnicity.isEmpty(); ++code) {
            const QString c = QStringLiteral("%1").arg(code, 2, 10, QLatin1Char('0'));
            if (!nation.isEmpty() && idcard::ethnicityName(c) == nation)
                text.ethnicity = c;
        }
    }
    const bool foreign = text.kind == idcard::CardKind::ForeignPermanent2017 ||
                         text.kind == idcard::CardKind::ForeignPermanent2023;
    if (foreign) {
        text.englishName = field("GetPeopleName");
        text.name = field("GetPeopleChineseName");
    } else {
        text.name = field("GetPeopleName");
    }
    text.birthDate = digitsOf(field("GetPeopleBirthday"));
    text.address = field("GetPeopleAddress");
    text.number = field("GetPeopleIDCode");
    text.authority = field("GetDepartment");
    text.validFrom = dateOf(field("GetStartDate"));
    text.validTo = dateOf(field("GetEndDate"));

    RawCardRead read;
    read.fields = text;
    read.appendedAddress = field("GetNewAddress");
    if (m_api->bmpData) {
        QByteArray bmp(64 * 1024, '\0');
        int length = int(bmp.size());
        if (m_api->bmpData(reinterpret_cast<unsigned char *>(bmp.data()), &length) == 1 && length > 0 &&
            length <= bmp.size()) {
            read.vendorPhoto = QImage::fromData(bmp.left(length));
        }
    }
    return read;
}

} // namespace yc::devices
