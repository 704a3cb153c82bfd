#include "imageops.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <numbers>
#include <random>
#include <vector>

#include <QPainter>
#include <QTransform>

namespace yc::capture {

namespace {

constexpr int kAnalysisSide = 1000;   // longest side of the analysis copy
constexpr int kMaxPoints = 150'000;   // foreground points used for the skew search
constexpr double kDenseShare = 0.6;   // a box this full of foreground is paper, not text
constexpr double kMinContent = 0.001; // less foreground than this: a blank page

struct Point
{
    float x;
    float y;
};

int median(std::vector<int> values)
{
    if (values.empty())
        return 0;
    auto mid = values.begin() + std::ptrdiff_t(values.size() / 2);
    std::nth_element(values.begin(), mid, values.end());
    return *mid;
}

QRect rotatedBounds(const QSize &size, double degrees)
{
    QTransform t;
    t.rotate(-degrees);
    return t.mapRect(QRectF(QPointF(0, 0), QSizeF(size))).toAlignedRect();
}

// Sharpness of the row and column profiles of the points turned back by
// `degrees` about the origin (the points are centred already). Each point
// is shared between its two nearest bins, so the pixel lattice itself does
// not make some angles look sharper than others.
double profileScore(const std::vector<Point> &points, double degrees, int radius, std::vector<double> &rows,
                    std::vector<double> &cols)
{
    const double a = degrees * std::numbers::pi / 180.0;
    const double c = std::cos(a);
    const double s = std::sin(a);
    std::fill(rows.begin(), rows.end(), 0.0);
    std::fill(cols.begin(), cols.end(), 0.0);
    auto splat = [](std::vector<double> &bins, double v) {
        const double f = std::floor(v);
        const double w = v - f;
        const auto i = size_t(f);
        bins[i] += 1 - w;
        bins[i + 1] += w;
    };
    for (const Point &p : points) {
        splat(rows, -p.x * s + p.y * c + radius);
        splat(cols, p.x * c + p.y * s + radius);
    }
    double score = 0;
    for (size_t i = 1; i < rows.size(); ++i) {
        const double dr = rows[i] - rows[i - 1];
        const double dc = cols[i] - cols[i - 1];
        score += dr * dr + dc * dc;
    }
    return score;
}

// First and last bin holding at least `share` of the fullest bin.
std::pair<int, int> span(const std::vector<double> &bins, double share)
{
    const double peak = *std::max_element(bins.begin(), bins.end());
    const double limit = std::max(1.0, peak * share);
    int first = -1;
    int last = -1;
    for (int i = 0; i < int(bins.size()); ++i) {
        if (bins[size_t(i)] >= limit) {
            if (first < 0)
                first = i;
            last = i;
        }
    }
    return {first, last};
}

} // namespace

PageGeometry analysePage(const QImage &page, double maxDegrees)
{
    PageGeometry g;
    g.crop = page.rect();
    if (page.isNull())
        return g;

    const double scale = std::min(1.0, double(kAnalysisSide) / std::max(page.width(), page.height()));
    const QSize smallSize(std::max(1, int(page.width() * scale)), std::max(1, int(page.height() * scale)));
    const QImage small =
        (scale < 1.0 ? page.scaled(smallSize, Qt::IgnoreAspectRatio, Qt::SmoothTransformation) : page)
            .convertToFormat(QImage::Format_RGB32);
    const int w = small.width();
    const int h = small.height();
    const double sx = double(w) / page.width();
    const double sy = double(h) / page.height();

    // 1. Background from the border band.
    const int band = std::max(2, std::min(w, h) / 100);
    std::vector<int> border;
    std::vector<int> red, green, blue;
    for (int y = 0; y < h; ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(small.constScanLine(y));
        const bool edgeRow = y < band || y >= h - band;
        for (int x = 0; x < w; ++x) {
            if (!edgeRow && x >= band && x < w - band) {
                x = w - band - 1;
                continue;
            }
            border.push_back(qGray(line[x]));
            red.push_back(qRed(line[x]));
            green.push_back(qGreen(line[x]));
            blue.push_back(qBlue(line[x]));
        }
    }
    const int bg = median(border);
    std::vector<int> deviation(border.size());
    std::transform(border.begin(), border.end(), deviation.begin(), [bg](int v) { return std::abs(v - bg); });
    const int threshold = std::max(32, int(4 * 1.4826 * median(deviation)));
    g.background = QColor(median(red), median(green), median(blue));

    // 2. Foreground points, centred, thinned to a bounded number.
    std::vector<Point> points;
    const double cx = w / 2.0;
    const double cy = h / 2.0;
    for (int y = 0; y < h; ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(small.constScanLine(y));
        for (int x = 0; x < w; ++x)
            if (std::abs(qGray(line[x]) - bg) > threshold)
                points.push_back({float(x + 0.5 - cx), float(y + 0.5 - cy)});
    }
    if (points.size() < std::max<size_t>(16, size_t(kMinContent * w * h)))
        return g;
    // Thinned at random (a fixed seed: the same page gives the same answer);
    // every n-th point in raster order would lay a lattice over the page
    // whose own directions win the search.
    const double share = std::min(1.0, double(kMaxPoints) / double(points.size()));
    if (share < 1.0) {
        std::minstd_rand random(20261122);
        std::uniform_real_distribution<double> coin(0.0, 1.0);
        size_t n = 0;
        for (size_t i = 0; i < points.size(); ++i)
            if (coin(random) < share)
                points[n++] = points[i];
        points.resize(n);
    }

    const int radius = int(std::ceil(std::hypot(w, h) / 2.0)) + 2;
    std::vector<double> rows(size_t(2 * radius + 2));
    std::vector<double> cols(rows.size());
    // A fifth of the points is enough to find the neighbourhood of the angle
    // in 0.5° steps; all of them then settle it in 0.05° steps.
    std::vector<Point> coarsePoints;
    {
        std::minstd_rand random(7);
        std::uniform_real_distribution<double> coin(0.0, 1.0);
        for (const Point &p : points)
            if (coin(random) < 0.2)
                coarsePoints.push_back(p);
    }
    double best = 0;
    double bestScore = -1;
    auto search = [&](const std::vector<Point> &sample, double from, double to, double step) {
        best = 0;
        bestScore = -1;
        for (double a = from; a <= to + 1e-9; a += step) {
            const double score = profileScore(sample, a, radius, rows, cols);
            // Ties go to the smaller angle: a page that is straight stays so.
            if (score > bestScore * (1 + 1e-9) || (score >= bestScore && std::abs(a) < std::abs(best))) {
                bestScore = score;
                best = a;
            }
        }
    };
    search(coarsePoints, -maxDegrees, maxDegrees, 0.5);
    const double coarse = best;
    search(points, coarse - 0.5, coarse + 0.5, 0.05);
    g.skewDegrees = std::abs(best) < 0.05 ? 0.0 : std::round(best * 100) / 100;

    // 3. The document box in the turned-back frame.
    profileScore(points, g.skewDegrees, radius, rows, cols);
    const auto [top, bottom] = span(rows, 0.1);
    const auto [left, right] = span(cols, 0.1);
    const QRect full = rotatedBounds(page.size(), g.skewDegrees);
    const QPointF centre = QRectF(full).center() - QPointF(full.topLeft());
    const QSize fullSize = full.size();
    if (top >= 0 && left >= 0) {
        const double boxArea = double(bottom - top + 1) * (right - left + 1);
        const double a = g.skewDegrees * std::numbers::pi / 180.0;
        size_t inside = 0;
        for (const Point &p : points) {
            const double y = -p.x * std::sin(a) + p.y * std::cos(a) + radius;
            const double x = p.x * std::cos(a) + p.y * std::sin(a) + radius;
            if (y >= top && y <= bottom + 1 && x >= left && x <= right + 1)
                ++inside;
        }
        const double density = double(inside) / share / boxArea;
        if (density >= kDenseShare && boxArea < 0.97 * w * h) {
            g.documentFound = true;
            const QRectF box(
                QPointF(centre.x() + (left - radius) / sx, centre.y() + (top - radius) / sy),
                QPointF(centre.x() + (right + 1 - radius) / sx, centre.y() + (bottom + 1 - radius) / sy));
            g.crop = box.toAlignedRect().intersected(QRect(QPoint(0, 0), fullSize));
            return g;
        }
    }
    // Text on a page that fills the scan: keep the page's own size.
    g.crop = QRect(QPoint(int(std::lround(centre.x() - page.width() / 2.0)),
                          int(std::lround(centre.y() - page.height() / 2.0))),
                   page.size())
                 .intersected(QRect(QPoint(0, 0), fullSize));
    return g;
}

QImage straighten(const QImage &page, const PageGeometry &geometry)
{
    if (page.isNull())
        return page;
    QImage turned;
    if (geometry.skewDegrees == 0.0) {
        turned = page;
    } else {
        const bool grey = page.format() == QImage::Format_Grayscale8 ||
                          page.format() == QImage::Format_Mono || page.format() == QImage::Format_MonoLSB;
        const QRect bounds = rotatedBounds(page.size(), geometry.skewDegrees);
        turned = QImage(bounds.size(), QImage::Format_RGB32);
        turned.setDotsPerMeterX(page.dotsPerMeterX());
        turned.setDotsPerMeterY(page.dotsPerMeterY());
        turned.fill(geometry.background);
        QPainter painter(&turned);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.translate(turned.width() / 2.0, turned.height() / 2.0);
        painter.rotate(-geometry.skewDegrees);
        painter.drawImage(QPointF(-page.width() / 2.0, -page.height() / 2.0),
                          page.format() == QImage::Format_RGB32 ? page
                                                                : page.convertToFormat(QImage::Format_RGB32));
        painter.end();
        if (grey)
            turned = turned.convertToFormat(QImage::Format_Grayscale8);
    }
    const QRect crop = geometry.crop.intersected(turned.rect());
    return crop.isEmpty() || crop == turned.rect() ? turned : turned.copy(crop);
}

QImage rotateQuarter(const QImage &page, int quarterTurnsClockwise)
{
    const int q = ((quarterTurnsClockwise % 4) + 4) % 4;
    if (q == 0)
        return page;
    QTransform t;
    t.rotate(90.0 * q);
    return page.transformed(t);
}

QImage toGrey(const QImage &page)
{
    return page.format() == QImage::Format_Grayscale8 ? page
                                                      : page.convertToFormat(QImage::Format_Grayscale8);
}

int otsuThreshold(const QImage &grey)
{
    const QImage g = toGrey(grey);
    std::array<qint64, 256> hist{};
    for (int y = 0; y < g.height(); ++y) {
        const uchar *line = g.constScanLine(y);
        for (int x = 0; x < g.width(); ++x)
            ++hist[line[x]];
    }
    const double total = double(g.width()) * g.height();
    double sumAll = 0;
    for (int i = 0; i < 256; ++i)
        sumAll += double(i) * double(hist[size_t(i)]);
    double weightBack = 0;
    double sumBack = 0;
    double bestVariance = -1;
    int best = 127;
    int bestEnd = 127;
    for (int t = 0; t < 256; ++t) {
        weightBack += double(hist[size_t(t)]);
        if (weightBack == 0)
            continue;
        const double weightFore = total - weightBack;
        if (weightFore == 0)
            break;
        sumBack += double(t) * double(hist[size_t(t)]);
        const double meanBack = sumBack / weightBack;
        const double meanFore = (sumAll - sumBack) / weightFore;
        const double variance = weightBack * weightFore * (meanBack - meanFore) * (meanBack - meanFore);
        // Two well-separated classes leave a plateau of equal variance
        // between them: take its middle, not its first level.
        if (variance > bestVariance * (1 + 1e-12)) {
            bestVariance = variance;
            best = t;
            bestEnd = t;
        } else if (variance >= bestVariance * (1 - 1e-12)) {
            bestEnd = t;
        }
    }
    return (best + bestEnd) / 2;
}

QImage toBilevel(const QImage &page, int threshold)
{
    const QImage g = toGrey(page);
    const int t = threshold < 0 ? otsuThreshold(g) : threshold;
    QImage out(g.size(), QImage::Format_Mono);
    out.setColorTable({qRgb(0, 0, 0), qRgb(255, 255, 255)});
    out.setDotsPerMeterX(page.dotsPerMeterX());
    out.setDotsPerMeterY(page.dotsPerMeterY());
    for (int y = 0; y < g.height(); ++y) {
        const uchar *in = g.constScanLine(y);
        uchar *bits = out.scanLine(y);
        std::memset(bits, 0, size_t(out.bytesPerLine()));
        for (int x = 0; x < g.width(); ++x)
            if (in[x] > t)
                bits[x >> 3] |= uchar(0x80 >> (x & 7));
    }
    return out;
}

} // namespace yc::capture
