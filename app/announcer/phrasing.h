#pragma once

#include "app/announcer/announcement.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace yc::announcer {

// What is said for an announcement, as text for a speech engine and as the
// list of prerecorded clips that say it (docs/announcer.md, "Reading rules"):
// the ticket number letter by letter and digit by digit (A012 → A 零一二),
// the window number as a number (12 → 十二, 105 → 一百零五).
//
// A template is Chinese text with the placeholders {ticket} and {window};
// spaces are ignored. For the clips every other piece of text must be one of
// the words there is a clip for (words()).
class Phrasing
{
    Q_DECLARE_TR_FUNCTIONS(yc::announcer::Phrasing)

public:
    static QString defaultTemplate() { return QStringLiteral("请{ticket}号到{window}号窗口办理"); }

    // Checks both templates; with needClips, every word must have a clip.
    static Result<Phrasing> create(const QString &callTemplate, const QString &recallTemplate,
                                   bool needClips);

    QString text(const Announcement &a) const;
    // Clip names (files <name>.wav); characters of a ticket number that have
    // no clip are left out and listed in `unsaid` when given.
    QStringList clips(const Announcement &a, QStringList *unsaid = nullptr) const;

    // The words with clips: Chinese text → clip name.
    static const QList<std::pair<QString, QString>> &words();
    // Every clip name a complete clip set has.
    static QStringList allClipNames();

    // The reading rules on their own.
    static QString windowText(int number);        // 12 → "十二"
    static QStringList windowClips(int number);   // 12 → {"shi", "digit-2"}
    static QString ticketText(const QString &no); // "A012" → "A零一二"
    static QStringList ticketClips(const QString &no, QStringList *unsaid = nullptr);

private:
    struct Piece
    {
        enum class Type
        {
            Word,
            Ticket,
            Window
        } type = Type::Word;
        QString text; // for a word
        QString clip; // for a word that has one
    };
    using Pieces = QList<Piece>;
    static Result<Pieces> parse(const QString &pattern, bool needClips);

    Pieces m_call;
    Pieces m_recall;
};

} // namespace yc::announcer
