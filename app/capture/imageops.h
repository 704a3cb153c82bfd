#pragma once

#include <QColor>
#include <QImage>
#include <QRect>

namespace yc::capture {

// What analysePage() found on a scanned or photographed page.
struct PageGeometry
{
    // How far the content is turned clockwise, in degrees; the correction
    // turns it back by this much.
    double skewDegrees = 0;
    // The document within the deskewed page (deskewed coordinates). The
    // whole deskewed page when no document edge stands out.
    QRect crop;
    // A paper region stood out from a contrasting background (camera desk,
    // open scanner lid); false for a page that fills the scan, where only
    // the text lines give the skew.
    bool documentFound = false;
    QColor background = Qt::white;
};

// Finds skew and document edges on a downscaled grey copy:
//  1. the background is the median grey of a thin band along the border,
//     its spread (median absolute deviation) sets the foreground threshold;
//  2. the skew is the angle within ±maxDegrees whose row and column
//     projection profiles of the foreground are sharpest (sum of squared
//     differences of neighbouring bins) — paper edges and text lines both
//     line up at the right angle; 0.5° steps on a fifth of the points,
//     then 0.05° steps on all of them;
//  3. after turning the foreground points by that angle, the document is
//     the box of rows and columns that hold a real share of them. A dense
//     box (paper on a background) becomes the crop; a sparse one (text on a
//     page that fills the scan) does not, and the page keeps its size.
PageGeometry analysePage(const QImage &page, double maxDegrees = 10.0);

// Turns the page back by geometry.skewDegrees about its centre (the corners
// filled with the background) and cuts it to geometry.crop.
QImage straighten(const QImage &page, const PageGeometry &geometry);

// Rotation by quarter turns (1 = 90° clockwise), lossless.
QImage rotateQuarter(const QImage &page, int quarterTurnsClockwise);

QImage toGrey(const QImage &page);
// Otsu's threshold of an 8-bit grey image: the level that maximises the
// variance between the two classes.
int otsuThreshold(const QImage &grey);
// Black and white (QImage::Format_Mono, index 0 black, 1 white): a pixel
// brighter than the threshold is white. threshold < 0 = Otsu.
QImage toBilevel(const QImage &page, int threshold = -1);

} // namespace yc::capture
