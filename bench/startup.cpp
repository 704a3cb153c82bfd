// bench_startup: how long the client takes to show a usable main window, and
// how much memory it holds then, on a hall database with 100,000 cases,
// against a bare Qt Widgets window started the same way (bench_bare_window).
//
//   bench_startup [--runs R] [--warmup W] [--cases N] [--keep]
//                 [--client exe] [--bare exe] [--seeder exe] [--cache-dir dir]
//
// The database is seeded once by bench_seed_cases and cached in the build
// tree under a key naming the number of cases, the schema version and the
// seeder's format; every client run gets a fresh copy of it (no WAL or
// -shm left from an earlier run), its own settings file and log folder.
// Both programs run with QT_QPA_PLATFORM=offscreen and the same arguments,
// the client signing in through YICHUANG_AUTOLOGIN (the password is still
// checked with PBKDF2, as at the sign-in dialog). Runs alternate client and
// baseline so that load from elsewhere on the machine hits both alike; W
// warm-up runs of each (default 1) are not counted.
//
// Each program prints "YC_READY ms=<ms since main()> rss_kib=<VmRSS>" when
// its window is usable; the driver also takes the wall time from starting
// the process to reading that line (includes exec, dynamic loading and
// static initialisation, which ms= does not see). Medians are reported as
// BENCH lines; min and max on the lines before them.
#include <algorithm>
#include <optional>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
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
    qint64 cases = 100000;
    bool keep = false;
    QString client = QStringLiteral(YC_BENCH_CLIENT);
    QString bare = QStringLiteral(YC_BENCH_BARE);
    QString seeder = QStringLiteral(YC_BENCH_SEEDER);
    QString cacheDir = QStringLiteral(YC_BENCH_CACHE_DIR);
    QString login = QStringLiteral("9001:Demo2026");
};

struct Sample
{
    double readyMs = 0;
    double rssMiB = 0;
    double wallMs = 0;
};

struct Series
{
    QList<double> readyMs, rssMiB, wallMs;
    void add(const Sample &s)
    {
        readyMs << s.readyMs;
        rssMiB << s.rssMiB;
        wallMs << s.wallMs;
    }
};

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype mid = v.size() / 2;
    return v.size() % 2 ? v.at(mid) : (v.at(mid - 1) + v.at(mid)) / 2.0;
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

// Runs a program to its YC_READY line and its end; nullopt (with the reason
// on stderr) when it fails.
std::optional<Sample> runOnce(const QString &label, const QString &program, const QStringList &arguments,
                              const QProcessEnvironment &env, const QString &workDir)
{
    constexpr int kTimeoutMs = 120000;
    QProcess p;
    p.setProgram(program);
    p.setArguments(arguments);
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(workDir);
    QElapsedTimer wall;
    wall.start();
    p.start();
    if (!p.waitForStarted(kTimeoutMs)) {
        err() << label << ": cannot start " << program << ": " << p.errorString() << Qt::endl;
        return std::nullopt;
    }
    QByteArray output;
    qint64 wallMs = -1;
    while (wallMs < 0 && wall.elapsed() < kTimeoutMs) {
        if (!p.waitForReadyRead(static_cast<int>(kTimeoutMs - wall.elapsed())))
            break; // ended (or timed out) without the line
        output += p.readAllStandardOutput();
        const qsizetype at = output.indexOf("YC_READY");
        if (at >= 0 && output.indexOf('\n', at) > at)
            wallMs = wall.elapsed();
    }
    // waitForFinished() is false for a process that has already ended.
    if (p.state() != QProcess::NotRunning && !p.waitForFinished(30000)) {
        err() << label << ": did not exit after its ready line; killing it" << Qt::endl;
        p.kill();
        p.waitForFinished(5000);
        return std::nullopt;
    }
    output += p.readAllStandardOutput();
    const QString text = QString::fromUtf8(output);
    static const QRegularExpression ready(QStringLiteral("YC_READY ms=(\\d+) rss_kib=(-?\\d+)"));
    const QRegularExpressionMatch m = ready.match(text);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0 || !m.hasMatch() || wallMs < 0) {
        err() << label << ": failed (exit status " << p.exitStatus() << ", code " << p.exitCode()
              << (m.hasMatch() ? ")" : ", no YC_READY line)") << "\n--- stdout\n"
              << text << "\n--- stderr\n"
              << QString::fromUtf8(p.readAllStandardError()) << Qt::endl;
        return std::nullopt;
    }
    const qint64 rssKiB = m.captured(2).toLongLong();
    if (rssKiB < 0)
        err() << label << ": the program could not read its VmRSS" << Qt::endl;
    return Sample{m.captured(1).toDouble(), static_cast<double>(rssKiB) / 1024.0,
                  static_cast<double>(wallMs)};
}

// Output of a helper program, or nullopt after printing why it failed.
std::optional<QString> runTool(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(program, arguments);
    if (!p.waitForStarted(30000) || !p.waitForFinished(30 * 60 * 1000) ||
        p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        err() << "bench_startup: " << program << " " << arguments.join(QLatin1Char(' '))
              << " failed: " << p.errorString() << Qt::endl;
        return std::nullopt;
    }
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

// The cached seeded database for this number of cases, seeding it first if needed.
std::optional<QString> seededDatabase(const Options &o)
{
    const auto key = runTool(
        o.seeder, {QStringLiteral("--cache-key"), QStringLiteral("--cases"), QString::number(o.cases)});
    if (!key)
        return std::nullopt;
    if (!QDir().mkpath(o.cacheDir)) {
        err() << "bench_startup: cannot create " << o.cacheDir << Qt::endl;
        return std::nullopt;
    }
    const QString path = QDir(o.cacheDir).filePath(*key + QStringLiteral(".sqlite"));
    if (QFileInfo::exists(path)) {
        out() << "seed: reusing " << path << " ("
              << num(static_cast<double>(QFileInfo(path).size()) / (1024.0 * 1024.0)) << " MiB)" << Qt::endl;
        return path;
    }
    out() << "seed: creating " << path << " (once; later runs reuse it)" << Qt::endl;
    const auto report = runTool(o.seeder, {path, QStringLiteral("--cases"), QString::number(o.cases)});
    if (!report)
        return std::nullopt;
    for (const QString &line : report->split(QLatin1Char('\n')))
        out() << "seed: " << line << Qt::endl;
    return path;
}

QString casesLabel(qint64 n)
{
    return n % 1000 == 0 ? QStringLiteral("%1k").arg(n / 1000) : QString::number(n);
}

int usage(int code)
{
    (code ? err() : out())
        << "usage: bench_startup [--runs R] [--warmup W] [--cases N] [--keep] [--client exe] "
           "[--bare exe] [--seeder exe] [--cache-dir dir]"
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
        else if (a == QLatin1String("--keep"))
            o.keep = true;
        else if (a == QLatin1String("--runs") && hasValue)
            o.runs = args.at(++i).toInt(&ok);
        else if (a == QLatin1String("--warmup") && hasValue)
            o.warmup = args.at(++i).toInt(&ok);
        else if (a == QLatin1String("--cases") && hasValue)
            o.cases = args.at(++i).toLongLong(&ok);
        else if (a == QLatin1String("--client") && hasValue)
            o.client = args.at(++i);
        else if (a == QLatin1String("--bare") && hasValue)
            o.bare = args.at(++i);
        else if (a == QLatin1String("--seeder") && hasValue)
            o.seeder = args.at(++i);
        else if (a == QLatin1String("--cache-dir") && hasValue)
            o.cacheDir = args.at(++i);
        else
            return usage(2);
        if (!ok || o.runs < 1 || o.warmup < 0 || o.cases < 1)
            return usage(2);
    }

    const auto cached = seededDatabase(o);
    if (!cached)
        return 1;

    QTemporaryDir tmp;
    if (!tmp.isValid()) {
        err() << "bench_startup: no temporary folder: " << tmp.errorString() << Qt::endl;
        return 1;
    }
    tmp.setAutoRemove(!o.keep);
    if (o.keep)
        out() << "info: keeping " << tmp.path() << Qt::endl;

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("YICHUANG_AUTOLOGIN"), o.login);

    // One data key for all runs (the first run creates it, as a new
    // installation would; the warm-up run takes that cost by default).
    const QString keyPath = QDir(tmp.path()).filePath(QStringLiteral("data.key"));
    Series client, bare;
    const int total = o.warmup + o.runs;
    for (int r = 0; r < total; ++r) {
        const bool counted = r >= o.warmup;
        const QString tag = counted ? QStringLiteral("run %1").arg(r - o.warmup + 1)
                                    : QStringLiteral("warm-up %1").arg(r + 1);
        QDir runDir(QDir(tmp.path()).filePath(QStringLiteral("run%1").arg(r)));
        runDir.removeRecursively();
        if (!QDir().mkpath(runDir.path())) {
            err() << "bench_startup: cannot create " << runDir.path() << Qt::endl;
            return 1;
        }
        const QString dbPath = runDir.filePath(QStringLiteral("yichuang.sqlite"));
        if (!QFile::copy(*cached, dbPath)) {
            err() << "bench_startup: cannot copy " << *cached << " to " << dbPath << Qt::endl;
            return 1;
        }
        // The copy must be writable whatever the cached file's permissions are.
        QFile(dbPath).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        const QString ini = runDir.filePath(QStringLiteral("yichuang.ini"));
        {
            QSettings s(ini, QSettings::IniFormat);
            s.setValue(QStringLiteral("data/databasePath"), dbPath);
            s.setValue(QStringLiteral("data/keyPath"), keyPath);
            s.setValue(QStringLiteral("log/directory"), runDir.filePath(QStringLiteral("logs")));
            s.setValue(QStringLiteral("ui/language"), QStringLiteral("zh_CN"));
            s.sync();
        }
        const QStringList arguments{QStringLiteral("--standalone"),
                                    QStringLiteral("--database"),
                                    dbPath,
                                    QStringLiteral("--settings"),
                                    ini,
                                    QStringLiteral("--lang"),
                                    QStringLiteral("zh_CN"),
                                    QStringLiteral("--report-ready"),
                                    QStringLiteral("--exit-when-ready")};

        const auto c = runOnce(QStringLiteral("yichuang ") + tag, o.client, arguments, env, runDir.path());
        if (!c)
            return 1;
        const auto b =
            runOnce(QStringLiteral("bench_bare_window ") + tag, o.bare, arguments, env, runDir.path());
        if (!b)
            return 1;
        out() << "info: " << tag << ": yichuang ready=" << num(c->readyMs) << " ms wall=" << num(c->wallMs)
              << " ms rss=" << num(c->rssMiB) << " MiB; bare ready=" << num(b->readyMs)
              << " ms wall=" << num(b->wallMs) << " ms rss=" << num(b->rssMiB) << " MiB" << Qt::endl;
        if (counted) {
            client.add(*c);
            bare.add(*b);
        }
        if (!o.keep)
            runDir.removeRecursively();
    }

    out() << "info: yichuang ready ms " << summary(client.readyMs) << Qt::endl;
    out() << "info: bare     ready ms " << summary(bare.readyMs) << Qt::endl;
    out() << "info: yichuang rss MiB  " << summary(client.rssMiB) << Qt::endl;
    out() << "info: bare     rss MiB  " << summary(bare.rssMiB) << Qt::endl;
    out() << "info: yichuang wall ms  " << summary(client.wallMs) << Qt::endl;
    out() << "info: bare     wall ms  " << summary(bare.wallMs) << Qt::endl;

    const QString n = casesLabel(o.cases);
    auto line = [&](const QString &name, const QString &unit, const QList<double> &v,
                    const QList<double> &b) {
        const double value = median(v);
        const double base = median(b);
        out() << "BENCH " << name << " value=" << num(value) << " unit=" << unit << " baseline=" << num(base)
              << " ratio=" << (base > 0 ? num(value / base) : QStringLiteral("nan")) << Qt::endl;
    };
    line(QStringLiteral("startup_cold_%1_cases").arg(n), QStringLiteral("ms"), client.readyMs, bare.readyMs);
    line(QStringLiteral("startup_rss_%1_cases").arg(n), QStringLiteral("MiB"), client.rssMiB, bare.rssMiB);
    line(QStringLiteral("startup_wall_%1_cases").arg(n), QStringLiteral("ms"), client.wallMs, bare.wallMs);
    return 0;
}
