#pragma once

#include "indicators/indicators.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;

namespace yc {

struct ClientContext;
class ChartWidget;

// The supervisor's indicators for a period: the figures against their
// targets (misses in red), by window, clerk, department or matter, the
// window scores, the charts, and export to CSV and a PDF report.
class IndicatorsPage : public QWidget
{
    Q_OBJECT

public:
    explicit IndicatorsPage(ClientContext &context, QWidget *parent = nullptr);

    void reload();
    const indicators::Report &report() const { return m_report; }
    // What the export buttons do once a file is chosen.
    bool saveCsv(const QString &path);
    bool savePdf(const QString &path);

private:
    void applyPreset();
    void exportCsv();
    void exportPdf();
    void showMessage(const QString &text, bool error);
    QString suggestedName(const QString &suffix) const;

    ClientContext &m_ctx;
    QComboBox *m_preset;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_dimension;
    QTableWidget *m_table;
    QList<ChartWidget *> m_charts;
    QLabel *m_message;
    indicators::Report m_report;
    indicators::Targets m_targets;
};

} // namespace yc
