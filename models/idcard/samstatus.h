#pragma once

#include <QString>

// The status byte (SW3) a SAM answers with, and what a clerk should do about
// each. Values from the GA/T 467 host interface as public SDKs list them.
namespace yc::idcard {

namespace sam {
inline constexpr quint8 kOk = 0x90;
inline constexpr quint8 kNoContent = 0x91; // e.g. no appended address on the card
inline constexpr quint8 kCardFound = 0x9F;
inline constexpr quint8 kBadChecksum = 0x10;
inline constexpr quint8 kBadLength = 0x11;
inline constexpr quint8 kBadCommand = 0x21;
inline constexpr quint8 kNotPermitted = 0x23;
inline constexpr quint8 kUnknownError = 0x24;
inline constexpr quint8 kCardAuthFailed = 0x31;
inline constexpr quint8 kReaderAuthFailed = 0x32;
inline constexpr quint8 kVerifyFailed = 0x33;
inline constexpr quint8 kUnknownCardType = 0x40;
inline constexpr quint8 kReadFailed = 0x41;
inline constexpr quint8 kRandomFailed = 0x47;
inline constexpr quint8 kSelfTestFailed = 0x60;
inline constexpr quint8 kNotAuthorised = 0x66;
inline constexpr quint8 kFindFailed = 0x80;
inline constexpr quint8 kSelectFailed = 0x81;
} // namespace sam

// A sentence for the clerk: what happened and what to do. Unknown codes get
// a generic sentence with the code in hex.
QString samStatusMessage(quint8 sw3);

// Codes after which the same card may simply be tried again (the card moved,
// the radio link failed, the line garbled a byte); the others need a person
// (wrong card type, an unauthorised or broken SAM).
bool samStatusIsTransient(quint8 sw3);

} // namespace yc::idcard
