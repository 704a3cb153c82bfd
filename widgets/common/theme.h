#pragma once

class QApplication;

namespace yc::theme {

// The normal look, or the large-font, high-contrast one (适老化) for staff and
// citizens who read poorly; switchable while the program runs.
void apply(QApplication &app, bool largeFont);
bool isLarge();

} // namespace yc::theme
