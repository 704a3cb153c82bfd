#pragma once

#include "idcard/frame.h"
#include "simcard.h"

#include <optional>

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>

namespace yc::idcardsim {

// The SAM of a reader, without I/O: bytes from the host go in, replies come
// out. Behaves like the module: find → select binds the session to the card
// on the reader; a card removed or swapped after select makes later reads
// fail with 41, as the real SAM does when the card it authenticated is gone.
// Faults can be scripted for the next replies (see docs/devices.md).
class SamSimulator
{
public:
    struct Output
    {
        QByteArray reply;   // to send (may be empty: stay silent)
        QStringList events; // "rx 2001", "bad-frame" … for the controlling test
    };

    void setCard(std::optional<SimCard> card);
    bool hasCard() const { return m_card.has_value(); }
    // Line speed the module expects; 0 = any. Frames sent at another speed
    // are garbage to a real UART and are ignored here.
    void setRequiredBaud(int baud) { m_requiredBaud = baud; }
    int requiredBaud() const { return m_requiredBaud; }

    Output feed(const QByteArray &bytes, int lineBaud);

    // One control line from stdin; returns "ok …" or "error …".
    QString control(const QString &line);
    bool quitRequested() const { return m_quit; }
    // Chunk size for replies (0 = whole frames at once).
    int splitSize() const { return m_split; }

private:
    QByteArray answer(const idcard::CommandFrame &command);
    QByteArray applyFaults(quint16 code, QByteArray reply);

    std::optional<SimCard> m_card;
    quint64 m_generation = 0;         // bumps whenever the card on the reader changes
    quint64 m_selected = ~quint64(0); // the generation the last select bound to
    idcard::FrameReader m_reader;
    int m_requiredBaud = 0;
    int m_split = 0;
    bool m_quit = false;

    // Scripted faults.
    struct Forced
    {
        quint8 sw3;
        int count;
    };
    QHash<quint16, Forced> m_forced;                 // command → status
    QHash<quint16, std::optional<SimCard>> m_swapOn; // command → card placed (nullopt = removed)
    QByteArray m_garbage;
    int m_badChecksum = 0;
    QHash<quint16, std::pair<int, int>> m_truncate; // command → (bytes kept, count)
    int m_silent = 0;
};

} // namespace yc::idcardsim
