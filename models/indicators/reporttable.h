#pragma once

#include "indicators.h"

#include <functional>

#include <QByteArray>

namespace yc::indicators {

// What a supervisor calls each indicator, in the UI, the CSV and the PDF.
QString title(Indicator indicator);
QString dimensionTitle(Dimension dimension);

// The report as a table, the same on screen, in the CSV and in the PDF:
// the dimension's label, then the counts and figures.
struct Column
{
    QString title;
    std::function<QString(const Row &)> text; // empty when nothing was counted
    std::optional<Indicator> indicator;       // a figure with a target
};
QList<Column> columns(Dimension dimension);

// The report as CSV for a spreadsheet: UTF-8 with a byte-order mark (so
// the spreadsheets used in halls read the Chinese), the hall row first,
// percentages as plain numbers with one decimal, empty where nothing was
// counted. A cell a spreadsheet would run as a formula (=, +, -, @) is
// quoted with a leading apostrophe.
QByteArray toCsv(const Report &report);

} // namespace yc::indicators
