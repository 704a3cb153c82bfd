#pragma once

#include <QByteArray>
#include <QFont>

namespace yc::pdfunicode {

// Qt 6.4's PDF writer gives each embedded glyph the lowest code point that
// reaches it in the font. CJK fonts map the Kangxi radicals and the CJK
// radicals supplement (U+2E80–U+2FDF) onto the glyphs of the ordinary
// ideographs, so 月, 日, 人, 食 in a Qt PDF copy, search and extract as the
// radicals ⽉, ⽇, ⼈, ⻝: an archived 受理通知书 could not be found by its
// text. This rewrites those ToUnicode entries to the ideograph that shares
// the glyph in `font`. Entries keep their length, so no offset in the file
// changes. Characters beyond the BMP (𠮷) print correctly but stay out of the
// text layer: Qt writes 16-bit ToUnicode values only.
QByteArray repairToUnicode(const QByteArray &pdf, const QFont &font);

} // namespace yc::pdfunicode
