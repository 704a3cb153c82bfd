// yc_pinyingen: writes the pinyin table search uses (generated C++ source)
// from the Unicode Han database's readings file.
//
//   yc_pinyingen <Unihan_Readings.txt[.bz2]> <output.cpp>
//
// The build runs it (models/search/CMakeLists.txt); nothing generated is
// checked in, so a newer unicode-data package gives a newer table at the
// next build. It deliberately uses no Qt and no scripting language: it runs
// on the build machine before yc_models exists, without network or Python.
//
// What is kept:
//   - code points of CJK Unified Ideographs in the BMP: Extension A
//     (U+3400–U+4DBF) and the URO (U+4E00–U+9FFF). Extensions B and later
//     (outside the BMP) and the compatibility ideographs are left out: no
//     matter name uses them, and a query character without a reading still
//     matches itself literally.
//   - every Mandarin reading Unihan gives for such a character, from
//     kMandarin (first: the usual reading), kHanyuPinyin, kXHC1983,
//     kTGHZ2013 and kHanyuPinlu. kHanyuPinyin alone is not enough: it
//     describes the Hanyu Da Zidian's (traditional) forms, so many
//     simplified characters lack their second reading there (乐 has no
//     kHanyuPinyin at all; its yuè comes from kXHC1983/kTGHZ2013).
//   - readings without tone marks; ü is written both "v" (what pinyin input
//     methods use) and "u" (what people type without thinking).
//
// The output holds: the syllables (sorted), the distinct sets of syllables
// characters have (many characters share one), and one set number per code
// point of the two ranges.
#include <algorithm>
#include <bzlib.h>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace {

constexpr char32_t kExtAFirst = 0x3400;
constexpr char32_t kExtALast = 0x4DBF;
constexpr char32_t kUroFirst = 0x4E00;
constexpr char32_t kUroLast = 0x9FFF;
constexpr std::size_t kCharCount = (kExtALast - kExtAFirst + 1) + (kUroLast - kUroFirst + 1);

// Field order is priority order: the first reading of a character is its usual one.
const char *const kFields[] = {"kMandarin", "kHanyuPinyin", "kXHC1983", "kTGHZ2013", "kHanyuPinlu"};

bool slot(char32_t cp, std::size_t *index)
{
    if (cp >= kExtAFirst && cp <= kExtALast) {
        *index = cp - kExtAFirst;
        return true;
    }
    if (cp >= kUroFirst && cp <= kUroLast) {
        *index = (kExtALast - kExtAFirst + 1) + (cp - kUroFirst);
        return true;
    }
    return false;
}

bool readFile(const std::string &path, std::string *out)
{
    const bool compressed = path.size() > 4 && path.compare(path.size() - 4, 4, ".bz2") == 0;
    FILE *f = std::fopen(path.c_str(), "rb");
    if (!f)
        return false;
    bool ok = true;
    if (!compressed) {
        char buf[1 << 16];
        std::size_t n;
        while ((n = std::fread(buf, 1, sizeof buf, f)) > 0)
            out->append(buf, n);
        ok = !std::ferror(f);
    } else {
        int error = BZ_OK;
        BZFILE *bz = BZ2_bzReadOpen(&error, f, 0, 0, nullptr, 0);
        if (error != BZ_OK) {
            ok = false;
        } else {
            char buf[1 << 16];
            while (error == BZ_OK) {
                const int n = BZ2_bzRead(&error, bz, buf, sizeof buf);
                if (n > 0)
                    out->append(buf, static_cast<std::size_t>(n));
            }
            ok = error == BZ_STREAM_END;
            BZ2_bzReadClose(&error, bz);
        }
    }
    std::fclose(f);
    return ok;
}

// Decodes one UTF-8 sequence; returns 0 (and stops) on malformed input.
char32_t nextCodePoint(const std::string &s, std::size_t *i)
{
    const auto b = static_cast<unsigned char>(s[*i]);
    int extra = 0;
    char32_t cp = 0;
    if (b < 0x80) {
        cp = b;
    } else if ((b & 0xE0) == 0xC0) {
        cp = b & 0x1F;
        extra = 1;
    } else if ((b & 0xF0) == 0xE0) {
        cp = b & 0x0F;
        extra = 2;
    } else if ((b & 0xF8) == 0xF0) {
        cp = b & 0x07;
        extra = 3;
    } else {
        return 0;
    }
    ++*i;
    for (int k = 0; k < extra; ++k, ++*i) {
        if (*i >= s.size() || (static_cast<unsigned char>(s[*i]) & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (static_cast<unsigned char>(s[*i]) & 0x3F);
    }
    return cp;
}

// The letters of a pinyin reading without tone marks, ü as 'v'; empty if the
// reading has a character this table does not know (reported by the caller).
std::string toneless(const std::string &reading)
{
    std::string out;
    std::size_t i = 0;
    while (i < reading.size()) {
        const char32_t cp = nextCodePoint(reading, &i);
        if (cp >= 'a' && cp <= 'z') {
            out += static_cast<char>(cp);
            continue;
        }
        if (cp >= 0x300 && cp <= 0x36F) // combining tone mark (ê̄, m̀ …)
            continue;
        switch (cp) {
        case U'ā':
        case U'á':
        case U'ǎ':
        case U'à':
            out += 'a';
            break;
        case U'ē':
        case U'é':
        case U'ě':
        case U'è':
        case U'ê':
        case U'ế':
        case U'ề':
            out += 'e';
            break;
        case U'ī':
        case U'í':
        case U'ǐ':
        case U'ì':
            out += 'i';
            break;
        case U'ō':
        case U'ó':
        case U'ǒ':
        case U'ò':
            out += 'o';
            break;
        case U'ū':
        case U'ú':
        case U'ǔ':
        case U'ù':
            out += 'u';
            break;
        case U'ü':
        case U'ǖ':
        case U'ǘ':
        case U'ǚ':
        case U'ǜ':
            out += 'v';
            break;
        case U'ń':
        case U'ň':
        case U'ǹ':
            out += 'n';
            break;
        case U'ḿ':
            out += 'm';
            break;
        default:
            return {};
        }
    }
    return out;
}

void addReading(std::vector<std::string> *readings, const std::string &syllable)
{
    if (std::find(readings->begin(), readings->end(), syllable) == readings->end())
        readings->push_back(syllable);
}

// "63680.020:zhòng,chóng,tóng", "0683.040:lè", "lè(283)", "zhòng" → readings.
void parseValue(const std::string &value, std::vector<std::string> *readings, int *unknown)
{
    std::istringstream words(value);
    std::string word;
    while (words >> word) {
        if (const auto colon = word.rfind(':'); colon != std::string::npos)
            word = word.substr(colon + 1);
        if (const auto paren = word.find('('); paren != std::string::npos)
            word = word.substr(0, paren);
        std::size_t start = 0;
        while (start <= word.size()) {
            auto comma = word.find(',', start);
            if (comma == std::string::npos)
                comma = word.size();
            const std::string one = word.substr(start, comma - start);
            start = comma + 1;
            if (one.empty())
                continue;
            const std::string letters = toneless(one);
            if (letters.empty()) {
                ++*unknown;
                continue;
            }
            addReading(readings, letters);
            // ü: "lv" as input methods write it, and "lu" as people type it.
            if (letters.find('v') != std::string::npos) {
                std::string u = letters;
                std::replace(u.begin(), u.end(), 'v', 'u');
                addReading(readings, u);
            }
        }
    }
}

void writeNumbers(std::ostream &out, const std::vector<std::uint32_t> &values)
{
    for (std::size_t i = 0; i < values.size(); ++i) {
        out << (i % 20 == 0 ? "\n    " : " ") << values[i] << ',';
    }
    out << '\n';
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::cerr << "usage: yc_pinyingen <Unihan_Readings.txt[.bz2]> <output.cpp>\n";
        return 2;
    }
    const std::string input = argv[1];
    std::string text;
    if (!readFile(input, &text)) {
        std::cerr << "yc_pinyingen: cannot read " << input
                  << " (Debian/Ubuntu: the unicode-data package provides it)\n";
        return 1;
    }

    // Per field, per slot, the raw value; combined in priority order below.
    constexpr std::size_t kFieldCount = sizeof kFields / sizeof kFields[0];
    std::vector<std::vector<std::string>> raw(kFieldCount, std::vector<std::string>(kCharCount));
    std::string unicodeVersion;
    std::istringstream lines(text);
    std::string line;
    while (std::getline(lines, line)) {
        if (line.rfind("# Unicode version:", 0) == 0 && unicodeVersion.empty())
            unicodeVersion = line.substr(2);
        if (line.empty() || line[0] == '#' || line.rfind("U+", 0) != 0)
            continue;
        const auto tab1 = line.find('\t');
        const auto tab2 = tab1 == std::string::npos ? tab1 : line.find('\t', tab1 + 1);
        if (tab2 == std::string::npos)
            continue;
        const std::string field = line.substr(tab1 + 1, tab2 - tab1 - 1);
        const auto f = std::find_if(std::begin(kFields), std::end(kFields),
                                    [&](const char *name) { return field == name; });
        if (f == std::end(kFields))
            continue;
        const auto cp = static_cast<char32_t>(std::stoul(line.substr(2, tab1 - 2), nullptr, 16));
        std::size_t index = 0;
        if (!slot(cp, &index))
            continue;
        raw[static_cast<std::size_t>(f - std::begin(kFields))][index] = line.substr(tab2 + 1);
    }

    std::vector<std::vector<std::string>> readings(kCharCount);
    int unknown = 0;
    std::size_t withReadings = 0;
    for (std::size_t c = 0; c < kCharCount; ++c) {
        for (std::size_t f = 0; f < kFieldCount; ++f)
            parseValue(raw[f][c], &readings[c], &unknown);
        if (!readings[c].empty())
            ++withReadings;
    }
    if (withReadings < 20000) {
        std::cerr << "yc_pinyingen: only " << withReadings << " characters with readings in " << input
                  << "; is it the Unihan readings file?\n";
        return 1;
    }

    // Syllables sorted, numbered by that order.
    std::map<std::string, std::uint32_t> syllableIds;
    for (const auto &list : readings)
        for (const auto &s : list)
            syllableIds.emplace(s, 0);
    std::uint32_t next = 0;
    for (auto &[s, id] : syllableIds)
        id = next++;

    // Distinct reading sets in first-seen order; set 0 is "no reading".
    std::map<std::vector<std::uint32_t>, std::uint32_t> setIds;
    std::vector<std::vector<std::uint32_t>> sets{{}};
    setIds[{}] = 0;
    std::vector<std::uint32_t> charSet(kCharCount, 0);
    for (std::size_t c = 0; c < kCharCount; ++c) {
        std::vector<std::uint32_t> ids;
        for (const auto &s : readings[c])
            ids.push_back(syllableIds.at(s));
        auto [it, inserted] = setIds.emplace(ids, static_cast<std::uint32_t>(sets.size()));
        if (inserted)
            sets.push_back(ids);
        charSet[c] = it->second;
    }

    std::vector<std::uint32_t> syllableOffsets;
    std::string syllableText;
    for (const auto &[s, id] : syllableIds) {
        syllableOffsets.push_back(static_cast<std::uint32_t>(syllableText.size()));
        syllableText += s;
    }
    syllableOffsets.push_back(static_cast<std::uint32_t>(syllableText.size()));
    std::vector<std::uint32_t> setOffsets;
    std::vector<std::uint32_t> setMembers;
    for (const auto &set : sets) {
        setOffsets.push_back(static_cast<std::uint32_t>(setMembers.size()));
        setMembers.insert(setMembers.end(), set.begin(), set.end());
    }
    setOffsets.push_back(static_cast<std::uint32_t>(setMembers.size()));
    if (sets.size() > 0xFFFF || setMembers.size() > 0xFFFF || syllableText.size() > 0xFFFF) {
        std::cerr << "yc_pinyingen: table does not fit 16-bit indexes\n";
        return 1;
    }

    const std::size_t bytes = syllableText.size() + 2 * (syllableOffsets.size() + setOffsets.size() +
                                                         setMembers.size() + charSet.size());
    std::ostringstream out;
    out << "// Generated by yc_pinyingen from " << input << " (" << unicodeVersion
        << ").\n// Do not edit: models/search/tools/pinyingen.cpp explains what it keeps.\n"
        << "// " << withReadings << " of " << kCharCount << " characters with readings, "
        << syllableIds.size() << " syllables, " << sets.size() << " distinct reading sets, " << bytes
        << " bytes of tables.\n"
        << "#include \"search/pinyindata.h\"\n\nnamespace yc::pinyindata {\n\n"
        << "const int kSyllableCount = " << syllableIds.size() << ";\n"
        << "const int kSetCount = " << sets.size() << ";\n"
        << "const int kCharsWithReadings = " << withReadings << ";\n"
        << "const int kTableBytes = " << bytes << ";\n\n"
        << "const char kSyllableText[] = \"" << syllableText << "\";\n\n"
        << "const std::uint16_t kSyllableOffsets[] = {";
    writeNumbers(out, syllableOffsets);
    out << "};\n\nconst std::uint16_t kSetOffsets[] = {";
    writeNumbers(out, setOffsets);
    out << "};\n\nconst std::uint16_t kSetMembers[] = {";
    writeNumbers(out, setMembers);
    out << "};\n\nconst std::uint16_t kCharSets[] = {";
    writeNumbers(out, charSet);
    out << "};\n\n} // namespace yc::pinyindata\n";

    // Written only when different, so an unchanged table does not rebuild yc_models.
    const std::string generated = out.str();
    std::string previous;
    if (readFile(argv[2], &previous) && previous == generated)
        return 0;
    std::ofstream file(argv[2], std::ios::binary | std::ios::trunc);
    file << generated;
    if (!file) {
        std::cerr << "yc_pinyingen: cannot write " << argv[2] << '\n';
        return 1;
    }
    std::cout << "yc_pinyingen: " << withReadings << " characters, " << syllableIds.size() << " syllables, "
              << sets.size() << " reading sets, " << bytes << " bytes"
              << (unknown ? ", skipped readings with unknown letters: " + std::to_string(unknown) : "")
              << '\n';
    return 0;
}
