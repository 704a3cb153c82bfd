#include "pdfunicode.h"

#include <QHash>
#include <QRawFont>
#include <QRegularExpression>

namespace yc::pdfunicode {

namespace {

constexpr char16_t radicalsFirst = 0x2E80; // CJK Radicals Supplement …
constexpr char16_t radicalsLast = 0x2FDF;  // … through Kangxi Radicals

// Radical -> the ideograph drawn with the same glyph in this font.
QHash<char16_t, char16_t> radicalMap(const QFont &font)
{
    QHash<char16_t, char16_t> map;
    const QRawFont raw = QRawFont::fromFont(font);
    if (raw.isValid()) {
        QString ideographs;
        // CJK Unified Ideographs first, then Extension A: a glyph shared by
        // both goes to the common character.
        for (char16_t c = 0x4E00; c <= 0x9FFF; ++c)
            ideographs.append(QChar(c));
        for (char16_t c = 0x3400; c <= 0x4DBF; ++c)
            ideographs.append(QChar(c));
        const QList<quint32> glyphs = raw.glyphIndexesForString(ideographs);
        QHash<quint32, char16_t> byGlyph;
        for (qsizetype i = 0; i < glyphs.size() && i < ideographs.size(); ++i) {
            if (glyphs.at(i) != 0 && !byGlyph.contains(glyphs.at(i)))
                byGlyph.insert(glyphs.at(i), ideographs.at(i).unicode());
        }
        QString radicals;
        for (char16_t c = radicalsFirst; c <= radicalsLast; ++c)
            radicals.append(QChar(c));
        const QList<quint32> radicalGlyphs = raw.glyphIndexesForString(radicals);
        for (qsizetype i = 0; i < radicalGlyphs.size() && i < radicals.size(); ++i) {
            const auto it = byGlyph.constFind(radicalGlyphs.at(i));
            if (radicalGlyphs.at(i) != 0 && it != byGlyph.constEnd())
                map.insert(radicals.at(i).unicode(), it.value());
        }
    }
    // The Kangxi radicals' compatibility decompositions are the ideographs
    // themselves; they cover a font that could not be inspected.
    for (char16_t c = 0x2F00; c <= 0x2FD5; ++c) {
        const QString d = QChar(c).decomposition();
        if (!map.contains(c) && d.size() == 1)
            map.insert(c, d.at(0).unicode());
    }
    return map;
}

QByteArray hex4(char16_t value)
{
    return QByteArray::number(value, 16).toUpper().rightJustified(4, '0');
}

} // namespace

QByteArray repairToUnicode(const QByteArray &pdf, const QFont &font)
{
    const QHash<char16_t, char16_t> map = radicalMap(font);
    QByteArray out = pdf;
    // The ToUnicode streams are written uncompressed; their ranges read
    //   <first> <last> <unicode>          one code, or a run of codes
    //   <first> <last> [<u1> <u2> …]      one code each
    // A run starting at a radical is left alone: its successors are radicals
    // too, not ideographs.
    static const QRegularExpression hexToken(QStringLiteral("<([0-9A-Fa-f]{4})>"));
    qsizetype from = 0;
    while (true) {
        const qsizetype begin = out.indexOf("beginbfrange", from);
        if (begin < 0)
            break;
        const qsizetype end = out.indexOf("endbfrange", begin);
        if (end < 0)
            break;
        qsizetype lineStart = begin;
        while (lineStart < end) {
            qsizetype lineEnd = out.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > end)
                lineEnd = end;
            const QString line = QString::fromLatin1(out.constData() + lineStart, lineEnd - lineStart);
            const qsizetype bracket = line.indexOf(QLatin1Char('['));
            QList<QRegularExpressionMatch> tokens;
            for (auto it = hexToken.globalMatch(line); it.hasNext();)
                tokens.append(it.next());
            QList<QRegularExpressionMatch> values;
            if (bracket >= 0) {
                for (const auto &t : tokens) {
                    if (t.capturedStart() > bracket)
                        values.append(t);
                }
            } else if (tokens.size() == 3 && tokens.at(0).captured(1) == tokens.at(1).captured(1)) {
                values.append(tokens.at(2));
            }
            for (const auto &v : values) {
                const auto code = char16_t(v.captured(1).toUShort(nullptr, 16));
                const auto it = map.constFind(code);
                if (it != map.constEnd())
                    out.replace(lineStart + v.capturedStart(1), 4, hex4(it.value()));
            }
            lineStart = lineEnd + 1;
        }
        from = end;
    }
    return out;
}

} // namespace yc::pdfunicode
