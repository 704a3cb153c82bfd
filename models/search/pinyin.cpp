#include "pinyin.h"

#include "search/pinyindata.h"

#include <QStringList>

namespace yc::pinyin {

using namespace yc::pinyindata;

std::span<const std::uint16_t> readings(char32_t c)
{
    std::size_t slot = 0;
    if (c >= kExtAFirst && c <= kExtALast)
        slot = c - kExtAFirst;
    else if (c >= kUroFirst && c <= kUroLast)
        slot = (kExtALast - kExtAFirst + 1) + (c - kUroFirst);
    else
        return {};
    const std::uint16_t set = kCharSets[slot];
    return {kSetMembers + kSetOffsets[set], kSetMembers + kSetOffsets[set + 1]};
}

std::string_view syllable(int id)
{
    if (id < 0 || id >= kSyllableCount)
        return {};
    return {kSyllableText + kSyllableOffsets[id],
            static_cast<std::size_t>(kSyllableOffsets[id + 1] - kSyllableOffsets[id])};
}

int syllableCount()
{
    return kSyllableCount;
}

QString readingsText(char32_t c)
{
    QStringList out;
    for (const std::uint16_t id : readings(c)) {
        const std::string_view s = syllable(id);
        out << QString::fromLatin1(s.data(), static_cast<qsizetype>(s.size()));
    }
    return out.join(QLatin1Char(' '));
}

int coveredCharacters()
{
    return kCharsWithReadings;
}

int tableBytes()
{
    return kTableBytes;
}

} // namespace yc::pinyin
