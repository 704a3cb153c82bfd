#include "saneworker.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <optional>
#include <sane/saneopts.h>

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcScanner, "yc.device.scanner", QtInfoMsg)

namespace yc::devices {

namespace {

struct Option
{
    SANE_Int index = 0;
    const SANE_Option_Descriptor *descriptor = nullptr;
};

// Descriptors are looked up again before each use: setting an option may
// reload them (SANE_INFO_RELOAD_OPTIONS).
std::optional<Option> findOption(SANE_Handle handle, const char *name)
{
    SANE_Int count = 0;
    if (sane_control_option(handle, 0, SANE_ACTION_GET_VALUE, &count, nullptr) != SANE_STATUS_GOOD)
        return std::nullopt;
    for (SANE_Int i = 1; i < count; ++i) {
        const SANE_Option_Descriptor *d = sane_get_option_descriptor(handle, i);
        if (d && d->name && std::strcmp(d->name, name) == 0)
            return Option{i, d};
    }
    return std::nullopt;
}

bool settable(const SANE_Option_Descriptor *d)
{
    return SANE_OPTION_IS_ACTIVE(d->cap) && SANE_OPTION_IS_SETTABLE(d->cap);
}

QStringList stringList(const SANE_Option_Descriptor *d)
{
    QStringList out;
    if (d->constraint_type == SANE_CONSTRAINT_STRING_LIST)
        for (const SANE_String_Const *s = d->constraint.string_list; s && *s; ++s)
            out << QString::fromUtf8(*s);
    return out;
}

double toDouble(const SANE_Option_Descriptor *d, SANE_Word w)
{
    return d->type == SANE_TYPE_FIXED ? SANE_UNFIX(w) : double(w);
}

SANE_Word fromDouble(const SANE_Option_Descriptor *d, double v)
{
    return d->type == SANE_TYPE_FIXED ? SANE_FIX(v) : SANE_Word(std::lround(v));
}

// The values an option can take, for resolutions (a range is sampled at
// the resolutions clerks choose between).
QList<int> numericChoices(const SANE_Option_Descriptor *d)
{
    QList<int> out;
    if (d->constraint_type == SANE_CONSTRAINT_WORD_LIST) {
        const SANE_Word *list = d->constraint.word_list;
        for (SANE_Word i = 1; i <= list[0]; ++i)
            out << int(std::lround(toDouble(d, list[i])));
    } else if (d->constraint_type == SANE_CONSTRAINT_RANGE) {
        const double lo = toDouble(d, d->constraint.range->min);
        const double hi = toDouble(d, d->constraint.range->max);
        for (int v : {75, 100, 150, 200, 300, 400, 600})
            if (v >= lo && v <= hi)
                out << v;
    }
    return out;
}

double nearestValue(const SANE_Option_Descriptor *d, double wanted)
{
    if (d->constraint_type == SANE_CONSTRAINT_WORD_LIST) {
        const SANE_Word *list = d->constraint.word_list;
        double best = wanted;
        double distance = -1;
        for (SANE_Word i = 1; i <= list[0]; ++i) {
            const double v = toDouble(d, list[i]);
            if (distance < 0 || std::abs(v - wanted) < distance) {
                distance = std::abs(v - wanted);
                best = v;
            }
        }
        return best;
    }
    if (d->constraint_type == SANE_CONSTRAINT_RANGE) {
        const double lo = toDouble(d, d->constraint.range->min);
        const double hi = toDouble(d, d->constraint.range->max);
        const double quant = toDouble(d, d->constraint.range->quant);
        double v = std::clamp(wanted, lo, hi);
        if (quant > 0)
            v = lo + std::round((v - lo) / quant) * quant;
        return std::min(v, hi);
    }
    return wanted;
}

Result<void> setOption(SANE_Handle handle, const char *name, const QVariant &value)
{
    const auto option = findOption(handle, name);
    if (!option || !settable(option->descriptor))
        return Error{QStringLiteral("scanner.option"), QString::fromUtf8(name)};
    const SANE_Option_Descriptor *d = option->descriptor;
    SANE_Int info = 0;
    SANE_Status status = SANE_STATUS_GOOD;
    switch (d->type) {
    case SANE_TYPE_BOOL: {
        SANE_Bool b = value.toBool() ? SANE_TRUE : SANE_FALSE;
        status = sane_control_option(handle, option->index, SANE_ACTION_SET_VALUE, &b, &info);
        break;
    }
    case SANE_TYPE_INT:
    case SANE_TYPE_FIXED: {
        SANE_Word w = fromDouble(d, value.toDouble());
        status = sane_control_option(handle, option->index, SANE_ACTION_SET_VALUE, &w, &info);
        break;
    }
    case SANE_TYPE_STRING: {
        QByteArray text = value.toString().toUtf8();
        text.resize(std::max<qsizetype>(d->size, text.size() + 1), '\0');
        status = sane_control_option(handle, option->index, SANE_ACTION_SET_VALUE, text.data(), &info);
        break;
    }
    case SANE_TYPE_BUTTON:
        status = sane_control_option(handle, option->index, SANE_ACTION_SET_VALUE, nullptr, &info);
        break;
    default:
        return Error{QStringLiteral("scanner.option"), QString::fromUtf8(name)};
    }
    if (status != SANE_STATUS_GOOD)
        return SaneWorker::errorFor(status);
    return {};
}

std::optional<double> numericValue(SANE_Handle handle, const char *name)
{
    const auto option = findOption(handle, name);
    if (!option || !SANE_OPTION_IS_ACTIVE(option->descriptor->cap) ||
        (option->descriptor->type != SANE_TYPE_INT && option->descriptor->type != SANE_TYPE_FIXED) ||
        option->descriptor->size != sizeof(SANE_Word))
        return std::nullopt;
    SANE_Word w = 0;
    if (sane_control_option(handle, option->index, SANE_ACTION_GET_VALUE, &w, nullptr) != SANE_STATUS_GOOD)
        return std::nullopt;
    return toDouble(option->descriptor, w);
}

std::optional<QString> pick(const QStringList &choices, const QStringList &wanted)
{
    for (const QString &w : wanted)
        for (const QString &c : choices)
            if (c.contains(w, Qt::CaseInsensitive))
                return c;
    return std::nullopt;
}

const QStringList kFeederNames{QStringLiteral("Automatic Document Feeder"), QStringLiteral("ADF"),
                               QStringLiteral("Feeder")};

quint8 sample(const uchar *row, int index, int depth)
{
    if (depth == 16) {
        quint16 v;
        std::memcpy(&v, row + 2 * index, 2); // native byte order (SANE standard)
        return quint8(v >> 8);
    }
    return row[index];
}

} // namespace

SaneWorker::~SaneWorker()
{
    if (m_initialised)
        sane_exit();
}

Error SaneWorker::errorFor(SANE_Status status)
{
    switch (status) {
    case SANE_STATUS_NO_DOCS:
        return ScannerText::feederEmpty();
    case SANE_STATUS_JAMMED:
        return ScannerText::jammed();
    case SANE_STATUS_COVER_OPEN:
        return ScannerText::coverOpen();
    case SANE_STATUS_DEVICE_BUSY:
        return ScannerText::busy();
    case SANE_STATUS_IO_ERROR:
        return ScannerText::ioError();
    case SANE_STATUS_ACCESS_DENIED:
        return ScannerText::accessDenied();
    case SANE_STATUS_NO_MEM:
        return ScannerText::outOfMemory();
    case SANE_STATUS_UNSUPPORTED:
        return ScannerText::unsupported(QString::fromUtf8(sane_strstatus(status)));
    default:
        return ScannerText::failed(QString::fromUtf8(sane_strstatus(status)));
    }
}

Result<void> SaneWorker::init()
{
    if (m_initialised)
        return {};
    SANE_Int version = 0;
    const SANE_Status status = sane_init(&version, nullptr);
    if (status != SANE_STATUS_GOOD)
        return errorFor(status);
    m_initialised = true;
    qCInfo(lcScanner) << "SANE" << SANE_VERSION_MAJOR(version) << SANE_VERSION_MINOR(version)
                      << SANE_VERSION_BUILD(version);
    return {};
}

Result<QList<ScannerInfo>> SaneWorker::devices()
{
    if (auto i = init(); !i)
        return i.error();
    const SANE_Device **list = nullptr;
    const SANE_Status status = sane_get_devices(&list, SANE_FALSE);
    if (status != SANE_STATUS_GOOD)
        return errorFor(status);
    QList<ScannerInfo> out;
    for (const SANE_Device **d = list; d && *d; ++d)
        out << ScannerInfo{QString::fromUtf8((*d)->name), QString::fromUtf8((*d)->vendor),
                           QString::fromUtf8((*d)->model), QString::fromUtf8((*d)->type)};
    return out;
}

Result<SANE_Handle> SaneWorker::open(const QString &device)
{
    if (auto i = init(); !i)
        return i.error();
    QString name = device;
    if (name.isEmpty()) {
        auto found = devices();
        if (!found)
            return found.error();
        if (found->isEmpty())
            return ScannerText::noScanner();
        name = found->first().name;
    }
    SANE_Handle handle = nullptr;
    const SANE_Status status = sane_open(name.toUtf8().constData(), &handle);
    if (status == SANE_STATUS_INVAL || (status == SANE_STATUS_GOOD && !handle))
        return ScannerText::noSuchDevice(name);
    if (status != SANE_STATUS_GOOD)
        return errorFor(status);
    return handle;
}

Result<ScannerCapabilities> SaneWorker::capabilities(const QString &device)
{
    auto handle = open(device);
    if (!handle)
        return handle.error();
    ScannerCapabilities caps;
    if (const auto r = findOption(handle.value(), SANE_NAME_SCAN_RESOLUTION))
        caps.resolutions = numericChoices(r->descriptor);
    if (const auto m = findOption(handle.value(), SANE_NAME_SCAN_MODE)) {
        const QStringList modes = stringList(m->descriptor);
        caps.colour = pick(modes, {QStringLiteral("Color"), QStringLiteral("Colour")}).has_value();
        caps.grey = pick(modes, {QStringLiteral("Gray"), QStringLiteral("Grey")}).has_value();
        caps.lineart = pick(modes, {QStringLiteral("Lineart"), QStringLiteral("Binary")}).has_value();
    }
    if (const auto s = findOption(handle.value(), SANE_NAME_SCAN_SOURCE)) {
        const QStringList sources = stringList(s->descriptor);
        caps.feeder = pick(sources, kFeederNames).has_value();
        caps.flatbed = pick(sources, {QStringLiteral("Flatbed")}).has_value() || !caps.feeder;
    } else {
        caps.flatbed = true;
    }
    sane_close(handle.value());
    return caps;
}

Result<void> SaneWorker::configure(SANE_Handle handle, const ScanRequest &request, double &dpi)
{
    if (const auto s = findOption(handle, SANE_NAME_SCAN_SOURCE); s && settable(s->descriptor)) {
        const QStringList sources = stringList(s->descriptor);
        const auto source =
            request.feeder ? pick(sources, kFeederNames) : pick(sources, {QStringLiteral("Flatbed")});
        if (request.feeder && !source)
            return ScannerText::noFeeder();
        if (source)
            if (auto set = setOption(handle, SANE_NAME_SCAN_SOURCE, *source); !set)
                return set;
    } else if (request.feeder) {
        return ScannerText::noFeeder();
    }

    if (const auto m = findOption(handle, SANE_NAME_SCAN_MODE); m && settable(m->descriptor)) {
        const QStringList modes = stringList(m->descriptor);
        std::optional<QString> mode;
        if (request.colour == ScanColour::Colour)
            mode = pick(modes, {QStringLiteral("Color"), QStringLiteral("Colour")});
        if (request.colour == ScanColour::BlackWhite)
            mode = pick(modes, {QStringLiteral("Lineart"), QStringLiteral("Binary")});
        if (!mode)
            mode = pick(modes, {QStringLiteral("Gray"), QStringLiteral("Grey")});
        if (mode)
            if (auto set = setOption(handle, SANE_NAME_SCAN_MODE, *mode); !set)
                return set;
    }

    if (const auto r = findOption(handle, SANE_NAME_SCAN_RESOLUTION); r && settable(r->descriptor))
        if (auto set = setOption(handle, SANE_NAME_SCAN_RESOLUTION, nearestValue(r->descriptor, request.dpi));
            !set)
            return set;
    dpi = numericValue(handle, SANE_NAME_SCAN_RESOLUTION).value_or(request.dpi);

    // Backend options last: some only become active with a mode (the test
    // driver's three-pass needs colour).
    for (auto it = request.backendOptions.cbegin(); it != request.backendOptions.cend(); ++it)
        if (auto set = setOption(handle, it.key().toUtf8().constData(), it.value()); !set)
            return ScannerText::failed(QStringLiteral("option %1").arg(it.key()));

    // The whole glass (or sheet), unless the backend is told otherwise.
    for (const char *name : {SANE_NAME_SCAN_BR_X, SANE_NAME_SCAN_BR_Y}) {
        if (request.backendOptions.contains(QString::fromUtf8(name)))
            continue;
        const auto g = findOption(handle, name);
        if (g && settable(g->descriptor) && g->descriptor->constraint_type == SANE_CONSTRAINT_RANGE)
            if (auto set =
                    setOption(handle, name, toDouble(g->descriptor, g->descriptor->constraint.range->max));
                !set)
                return set;
    }
    return {};
}

Result<QImage> SaneWorker::readPage(SANE_Handle handle, const std::atomic<bool> &cancelled)
{
    QImage rgb; // three-pass scanners send red, green and blue frames
    QImage page;
    std::vector<SANE_Byte> buffer(64 * 1024);
    for (;;) {
        SANE_Parameters p;
        if (const SANE_Status s = sane_get_parameters(handle, &p); s != SANE_STATUS_GOOD)
            return errorFor(s);
        if (p.bytes_per_line <= 0 || p.pixels_per_line <= 0)
            return ScannerText::unsupported(QStringLiteral("empty line"));
        QByteArray data;
        if (p.lines > 0)
            data.reserve(qsizetype(p.lines) * p.bytes_per_line);
        for (;;) {
            if (cancelled) {
                sane_cancel(handle);
                return QImage();
            }
            SANE_Int length = 0;
            const SANE_Status s = sane_read(handle, buffer.data(), SANE_Int(buffer.size()), &length);
            if (s == SANE_STATUS_EOF)
                break;
            if (s == SANE_STATUS_CANCELLED)
                return QImage();
            if (s != SANE_STATUS_GOOD)
                return errorFor(s);
            data.append(reinterpret_cast<const char *>(buffer.data()), length);
        }
        const int w = p.pixels_per_line;
        const int bpl = p.bytes_per_line;
        const int lines = int(data.size() / bpl); // hand scanners announce -1 lines
        if (lines <= 0)
            return ScannerText::unsupported(QStringLiteral("no image data"));
        const auto *bytes = reinterpret_cast<const uchar *>(data.constData());
        if (p.format == SANE_FRAME_GRAY) {
            if (p.depth != 1 && p.depth != 8 && p.depth != 16)
                return ScannerText::unsupported(QStringLiteral("depth %1").arg(p.depth));
            page = QImage(w, lines, QImage::Format_Grayscale8);
            for (int y = 0; y < lines; ++y) {
                const uchar *row = bytes + qsizetype(y) * bpl;
                uchar *out = page.scanLine(y);
                for (int x = 0; x < w; ++x)
                    out[x] = p.depth == 1 ? ((row[x >> 3] & (0x80 >> (x & 7))) ? 0 : 255) // 1 = black
                                          : sample(row, x, p.depth);
            }
        } else if (p.format == SANE_FRAME_RGB) {
            if (p.depth != 8 && p.depth != 16)
                return ScannerText::unsupported(QStringLiteral("colour depth %1").arg(p.depth));
            page = QImage(w, lines, QImage::Format_RGB32);
            for (int y = 0; y < lines; ++y) {
                const uchar *row = bytes + qsizetype(y) * bpl;
                auto *out = reinterpret_cast<QRgb *>(page.scanLine(y));
                for (int x = 0; x < w; ++x)
                    out[x] = qRgb(sample(row, 3 * x, p.depth), sample(row, 3 * x + 1, p.depth),
                                  sample(row, 3 * x + 2, p.depth));
            }
        } else if (p.format == SANE_FRAME_RED || p.format == SANE_FRAME_GREEN ||
                   p.format == SANE_FRAME_BLUE) {
            if (p.depth != 8 && p.depth != 16)
                return ScannerText::unsupported(QStringLiteral("colour depth %1").arg(p.depth));
            if (rgb.isNull()) {
                rgb = QImage(w, lines, QImage::Format_RGB32);
                rgb.fill(Qt::black);
            }
            const int shift = p.format == SANE_FRAME_RED ? 16 : p.format == SANE_FRAME_GREEN ? 8 : 0;
            for (int y = 0; y < std::min(lines, rgb.height()); ++y) {
                const uchar *row = bytes + qsizetype(y) * bpl;
                auto *out = reinterpret_cast<QRgb *>(rgb.scanLine(y));
                for (int x = 0; x < std::min(w, rgb.width()); ++x)
                    out[x] |= QRgb(sample(row, x, p.depth)) << shift;
            }
            page = rgb;
        } else {
            return ScannerText::unsupported(QStringLiteral("frame %1").arg(int(p.format)));
        }
        if (p.last_frame)
            break;
        if (const SANE_Status s = sane_start(handle); s != SANE_STATUS_GOOD)
            return errorFor(s);
    }
    return page;
}

void SaneWorker::scan(const ScanRequest &request, const std::atomic<bool> &cancelled, const Sink &sink)
{
    auto handle = open(request.device);
    if (!handle) {
        sink.finished(0, false, handle.error());
        return;
    }
    SANE_Handle h = handle.value();
    double dpi = request.dpi;
    int pages = 0;
    auto finish = [&](bool wasCancelled, const Error &error) {
        sane_cancel(h);
        sane_close(h);
        qCInfo(lcScanner) << "scan ended:" << pages << "pages" << (wasCancelled ? "cancelled" : "")
                          << error.code;
        sink.finished(pages, wasCancelled, error);
    };
    if (auto configured = configure(h, request, dpi); !configured) {
        finish(false, configured.error());
        return;
    }
    for (;;) {
        if (cancelled) {
            finish(true, {});
            return;
        }
        const SANE_Status started = sane_start(h);
        if (started == SANE_STATUS_NO_DOCS && request.feeder && pages > 0)
            break; // the feeder ran empty: done
        if (started == SANE_STATUS_CANCELLED) {
            finish(true, {});
            return;
        }
        if (started != SANE_STATUS_GOOD) {
            finish(false, errorFor(started));
            return;
        }
        auto page = readPage(h, cancelled);
        if (!page) {
            finish(false, page.error());
            return;
        }
        if (page->isNull()) {
            finish(true, {});
            return;
        }
        QImage image = std::move(page.value());
        image.setDotsPerMeterX(int(dpi / 0.0254 + 0.5));
        image.setDotsPerMeterY(int(dpi / 0.0254 + 0.5));
        sink.page(pages, image, dpi);
        ++pages;
        if (!request.feeder || (request.maxPages > 0 && pages >= request.maxPages))
            break;
    }
    finish(false, {});
}

} // namespace yc::devices
