#pragma once

// What the benchmarks share: the one BENCH line format (bench/README.md),
// waiting on the event loop, percentiles. Header-only; bench/ only.

#include <algorithm>
#include <vector>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>
#include <QTextStream>

namespace yc::bench {

inline QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

// BENCH <name> value=<v> unit=<u> baseline=<b> ratio=<v/b>
inline void line(const QString &name, double value, const QString &unit, double baseline, int decimals = 3)
{
    const auto num = [decimals](double v) { return QString::number(v, 'f', decimals); };
    out() << "BENCH " << name << " value=" << num(value) << " unit=" << unit << " baseline=" << num(baseline)
          << " ratio=" << num(baseline > 0 ? value / baseline : 0) << Qt::endl;
}

// Runs the event loop until `cond` holds; false after `timeoutMs`.
template <typename F>
bool spinUntil(F cond, int timeoutMs = 30000)
{
    QElapsedTimer t;
    t.start();
    while (!cond()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

// The value at fraction p (0.5 = median) of the sorted samples; 0 for none.
inline double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

} // namespace yc::bench
