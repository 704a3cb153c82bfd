#include "phrasing.h"

#include <algorithm>

namespace yc::announcer {

namespace {

const QString kDigits = QStringLiteral("零一二三四五六七八九");

// One character of a spoken number → its clip.
QString clipOf(QChar c)
{
    if (const int d = int(kDigits.indexOf(c)); d >= 0)
        return QStringLiteral("digit-%1").arg(d);
    if (c == u'十')
        return QStringLiteral("shi");
    if (c == u'百')
        return QStringLiteral("bai");
    if (c >= u'A' && c <= u'Z')
        return QStringLiteral("letter-") + c.toLower();
    return {};
}

QString underHundred(int n)
{
    const int tens = n / 10;
    const int ones = n % 10;
    QString s;
    if (tens > 1)
        s += kDigits.at(tens);
    if (tens > 0)
        s += u'十';
    if (ones > 0 || tens == 0)
        s += kDigits.at(ones);
    return s;
}

} // namespace

const QList<std::pair<QString, QString>> &Phrasing::words()
{
    static const QList<std::pair<QString, QString>> list = {
        {QStringLiteral("请"), QStringLiteral("qing")},
        {QStringLiteral("号"), QStringLiteral("hao")},
        {QStringLiteral("到"), QStringLiteral("dao")},
        {QStringLiteral("前往"), QStringLiteral("qianwang")},
        {QStringLiteral("窗口"), QStringLiteral("chuangkou")},
        {QStringLiteral("办理"), QStringLiteral("banli")},
        {QStringLiteral("再次"), QStringLiteral("zaici")},
    };
    return list;
}

QStringList Phrasing::allClipNames()
{
    QStringList names;
    for (const auto &[text, clip] : words())
        names.append(clip);
    for (int d = 0; d <= 9; ++d)
        names.append(QStringLiteral("digit-%1").arg(d));
    names << QStringLiteral("shi") << QStringLiteral("bai");
    for (char16_t c = u'a'; c <= u'z'; ++c)
        names.append(QStringLiteral("letter-") + QChar(c));
    return names;
}

QString Phrasing::windowText(int number)
{
    if (number < 0)
        number = -number;
    if (number < 100)
        return underHundred(number);
    if (number < 1000) {
        const int rest = number % 100;
        QString s = kDigits.at(number / 100) + QStringLiteral("百");
        if (rest == 0)
            return s;
        if (rest < 10)
            return s + u'零' + kDigits.at(rest);
        // 110 is 一百一十, not 一百十.
        return s + (rest < 20 ? QStringLiteral("一") : QString()) + underHundred(rest);
    }
    // Beyond the protocol's 999 windows: digit by digit.
    QString s;
    for (QChar c : QString::number(number))
        s += kDigits.at(c.digitValue());
    return s;
}

QStringList Phrasing::windowClips(int number)
{
    QStringList clips;
    for (QChar c : windowText(number))
        clips.append(clipOf(c));
    return clips;
}

QString Phrasing::ticketText(const QString &no)
{
    QString s;
    for (QChar c : no) {
        if (c >= u'0' && c <= u'9')
            s += kDigits.at(c.digitValue());
        else
            s += c.toUpper();
    }
    return s;
}

QStringList Phrasing::ticketClips(const QString &no, QStringList *unsaid)
{
    QStringList clips;
    for (QChar c : ticketText(no)) {
        const QString clip = clipOf(c);
        if (!clip.isEmpty())
            clips.append(clip);
        else if (unsaid)
            unsaid->append(QString(c));
    }
    return clips;
}

Result<Phrasing::Pieces> Phrasing::parse(const QString &pattern, bool needClips)
{
    // Longest words first, so a longer word wins over its first character.
    QList<std::pair<QString, QString>> byLength = words();
    std::stable_sort(byLength.begin(), byLength.end(),
                     [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    Pieces pieces;
    bool ticket = false;
    bool window = false;
    for (qsizetype i = 0; i < pattern.size();) {
        const QChar c = pattern.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == u'{') {
            const qsizetype end = pattern.indexOf(u'}', i);
            const QString name = end < 0 ? QString() : pattern.mid(i + 1, end - i - 1);
            if (name == QLatin1String("ticket")) {
                pieces.append({Piece::Type::Ticket, {}, {}});
                ticket = true;
            } else if (name == QLatin1String("window")) {
                pieces.append({Piece::Type::Window, {}, {}});
                window = true;
            } else {
                return Error{QStringLiteral("announcer.template"),
                             tr("The announcement template \"%1\" has an unknown placeholder at \"%2\". "
                                "Use {ticket} and {window}.")
                                 .arg(pattern, pattern.mid(i))};
            }
            i = end + 1;
            continue;
        }
        auto word = std::find_if(byLength.cbegin(), byLength.cend(), [&](const auto &w) {
            return QStringView(pattern).mid(i).startsWith(w.first);
        });
        if (word != byLength.cend()) {
            pieces.append({Piece::Type::Word, word->first, word->second});
            i += word->first.size();
            continue;
        }
        if (needClips) {
            QStringList known;
            for (const auto &[text, clip] : words())
                known.append(text);
            return Error{QStringLiteral("announcer.template"),
                         tr("The announcement template \"%1\" uses \"%2\", for which there is no voice clip. "
                            "Write it with these words only: %3, {ticket} and {window}; or use voice=tts.")
                             .arg(pattern, QString(c), known.join(QStringLiteral("、")))};
        }
        // A speech engine says any text: keep it as one word without a clip.
        if (!pieces.isEmpty() && pieces.last().type == Piece::Type::Word && pieces.last().clip.isEmpty())
            pieces.last().text += c;
        else
            pieces.append({Piece::Type::Word, QString(c), {}});
        ++i;
    }
    if (!ticket || !window)
        return Error{
            QStringLiteral("announcer.template"),
            tr("The announcement template \"%1\" must contain both {ticket} and {window}.").arg(pattern)};
    return pieces;
}

Result<Phrasing> Phrasing::create(const QString &callTemplate, const QString &recallTemplate, bool needClips)
{
    auto call = parse(callTemplate, needClips);
    if (!call)
        return call.error();
    auto recall = parse(recallTemplate.isEmpty() ? callTemplate : recallTemplate, needClips);
    if (!recall)
        return recall.error();
    Phrasing p;
    p.m_call = call.value();
    p.m_recall = recall.value();
    return p;
}

QString Phrasing::text(const Announcement &a) const
{
    QString s;
    for (const Piece &p : a.kind == Announcement::Kind::Recall ? m_recall : m_call) {
        switch (p.type) {
        case Piece::Type::Word:
            s += p.text;
            break;
        case Piece::Type::Ticket:
            s += ticketText(a.displayNo);
            break;
        case Piece::Type::Window:
            s += windowText(a.windowNo);
            break;
        }
    }
    return s;
}

QStringList Phrasing::clips(const Announcement &a, QStringList *unsaid) const
{
    QStringList clips;
    for (const Piece &p : a.kind == Announcement::Kind::Recall ? m_recall : m_call) {
        switch (p.type) {
        case Piece::Type::Word:
            if (!p.clip.isEmpty())
                clips.append(p.clip);
            else if (unsaid)
                unsaid->append(p.text);
            break;
        case Piece::Type::Ticket:
            clips.append(ticketClips(a.displayNo, unsaid));
            break;
        case Piece::Type::Window:
            clips.append(windowClips(a.windowNo));
            break;
        }
    }
    return clips;
}

} // namespace yc::announcer
