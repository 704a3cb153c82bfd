#pragma once

#include "core/result.h"

#include <QByteArray>

// The GA/T 467 frame between a host and the SAM (secure access module) of a
// second-generation ID card reader:
//
//   AA AA AA 96 69 | LEN (2 bytes, big-endian) | body | CHK
//
// LEN counts the body and the checksum; CHK is the XOR of every byte from the
// first length byte through the last body byte. A command body is CMD PARA
// [DATA]; a response body is SW1 SW2 SW3 [DATA].
namespace yc::idcard {

inline constexpr char kPreamble[] = "\xAA\xAA\xAA\x96\x69";
inline constexpr qsizetype kPreambleSize = 5;
inline constexpr qsizetype kHeaderSize = 7; // preamble and length
// The longest frame a SAM sends is text + photo + a 1024-byte fingerprint
// (LEN 0x090A); anything claiming much more is a corrupted length, not a frame.
inline constexpr int kMaxLength = 4096;

// Command codes (CMD, PARA) of the host interface.
enum class Command : quint16
{
    ResetSam = 0x10FF,
    SamStatus = 0x11FF,
    SamId = 0x12FF,
    FindCard = 0x2001,
    SelectCard = 0x2002,
    ReadBase = 0x3001,
    ReadAppendedAddress = 0x3003,
    ReadBaseWithFingerprint = 0x3010,
};

// A whole frame, preamble to checksum, around the given body.
QByteArray buildFrame(const QByteArray &body);
QByteArray buildCommand(Command command, const QByteArray &data = {});
// SW1 and SW2 are 00 in every reply seen; SW3 carries the status.
QByteArray buildResponse(quint8 sw3, const QByteArray &data = {});

struct CommandFrame
{
    quint8 cmd = 0;
    quint8 para = 0;
    QByteArray data;

    Command command() const { return Command(quint16(cmd << 8 | para)); }
};

struct ResponseFrame
{
    quint8 sw1 = 0;
    quint8 sw2 = 0;
    quint8 sw3 = 0;
    QByteArray data;
};

// Interpret a checked body (as FrameReader returns it).
Result<CommandFrame> parseCommandBody(const QByteArray &body);
Result<ResponseFrame> parseResponseBody(const QByteArray &body);

// The data of a read-base-info reply (30 01, or 30 10 with a fingerprint):
// text length, photo length [, fingerprint length], each big-endian, then
// the blocks in that order.
struct BaseInfo
{
    QByteArray text;
    QByteArray photo;
    QByteArray fingerprint;
};
Result<BaseInfo> splitBaseInfo(const QByteArray &data, bool withFingerprint);
QByteArray joinBaseInfo(const BaseInfo &info, bool withFingerprint);

// Collects bytes as they arrive from a serial line and cuts them into frames:
// skips anything before a preamble, waits for a frame split over several
// reads, and drops a frame whose checksum or length is wrong (then looks for
// the next preamble inside it, so one damaged byte does not swallow a good
// frame that follows).
class FrameReader
{
public:
    enum class Outcome
    {
        NeedMore,    // no complete frame yet
        Frame,       // `body` holds a checked body
        BadChecksum, // a frame arrived damaged and was dropped
        BadLength,   // a length field no frame can have; the preamble was dropped
    };

    struct Next
    {
        Outcome outcome = Outcome::NeedMore;
        QByteArray body;
    };

    void append(const QByteArray &bytes);
    // The next frame or problem in the bytes so far; call again until NeedMore.
    Next next();
    void clear();

    // Bytes waiting for the rest of a frame (a frame cut off when none follow).
    qsizetype pending() const { return m_buffer.size(); }
    // Bytes thrown away so far because they did not start a frame.
    qsizetype discarded() const { return m_discarded; }

private:
    void discard(qsizetype count);

    QByteArray m_buffer;
    qsizetype m_discarded = 0;
};

} // namespace yc::idcard
