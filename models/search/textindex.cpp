#include "textindex.h"

#include "search/pinyin.h"

#include <QString>

namespace yc::search {

namespace {

// The code point at i (a surrogate pair counts once), advancing i.
char32_t nextCodePoint(QStringView text, qsizetype &i)
{
    const QChar c = text.at(i++);
    if (c.isHighSurrogate() && i < text.size() && text.at(i).isLowSurrogate())
        return QChar::surrogateToUcs4(c, text.at(i++));
    return c.unicode();
}

// How much of a text is read at most per output code point: enough for
// whitespace between the characters, not enough for a hostile query to cost.
constexpr int kInputPerOutput = 4;

void appendFolded(char32_t c, std::vector<char32_t> &out);

void appendAscii(char32_t c, std::vector<char32_t> &out)
{
    if (c >= U'A' && c <= U'Z')
        c += U'a' - U'A';
    // Whitespace, controls and the separators people put into pinyin.
    if (c <= 0x20 || c == 0x7F || c == U'\'' || c == U'`')
        return;
    out.push_back(c);
}

void appendFolded(char32_t c, std::vector<char32_t> &out)
{
    if (c < 0x80) {
        appendAscii(c, out);
        return;
    }
    if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF)) {
        out.push_back(c);
        return;
    }
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Mark_NonSpacing: // a combining tone mark typed on its own
    case QChar::Mark_Enclosing:
        return;
    default:
        break;
    }
    // ’ ‘ (apostrophes from input methods), · ・ (name separators).
    if (c == 0x2018 || c == 0x2019 || c == 0x00B7 || c == 0x30FB || c == 0x2027)
        return;
    // Latin letters with diacritics: the base letter; ü (ǖ ǘ ǚ ǜ) is written v.
    char32_t base = c;
    while (base != U'ü' && base != U'Ü' && QChar::decompositionTag(base) == QChar::Canonical) {
        const QString d = QChar::decomposition(base);
        qsizetype at = 0;
        const char32_t first = d.isEmpty() ? base : nextCodePoint(d, at);
        if (first == base)
            break;
        base = first;
    }
    if (base == U'ü' || base == U'Ü') {
        out.push_back(U'v');
        return;
    }
    if (base < 0x80 && base != c) {
        appendAscii(base, out);
        return;
    }
    // Compatibility forms (full-width Ａ１（, ㈠ …) and case.
    const QString compatible =
        QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_KC).toCaseFolded();
    if (compatible.size() == 1 && compatible.at(0).unicode() == c) {
        out.push_back(c);
        return;
    }
    for (qsizetype i = 0; i < compatible.size();) {
        const char32_t d = nextCodePoint(compatible, i);
        if (d == c)
            out.push_back(d);
        else
            appendFolded(d, out);
    }
}

} // namespace

std::vector<char32_t> normalize(QStringView text, int maxLength)
{
    std::vector<char32_t> out;
    out.reserve(static_cast<std::size_t>(std::min<qsizetype>(text.size(), maxLength)));
    const qsizetype readLimit = qsizetype(maxLength) * kInputPerOutput;
    for (qsizetype i = 0; i < text.size() && static_cast<int>(out.size()) < maxLength && i < readLimit;)
        appendFolded(nextCodePoint(text, i), out);
    if (static_cast<int>(out.size()) > maxLength)
        out.resize(static_cast<std::size_t>(maxLength));
    return out;
}

std::uint64_t hashChars(std::span<const CharId> chars)
{
    std::uint64_t h = 1469598103934665603ull; // FNV-1a
    for (const CharId c : chars) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

// --- Alphabet ---------------------------------------------------------------

CharId Alphabet::intern(char32_t c)
{
    if (const auto it = m_ids.find(c); it != m_ids.end())
        return it->second;
    if (m_chars.size() >= kNoChar)
        return kNoChar;
    const auto id = static_cast<CharId>(m_chars.size());
    m_ids.emplace(c, id);
    m_chars.push_back(c);
    return id;
}

CharId Alphabet::find(char32_t c) const
{
    const auto it = m_ids.find(c);
    return it == m_ids.end() ? kNoChar : it->second;
}

void Alphabet::finish()
{
    m_readingStart.assign(1, 0);
    m_readings.clear();
    for (const char32_t c : m_chars) {
        const auto r = pinyin::readings(c);
        m_readings.insert(m_readings.end(), r.begin(), r.end());
        m_readingStart.push_back(static_cast<std::uint32_t>(m_readings.size()));
    }
    // Characters by syllable (counting sort).
    const auto syllables = static_cast<std::size_t>(pinyin::syllableCount());
    m_bySyllableStart.assign(syllables + 1, 0);
    for (const std::uint16_t s : m_readings)
        ++m_bySyllableStart[s + 1];
    for (std::size_t s = 0; s < syllables; ++s)
        m_bySyllableStart[s + 1] += m_bySyllableStart[s];
    m_bySyllable.assign(m_readings.size(), 0);
    m_syllables.resize(syllables);
    for (std::size_t s = 0; s < syllables; ++s)
        m_syllables[s] = pinyin::syllable(static_cast<int>(s));
    std::vector<std::uint32_t> fill(m_bySyllableStart.begin(), m_bySyllableStart.end() - 1);
    for (std::size_t c = 0; c < m_chars.size(); ++c)
        for (std::uint32_t r = m_readingStart[c]; r < m_readingStart[c + 1]; ++r)
            m_bySyllable[fill[m_readings[r]]++] = static_cast<CharId>(c);
}

std::size_t Alphabet::memoryBytes() const
{
    // An unordered_map node is about a key, a value, a next pointer and a cached hash.
    return m_ids.size() * (sizeof(char32_t) + sizeof(CharId) + 2 * sizeof(void *)) +
           m_ids.bucket_count() * sizeof(void *) + m_chars.capacity() * sizeof(char32_t) +
           m_readingStart.capacity() * 4 + m_readings.capacity() * 2 + m_bySyllableStart.capacity() * 4 +
           m_bySyllable.capacity() * sizeof(CharId) + m_syllables.capacity() * sizeof(std::string_view);
}

void Marks::begin(std::size_t size)
{
    if (stamp.size() < size) {
        stamp.resize(size, 0);
        count.resize(size, 0);
        last.resize(size, 0);
    }
    if (++epoch == 0) {
        std::fill(stamp.begin(), stamp.end(), 0);
        epoch = 1;
    }
}

// --- PinyinMatcher ----------------------------------------------------------

namespace {

// Syllables by first letter, built once from the generated table.
const std::array<std::vector<int>, 26> &syllablesByLetter()
{
    static const auto table = [] {
        std::array<std::vector<int>, 26> t;
        for (int s = 0; s < pinyin::syllableCount(); ++s) {
            const std::string_view text = pinyin::syllable(s);
            if (!text.empty() && text[0] >= 'a' && text[0] <= 'z')
                t[static_cast<std::size_t>(text[0] - 'a')].push_back(s);
        }
        return t;
    }();
    return table;
}

} // namespace

PinyinMatcher::PinyinMatcher(const Alphabet &alphabet, std::span<const char32_t> query)
    : m_alphabet(alphabet)
    , m_m(static_cast<int>(query.size()))
{
    bool letters = false;
    for (const char32_t c : query)
        letters = letters || isLetter(c);
    if (!letters || m_m < 1 || m_m > kMaxBitQuery)
        return;
    m_usable = true;
    m_end = std::uint64_t(1) << m_m;
    m_syllables.assign(static_cast<std::size_t>(pinyin::syllableCount()), {});
    m_literal.assign(static_cast<std::size_t>(alphabet.size()), 0);
    for (int s = 0; s < m_m; ++s) {
        const char32_t c = query[static_cast<std::size_t>(s)];
        // The character itself (Han in a mixed query, a Latin letter or digit).
        if (const CharId id = alphabet.find(c); id != kNoChar)
            m_literal[id] |= std::uint64_t(1) << s;
        if (!isLetter(c))
            continue;
        const std::uint64_t bit = std::uint64_t(1) << s;
        for (const int syllable : syllablesByLetter()[c - U'a']) {
            const std::string_view text = pinyin::syllable(syllable);
            SyllableMasks &masks = m_syllables[static_cast<std::size_t>(syllable)];
            const auto len = static_cast<int>(text.size());
            masks.length = len;
            masks.initial1 |= bit;
            if (len >= 2 && text[1] == 'h' && (text[0] == 'z' || text[0] == 'c' || text[0] == 's') &&
                s + 1 < m_m && query[static_cast<std::size_t>(s) + 1] == U'h')
                masks.initial2 |= bit;
            int same = 1;
            while (same < len && s + same < m_m &&
                   query[static_cast<std::size_t>(s + same)] ==
                       char32_t(text[static_cast<std::size_t>(same)]))
                ++same;
            if (same == len)
                masks.full |= bit;
            else if (s + same == m_m)
                masks.partial |= bit; // the query ends inside this syllable
        }
    }
    // First characters: the literal one and every character with a reading
    // starting with the first letter.
    const char32_t first = query[0];
    if (const CharId id = alphabet.find(first); id != kNoChar)
        m_firstChars.push_back(id);
    if (isLetter(first)) {
        for (const int syllable : syllablesByLetter()[first - U'a'])
            for (const CharId c : alphabet.withSyllable(syllable))
                m_firstChars.push_back(c);
    }
    std::sort(m_firstChars.begin(), m_firstChars.end());
    m_firstChars.erase(std::unique(m_firstChars.begin(), m_firstChars.end()), m_firstChars.end());
}

int PinyinMatcher::step(const State &in, CharId c, State *out) const
{
    *out = {};
    if (c == kNoChar || c >= m_literal.size())
        return 0;
    int done = 0;
    const std::uint64_t literal = m_literal[c];
    if (literal) {
        // A Latin letter or digit in the text keeps a path pure; a Han
        // character typed as itself makes it mixed.
        const bool han = isHan(m_alphabet.codePoint(c));
        out->any |= (in.any & literal) << 1;
        if (!han) {
            out->full |= (in.full & literal) << 1;
            out->initials |= (in.initials & literal) << 1;
        }
    }
    for (const std::uint16_t s : m_alphabet.readings(c)) {
        const SyllableMasks &m = m_syllables[s];
        if (!(m.initial1 & in.any))
            continue; // no position where this syllable's first letter is typed
        const int len = m.length;
        out->any |= ((in.any & m.full) << len) | ((in.any & m.initial1) << 1) | ((in.any & m.initial2) << 2);
        out->full |= (in.full & m.full) << len;
        out->initials |= ((in.initials & m.initial1) << 1) | ((in.initials & m.initial2) << 2);
        if (in.any & m.partial)
            done |= AnyPath;
        if (in.full & m.partial)
            done |= FullPath;
    }
    if (out->any & m_end)
        done |= AnyPath;
    if (out->full & m_end)
        done |= FullPath;
    if (out->initials & m_end)
        done |= InitialsPath;
    // Matched-to-the-end bits have nowhere further to go.
    out->any &= ~m_end;
    out->full &= ~m_end;
    out->initials &= ~m_end;
    return done;
}

// --- TextIndex --------------------------------------------------------------

void TextIndex::build(const Alphabet &alphabet, std::vector<std::vector<CharId>> texts, Options options)
{
    m_alphabet = &alphabet;
    m_textStart.assign(1, 0);
    m_chars.clear();
    m_whole.clear();
    std::size_t total = 0;
    for (auto &t : texts) {
        if (t.size() > static_cast<std::size_t>(kMaxTextLength))
            t.resize(static_cast<std::size_t>(kMaxTextLength));
        total += t.size();
    }
    m_chars.reserve(total);
    for (std::size_t i = 0; i < texts.size(); ++i) {
        m_chars.insert(m_chars.end(), texts[i].begin(), texts[i].end());
        m_textStart.push_back(static_cast<std::uint32_t>(m_chars.size()));
        if (options.wholeLookup)
            m_whole.emplace(hashChars(texts[i]), static_cast<int>(i));
    }
    const auto letters = static_cast<std::size_t>(alphabet.size());

    // Character postings, counting sort: in text then position order.
    m_charStart.assign(letters + 1, 0);
    for (const CharId c : m_chars)
        if (c != kNoChar)
            ++m_charStart[c + 1];
    for (std::size_t c = 0; c < letters; ++c)
        m_charStart[c + 1] += m_charStart[c];
    m_charPostings.assign(m_charStart.back(), 0);
    {
        std::vector<std::uint32_t> fill(m_charStart.begin(), m_charStart.end() - 1);
        for (int t = 0; t < size(); ++t) {
            const auto chars = text(t);
            for (std::size_t p = 0; p < chars.size(); ++p)
                if (chars[p] != kNoChar)
                    m_charPostings[fill[chars[p]]++] = Posting(t) << 8 | Posting(p);
        }
    }

    // Bigram postings: (first, second, text, position) sorted as one key.
    std::vector<std::uint64_t> keys;
    keys.reserve(total);
    for (int t = 0; t < size(); ++t) {
        const auto chars = text(t);
        for (std::size_t p = 0; p + 1 < chars.size(); ++p)
            if (chars[p] != kNoChar && chars[p + 1] != kNoChar)
                keys.push_back(std::uint64_t(chars[p]) << 48 | std::uint64_t(chars[p + 1]) << 32 |
                               (Posting(t) << 8 | Posting(p)));
    }
    std::sort(keys.begin(), keys.end());
    m_firstBigram.assign(letters + 1, 0);
    m_bigramSecond.clear();
    m_bigramStart.assign(1, 0);
    m_bigramPostings.resize(keys.size());
    std::uint32_t previous = 0xFFFFFFFF;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const auto pair = static_cast<std::uint32_t>(keys[i] >> 32);
        if (pair != previous) {
            if (i > 0)
                m_bigramStart.push_back(static_cast<std::uint32_t>(i));
            m_bigramSecond.push_back(static_cast<CharId>(pair & 0xFFFF));
            ++m_firstBigram[(pair >> 16) + 1];
            previous = pair;
        }
        m_bigramPostings[i] = static_cast<Posting>(keys[i] & 0xFFFFFFFF);
    }
    m_bigramStart.push_back(static_cast<std::uint32_t>(keys.size()));
    for (std::size_t c = 0; c < letters; ++c)
        m_firstBigram[c + 1] += m_firstBigram[c];
    m_bigramSecond.shrink_to_fit();
    m_bigramStart.shrink_to_fit();

    m_signatures.clear();
    m_byLength.clear();
    if (!options.pinyinSignatures)
        return;
    m_byLength.resize(static_cast<std::size_t>(size()));
    for (int t = 0; t < size(); ++t)
        m_byLength[static_cast<std::size_t>(t)] = t;
    std::stable_sort(m_byLength.begin(), m_byLength.end(),
                     [this](int a, int b) { return text(a).size() < text(b).size(); });
    // Letter pairs and triples along every path through the readings
    // (within a reading and across neighbouring characters' readings); a
    // Latin letter in the text is its own reading. "tails" are the last two
    // letters of the paths reaching the current character.
    m_signatures.assign(static_cast<std::size_t>(size()), {});
    std::vector<std::string> tails;
    std::vector<std::string> nextTails;
    std::string path;
    for (int t = 0; t < size(); ++t) {
        Signature &sig = m_signatures[static_cast<std::size_t>(t)];
        tails.assign(1, std::string());
        for (const CharId c : text(t)) {
            nextTails.clear();
            const auto walk = [&](std::string_view chain) {
                for (const std::string &tail : tails) {
                    path = tail;
                    path += chain;
                    for (std::size_t j = std::max<std::size_t>(1, tail.size()); j < path.size(); ++j) {
                        sig.set(sig.pairs, letterPair(char32_t(path[j - 1]), char32_t(path[j])));
                        if (j >= 2)
                            sig.set(sig.triples, letterTriple(char32_t(path[j - 2]), char32_t(path[j - 1]),
                                                              char32_t(path[j])));
                    }
                    nextTails.push_back(path.substr(path.size() - std::min<std::size_t>(2, path.size())));
                }
            };
            const char32_t cp = c == kNoChar ? 0 : alphabet.codePoint(c);
            const auto readings = c == kNoChar ? std::span<const std::uint16_t>() : alphabet.readings(c);
            if (isLetter(cp)) {
                const char letter = static_cast<char>(cp);
                walk(std::string_view(&letter, 1));
            }
            for (const std::uint16_t r : readings)
                walk(alphabet.syllable(r));
            if (nextTails.empty())
                nextTails.emplace_back(); // a character without pinyin breaks the paths
            std::sort(nextTails.begin(), nextTails.end());
            nextTails.erase(std::unique(nextTails.begin(), nextTails.end()), nextTails.end());
            tails.swap(nextTails);
        }
    }
}

int TextIndex::findWhole(std::span<const CharId> q) const
{
    const auto [from, to] = m_whole.equal_range(hashChars(q));
    for (auto it = from; it != to; ++it) {
        const auto chars = text(it->second);
        if (std::equal(chars.begin(), chars.end(), q.begin(), q.end()))
            return it->second;
    }
    return -1;
}

int TextIndex::findBigram(CharId a, CharId b) const
{
    if (a == kNoChar || b == kNoChar || a >= m_firstBigram.size() - 1)
        return -1;
    const auto from = m_bigramSecond.begin() + m_firstBigram[a];
    const auto to = m_bigramSecond.begin() + m_firstBigram[a + 1];
    const auto it = std::lower_bound(from, to, b);
    if (it == to || *it != b)
        return -1;
    return static_cast<int>(it - m_bigramSecond.begin());
}

bool TextIndex::oneEditPinyin(int t, std::span<const char32_t> letters,
                              const std::array<std::uint64_t, 26> &peq, std::uint64_t keep) const
{
    const std::uint64_t end = std::uint64_t(1) << letters.size();
    // The text is a graph of letters: each character is one chain per
    // reading; the rows of every chain's end are merged (OR of "≤ d" sets
    // is the minimum) before the next character.
    OneEdit atBoundary;
    for (const CharId c : text(t)) {
        OneEdit merged{0, 0};
        bool any = false;
        const auto run = [&](std::string_view chain) {
            OneEdit d = atBoundary;
            for (const char ch : chain) {
                const std::uint64_t match =
                    ch >= 'a' && ch <= 'z' ? peq[static_cast<std::size_t>(ch - 'a')] : 0;
                d.step(match, keep);
                if (d.one & end)
                    return true;
            }
            merged.zero |= d.zero;
            merged.one |= d.one;
            any = true;
            return false;
        };
        if (c == kNoChar) {
            if (run(std::string_view("\x01", 1)))
                return true;
        } else {
            const char32_t cp = m_alphabet->codePoint(c);
            const auto readings = m_alphabet->readings(c);
            if (readings.empty()) {
                const char one = isLetter(cp) ? static_cast<char>(cp) : '\x01';
                if (run(std::string_view(&one, 1)))
                    return true;
            }
            for (const std::uint16_t s : readings)
                if (run(m_alphabet->syllable(s)))
                    return true;
        }
        if (any)
            atBoundary = merged;
    }
    return false;
}

std::size_t TextIndex::memoryBytes() const
{
    return m_textStart.capacity() * 4 + m_chars.capacity() * sizeof(CharId) + m_charStart.capacity() * 4 +
           m_charPostings.capacity() * sizeof(Posting) + m_firstBigram.capacity() * 4 +
           m_bigramSecond.capacity() * sizeof(CharId) + m_bigramStart.capacity() * 4 +
           m_bigramPostings.capacity() * sizeof(Posting) +
           m_whole.size() * (sizeof(std::uint64_t) + sizeof(int) + 2 * sizeof(void *)) +
           m_whole.bucket_count() * sizeof(void *) + m_signatures.capacity() * sizeof(Signature) +
           m_byLength.capacity() * sizeof(int);
}

} // namespace yc::search
