#include "idcardmerge.h"

#include "app/capture/imageops.h"

#include <cmath>

#include <QPainter>

namespace yc::devices {

namespace {

constexpr double kCardWidthMm = 85.6;
constexpr double kCardHeightMm = 54.0;
constexpr double kA4WidthMm = 210.0;
constexpr double kA4HeightMm = 297.0;

int px(double mm, int dpi)
{
    return int(std::lround(mm / 25.4 * dpi));
}

QRect cardRect(int dpi, double centreYMm)
{
    const int w = px(kCardWidthMm, dpi);
    const int h = px(kCardHeightMm, dpi);
    return QRect(px(kA4WidthMm / 2, dpi) - w / 2, px(centreYMm, dpi) - h / 2, w, h);
}

QImage cardOnly(const QImage &side)
{
    const capture::PageGeometry g = capture::analysePage(side, 15.0);
    return g.documentFound ? capture::straighten(side, g) : side;
}

void drawFitted(QPainter &painter, const QRect &box, const QImage &image)
{
    if (image.isNull())
        return;
    // A card photographed upright (portrait) is turned to lie flat.
    const QImage flat = image.height() > image.width() ? capture::rotateQuarter(image, 3) : image;
    const QSize fitted = flat.size().scaled(box.size(), Qt::KeepAspectRatio);
    const QRect target(box.center() - QPoint(fitted.width() / 2, fitted.height() / 2), fitted);
    painter.drawImage(target, flat);
}

} // namespace

QRect idCardFrontRect(int dpi)
{
    return cardRect(dpi, kA4HeightMm / 4);
}

QRect idCardBackRect(int dpi)
{
    return cardRect(dpi, kA4HeightMm * 3 / 4);
}

QImage mergeIdCardSides(const QImage &front, const QImage &back, int dpi)
{
    QImage page(px(kA4WidthMm, dpi), px(kA4HeightMm, dpi), QImage::Format_RGB32);
    page.setDotsPerMeterX(int(dpi / 0.0254 + 0.5));
    page.setDotsPerMeterY(int(dpi / 0.0254 + 0.5));
    page.fill(Qt::white);
    QPainter painter(&page);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    drawFitted(painter, idCardFrontRect(dpi), cardOnly(front));
    drawFitted(painter, idCardBackRect(dpi), cardOnly(back));
    painter.end();
    return page;
}

} // namespace yc::devices
