#pragma once

#include "catalog/matter.h"

#include <memory>

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace yc {

// Why a matter was found, for the UI to show next to the hit.
enum class MatchKind : quint8
{
    ExactName,      // the name is the query
    NamePrefix,     // the name begins with the query
    NameSubstring,  // the name contains the query
    Synonym,        // a colloquial word of the synonym table (detail: the word)
    Pinyin,         // full pinyin of part of the name, or pinyin mixed with characters (detail: that part)
    PinyinInitials, // initials of part of the name, hjqy (detail: that part)
    Keyword,        // one of the matter's keywords (detail: the keyword)
    Department,     // the department's name (detail: the department)
    TaskCode,       // the 实施编码 (detail: the code)
    Fuzzy,          // one character or letter wrong, missing or extra (detail: what was nearly matched)
};

// The score of a hit is the best of its matches, ranked by this table
// (higher first): exact name > name prefix > name substring > synonym >
// pinyin (full, then initials, then mixed) > keyword > department > one
// edit; task codes sit next to the names (a clerk typing a code means that
// matter). Ties go to the shorter name (in characters), then to the name in
// QString order, then to the earlier matter. Suspended and withdrawn matters
// come after every active one whatever their score (a clerk must not start
// a case on them by mistake) and are flagged in SearchHit::active.
struct SearchScore
{
    static constexpr int ExactName = 1000;
    static constexpr int TaskCodeExact = 950;
    static constexpr int NamePrefix = 900;
    static constexpr int TaskCodePrefix = 850;
    static constexpr int NameSubstring = 800;
    static constexpr int SynonymExact = 700;         // the query is the word
    static constexpr int SynonymContainsQuery = 680; // 老年 is part of 老年证 (≥ 2 characters)
    static constexpr int PinyinFullAtStart = 600;    // chusheng → 出生登记
    static constexpr int PinyinFull = 580;           // jiehun → 内地居民结婚登记
    static constexpr int InitialsAtStart = 560;      // hkqy → 户口迁移（…）
    static constexpr int Initials = 540;             // jhdj → 内地居民结婚登记
    // A synonym typed in pinyin: below the name's own pinyin, as in Chinese.
    static constexpr int SynonymPinyin = 530;      // kaigongsi → 开公司 → 企业开办一件事
    static constexpr int PinyinMixedAtStart = 525; // 婚姻dj, hunyindj
    static constexpr int PinyinMixed = 520;
    static constexpr int TaskCodeSubstring = 450;
    static constexpr int KeywordExact = 420;
    static constexpr int KeywordContainsQuery = 400;
    static constexpr int KeywordPinyin = 380;
    static constexpr int DepartmentExact = 310;
    static constexpr int Department = 300; // ≥ 2 characters
    static constexpr int DepartmentPinyin = 280;
    // One edit. A text that has every character of the query (the query
    // missed one: 结登记 → 结婚登记) ranks above one where a character was
    // replaced (结登记 → 停业登记).
    static constexpr int FuzzyName = 200;
    static constexpr int FuzzyBonusAllPresent = 5;
    static constexpr int FuzzySynonym = 190;
    // The query contains a word of the synonym table or a keyword (我要开公司):
    // weaker evidence than a whole query matched with one edit.
    static constexpr int SynonymInQuery = 180;
    static constexpr int FuzzyKeyword = 150;
    static constexpr int KeywordInQuery = 140;
    static constexpr int FuzzyPinyinName = 120;
    static constexpr int FuzzyPinyinSynonym = 110;
};

struct SearchHit
{
    int index = -1;      // into the matters passed to MatterSearch::rebuild
    qint64 matterId = 0; // Matter::id of that matter
    int score = 0;       // SearchScore
    MatchKind kind = MatchKind::Fuzzy;
    QString detail;     // what matched, see MatchKind
    bool active = true; // false: suspended or withdrawn
};

// An in-memory index over the current catalog that the clerk types into:
// names (any part), departments, keywords, task codes, full pinyin and
// initials of names (every reading of polyphonic characters), colloquial
// synonyms, and one typo. Built once per catalog version (rebuild), then
// searched per keystroke. Copies share the (immutable) index and search()
// may run on several threads at once; rebuild() replaces the object's index
// and must not overlap a search() on the same object (rebuild a copy and
// assign it).
//
// How it works (details in mattersearch.cpp and textindex.h): every text
// becomes a sequence of character numbers with postings per character and
// per character pair; a Chinese query starts from its rarest pair, a pinyin
// query from the characters whose readings can begin it, walking the pairs
// that continue it. Only when these exact passes give fewer hits than asked
// for does a one-edit pass run, filtered by shared pairs.
class MatterSearch
{
    Q_DECLARE_TR_FUNCTIONS(yc::MatterSearch)

public:
    // Queries are read up to this many characters (a name has at most 200).
    static constexpr int kMaxQueryLength = 200;

    MatterSearch();
    ~MatterSearch();
    MatterSearch(const MatterSearch &) = default;
    MatterSearch &operator=(const MatterSearch &) = default;
    MatterSearch(MatterSearch &&) noexcept = default;
    MatterSearch &operator=(MatterSearch &&) noexcept = default;

    // A synonym target is an official name or a fragment of names
    // (企业设立登记 → every 企业设立登记（…）); a target that names no matter
    // is ignored.
    void rebuild(const QList<Matter> &matters, const QList<Synonym> &synonyms);
    // The best `limit` hits, best first (limit ≤ 0: all). An empty or
    // whitespace-only query finds nothing.
    QList<SearchHit> search(const QString &query, int limit = 20) const;
    int size() const;

    // What the index holds in memory (excluding the Matter list itself).
    qint64 memoryBytes() const;
    // Distinct characters indexed.
    int characterCount() const;

    // A short translated label for a match kind (同义词, 拼音首字母 …).
    static QString kindLabel(MatchKind kind);

private:
    struct Index;
    std::shared_ptr<const Index> m_index;
};

} // namespace yc
