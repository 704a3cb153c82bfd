#pragma once

#include <QMetaType>
#include <QString>

namespace yc::announcer {

// One thing to say: a ticket called to a window. `seq` is the queue event
// that first asked for it (it orders the WAV files of an output folder).
struct Announcement
{
    enum class Kind
    {
        Call,       // call next / call a specific ticket
        Reannounce, // call next on a window that already had the ticket
        Recall      // the window calls the same citizen again
    };

    qint64 seq = 0;
    qint64 ticketId = 0;
    QString displayNo; // "A012"
    int windowNo = 0;
    Kind kind = Kind::Call;

    static QString kindName(Kind kind)
    {
        switch (kind) {
        case Kind::Call:
            return QStringLiteral("call");
        case Kind::Reannounce:
            return QStringLiteral("reannounce");
        case Kind::Recall:
            return QStringLiteral("recall");
        }
        return {};
    }
};

} // namespace yc::announcer

Q_DECLARE_METATYPE(yc::announcer::Announcement)
