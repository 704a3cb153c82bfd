// bench_search: how fast MatterSearch answers what a clerk types, on a
// 30,000-matter catalog, against a plain linear QString::contains scan over
// the same 30,000 names in the same run.
//
//   bench_search [--runs R] [--warmup W] [--reps N] [--matters N] [--show] [--per-query]
//                [--only QUERY]
//
// The catalog is the demo catalog (resources/catalog/demo-catalog.json, 392
// matters) multiplied deterministically: each copy belongs to another region
// (its departments renamed 滕州市…, 济南市历下区…), gets its own task code,
// and most copies vary the name the way real implementation lists do
// (…变更 / …注销 / …补领 / …延续 / …迁入 / …迁出, （市级）/（县级）, a
// region prefix), so names repeat only in part. Every 97th copy is suspended.
//
// A fixed set of queries (Chinese words and fragments, full pinyin,
// initials, colloquial synonyms, typos in characters and in pinyin, mixed
// input, a task code, a department, a sentence) is answered N times per run
// (--reps, default 10) by the index (top 20, ranked) and by the scan (every
// name containing the query, unranked, no pinyin, no synonyms, no typos:
// the least a search must do). Each query is timed on its own, index and
// scan alternating, so load from elsewhere hits both alike. R counted runs
// (default 5) after W warm-up runs (default 1); the BENCH lines give the
// median over runs of each run's p50 and p99 in microseconds.
//
// --show prints the first hits of every query and exits (to judge quality);
// --per-query adds each query's median time; --only QUERY answers one query
// --reps times and prints its mean (for a profiler).
// Options of other benchmarks (scripts/bench passes its arguments to every
// one) are ignored with a note.
#include "catalog/catalogdocument.h"
#include "search/mattersearch.h"
#include "search/pinyin.h"

#include <algorithm>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QTextStream>

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

struct Options
{
    int runs = 5;
    int warmup = 1;
    int reps = 10;
    int matters = 30000;
    bool show = false;
    bool perQuery = false;
    QString only; // profile one query: answer it --reps times, nothing else
};

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype mid = v.size() / 2;
    return v.size() % 2 ? v.at(mid) : (v.at(mid - 1) + v.at(mid)) / 2.0;
}

// Nearest-rank percentile of a sorted list.
double percentile(const QList<double> &sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const auto rank = static_cast<qsizetype>(std::ceil(p / 100.0 * static_cast<double>(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

QString num(double v)
{
    return QString::number(v, 'f', 2);
}

QString summary(const QList<double> &v)
{
    QStringList all;
    for (double x : v)
        all << num(x);
    return QStringLiteral("min=%1 median=%2 max=%3 runs=[%4]")
        .arg(num(*std::min_element(v.cbegin(), v.cend())), num(median(v)),
             num(*std::max_element(v.cbegin(), v.cend())), all.join(QLatin1Char(' ')));
}

double rssMiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

// Regions a provincial catalog spans; the demo's own first.
const QStringList kRegions =
    QStringLiteral(
        "枣庄市市中区,枣庄市薛城区,枣庄市峄城区,枣庄市台儿庄区,枣庄市山亭区,滕州市,济南市历下区,济南市市中区,"
        "济南市槐荫区,济南市天桥区,济南市历城区,青岛市市南区,青岛市市北区,青岛市黄岛区,青岛市崂山区,"
        "淄博市张店区,"
        "烟台市芝罘区,潍坊市奎文区,济宁市任城区,泰安市泰山区,威海市环翠区,日照市东港区,临沂市兰山区,"
        "德州市德城区,"
        "聊城市东昌府区,滨州市滨城区,菏泽市牡丹区,东营市东营区,莱芜区,曲阜市,寿光市,龙口市")
        .split(QLatin1Char(','));
const QStringList kSuffixes =
    QStringLiteral("变更,注销,补领,延续,迁入,迁出,换领,撤销,备案,年度审验").split(QLatin1Char(','));
const QStringList kLevels = QStringLiteral("市级,县级,乡镇（街道）,委托下放").split(QLatin1Char(','));

// The demo region's part of a department name, to put another region in front.
QString departmentStem(const QString &name)
{
    for (const QString &prefix : {QStringLiteral("枣庄市市中区"), QStringLiteral("枣庄市")})
        if (name.startsWith(prefix))
            return name.mid(prefix.size());
    return name;
}

QList<yc::Matter> multiply(const yc::CatalogDocument &doc, int count)
{
    QHash<QString, QString> departments;
    for (const yc::Department &d : doc.departments)
        departments.insert(d.code, d.name);
    QList<yc::Matter> out;
    out.reserve(count);
    const auto base = static_cast<int>(doc.matters.size());
    for (int i = 0; i < count; ++i) {
        yc::Matter m = doc.matters.at(i % base);
        const int copy = i / base;
        const QString region = kRegions.at(copy % kRegions.size());
        const QString department = departments.value(m.departmentCode);
        m.id = i + 1;
        m.departmentName = copy == 0 ? department : region + departmentStem(department);
        if (copy > 0) {
            switch (copy % 6) {
            case 1:
            case 4:
                m.name += kSuffixes.at((copy / 6 + i) % kSuffixes.size());
                break;
            case 2:
                m.name += QStringLiteral("（%1）").arg(kLevels.at((copy / 6 + i) % kLevels.size()));
                break;
            case 3:
                m.name = region + m.name;
                break;
            default:
                break; // the same name in another region
            }
            m.taskCode = m.taskCode.left(18) + QStringLiteral("%1").arg(i, 13, 10, QLatin1Char('0'));
            if (copy % 97 == 0)
                m.state = QStringLiteral("suspended");
        }
        out << m;
    }
    return out;
}

struct Query
{
    const char *kind;
    QString text;
};

QList<Query> queries()
{
    QList<Query> q;
    const auto add = [&q](const char *kind, const char *text) { q << Query{kind, QString::fromUtf8(text)}; };
    // The words of seed 003 and other Chinese fragments.
    for (const char *t : {"公积金",   "社保",   "结婚",   "低保", "身份证",   "老年证",      "残疾人证",
                          "建筑许可", "用电",   "开公司", "出生", "退休",     "企业注销",    "户口迁移",
                          "不动产",   "居住证", "登记",   "证",   "营业执照", "食品经营许可"})
        add("chinese", t);
    // Colloquial words only the synonym table knows.
    for (const char *t : {"驾照", "房产证", "医保", "网约车", "我要开公司"})
        add("synonym", t);
    for (const char *t :
         {"hunyin", "jiehundengji", "gongjijin", "shebaoka", "chushengdengji", "zhufanggongjijin",
          "laonianren", "canjirenzheng", "jie hun", "kaigongsi", "mimachongzhi"})
        add("pinyin", t);
    for (const char *t : {"jhdj", "hkqy", "zfgjj", "sbk", "cjrz", "bdcdj", "j"})
        add("initials", t);
    for (const char *t :
         {"结婚登纪", "老年正", "身分证", "户口迁以", "公积今提取", "jiehundenji", "hunyim", "gongjijng"})
        add("typo", t);
    for (const char *t : {"结婚dj", "公安", "1137040200429371XA", "11370402MB2851378K0000000029"})
        add("other", t);
    return q;
}

int usage(int code)
{
    (code ? err() : out()) << "usage: bench_search [--runs R] [--warmup W] [--reps N] [--matters N] [--show] "
                              "[--per-query] [--only QUERY]"
                           << Qt::endl;
    return code;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Options o;
    const QStringList args = QCoreApplication::arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const bool hasValue = i + 1 < args.size();
        bool ok = true;
        if (a == QLatin1String("--help") || a == QLatin1String("-h"))
            return usage(0);
        else if (a == QLatin1String("--show"))
            o.show = true;
        else if (a == QLatin1String("--per-query"))
            o.perQuery = true;
        else if (a == QLatin1String("--only") && hasValue)
            o.only = args.at(++i);
        else if (a == QLatin1String("--runs") && hasValue)
            o.runs = args.at(++i).toInt(&ok);
        else if (a == QLatin1String("--warmup") && hasValue)
            o.warmup = args.at(++i).toInt(&ok);
        else if (a == QLatin1String("--reps") && hasValue)
            o.reps = args.at(++i).toInt(&ok);
        else if (a == QLatin1String("--matters") && hasValue)
            o.matters = args.at(++i).toInt(&ok);
        else if (a.startsWith(QLatin1String("--"))) {
            // Another benchmark's option (scripts/bench passes them to all).
            const bool skipValue = hasValue && !args.at(i + 1).startsWith(QLatin1String("--"));
            out() << "info: ignoring " << a << (skipValue ? QStringLiteral(" ") + args.at(i + 1) : QString())
                  << Qt::endl;
            if (skipValue)
                ++i;
        } else
            return usage(2);
        if (!ok || o.runs < 1 || o.warmup < 0 || o.reps < 1 || o.matters < 1)
            return usage(2);
    }

    QFile file(QStringLiteral(YC_BENCH_DEMO_CATALOG));
    if (!file.open(QIODevice::ReadOnly)) {
        err() << "bench_search: cannot read " << file.fileName() << Qt::endl;
        return 1;
    }
    const auto doc = yc::CatalogParser::parse(file.readAll());
    if (!doc || doc->matters.isEmpty()) {
        err() << "bench_search: the demo catalog does not parse" << Qt::endl;
        return 1;
    }
    const QList<yc::Matter> matters = multiply(doc.value(), o.matters);
    QStringList names;
    for (const yc::Matter &m : matters)
        names << m.name;
    const QList<Query> qs = queries();
    const QString n =
        o.matters % 1000 == 0 ? QStringLiteral("%1k").arg(o.matters / 1000) : QString::number(o.matters);

    const double rssBefore = rssMiB();
    yc::MatterSearch search;
    QList<double> buildMs;
    QElapsedTimer timer;
    timer.start();
    search.rebuild(matters, doc->synonyms);
    buildMs << static_cast<double>(timer.nsecsElapsed()) / 1e6;
    const double rssAfter = rssMiB();

    if (o.show) {
        for (const Query &q : qs) {
            out() << q.kind << " " << q.text << ":";
            for (const yc::SearchHit &h : search.search(q.text, 5))
                out() << "  " << matters.at(h.index).name << " [" << yc::MatterSearch::kindLabel(h.kind)
                      << " " << h.score << " " << h.detail << (h.active ? "" : " inactive") << "]";
            out() << Qt::endl;
        }
        return 0;
    }

    if (!o.only.isEmpty()) {
        timer.restart();
        qint64 hits = 0;
        for (int r = 0; r < o.reps; ++r)
            hits += search.search(o.only).size();
        out() << "info: " << o.only << " " << num(static_cast<double>(timer.nsecsElapsed()) / 1e3 / o.reps)
              << " us per query, " << hits / o.reps << " hits" << Qt::endl;
        return 0;
    }

    out() << "info: " << matters.size() << " matters, " << qs.size() << " queries x " << o.reps
          << " reps per run, " << o.runs << " runs (+" << o.warmup << " warm-up)" << Qt::endl;
    QList<double> p50;
    QList<double> p99;
    QList<double> baseP50;
    QList<double> baseP99;
    QHash<QString, QList<double>> byKind; // all counted samples per query kind
    QList<QList<double>> byQuery(qs.size());
    QList<double> maxima;
    qint64 sink = 0; // keeps the scan from being optimised away
    for (int run = 0; run < o.warmup + o.runs; ++run) {
        const bool counted = run >= o.warmup;
        if (run > 0) {
            // Each run rebuilds too: the build time is measured as often as the queries.
            timer.restart();
            search.rebuild(matters, doc->synonyms);
            if (counted)
                buildMs << static_cast<double>(timer.nsecsElapsed()) / 1e6;
        }
        QList<double> index;
        QList<double> scan;
        for (int r = 0; r < o.reps; ++r) {
            for (qsizetype k = 0; k < qs.size(); ++k) {
                const Query &q = qs.at(k);
                timer.restart();
                const auto hits = search.search(q.text);
                const double us = static_cast<double>(timer.nsecsElapsed()) / 1e3;
                sink += hits.size();

                timer.restart();
                QList<int> found;
                for (qsizetype i = 0; i < names.size(); ++i)
                    if (names.at(i).contains(q.text))
                        found << static_cast<int>(i);
                const double baseUs = static_cast<double>(timer.nsecsElapsed()) / 1e3;
                sink += found.size();
                index << us;
                scan << baseUs;
                if (counted) {
                    byKind[QString::fromLatin1(q.kind)] << us;
                    byQuery[k] << us;
                }
            }
        }
        std::sort(index.begin(), index.end());
        std::sort(scan.begin(), scan.end());
        if (!counted)
            continue;
        p50 << percentile(index, 50);
        p99 << percentile(index, 99);
        baseP50 << percentile(scan, 50);
        baseP99 << percentile(scan, 99);
        maxima << index.last();
    }

    // Hits per query, to show the index is answering (and what).
    int empty = 0;
    for (const Query &q : qs)
        if (search.search(q.text).isEmpty())
            ++empty;
    out() << "info: queries without a hit: " << empty << " of " << qs.size() << " (sink " << sink << ")"
          << Qt::endl;
    out() << "info: build ms " << summary(buildMs) << Qt::endl;
    out() << "info: index memory MiB " << num(static_cast<double>(search.memoryBytes()) / 1048576.0)
          << " (counted), RSS growth at the first build MiB " << num(rssAfter - rssBefore) << ", "
          << search.characterCount() << " distinct characters" << Qt::endl;
    out() << "info: pinyin table " << yc::pinyin::coveredCharacters() << " characters, "
          << yc::pinyin::syllableCount() << " syllables, " << yc::pinyin::tableBytes() << " bytes"
          << Qt::endl;
    out() << "info: index p50 us " << summary(p50) << Qt::endl;
    out() << "info: index p99 us " << summary(p99) << Qt::endl;
    out() << "info: index max us " << summary(maxima) << Qt::endl;
    out() << "info: scan  p50 us " << summary(baseP50) << Qt::endl;
    out() << "info: scan  p99 us " << summary(baseP99) << Qt::endl;
    for (auto it = byKind.begin(); it != byKind.end(); ++it) {
        QList<double> v = it.value();
        std::sort(v.begin(), v.end());
        out() << "info: " << it.key() << " p50 us " << num(percentile(v, 50)) << " p99 us "
              << num(percentile(v, 99)) << " max us " << num(v.last()) << Qt::endl;
    }

    if (o.perQuery) {
        for (qsizetype k = 0; k < qs.size(); ++k)
            out() << "info: query " << qs.at(k).kind << " " << qs.at(k).text << " median us "
                  << num(median(byQuery.at(k))) << Qt::endl;
    }

    const auto line = [&](const QString &name, const QList<double> &v, const QList<double> &b) {
        const double value = median(v);
        const double base = median(b);
        out() << "BENCH " << name << " value=" << num(value) << " unit=us baseline=" << num(base)
              << " ratio=" << (base > 0 ? num(value / base) : QStringLiteral("nan")) << Qt::endl;
    };
    line(QStringLiteral("search_p50_%1").arg(n), p50, baseP50);
    line(QStringLiteral("search_p99_%1").arg(n), p99, baseP99);
    return 0;
}
