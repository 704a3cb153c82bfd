// MatterSearch over the real demo catalog: what a clerk types must find a
// sensible matter first (搜得到、搜得准), in Chinese, pinyin, initials, with
// colloquial words and one typo (搜得全), and nothing a clerk could type may
// crash it or make it slow (搜得快).
#include "catalog/catalogdocument.h"
#include "catalog/catalogimporter.h"
#include "catalog/catalogrepository.h"
#include "search/mattersearch.h"
#include "search/pinyin.h"
#include "support/testsupport.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

using namespace yc;

Q_DECLARE_METATYPE(yc::MatchKind)

namespace {

// Generous: the index answers in well under a millisecond; this catches a
// pathological path, not a slow machine.
constexpr qint64 kHostileBudgetMs = 200;

const char *kindName(MatchKind kind)
{
    switch (kind) {
    case MatchKind::ExactName:
        return "ExactName";
    case MatchKind::NamePrefix:
        return "NamePrefix";
    case MatchKind::NameSubstring:
        return "NameSubstring";
    case MatchKind::Synonym:
        return "Synonym";
    case MatchKind::Pinyin:
        return "Pinyin";
    case MatchKind::PinyinInitials:
        return "PinyinInitials";
    case MatchKind::Keyword:
        return "Keyword";
    case MatchKind::Department:
        return "Department";
    case MatchKind::TaskCode:
        return "TaskCode";
    case MatchKind::Fuzzy:
        return "Fuzzy";
    }
    return "?";
}

Matter simpleMatter(qint64 id, const QString &name, const QString &state = QStringLiteral("active"))
{
    Matter m;
    m.id = id;
    m.name = name;
    m.state = state;
    m.departmentName = QStringLiteral("县公安局");
    m.taskCode = QStringLiteral("T%1").arg(id);
    return m;
}

} // namespace

class TestMatterSearch : public QObject
{
    Q_OBJECT

private:
    CatalogDocument m_doc;
    QList<Matter> m_matters;
    MatterSearch m_search;
    // The demo catalog ten times over with varied names (…变更, …（市级）),
    // where the one-edit pinyin pass has enough hits to stop early.
    QList<Matter> m_bigMatters;
    MatterSearch m_big;

    QString nameOf(const SearchHit &hit) const { return m_matters.at(hit.index).name; }
    QString describe(const QList<SearchHit> &hits, int count = 5) const
    {
        QStringList out;
        for (qsizetype i = 0; i < hits.size() && i < count; ++i)
            out << QStringLiteral("%1 [%2 %3 %4%5]")
                       .arg(nameOf(hits.at(i)), QLatin1String(kindName(hits.at(i).kind)))
                       .arg(hits.at(i).score)
                       .arg(hits.at(i).detail, hits.at(i).active ? QString() : QStringLiteral(" inactive"));
        return out.join(QStringLiteral("; "));
    }
    const Matter *byName(const QString &name) const
    {
        for (const Matter &m : m_matters)
            if (m.name == name)
                return &m;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        const QByteArray json =
            test::readFile(QStringLiteral(YC_SOURCE_DIR "/resources/catalog/demo-catalog.json"));
        auto doc = CatalogParser::parse(json);
        QVERIFY2(doc.ok(), qPrintable(doc.error().message));
        m_doc = doc.value();
        QVERIFY(m_doc.problems.isEmpty());
        QHash<QString, QString> departments;
        for (const Department &d : m_doc.departments)
            departments.insert(d.code, d.name);
        m_matters = m_doc.matters;
        // The store fills departmentName and id; here the index stands in for the id.
        for (qsizetype i = 0; i < m_matters.size(); ++i) {
            m_matters[i].id = 1000 + i;
            m_matters[i].departmentName = departments.value(m_matters[i].departmentCode);
        }
        QVERIFY(m_matters.size() > 300);
        QVERIFY(m_doc.synonyms.size() > 50);
        m_search.rebuild(m_matters, m_doc.synonyms);
        QCOMPARE(m_search.size(), m_matters.size());

        const QStringList suffixes{QString(), QStringLiteral("变更"), QStringLiteral("（市级）"),
                                   QStringLiteral("注销"), QStringLiteral("补领")};
        for (int copy = 0; copy < 10; ++copy) {
            for (Matter m : m_matters) {
                m.id = m_bigMatters.size() + 1;
                m.name += suffixes.at((copy + m_bigMatters.size()) % suffixes.size());
                if (copy % 4 == 3)
                    m.state = QStringLiteral("suspended");
                m_bigMatters << m;
            }
        }
        m_big.rebuild(m_bigMatters, m_doc.synonyms);
    }

    // The words seed 003 lists, pinyin, initials, a typo, polyphones: the
    // first hit's name contains one of the accepted fragments and was found
    // the expected way.
    void firstHit_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("accepted");
        QTest::addColumn<MatchKind>("kind");
        const auto row = [](const char *tag, const QString &q, const QStringList &accepted, MatchKind kind) {
            QTest::newRow(tag) << q << accepted << kind;
        };
        row("公积金 name part", QStringLiteral("公积金"), {QStringLiteral("住房公积金")},
            MatchKind::NameSubstring);
        row("社保 synonym", QStringLiteral("社保"),
            {QStringLiteral("参保登记"), QStringLiteral("社会保险个人权益记录查询打印"),
             QStringLiteral("社会保障卡")},
            MatchKind::Synonym);
        row("结婚 name part", QStringLiteral("结婚"), {QStringLiteral("内地居民结婚登记")},
            MatchKind::NameSubstring);
        row("低保 synonym", QStringLiteral("低保"), {QStringLiteral("最低生活保障")}, MatchKind::Synonym);
        row("身份证 name part", QStringLiteral("身份证"), {QStringLiteral("居民身份证")},
            MatchKind::NameSubstring);
        row("老年证 synonym", QStringLiteral("老年证"), {QStringLiteral("老年人优待证")}, MatchKind::Synonym);
        row("残疾人证 name prefix", QStringLiteral("残疾人证"), {QStringLiteral("残疾人证")},
            MatchKind::NamePrefix);
        row("残疾证 synonym", QStringLiteral("残疾证"), {QStringLiteral("残疾人证")}, MatchKind::Synonym);
        row("建筑许可 synonym", QStringLiteral("建筑许可"), {QStringLiteral("建筑工程施工许可证核发")},
            MatchKind::Synonym);
        // By the ranking rules a name beginning with the word beats the
        // synonym's target (低压用电报装): both are electricity matters.
        row("用电 name prefix", QStringLiteral("用电"), {QStringLiteral("用电")}, MatchKind::NamePrefix);
        row("开公司 synonym", QStringLiteral("开公司"),
            {QStringLiteral("企业开办一件事"), QStringLiteral("企业设立登记")}, MatchKind::Synonym);
        row("出生 name prefix", QStringLiteral("出生"), {QStringLiteral("出生登记")}, MatchKind::NamePrefix);
        row("退休 name part", QStringLiteral("退休"), {QStringLiteral("企业职工退休审批")},
            MatchKind::NameSubstring);
        row("企业注销 name prefix", QStringLiteral("企业注销"), {QStringLiteral("企业注销登记")},
            MatchKind::NamePrefix);
        row("我要开公司 sentence with synonym", QStringLiteral("我要开公司"),
            {QStringLiteral("企业开办一件事"), QStringLiteral("企业设立登记")}, MatchKind::Synonym);
        row("exact name", QStringLiteral("出生登记"), {QStringLiteral("出生登记")}, MatchKind::ExactName);
        row("keyword 新生儿落户", QStringLiteral("新生儿落户"), {QStringLiteral("出生登记")},
            MatchKind::Keyword);
        row("department 公安", QStringLiteral("公安"), {QString()}, MatchKind::Department);
        row("task code", QStringLiteral("1137040200429371XA4070000100000"), {QStringLiteral("出生登记")},
            MatchKind::TaskCode);
        row("task code lower case", QStringLiteral("1137040200429371xa4070000200000"),
            {QStringLiteral("死亡户口注销")}, MatchKind::TaskCode);
        row("full-width characters", QStringLiteral("户口迁移（投靠类迁入）"),
            {QStringLiteral("户口迁移（投靠类迁入）")}, MatchKind::ExactName);

        row("pinyin hunyin", QStringLiteral("hunyin"), {QStringLiteral("婚姻")}, MatchKind::Pinyin);
        row("pinyin jiehundengji", QStringLiteral("jiehundengji"), {QStringLiteral("内地居民结婚登记")},
            MatchKind::Pinyin);
        row("pinyin with spaces", QStringLiteral("jie hun deng ji"), {QStringLiteral("内地居民结婚登记")},
            MatchKind::Pinyin);
        row("pinyin with apostrophes", QStringLiteral("jie'hun'deng'ji"),
            {QStringLiteral("内地居民结婚登记")}, MatchKind::Pinyin);
        row("pinyin upper case", QStringLiteral("JieHun"), {QStringLiteral("内地居民结婚登记")},
            MatchKind::Pinyin);
        row("pinyin with tone marks", QStringLiteral("hūnyīn"), {QStringLiteral("婚姻")}, MatchKind::Pinyin);
        row("pinyin cut short", QStringLiteral("jiehundeng"), {QStringLiteral("内地居民结婚登记")},
            MatchKind::Pinyin);
        row("pinyin from name start", QStringLiteral("chushengdengji"), {QStringLiteral("出生登记")},
            MatchKind::Pinyin);
        row("initials jhdj", QStringLiteral("jhdj"), {QStringLiteral("内地居民结婚登记")},
            MatchKind::PinyinInitials);
        row("initials hkqy", QStringLiteral("hkqy"), {QStringLiteral("户口迁移")}, MatchKind::PinyinInitials);
        row("initials full-width", QStringLiteral("ＪＨＤＪ"), {QStringLiteral("内地居民结婚登记")},
            MatchKind::PinyinInitials);
        row("initials", QStringLiteral("zfgjj"), {QStringLiteral("住房公积金")}, MatchKind::PinyinInitials);
        row("initials with zh", QStringLiteral("zhfgjj"), {QStringLiteral("住房公积金")},
            MatchKind::PinyinInitials);
        row("mixed characters and initials", QStringLiteral("婚姻dj"), {QStringLiteral("婚姻登记")},
            MatchKind::Pinyin);
        row("mixed characters and pinyin", QStringLiteral("结婚dengji"), {QStringLiteral("内地居民结婚登记")},
            MatchKind::Pinyin);
        row("mixed full and initials", QStringLiteral("jiehundj"), {QStringLiteral("内地居民结婚登记")},
            MatchKind::Pinyin);
        row("synonym in pinyin", QStringLiteral("kaigongsi"),
            {QStringLiteral("企业开办一件事"), QStringLiteral("企业设立登记")}, MatchKind::Synonym);

        row("polyphone 重 zhong", QStringLiteral("zhongdu"), {QStringLiteral("重度残疾人")},
            MatchKind::Pinyin);
        row("polyphone 重 chong", QStringLiteral("mimachongzhi"), {QStringLiteral("社会保障卡密码重置")},
            MatchKind::Pinyin);
        row("polyphone 重 chong alone", QStringLiteral("chongzhi"), {QStringLiteral("密码重置")},
            MatchKind::Pinyin);
        row("polyphone 行 xing", QStringLiteral("tongxingzheng"), {QStringLiteral("通行证")},
            MatchKind::Pinyin);
        row("polyphone 行 hang", QStringLiteral("tezhonghangye"), {QStringLiteral("特种行业")},
            MatchKind::Pinyin);
        row("ü as v", QStringLiteral("lvguan"), {QStringLiteral("旅馆")}, MatchKind::Pinyin);
        row("ü as u", QStringLiteral("luguan"), {QStringLiteral("旅馆")}, MatchKind::Pinyin);
        row("ü typed", QStringLiteral("lǚguan"), {QStringLiteral("旅馆")}, MatchKind::Pinyin);

        row("typo 结婚登纪", QStringLiteral("结婚登纪"), {QStringLiteral("内地居民结婚登记")},
            MatchKind::Fuzzy);
        row("typo missing character", QStringLiteral("结登记"), {QStringLiteral("结婚登记")},
            MatchKind::Fuzzy);
        row("typo extra character", QStringLiteral("结婚婚登记"), {QStringLiteral("结婚登记")},
            MatchKind::Fuzzy);
        row("typo in synonym", QStringLiteral("老年正"), {QStringLiteral("老年人优待证")}, MatchKind::Fuzzy);
        row("typo with unknown character", QStringLiteral("结婚登𠮷"), {QStringLiteral("结婚登记")},
            MatchKind::Fuzzy);
        row("pinyin typo missing letter", QStringLiteral("jiehundenji"), {QStringLiteral("结婚登记")},
            MatchKind::Fuzzy);
        row("pinyin typo wrong letter", QStringLiteral("hunyim"), {QStringLiteral("婚姻")}, MatchKind::Fuzzy);
    }

    void firstHit()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, accepted);
        QFETCH(MatchKind, kind);
        const QList<SearchHit> hits = m_search.search(query);
        QVERIFY2(!hits.isEmpty(), qPrintable(query));
        const SearchHit &first = hits.first();
        const QString name = nameOf(first);
        bool ok = false;
        for (const QString &a : accepted)
            ok = ok || name.contains(a);
        QVERIFY2(ok, qPrintable(QStringLiteral("%1 → %2").arg(query, describe(hits))));
        QVERIFY2(first.kind == kind, qPrintable(QStringLiteral("%1 → %2").arg(query, describe(hits))));
        QVERIFY(first.active);
        QCOMPARE(first.matterId, m_matters.at(first.index).id);
        QVERIFY(!first.detail.isEmpty());
    }

    // What a hit says about itself.
    void details()
    {
        auto hits = m_search.search(QStringLiteral("开公司"));
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().detail, QStringLiteral("开公司"));
        QCOMPARE(hits.first().score, SearchScore::SynonymExact);

        hits = m_search.search(QStringLiteral("jhdj"));
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().detail, QStringLiteral("结婚登记"));

        hits = m_search.search(QStringLiteral("公安"));
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().detail, QStringLiteral("枣庄市公安局市中分局"));

        hits = m_search.search(QStringLiteral("结婚登纪"));
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().detail, QStringLiteral("内地居民结婚登记"));
        QCOMPARE(hits.first().score, SearchScore::FuzzyName);

        hits = m_search.search(QStringLiteral("出生登记"));
        QCOMPARE(hits.first().score, SearchScore::ExactName);
        QCOMPARE(hits.first().detail, QStringLiteral("出生登记"));
    }

    // Initials of 户籍迁移 (the example of the issue) on a catalog that has it.
    void initialsOnSmallCatalog()
    {
        MatterSearch s;
        s.rebuild({simpleMatter(1, QStringLiteral("户籍迁移")), simpleMatter(2, QStringLiteral("户口登记")),
                   simpleMatter(3, QStringLiteral("重新申领"))},
                  {});
        auto hits = s.search(QStringLiteral("hjqy"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().matterId, 1);
        QCOMPARE(hits.first().kind, MatchKind::PinyinInitials);
        QCOMPARE(hits.first().score, SearchScore::InitialsAtStart);
        // 重 is zhong and chong, so both initials find 重新申领.
        QCOMPARE(s.search(QStringLiteral("cxsl")).value(0).matterId, 3);
        QCOMPARE(s.search(QStringLiteral("zxsl")).value(0).matterId, 3);
        QCOMPARE(s.search(QStringLiteral("chongxin")).value(0).matterId, 3);
        QCOMPARE(s.search(QStringLiteral("zhongxin")).value(0).matterId, 3);
        // A search without matters or without a build finds nothing.
        QVERIFY(MatterSearch().search(QStringLiteral("hjqy")).isEmpty());
        s.rebuild({}, {});
        QCOMPARE(s.size(), 0);
        QVERIFY(s.search(QStringLiteral("hjqy")).isEmpty());
    }

    void pinyinTable()
    {
        const QStringList zhong = pinyin::readingsText(U'重').split(QLatin1Char(' '));
        QVERIFY2(zhong.contains(QStringLiteral("zhong")) && zhong.contains(QStringLiteral("chong")),
                 qPrintable(zhong.join(QLatin1Char(' '))));
        QCOMPARE(zhong.first(), QStringLiteral("zhong")); // the usual reading first
        const QStringList le = pinyin::readingsText(U'乐').split(QLatin1Char(' '));
        QVERIFY(le.contains(QStringLiteral("le")) && le.contains(QStringLiteral("yue")));
        const QStringList lv = pinyin::readingsText(U'绿').split(QLatin1Char(' '));
        QVERIFY(lv.contains(QStringLiteral("lv")) && lv.contains(QStringLiteral("lu")));
        QVERIFY(pinyin::readingsText(U'㐀').size() > 0); // Extension A
        QVERIFY(pinyin::readings(U'𠮷').empty());        // Extension B is not kept
        QVERIFY(pinyin::readings(U'a').empty());
        QVERIFY(pinyin::coveredCharacters() > 20000);
        QVERIFY(pinyin::syllableCount() > 300 && pinyin::syllableCount() < 600);
        QVERIFY(pinyin::tableBytes() > 0);
    }

    void emptyQueries_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces") << QStringLiteral("   ");
        QTest::newRow("tabs and newlines") << QStringLiteral("\t\n\r ");
        QTest::newRow("ideographic space") << QStringLiteral("\u3000\u3000");
        QTest::newRow("apostrophes") << QStringLiteral("'' ’");
        QTest::newRow("zero-width") << QStringLiteral("\u200b\ufeff");
        QTest::newRow("control characters") << QStringLiteral("\x01\x02\x1f");
    }

    void emptyQueries()
    {
        QFETCH(QString, query);
        QVERIFY(m_search.search(query).isEmpty());
    }

    void hostileInput_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("SQL") << QStringLiteral("'; DROP TABLE matter; --");
        QTest::newRow("SQL wildcard") << QStringLiteral("%_%");
        QTest::newRow("control characters around a word") << QStringLiteral("\x01结\x7f婚\x02");
        QTest::newRow("Extension B") << QStringLiteral("𠮷");
        QTest::newRow("Extension B repeated") << QStringLiteral("𠮷𠮷𠮷𠮷");
        QTest::newRow("lone surrogate") << QString(QChar(0xD800)) + QStringLiteral("结婚");
        QTest::newRow("emoji") << QStringLiteral("😀结婚😀");
        QTest::newRow("10000 Chinese characters") << QString(10000, QChar(0x7ED3));
        QTest::newRow("10000 letters") << QString(10000, QLatin1Char('a'));
        QString mixed;
        for (int i = 0; i < 10000; ++i)
            mixed += QChar(i % 3 == 0 ? 0x767B : i % 3 == 1 ? 'j' : 0x8BB0);
        QTest::newRow("10000 mixed") << mixed;
        QTest::newRow("10000 spaces then a word")
            << QString(10000, QLatin1Char(' ')) + QStringLiteral("结婚");
        QTest::newRow("one letter") << QStringLiteral("j");
        QTest::newRow("one character") << QStringLiteral("证");
        QTest::newRow("63 letters") << QString(63, QLatin1Char('j'));
        QTest::newRow("64 letters") << QString(64, QLatin1Char('z'));
        QTest::newRow("punctuation") << QStringLiteral("（）、，。！？《》");
        QTest::newRow("digits") << QStringLiteral("0000000000");
    }

    void hostileInput()
    {
        QFETCH(QString, query);
        QElapsedTimer timer;
        timer.start();
        const auto hits = m_search.search(query);
        const qint64 ms = timer.elapsed();
        QVERIFY2(ms < kHostileBudgetMs, qPrintable(QString::number(ms)));
        QVERIFY(hits.size() <= 20);
        for (const SearchHit &h : hits) {
            QVERIFY(h.index >= 0 && h.index < m_matters.size());
            QVERIFY(h.score > 0);
        }
    }

    void controlCharactersAreIgnored()
    {
        for (const QString &q :
             {QStringLiteral("\x01结\x7f婚\x02"), QStringLiteral("结\u200b婚"), QStringLiteral(" 结 婚 ")}) {
            const auto hits = m_search.search(q);
            QVERIFY(!hits.isEmpty());
            QCOMPARE(nameOf(hits.first()), QStringLiteral("内地居民结婚登记"));
        }
    }

    // Scores never rise down the list, equal scores go to the shorter name,
    // and kinds come in the documented order.
    void ranking_data()
    {
        QTest::addColumn<QString>("query");
        for (const char *q : {"户口", "证", "登记", "残疾人证", "公积金", "hunyin", "jhdj", "dengji", "签注",
                              "动产抵押登记", "社保", "结婚登纪", "z"})
            QTest::newRow(q) << QString::fromUtf8(q);
    }

    void ranking()
    {
        QFETCH(QString, query);
        const auto hits = m_search.search(query, 0);
        QVERIFY(!hits.isEmpty());
        for (qsizetype i = 1; i < hits.size(); ++i) {
            const SearchHit &a = hits.at(i - 1);
            const SearchHit &b = hits.at(i);
            const QString where =
                QStringLiteral("%1 at %2: %3").arg(query).arg(i).arg(describe(hits.mid(i - 1, 2)));
            QVERIFY2(a.active || !b.active, qPrintable(where));
            if (a.active != b.active)
                continue;
            QVERIFY2(a.score >= b.score, qPrintable(where));
            if (a.score == b.score) {
                const QString na = nameOf(a);
                const QString nb = nameOf(b);
                QVERIFY2(na.size() < nb.size() || (na.size() == nb.size() && na <= nb), qPrintable(where));
            }
        }
    }

    void rankingOrderOfKinds()
    {
        const auto kinds = [](const QList<SearchHit> &hits) {
            QList<MatchKind> order;
            for (const SearchHit &h : hits)
                if (h.active && (order.isEmpty() || order.last() != h.kind))
                    order << h.kind;
            return order;
        };
        // 户口: names beginning with it, then names containing it, then the
        // synonym's targets (出生登记, 开具户籍类证明).
        const auto hits = m_search.search(QStringLiteral("户口"), 0);
        QVERIFY(hits.size() > 10);
        QCOMPARE(kinds(hits),
                 (QList<MatchKind>{MatchKind::NamePrefix, MatchKind::NameSubstring, MatchKind::Synonym}));
        // 落户: names containing it, then matters with it in a keyword (出生登记: 新生儿落户).
        const auto settle = m_search.search(QStringLiteral("落户"), 0);
        QVERIFY2(kinds(settle).mid(0, 2) == (QList<MatchKind>{MatchKind::NameSubstring, MatchKind::Keyword}),
                 qPrintable(describe(settle, 40)));
        int synonymAt = -1;
        for (qsizetype i = 0; i < hits.size(); ++i)
            if (nameOf(hits.at(i)) == QStringLiteral("出生登记"))
                synonymAt = static_cast<int>(i);
        QVERIFY(synonymAt > 0);
        QCOMPARE(hits.at(synonymAt).kind, MatchKind::Synonym);
        QCOMPARE(hits.at(synonymAt).detail, QStringLiteral("户口"));

        // The exact name first, then the longer names beginning with it.
        const auto residence = m_search.search(QStringLiteral("居住登记"));
        QCOMPARE(nameOf(residence.first()), QStringLiteral("居住登记"));
        QCOMPARE(residence.first().kind, MatchKind::ExactName);

        // Pinyin from the start of the name beats pinyin inside it.
        const auto chusheng = m_search.search(QStringLiteral("chusheng"));
        QVERIFY(nameOf(chusheng.first()).startsWith(QStringLiteral("出生")));
        QCOMPARE(chusheng.first().score, SearchScore::PinyinFullAtStart);
    }

    void inactiveLastAndFlagged()
    {
        // 动产抵押登记 is withdrawn: its exact name still comes after the
        // active 不动产抵押登记（…） that merely contain it.
        const auto hits = m_search.search(QStringLiteral("动产抵押登记"), 0);
        QVERIFY(hits.size() >= 2);
        QCOMPARE(nameOf(hits.last()), QStringLiteral("动产抵押登记"));
        QVERIFY(!hits.last().active);
        QCOMPARE(hits.last().kind, MatchKind::ExactName);
        for (qsizetype i = 0; i + 1 < hits.size(); ++i)
            QVERIFY(hits.at(i).active);

        // 签注: the suspended 赴台签注签发（个人旅游） after every active one.
        const auto visas = m_search.search(QStringLiteral("签注"), 0);
        QVERIFY(!visas.isEmpty());
        QVERIFY(nameOf(visas.last()).startsWith(QStringLiteral("赴台签注")));
        QVERIFY(!visas.last().active);
        QCOMPARE(m_matters.at(visas.last().index).state, QStringLiteral("suspended"));

        // Every hit's flag matches its matter's state.
        for (const char *q : {"证", "登记", "申请", "lvyou"}) {
            for (const SearchHit &h : m_search.search(QString::fromUtf8(q), 0))
                QCOMPARE(h.active, m_matters.at(h.index).state == QStringLiteral("active"));
        }
    }

    void limits()
    {
        QCOMPARE(m_search.search(QStringLiteral("登记"), 3).size(), 3);
        const auto all = m_search.search(QStringLiteral("登记"), 0);
        QVERIFY(all.size() > 20);
        QCOMPARE(m_search.search(QStringLiteral("登记")).size(), 20);
        // The first three of all are the three asked for.
        const auto three = m_search.search(QStringLiteral("登记"), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(three.at(i).index, all.at(i).index);
        // One hit per matter.
        QSet<int> seen;
        for (const SearchHit &h : all) {
            QVERIFY(!seen.contains(h.index));
            seen.insert(h.index);
        }
    }

    // A limit cuts the full list; it never changes what comes first (the
    // one-edit pinyin pass stops early when it has enough).
    void limitedIsPrefixOfAll_data()
    {
        QTest::addColumn<QString>("query");
        for (const char *q : {"jiehundenji", "hunyim", "gongjijng", "laonianzeng", "结婚登纪", "老年正", "j",
                              "登记", "户口", "签注"})
            QTest::newRow(q) << QString::fromUtf8(q);
    }

    void limitedIsPrefixOfAll()
    {
        QFETCH(QString, query);
        for (const MatterSearch *search : {&m_search, &m_big}) {
            const auto all = search->search(query, 0);
            for (const int limit : {1, 3, 5, 20, 50}) {
                const auto some = search->search(query, limit);
                QCOMPARE(some.size(), std::min<qsizetype>(limit, all.size()));
                for (qsizetype i = 0; i < some.size(); ++i)
                    QVERIFY2(some.at(i).index == all.at(i).index && some.at(i).score == all.at(i).score,
                             qPrintable(QStringLiteral("%1 matters, limit %2 at %3: %4 / %5")
                                            .arg(search->size())
                                            .arg(limit)
                                            .arg(i)
                                            .arg(some.at(i).index)
                                            .arg(all.at(i).index)));
            }
        }
    }

    void copiesShareTheIndex()
    {
        const MatterSearch copy = m_search;
        QCOMPARE(copy.size(), m_search.size());
        QCOMPARE(copy.search(QStringLiteral("结婚")).first().index,
                 m_search.search(QStringLiteral("结婚")).first().index);
        QVERIFY(m_search.memoryBytes() > 0);
        QVERIFY(m_search.characterCount() > 500);
    }

    // The whole path from the store: import, read matters and synonyms, search.
    void fromTheStore()
    {
        QTemporaryDir dir;
        auto db = test::openTempDatabase(dir);
        QVERIFY(db);
        auto report = CatalogImporter::importDocument(*db, m_doc, QStringLiteral("demo"));
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        auto synonyms = CatalogRepository(db).synonyms();
        QVERIFY2(synonyms.ok(), qPrintable(synonyms.error().message));
        QCOMPARE(synonyms->size(), m_doc.synonyms.size());
        bool company = false;
        for (const Synonym &s : synonyms.value()) {
            QVERIFY(!s.targets.isEmpty());
            if (s.term == QStringLiteral("开公司")) {
                company = true;
                QCOMPARE(s.targets,
                         (QStringList{QStringLiteral("企业开办一件事"), QStringLiteral("企业设立登记")}));
            }
        }
        QVERIFY(company);
        auto matters = CatalogRepository(db).currentMatters();
        QVERIFY2(matters.ok(), qPrintable(matters.error().message));
        MatterSearch search;
        search.rebuild(matters.value(), synonyms.value());
        const auto hits = search.search(QStringLiteral("开公司"));
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().kind, MatchKind::Synonym);
        QCOMPARE(hits.first().matterId, matters->at(hits.first().index).id);
        QVERIFY(hits.first().matterId > 0);
        const auto police = search.search(QStringLiteral("公安"));
        QVERIFY(!police.isEmpty());
        QCOMPARE(police.first().kind, MatchKind::Department);
    }

    // Rough speed on the demo catalog: a keystroke's worth of queries.
    void fastOnTheDemoCatalog()
    {
        const QStringList queries{
            QStringLiteral("结婚"),        QStringLiteral("hunyin"), QStringLiteral("jhdj"),
            QStringLiteral("结婚登纪"),    QStringLiteral("老年证"), QStringLiteral("登记"),
            QStringLiteral("jiehundenji"), QStringLiteral("z"),      QStringLiteral("证")};
        QElapsedTimer timer;
        timer.start();
        int found = 0;
        for (int r = 0; r < 50; ++r)
            for (const QString &q : queries)
                found += static_cast<int>(m_search.search(q).size());
        const qint64 us = timer.nsecsElapsed() / 1000 / (50 * queries.size());
        qInfo("average %lld us per query on %lld matters", us, static_cast<long long>(m_matters.size()));
        QVERIFY(found > 0);
        QVERIFY2(us < 5000, qPrintable(QString::number(us)));
    }
};

QTEST_GUILESS_MAIN(TestMatterSearch)
#include "tst_mattersearch.moc"
