#include "frame.h"

#include <QCoreApplication>

namespace yc::idcard {

namespace {

class FrameTexts
{
    Q_DECLARE_TR_FUNCTIONS(yc::idcard::FrameTexts)
};

quint8 xorOf(const char *begin, const char *end)
{
    quint8 sum = 0;
    for (const char *p = begin; p != end; ++p)
        sum ^= quint8(*p);
    return sum;
}

QByteArray preamble()
{
    return QByteArray::fromRawData(kPreamble, kPreambleSize);
}

} // namespace

QByteArray buildFrame(const QByteArray &body)
{
    const qsizetype length = body.size() + 1;
    QByteArray frame = preamble();
    frame.reserve(kHeaderSize + length);
    frame.append(char(quint8(length >> 8)));
    frame.append(char(quint8(length & 0xFF)));
    frame.append(body);
    frame.append(char(xorOf(frame.constData() + kPreambleSize, frame.constData() + frame.size())));
    return frame;
}

QByteArray buildCommand(Command command, const QByteArray &data)
{
    const auto code = quint16(command);
    QByteArray body;
    body.append(char(quint8(code >> 8)));
    body.append(char(quint8(code & 0xFF)));
    body.append(data);
    return buildFrame(body);
}

QByteArray buildResponse(quint8 sw3, const QByteArray &data)
{
    QByteArray body(2, '\0');
    body.append(char(sw3));
    body.append(data);
    return buildFrame(body);
}

Result<CommandFrame> parseCommandBody(const QByteArray &body)
{
    if (body.size() < 2)
        return Error{QStringLiteral("frame.short"),
                     FrameTexts::tr("The reader sent a command that is too short.")};
    return CommandFrame{quint8(body.at(0)), quint8(body.at(1)), body.mid(2)};
}

Result<ResponseFrame> parseResponseBody(const QByteArray &body)
{
    if (body.size() < 3)
        return Error{QStringLiteral("frame.short"),
                     FrameTexts::tr("The card reader sent a reply that is too short.")};
    return ResponseFrame{quint8(body.at(0)), quint8(body.at(1)), quint8(body.at(2)), body.mid(3)};
}

Result<BaseInfo> splitBaseInfo(const QByteArray &data, bool withFingerprint)
{
    const qsizetype header = withFingerprint ? 6 : 4;
    const auto lengthAt = [&data](qsizetype i) {
        return qsizetype(quint8(data.at(i)) << 8 | quint8(data.at(i + 1)));
    };
    if (data.size() >= header) {
        const qsizetype text = lengthAt(0);
        const qsizetype photo = lengthAt(2);
        const qsizetype fingerprint = withFingerprint ? lengthAt(4) : 0;
        if (header + text + photo + fingerprint == data.size()) {
            return BaseInfo{data.mid(header, text), data.mid(header + text, photo),
                            data.mid(header + text + photo, fingerprint)};
        }
    }
    return Error{
        QStringLiteral("frame.base_info"),
        FrameTexts::tr("The card reader returned card data of an unexpected size; place the card again.")};
}

QByteArray joinBaseInfo(const BaseInfo &info, bool withFingerprint)
{
    QByteArray out;
    const auto appendLength = [&out](qsizetype n) {
        out.append(char(quint8(n >> 8)));
        out.append(char(quint8(n & 0xFF)));
    };
    appendLength(info.text.size());
    appendLength(info.photo.size());
    if (withFingerprint)
        appendLength(info.fingerprint.size());
    out.append(info.text);
    out.append(info.photo);
    if (withFingerprint)
        out.append(info.fingerprint);
    return out;
}

void FrameReader::append(const QByteArray &bytes)
{
    m_buffer.append(bytes);
}

void FrameReader::clear()
{
    m_buffer.clear();
}

void FrameReader::discard(qsizetype count)
{
    m_buffer.remove(0, count);
    m_discarded += count;
}

FrameReader::Next FrameReader::next()
{
    // Resynchronise: everything before the first preamble is noise. Keep a
    // tail that may be the start of a preamble split across reads.
    const qsizetype start = m_buffer.indexOf(preamble());
    if (start < 0) {
        qsizetype keep = 0;
        for (qsizetype n = kPreambleSize - 1; n > 0; --n) {
            if (m_buffer.endsWith(QByteArray::fromRawData(kPreamble, n))) {
                keep = n;
                break;
            }
        }
        discard(m_buffer.size() - keep);
        return {};
    }
    if (start > 0)
        discard(start);
    if (m_buffer.size() < kHeaderSize)
        return {};

    const int length = quint8(m_buffer.at(5)) << 8 | quint8(m_buffer.at(6));
    // The shortest body is CMD PARA; with the checksum that is 3.
    if (length < 3 || length > kMaxLength) {
        discard(1);
        return {Outcome::BadLength, {}};
    }
    if (m_buffer.size() < kHeaderSize + length)
        return {};

    const char *frame = m_buffer.constData();
    const qsizetype last = kHeaderSize + length - 1;
    if (xorOf(frame + kPreambleSize, frame + last) != quint8(frame[last])) {
        discard(1);
        return {Outcome::BadChecksum, {}};
    }
    Next out{Outcome::Frame, m_buffer.mid(kHeaderSize, length - 1)};
    m_buffer.remove(0, kHeaderSize + length);
    return out;
}

} // namespace yc::idcard
