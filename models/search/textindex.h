#pragma once

// The machinery behind MatterSearch (mattersearch.h), internal to
// models/search: an alphabet of the indexed characters with their pinyin,
// and one TextIndex per searched field (names, keywords, departments,
// synonym terms) with character and bigram postings.

#include <algorithm>
#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <QStringView>

namespace yc::search {

// Characters are numbered densely so postings and per-query tables can be
// plain arrays. 65,535 distinct characters is far beyond any catalog; a
// character past that gets kNoChar, which matches nothing.
using CharId = std::uint16_t;
constexpr CharId kNoChar = 0xFFFF;

// Positions are stored in a byte next to the text number (format limits:
// names 200, departments 100 characters); longer texts are indexed up to here.
constexpr int kMaxTextLength = 255;
// Query bits are positions in one 64-bit word (position m = "all matched").
constexpr int kMaxBitQuery = 63;

// Lower case, full-width → ASCII (NFKC), no whitespace, control or format
// characters, no apostrophes or middle dots (xi'an, 阿依·…), Latin letters
// without diacritics and ü → v (hūnyīn → hunyin, lǜ → lv). Applied to the
// indexed texts and to queries alike. Reads at most maxLength code points of
// output and stops reading the input soon after, so a hostile 10,000-character
// query costs no more than a long one.
std::vector<char32_t> normalize(QStringView text, int maxLength);

inline bool isLetter(char32_t c)
{
    return c >= U'a' && c <= U'z';
}

inline bool isHan(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x323AF) ||
           (c >= 0xF900 && c <= 0xFAFF);
}

class Alphabet
{
public:
    // Build time: the number of c, a new one if needed (kNoChar when full).
    CharId intern(char32_t c);
    // Query time: the number of c, kNoChar if no indexed text has it.
    CharId find(char32_t c) const;
    int size() const { return static_cast<int>(m_chars.size()); }
    char32_t codePoint(CharId id) const { return m_chars[id]; }
    std::span<const std::uint16_t> readings(CharId id) const
    {
        return {m_readings.data() + m_readingStart[id], m_readings.data() + m_readingStart[id + 1]};
    }
    // The letters of syllable s (search/pinyin.h, cached here to be inlined).
    std::string_view syllable(int s) const { return m_syllables[static_cast<std::size_t>(s)]; }
    // The indexed characters that have syllable s as a reading.
    std::span<const CharId> withSyllable(int s) const
    {
        return {m_bySyllable.data() + m_bySyllableStart[s], m_bySyllable.data() + m_bySyllableStart[s + 1]};
    }
    // After the last intern(): builds the reading tables.
    void finish();
    std::size_t memoryBytes() const;

private:
    std::unordered_map<char32_t, CharId> m_ids;
    std::vector<char32_t> m_chars;
    std::vector<std::uint32_t> m_readingStart;
    std::vector<std::uint16_t> m_readings;
    std::vector<std::uint32_t> m_bySyllableStart;
    std::vector<CharId> m_bySyllable;
    std::vector<std::string_view> m_syllables;
};

// Per-thread working memory that outlives one call: arrays indexed by text
// or matter number, invalidated in O(1) by moving to the next epoch instead
// of being cleared.
struct Marks
{
    std::vector<std::uint32_t> stamp;
    std::vector<std::uint16_t> count;
    std::vector<std::uint16_t> last;
    std::uint32_t epoch = 0;

    void begin(std::size_t size);
    bool fresh(std::size_t i)
    {
        if (stamp[i] == epoch)
            return false;
        stamp[i] = epoch;
        count[i] = 0;
        last[i] = 0xFFFF;
        return true;
    }
};

// Pinyin matching of one query against character sequences. A query
// position is consumed by, per character of the text:
//   - a full reading (重 ← "zhong" or "chong"),
//   - its initial letter or zh/ch/sh (重 ← "z", "zh", "c", "ch"),
//   - the beginning of a reading when the query ends there (重 ← "zho"),
//   - the character itself (结婚dj: 结 ← 结) or a Latin letter/digit in the
//     text (B超 ← "b").
// All positions are tracked at once as bits of a 64-bit word (bit s: the
// query is matched up to s), separately for paths that used only full
// readings, only initials, or anything.
class PinyinMatcher
{
public:
    enum Class : int
    {
        AnyPath = 1,      // full readings, initials and characters mixed
        FullPath = 2,     // full readings only (the last one may be cut short)
        InitialsPath = 4, // initials only
    };
    struct State
    {
        std::uint64_t any = 0;
        std::uint64_t full = 0;
        std::uint64_t initials = 0;
        bool alive() const { return any != 0; }
    };

    // query: normalized code points; usable() says whether pinyin applies
    // (at least one Latin letter, at most kMaxBitQuery positions).
    PinyinMatcher(const Alphabet &alphabet, std::span<const char32_t> query);
    bool usable() const { return m_usable; }
    int length() const { return m_m; }
    State start() const { return {1, 1, 1}; }
    // One text character; returns the Class bits of paths that matched the
    // whole query at this character.
    int step(const State &in, CharId c, State *out) const;
    // The characters that can take the first query position.
    const std::vector<CharId> &firstChars() const { return m_firstChars; }

private:
    struct SyllableMasks
    {
        std::uint64_t full = 0;
        std::uint64_t initial1 = 0;
        std::uint64_t initial2 = 0;
        std::uint64_t partial = 0;
        int length = 0;
    };
    const Alphabet &m_alphabet;
    bool m_usable = false;
    int m_m = 0;
    std::uint64_t m_end = 0;
    std::vector<SyllableMasks> m_syllables;
    std::vector<std::uint64_t> m_literal; // per CharId
    std::vector<CharId> m_firstChars;
};

// One edit (substitution, insertion or deletion) anywhere in a query of up
// to kMaxBitQuery symbols, found as a substring of a text: Sellers' dynamic
// programme with its two useful rows kept as bit sets (rows with distance 0,
// rows with distance ≤ 1).
struct OneEdit
{
    std::uint64_t zero = 1;
    std::uint64_t one = 3;

    // match: bit i+1 set where query symbol i equals the text symbol.
    void step(std::uint64_t match, std::uint64_t keep)
    {
        const std::uint64_t z = ((zero << 1) & match) | 1;
        one = (((one << 1) & match) | (zero << 1) | zero | (z << 1) | 1) & keep;
        zero = z & keep;
    }
};

class TextIndex
{
public:
    struct Options
    {
        bool wholeLookup = false;      // findWhole
        bool pinyinSignatures = false; // findOneEditPinyin
    };
    // Texts as character numbers; each is indexed up to kMaxTextLength.
    void build(const Alphabet &alphabet, std::vector<std::vector<CharId>> texts, Options options);
    int size() const { return static_cast<int>(m_textStart.size()) - 1; }
    std::span<const CharId> text(int t) const
    {
        return {m_chars.data() + m_textStart[t], m_chars.data() + m_textStart[t + 1]};
    }
    // The text equal to q, or -1.
    int findWhole(std::span<const CharId> q) const;
    // Every occurrence of q: hit(text, position).
    template <typename Hit>
    void findSubstring(std::span<const CharId> q, Hit &&hit) const;
    // Every pinyin match of the query: hit(text, position, length in characters, Class bits).
    template <typename Hit>
    void findPinyin(const PinyinMatcher &matcher, Hit &&hit) const;
    // Texts containing q with exactly one edit (queries of 3..kMaxBitQuery
    // characters): hit(text). marks must cover size().
    template <typename Hit>
    void findOneEdit(std::span<const CharId> q, int alphabetSize, Marks &marks, Hit &&hit) const;
    // Texts whose pinyin (any reading of each character) contains the
    // letters with one edit: hit(text). Needs pinyinSignatures. Texts are
    // tried shortest first, and only while proceed(text length) says so: the
    // caller stops once the shorter texts gave it enough hits.
    template <typename Proceed, typename Hit>
    void findOneEditPinyin(std::span<const char32_t> letters, Proceed &&proceed, Hit &&hit) const;

    std::size_t memoryBytes() const;

private:
    using Posting = std::uint32_t; // text << 8 | position
    static int postingText(Posting p) { return static_cast<int>(p >> 8); }
    static int postingPos(Posting p) { return static_cast<int>(p & 0xFF); }
    std::span<const Posting> charPostings(CharId c) const
    {
        if (c >= m_charStart.size() - 1)
            return {};
        return {m_charPostings.data() + m_charStart[c], m_charPostings.data() + m_charStart[c + 1]};
    }
    int findBigram(CharId a, CharId b) const;
    std::span<const Posting> bigramPostings(int bigram) const
    {
        return {m_bigramPostings.data() + m_bigramStart[bigram],
                m_bigramPostings.data() + m_bigramStart[bigram + 1]};
    }
    bool oneEditPinyin(int t, std::span<const char32_t> letters, const std::array<std::uint64_t, 26> &peq,
                       std::uint64_t keep) const;

    const Alphabet *m_alphabet = nullptr;
    std::vector<std::uint32_t> m_textStart{0};
    std::vector<CharId> m_chars;
    std::vector<std::uint32_t> m_charStart{0};
    std::vector<Posting> m_charPostings;
    // Distinct bigrams sorted by (first, second); per first character its range.
    std::vector<std::uint32_t> m_firstBigram{0};
    std::vector<CharId> m_bigramSecond;
    std::vector<std::uint32_t> m_bigramStart{0};
    std::vector<Posting> m_bigramPostings;
    std::unordered_multimap<std::uint64_t, int> m_whole;
    // Per text: the letter pairs and triples of its pinyin, hashed into
    // bits (a filter for the one-edit pinyin pass).
    struct Signature
    {
        std::array<std::uint64_t, 4> pairs{};   // 256 bits
        std::array<std::uint64_t, 8> triples{}; // 512 bits
        template <std::size_t N>
        static void set(std::array<std::uint64_t, N> &bits, int bit)
        {
            bits[static_cast<std::size_t>(bit) >> 6] |= std::uint64_t(1) << (bit & 63);
        }
        template <std::size_t N>
        static bool has(const std::array<std::uint64_t, N> &bits, int bit)
        {
            return (bits[static_cast<std::size_t>(bit) >> 6] >> (bit & 63)) & 1;
        }
    };
    std::vector<Signature> m_signatures;
    std::vector<int> m_byLength; // text numbers, shortest first
};

std::uint64_t hashChars(std::span<const CharId> chars);

// Letter pairs hashed to 0..255, triples to 0..511 (multiplicative hashing).
inline int letterPair(char32_t a, char32_t b)
{
    return static_cast<int>(((a - U'a') * 26 + (b - U'a')) * 2654435761u >> 24) & 0xFF;
}

inline int letterTriple(char32_t a, char32_t b, char32_t c)
{
    return static_cast<int>((((a - U'a') * 26 + (b - U'a')) * 26 + (c - U'a')) * 2654435761u >> 23) & 0x1FF;
}

template <typename Hit>
void TextIndex::findSubstring(std::span<const CharId> q, Hit &&hit) const
{
    if (q.empty())
        return;
    for (const CharId c : q)
        if (c == kNoChar)
            return;
    if (q.size() == 1) {
        for (const Posting p : charPostings(q[0]))
            hit(postingText(p), postingPos(p));
        return;
    }
    // Start from the rarest bigram of the query, then compare the rest.
    int best = -1;
    std::size_t bestSize = 0;
    std::size_t bestOffset = 0;
    for (std::size_t i = 0; i + 1 < q.size(); ++i) {
        const int b = findBigram(q[i], q[i + 1]);
        if (b < 0)
            return;
        const std::size_t n = m_bigramStart[b + 1] - m_bigramStart[b];
        if (best < 0 || n < bestSize) {
            best = b;
            bestSize = n;
            bestOffset = i;
        }
    }
    const auto n = static_cast<int>(q.size());
    for (const Posting p : bigramPostings(best)) {
        const int t = postingText(p);
        const int start = postingPos(p) - static_cast<int>(bestOffset);
        const auto chars = text(t);
        if (start < 0 || start + n > static_cast<int>(chars.size()))
            continue;
        bool same = true;
        for (int i = 0; i < n && same; ++i)
            same = chars[start + i] == q[i];
        if (same)
            hit(t, start);
    }
}

template <typename Hit>
void TextIndex::findPinyin(const PinyinMatcher &matcher, Hit &&hit) const
{
    if (!matcher.usable())
        return;
    const PinyinMatcher::State origin = matcher.start();
    for (const CharId first : matcher.firstChars()) {
        PinyinMatcher::State s1;
        if (const int done = matcher.step(origin, first, &s1))
            for (const Posting p : charPostings(first))
                hit(postingText(p), postingPos(p), 1, done);
        if (!s1.alive() || first >= m_firstBigram.size() - 1)
            continue;
        for (std::uint32_t b = m_firstBigram[first]; b < m_firstBigram[first + 1]; ++b) {
            PinyinMatcher::State s2;
            const int done = matcher.step(s1, m_bigramSecond[b], &s2);
            if (!done && !s2.alive())
                continue;
            for (const Posting p : bigramPostings(static_cast<int>(b))) {
                const int t = postingText(p);
                const int pos = postingPos(p);
                if (done)
                    hit(t, pos, 2, done);
                if (!s2.alive())
                    continue;
                // Longer matches: follow the text until the query is used up.
                const auto chars = text(t);
                PinyinMatcher::State s = s2;
                for (int i = pos + 2; i < static_cast<int>(chars.size()) && s.alive(); ++i) {
                    PinyinMatcher::State next;
                    if (const int d = matcher.step(s, chars[i], &next))
                        hit(t, pos, i - pos + 1, d);
                    s = next;
                }
            }
        }
    }
}

template <typename Hit>
void TextIndex::findOneEdit(std::span<const CharId> q, int alphabetSize, Marks &marks, Hit &&hit) const
{
    const auto n = static_cast<int>(q.size());
    if (n < 3 || n > kMaxBitQuery || size() == 0)
        return;
    marks.begin(static_cast<std::size_t>(size()));
    std::vector<int> candidates;
    // Filter (q-gram lemma): one edit destroys at most one query character
    // or two query bigrams, so a match keeps all distinct characters but one
    // (3-character queries) or all distinct bigrams but two (longer ones).
    if (n == 3) {
        std::vector<CharId> distinct(q.begin(), q.end());
        std::sort(distinct.begin(), distinct.end());
        distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
        const int need = std::max(1, static_cast<int>(distinct.size()) - 1);
        for (std::size_t k = 0; k < distinct.size(); ++k) {
            for (const Posting p : charPostings(distinct[k])) {
                const int t = postingText(p);
                marks.fresh(static_cast<std::size_t>(t));
                if (marks.last[t] == k)
                    continue;
                marks.last[t] = static_cast<std::uint16_t>(k);
                if (++marks.count[t] == need)
                    candidates.push_back(t);
            }
        }
    } else {
        std::vector<std::uint32_t> distinct;
        for (int i = 0; i + 1 < n; ++i)
            distinct.push_back(std::uint32_t(q[i]) << 16 | q[i + 1]);
        std::sort(distinct.begin(), distinct.end());
        distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
        const int need = std::max(1, static_cast<int>(distinct.size()) - 2);
        for (std::size_t k = 0; k < distinct.size(); ++k) {
            const int b = findBigram(CharId(distinct[k] >> 16), CharId(distinct[k] & 0xFFFF));
            if (b < 0)
                continue;
            for (const Posting p : bigramPostings(b)) {
                const int t = postingText(p);
                marks.fresh(static_cast<std::size_t>(t));
                if (marks.last[t] == k)
                    continue;
                marks.last[t] = static_cast<std::uint16_t>(k);
                if (++marks.count[t] == need)
                    candidates.push_back(t);
            }
        }
    }
    if (candidates.empty())
        return;
    // Verify: per query character the positions it takes (bit i + 1).
    std::vector<std::uint64_t> peq(static_cast<std::size_t>(alphabetSize), 0);
    for (int i = 0; i < n; ++i)
        if (q[i] != kNoChar)
            peq[q[i]] |= std::uint64_t(1) << (i + 1);
    const std::uint64_t keep = n == 63 ? ~std::uint64_t(0) : (std::uint64_t(1) << (n + 1)) - 1;
    const std::uint64_t end = std::uint64_t(1) << n;
    for (const int t : candidates) {
        OneEdit d;
        for (const CharId c : text(t)) {
            d.step(c < alphabetSize ? peq[c] : 0, keep);
            if (d.one & end) {
                hit(t);
                break;
            }
        }
    }
}

template <typename Proceed, typename Hit>
void TextIndex::findOneEditPinyin(std::span<const char32_t> letters, Proceed &&proceed, Hit &&hit) const
{
    const auto m = static_cast<int>(letters.size());
    if (m < 4 || m > kMaxBitQuery || m_signatures.empty())
        return;
    for (const char32_t c : letters)
        if (!isLetter(c))
            return;
    // Filter (q-gram lemma): one edit destroys at most two letter pairs and
    // three letter triples of the query, and leaves one half of it intact,
    // so every pair and triple of that half is in the text's signature.
    struct Grams
    {
        std::vector<int> pairs;
        std::vector<int> triples;
    };
    const auto grams = [&letters](int from, int to, bool distinct) {
        Grams g;
        for (int i = from; i + 1 < to; ++i)
            g.pairs.push_back(letterPair(letters[i], letters[i + 1]));
        for (int i = from; i + 2 < to; ++i)
            g.triples.push_back(letterTriple(letters[i], letters[i + 1], letters[i + 2]));
        if (distinct) {
            for (auto *v : {&g.pairs, &g.triples}) {
                std::sort(v->begin(), v->end());
                v->erase(std::unique(v->begin(), v->end()), v->end());
            }
        }
        return g;
    };
    const Grams all = grams(0, m, true);
    const Grams left = grams(0, m / 2, false);
    const Grams right = grams(m / 2, m, false);
    const int needPairs = static_cast<int>(all.pairs.size()) - 2;
    const int needTriples = static_cast<int>(all.triples.size()) - 3;
    const auto present = [](const auto &bits, const std::vector<int> &wanted) {
        int n = 0;
        for (const int w : wanted)
            n += static_cast<int>(Signature::has(bits, w));
        return n;
    };
    const auto intact = [&present](const Signature &sig, const Grams &half) {
        return present(sig.pairs, half.pairs) == static_cast<int>(half.pairs.size()) &&
               present(sig.triples, half.triples) == static_cast<int>(half.triples.size());
    };
    std::array<std::uint64_t, 26> peq{};
    for (int i = 0; i < m; ++i)
        peq[letters[i] - U'a'] |= std::uint64_t(1) << (i + 1);
    const std::uint64_t keep = m == 63 ? ~std::uint64_t(0) : (std::uint64_t(1) << (m + 1)) - 1;
    for (const int t : m_byLength) {
        if (!proceed(static_cast<int>(m_textStart[t + 1] - m_textStart[t])))
            return;
        const Signature &sig = m_signatures[static_cast<std::size_t>(t)];
        if (present(sig.triples, all.triples) < needTriples || present(sig.pairs, all.pairs) < needPairs)
            continue;
        if ((intact(sig, left) || intact(sig, right)) && oneEditPinyin(t, letters, peq, keep))
            hit(t);
    }
}

} // namespace yc::search
