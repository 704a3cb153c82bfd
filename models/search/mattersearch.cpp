#include "mattersearch.h"

#include "search/textindex.h"

#include <algorithm>
#include <functional>
#include <limits>
#include <string>
#include <string_view>

namespace yc {

using search::CharId;
using search::kNoChar;

namespace {

// Where a hit's detail comes from.
enum class Source : quint8
{
    Name,
    Keyword,
    Department,
    Synonym,
    TaskCode
};

// Reverse containment (the query contains a synonym or keyword) looks up
// every piece of the query; longer queries are sentences, not words.
constexpr int kMaxContainingQuery = 24;
// When no limit is given, the one-edit pass still runs below this many hits.
constexpr int kFuzzyBelow = 20;

// One searched field (names, keywords, departments, synonym words): its
// distinct texts indexed, the matters each leads to, and each text's
// original spelling for the detail.
struct Field
{
    search::TextIndex index;
    QStringList originals;
    std::vector<std::uint32_t> ownerStart{0};
    std::vector<int> owners;

    std::span<const int> ownersOf(int t) const
    {
        return {owners.data() + ownerStart[static_cast<std::size_t>(t)],
                owners.data() + ownerStart[static_cast<std::size_t>(t) + 1]};
    }
    std::size_t memoryBytes() const
    {
        std::size_t strings = 0;
        for (const QString &s : originals)
            strings += static_cast<std::size_t>(s.size()) * 2 + 32;
        return index.memoryBytes() + strings + ownerStart.capacity() * 4 + owners.capacity() * sizeof(int);
    }
};

// Collects distinct texts with their owners while building.
class FieldBuilder
{
public:
    // The text's number, -1 for an empty one.
    int add(const QString &original, std::vector<CharId> chars, int owner)
    {
        if (chars.empty())
            return -1;
        const std::u16string key(chars.begin(), chars.end());
        auto [it, inserted] = m_ids.emplace(key, static_cast<int>(m_texts.size()));
        if (inserted) {
            m_texts.push_back(std::move(chars));
            m_originals << original;
            m_owners.emplace_back();
        }
        auto &owners = m_owners[static_cast<std::size_t>(it->second)];
        if (owners.empty() || owners.back() != owner)
            owners.push_back(owner);
        return it->second;
    }
    void build(const search::Alphabet &alphabet, Field *field, search::TextIndex::Options options)
    {
        field->originals = m_originals;
        field->ownerStart.assign(1, 0);
        field->owners.clear();
        for (auto &owners : m_owners) {
            std::sort(owners.begin(), owners.end());
            owners.erase(std::unique(owners.begin(), owners.end()), owners.end());
            field->owners.insert(field->owners.end(), owners.begin(), owners.end());
            field->ownerStart.push_back(static_cast<std::uint32_t>(field->owners.size()));
        }
        field->index.build(alphabet, std::move(m_texts), options);
    }

private:
    std::unordered_map<std::u16string, int> m_ids;
    std::vector<std::vector<CharId>> m_texts;
    QStringList m_originals;
    std::vector<std::vector<int>> m_owners;
};

// The best match of one matter so far, valid where stamp == the search's epoch.
struct Best
{
    std::uint32_t stamp = 0;
    qint16 score = 0;
    MatchKind kind = MatchKind::Fuzzy;
    Source source = Source::Name;
    quint8 pos = 0;
    quint8 len = 0;
    int text = 0;
};

// Per-thread working memory of search().
struct Scratch
{
    std::vector<Best> best;
    std::vector<int> touched;
    // The best score per name text, so a name found many times (every
    // character of it that reads "j…") reaches its matters once per better score.
    std::vector<std::uint32_t> nameStamp;
    std::vector<int> nameScore;
    std::uint32_t epoch = 0;
    search::Marks marks; // for the one-edit filters

    void begin(std::size_t matters, std::size_t names)
    {
        if (best.size() < matters)
            best.resize(matters);
        if (nameStamp.size() < names) {
            nameStamp.resize(names, 0);
            nameScore.resize(names, 0);
        }
        if (++epoch == 0) {
            for (Best &b : best)
                b.stamp = 0;
            std::fill(nameStamp.begin(), nameStamp.end(), 0);
            epoch = 1;
        }
        touched.clear();
    }
};

Scratch &scratch()
{
    thread_local Scratch s;
    return s;
}

bool isCodeLike(const std::vector<char32_t> &q)
{
    bool digit = false;
    for (const char32_t c : q) {
        if (c >= U'0' && c <= U'9')
            digit = true;
        else if (!search::isLetter(c) && c != U'-')
            return false;
    }
    return digit && q.size() >= 4;
}

std::string latin1(const std::vector<char32_t> &q)
{
    std::string out;
    for (const char32_t c : q)
        out += static_cast<char>(c);
    return out;
}

} // namespace

struct MatterSearch::Index
{
    struct Entry
    {
        qint64 id = 0;
        QString taskCode; // for the detail (shared with the caller's Matter)
        bool active = true;
    };

    search::Alphabet alphabet;
    // Distinct names: a provincial catalog repeats each county's matters.
    Field names;
    Field keywords;
    Field departments;
    Field synonyms;
    std::vector<Entry> matters;
    // Per matter the ranking key without the score: bit 63 inactive, bits
    // 40–51 name length, bits 0–39 rank by name (see search()).
    std::vector<std::uint64_t> order;
    std::vector<int> byRank;
    // Task codes in lower case, sorted, one string "code\ncode\n…" (binary
    // search for a prefix, one pass for a substring); per code its start
    // and its matter.
    std::string codeText;
    std::vector<std::uint32_t> codeStart;
    std::vector<int> codeMatter;

    std::string_view code(std::size_t i) const
    {
        return std::string_view(codeText).substr(codeStart[i], codeStart[i + 1] - codeStart[i] - 1);
    }
};

MatterSearch::MatterSearch() = default;
MatterSearch::~MatterSearch() = default;

int MatterSearch::size() const
{
    return m_index ? static_cast<int>(m_index->matters.size()) : 0;
}

int MatterSearch::characterCount() const
{
    return m_index ? m_index->alphabet.size() : 0;
}

qint64 MatterSearch::memoryBytes() const
{
    if (!m_index)
        return 0;
    const Index &x = *m_index;
    std::size_t bytes = sizeof(Index) + x.alphabet.memoryBytes() + x.names.memoryBytes() +
                        x.keywords.memoryBytes() + x.departments.memoryBytes() + x.synonyms.memoryBytes();
    // The task codes are shared with the caller's QList<Matter> (implicit
    // sharing); counted anyway, as if they were the index's own.
    for (const auto &e : x.matters)
        bytes += sizeof(e) + static_cast<std::size_t>(e.taskCode.size()) * 2 + 32;
    bytes += x.byRank.capacity() * sizeof(int) + x.order.capacity() * 8 + x.codeText.capacity() +
             x.codeStart.capacity() * 4 + x.codeMatter.capacity() * sizeof(int);
    return static_cast<qint64>(bytes);
}

void MatterSearch::rebuild(const QList<Matter> &matters, const QList<Synonym> &synonyms)
{
    auto x = std::make_shared<Index>();
    const auto n = static_cast<int>(matters.size());
    const auto chars = [&x](const QString &s) {
        const std::vector<char32_t> cps = search::normalize(s, search::kMaxTextLength);
        std::vector<CharId> ids;
        ids.reserve(cps.size());
        for (const char32_t c : cps)
            ids.push_back(x->alphabet.intern(c));
        return ids;
    };

    FieldBuilder names;
    FieldBuilder keywords;
    std::vector<std::pair<std::string, int>> codes;
    FieldBuilder departments;
    x->matters.resize(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        const Matter &m = matters.at(i);
        Index::Entry &e = x->matters[static_cast<std::size_t>(i)];
        e.id = m.id;
        e.taskCode = m.taskCode;
        e.active = m.state != QLatin1String("suspended") && m.state != QLatin1String("withdrawn");
        std::vector<CharId> name = chars(m.name);
        x->order.push_back(std::uint64_t(e.active ? 0 : 1) << 63 |
                           std::uint64_t(std::min<std::size_t>(name.size(), 4095)) << 40);
        names.add(m.name, std::move(name), i);
        for (const QString &k : m.keywords)
            keywords.add(k, chars(k), i);
        departments.add(m.departmentName, chars(m.departmentName), i);
        if (!m.taskCode.isEmpty())
            codes.emplace_back(m.taskCode.toLower().toStdString(), i);
    }
    // Synonym terms are interned before the alphabet is finished; their
    // targets are resolved against the names afterwards.
    std::vector<std::pair<QString, std::vector<CharId>>> terms;
    for (const Synonym &s : synonyms)
        terms.emplace_back(s.term, chars(s.term));
    std::vector<std::vector<std::vector<CharId>>> targets;
    for (const Synonym &s : synonyms) {
        targets.emplace_back();
        for (const QString &t : s.targets)
            targets.back().push_back(chars(t));
    }
    x->alphabet.finish();
    // Reverse containment looks words up whole; one-edit pinyin needs signatures.
    names.build(x->alphabet, &x->names, {.wholeLookup = false, .pinyinSignatures = true});
    keywords.build(x->alphabet, &x->keywords, {.wholeLookup = true, .pinyinSignatures = false});
    departments.build(x->alphabet, &x->departments, {.wholeLookup = false, .pinyinSignatures = false});

    FieldBuilder synonymTexts;
    for (std::size_t s = 0; s < terms.size(); ++s) {
        for (const auto &target : targets[s]) {
            x->names.index.findSubstring(target, [&](int t, int) {
                for (const int m : x->names.ownersOf(t))
                    synonymTexts.add(terms[s].first, terms[s].second, m);
            });
        }
    }
    synonymTexts.build(x->alphabet, &x->synonyms, {.wholeLookup = true, .pinyinSignatures = true});

    // Ties are broken by name: a rank per matter makes that an integer comparison.
    x->byRank.resize(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        x->byRank[static_cast<std::size_t>(i)] = i;
    std::stable_sort(x->byRank.begin(), x->byRank.end(),
                     [&matters](int a, int b) { return matters.at(a).name < matters.at(b).name; });
    for (int r = 0; r < n; ++r)
        x->order[static_cast<std::size_t>(x->byRank[static_cast<std::size_t>(r)])] |=
            static_cast<std::uint64_t>(r);

    std::sort(codes.begin(), codes.end());
    for (const auto &[code, matter] : codes) {
        x->codeStart.push_back(static_cast<std::uint32_t>(x->codeText.size()));
        x->codeMatter.push_back(matter);
        x->codeText += code;
        x->codeText += '\n';
    }
    x->codeStart.push_back(static_cast<std::uint32_t>(x->codeText.size()));
    m_index = std::move(x);
}

QList<SearchHit> MatterSearch::search(const QString &query, int limit) const
{
    if (!m_index || m_index->matters.empty())
        return {};
    const Index &x = *m_index;
    const std::vector<char32_t> q = search::normalize(query, kMaxQueryLength);
    if (q.empty())
        return {};
    const auto n = static_cast<int>(q.size());
    std::vector<CharId> ids;
    ids.reserve(q.size());
    bool hasLetter = false;
    bool hasHan = false;
    for (const char32_t c : q) {
        ids.push_back(x.alphabet.find(c));
        hasLetter = hasLetter || search::isLetter(c);
        hasHan = hasHan || search::isHan(c);
    }

    Scratch &s = scratch();
    s.begin(x.matters.size(), static_cast<std::size_t>(x.names.index.size()));
    int activeHits = 0;
    const auto offer = [&](int matter, int score, MatchKind kind, Source source, int text, int pos, int len) {
        const auto m = static_cast<std::size_t>(matter);
        Best &b = s.best[m];
        if (b.stamp != s.epoch) {
            s.touched.push_back(matter);
            activeHits += static_cast<int>(~x.order[m] >> 63);
        } else if (b.score >= score) {
            return;
        }
        b = Best{s.epoch, static_cast<qint16>(score), kind,
                 source,  static_cast<quint8>(pos),   static_cast<quint8>(len),
                 text};
    };
    const auto offerField = [&](const Field &f, int t, int score, MatchKind kind, Source source) {
        for (const int m : f.ownersOf(t))
            offer(m, score, kind, source, t, 0, 0);
    };

    // Names: exact, prefix, substring.
    const auto offerName = [&](int t, int score, MatchKind kind, int pos, int len) {
        const auto i = static_cast<std::size_t>(t);
        if (s.nameStamp[i] == s.epoch && s.nameScore[i] >= score)
            return;
        s.nameStamp[i] = s.epoch;
        s.nameScore[i] = score;
        for (const int m : x.names.ownersOf(t))
            offer(m, score, kind, Source::Name, t, pos, len);
    };
    x.names.index.findSubstring(ids, [&](int t, int pos) {
        const auto len = static_cast<int>(x.names.index.text(t).size());
        const int score = pos > 0    ? SearchScore::NameSubstring
                          : n == len ? SearchScore::ExactName
                                     : SearchScore::NamePrefix;
        const MatchKind kind = pos > 0    ? MatchKind::NameSubstring
                               : n == len ? MatchKind::ExactName
                                          : MatchKind::NamePrefix;
        offerName(t, score, kind, pos, n);
    });

    // Synonyms and keywords containing the query.
    const auto containing = [&](const Field &f, int exact, int containsQuery, MatchKind kind, Source source) {
        f.index.findSubstring(ids, [&](int t, int pos) {
            const bool whole = pos == 0 && static_cast<int>(f.index.text(t).size()) == n;
            if (whole || n >= 2)
                offerField(f, t, whole ? exact : containsQuery, kind, source);
        });
    };
    containing(x.synonyms, SearchScore::SynonymExact, SearchScore::SynonymContainsQuery, MatchKind::Synonym,
               Source::Synonym);
    containing(x.keywords, SearchScore::KeywordExact, SearchScore::KeywordContainsQuery, MatchKind::Keyword,
               Source::Keyword);

    // Departments: two characters at least (one would name them all: 局).
    if (n >= 2) {
        x.departments.index.findSubstring(ids, [&](int t, int pos) {
            const bool whole = pos == 0 && static_cast<int>(x.departments.index.text(t).size()) == n;
            offerField(x.departments, t, whole ? SearchScore::DepartmentExact : SearchScore::Department,
                       MatchKind::Department, Source::Department);
        });
    }

    // Task codes: exact or prefix from the sorted table, anywhere for six characters or more.
    if (isCodeLike(q)) {
        const std::string code = latin1(q);
        const std::size_t codes = x.codeMatter.size();
        std::size_t lo = 0;
        std::size_t hi = codes;
        while (lo < hi) {
            const std::size_t mid = (lo + hi) / 2;
            if (x.code(mid) < code)
                lo = mid + 1;
            else
                hi = mid;
        }
        bool prefix = false;
        for (std::size_t i = lo; i < codes && x.code(i).starts_with(code); ++i) {
            const int m = x.codeMatter[i];
            offer(m, x.code(i) == code ? SearchScore::TaskCodeExact : SearchScore::TaskCodePrefix,
                  MatchKind::TaskCode, Source::TaskCode, m, 0, 0);
            prefix = true;
        }
        // A code is typed from its beginning; the middle is searched only
        // when that found nothing (the tail of a code read off a paper).
        if (!prefix && code.size() >= 6) {
            const std::boyer_moore_horspool_searcher searcher(code.begin(), code.end());
            const std::string_view all(x.codeText);
            for (auto at = std::search(all.begin(), all.end(), searcher); at != all.end();
                 at = std::search(at + 1, all.end(), searcher)) {
                const auto offset = static_cast<std::uint32_t>(at - all.begin());
                const auto entry = static_cast<std::size_t>(
                    std::upper_bound(x.codeStart.begin(), x.codeStart.end(), offset) - x.codeStart.begin() -
                    1);
                const int m = x.codeMatter[entry];
                offer(m, SearchScore::TaskCodeSubstring, MatchKind::TaskCode, Source::TaskCode, m, 0, 0);
            }
        }
    }

    // Pinyin: full, initials, mixed with characters.
    const search::PinyinMatcher matcher(x.alphabet, q);
    if (matcher.usable()) {
        x.names.index.findPinyin(matcher, [&](int t, int pos, int len, int done) {
            const bool start = pos == 0;
            int score = start ? SearchScore::PinyinMixedAtStart : SearchScore::PinyinMixed;
            MatchKind kind = MatchKind::Pinyin;
            if (done & search::PinyinMatcher::FullPath) {
                score = start ? SearchScore::PinyinFullAtStart : SearchScore::PinyinFull;
            } else if (done & search::PinyinMatcher::InitialsPath) {
                score = start ? SearchScore::InitialsAtStart : SearchScore::Initials;
                kind = MatchKind::PinyinInitials;
            }
            offerName(t, score, kind, pos, len);
        });
        // Other fields from two letters on: one letter would match half the catalog.
        if (matcher.length() >= 2) {
            const auto pinyinField = [&](const Field &f, int score, MatchKind kind, Source source) {
                f.index.findPinyin(matcher,
                                   [&](int t, int, int, int) { offerField(f, t, score, kind, source); });
            };
            pinyinField(x.synonyms, SearchScore::SynonymPinyin, MatchKind::Synonym, Source::Synonym);
            pinyinField(x.keywords, SearchScore::KeywordPinyin, MatchKind::Keyword, Source::Keyword);
            pinyinField(x.departments, SearchScore::DepartmentPinyin, MatchKind::Department,
                        Source::Department);
        }
    }

    // One edit, only when the exact passes found too little: fewer active
    // matters than asked for (inactive ones would rank below the one-edit hits).
    const int wanted = limit > 0 ? limit : kFuzzyBelow;
    if (activeHits < wanted) {
        if (!hasLetter && hasHan && n >= 3) {
            const int alphabetSize = x.alphabet.size();
            x.names.index.findOneEdit(ids, alphabetSize, s.marks, [&](int t) {
                const auto text = x.names.index.text(t);
                const bool allPresent = std::all_of(ids.begin(), ids.end(), [&](CharId c) {
                    return std::find(text.begin(), text.end(), c) != text.end();
                });
                offerName(t, SearchScore::FuzzyName + (allPresent ? SearchScore::FuzzyBonusAllPresent : 0),
                          MatchKind::Fuzzy, 0, 0);
            });
            x.synonyms.index.findOneEdit(ids, alphabetSize, s.marks, [&](int t) {
                offerField(x.synonyms, t, SearchScore::FuzzySynonym, MatchKind::Fuzzy, Source::Synonym);
            });
            x.keywords.index.findOneEdit(ids, alphabetSize, s.marks, [&](int t) {
                offerField(x.keywords, t, SearchScore::FuzzyKeyword, MatchKind::Fuzzy, Source::Keyword);
            });
        } else if (hasLetter && n >= 4 && std::all_of(q.begin(), q.end(), search::isLetter)) {
            // This pass is the costly one (a dynamic programme over every
            // reading of a name), so with a limit it stops after the name
            // length at which there are enough active hits: every hit so far
            // scores more, its own hits score the same, and of those the
            // shorter names rank first. (Names before synonyms, so that
            // nothing scoring less is counted.)
            int enoughAt = std::numeric_limits<int>::max();
            const auto proceed = [&](int length) {
                if (limit > 0 && enoughAt == std::numeric_limits<int>::max() && activeHits >= wanted)
                    enoughAt = length;
                return length <= enoughAt;
            };
            x.names.index.findOneEditPinyin(q, proceed, [&](int t) {
                offerName(t, SearchScore::FuzzyPinyinName, MatchKind::Fuzzy, 0, 0);
            });
            x.synonyms.index.findOneEditPinyin(
                q, [](int) { return true; },
                [&](int t) {
                    offerField(x.synonyms, t, SearchScore::FuzzyPinyinSynonym, MatchKind::Fuzzy,
                               Source::Synonym);
                });
        }
    }

    // Synonyms and keywords inside the query (我要开公司), two characters
    // at least; after the one-edit decision, as they match only part of it.
    const auto contained = [&](const Field &f, int score, MatchKind kind, Source source) {
        if (n > kMaxContainingQuery)
            return;
        for (int from = 0; from < n; ++from)
            for (int len = 2; from + len <= n && (from > 0 || len < n); ++len)
                if (const int t = f.index.findWhole(std::span(ids).subspan(static_cast<std::size_t>(from),
                                                                           static_cast<std::size_t>(len)));
                    t >= 0)
                    offerField(f, t, score, kind, source);
    };
    contained(x.synonyms, SearchScore::SynonymInQuery, MatchKind::Synonym, Source::Synonym);
    contained(x.keywords, SearchScore::KeywordInQuery, MatchKind::Keyword, Source::Keyword);

    // Rank: one 64-bit key per hit (inactive last, score, name length, name
    // rank), so the order is a plain integer sort of the best few.
    std::vector<std::uint64_t> keys;
    keys.reserve(s.touched.size());
    for (const int m : s.touched) {
        const int score = std::clamp<int>(s.best[static_cast<std::size_t>(m)].score, 0, 2047);
        keys.push_back(x.order[static_cast<std::size_t>(m)] | std::uint64_t(2047 - score) << 52);
    }
    const std::size_t count =
        limit > 0 ? std::min(keys.size(), static_cast<std::size_t>(limit)) : keys.size();
    if (count < keys.size())
        std::nth_element(keys.begin(), keys.begin() + static_cast<std::ptrdiff_t>(count), keys.end());
    std::sort(keys.begin(), keys.begin() + static_cast<std::ptrdiff_t>(count));

    QList<SearchHit> hits;
    hits.reserve(static_cast<qsizetype>(count));
    for (std::size_t i = 0; i < count; ++i) {
        const int m = x.byRank[static_cast<std::size_t>(keys[i] & 0xFFFFFFFFFF)];
        const Index::Entry &e = x.matters[static_cast<std::size_t>(m)];
        const Best &b = s.best[static_cast<std::size_t>(m)];
        SearchHit h;
        h.index = m;
        h.matterId = e.id;
        h.score = b.score;
        h.kind = b.kind;
        h.active = e.active;
        switch (b.source) {
        case Source::Name:
            if (b.len == 0) {
                h.detail = x.names.originals.at(b.text);
            } else {
                const auto chars = x.names.index.text(b.text).subspan(b.pos, b.len);
                for (const CharId c : chars)
                    if (c != kNoChar)
                        h.detail += QString::fromUcs4(std::array{x.alphabet.codePoint(c)}.data(), 1);
            }
            break;
        case Source::Keyword:
            h.detail = x.keywords.originals.at(b.text);
            break;
        case Source::Department:
            h.detail = x.departments.originals.at(b.text);
            break;
        case Source::Synonym:
            h.detail = x.synonyms.originals.at(b.text);
            break;
        case Source::TaskCode:
            h.detail = e.taskCode;
            break;
        }
        hits << h;
    }
    return hits;
}

QString MatterSearch::kindLabel(MatchKind kind)
{
    switch (kind) {
    case MatchKind::ExactName:
        return tr("Name");
    case MatchKind::NamePrefix:
        return tr("Name begins with");
    case MatchKind::NameSubstring:
        return tr("Name contains");
    case MatchKind::Synonym:
        return tr("Also called");
    case MatchKind::Pinyin:
        return tr("Pinyin");
    case MatchKind::PinyinInitials:
        return tr("Pinyin initials");
    case MatchKind::Keyword:
        return tr("Keyword");
    case MatchKind::Department:
        return tr("Department");
    case MatchKind::TaskCode:
        return tr("Task code");
    case MatchKind::Fuzzy:
        return tr("Similar spelling");
    }
    return {};
}

} // namespace yc
