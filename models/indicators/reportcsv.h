#pragma once

#include "indicators.h"

#include <QByteArray>

namespace yc::indicators {

// What a supervisor calls each indicator, in the UI, the CSV and the PDF.
QString title(Indicator indicator);
QString dimensionTitle(Dimension dimension);

// The report as CSV for a spreadsheet: UTF-8 with a byte-order mark (so
// the spreadsheets used in halls read the Chinese), the hall row first,
// percentages as plain numbers with one decimal, empty where nothing was
// counted. A cell a spreadsheet would run as a formula (=, +, -, @) is
// quoted with a leading apostrophe.
QByteArray toCsv(const Report &report);

} // namespace yc::indicators
