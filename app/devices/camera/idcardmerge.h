#pragma once

#include <QImage>

namespace yc::devices {

// The two sides of an ID card (居民身份证 正反面) on one A4 page, as the
// back office files them: the front (portrait side) centred in the upper
// half, the back (national emblem side) in the lower half, each at the
// card's true size (85.6 × 54 mm, ISO/IEC 7810 ID-1) so a printout is
// 1:1. Each side is first cut to the card's edges where the card stands
// out from its background. A pure function of its inputs.
QImage mergeIdCardSides(const QImage &front, const QImage &back, int dpi = 300);

// Where mergeIdCardSides() puts the front and the back on a page at `dpi`.
QRect idCardFrontRect(int dpi);
QRect idCardBackRect(int dpi);

} // namespace yc::devices
