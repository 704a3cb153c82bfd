#include "indicatorspage.h"

#include "app/core/clientcontext.h"
#include "app/core/settings.h"
#include "app/documents/indicatorreport.h"
#include "chartwidget.h"
#include "core/clock.h"
#include "indicators/reporttable.h"
#include "indicators/windowscore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace yc {

using namespace indicators;

namespace {

enum Preset
{
    ThisMonth,
    LastMonth,
    Custom
};

const QColor missColour(0xb0, 0x00, 0x20);

} // namespace

IndicatorsPage::IndicatorsPage(ClientContext &context, QWidget *parent)
    : QWidget(parent)
    , m_ctx(context)
{
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("indicatorPeriod"));
    m_preset->addItems({tr("This month"), tr("Last month"), tr("Chosen days")});
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setObjectName(QStringLiteral("indicatorFrom"));
    m_to->setObjectName(QStringLiteral("indicatorTo"));
    m_dimension = new QComboBox(this);
    m_dimension->setObjectName(QStringLiteral("indicatorDimension"));
    for (Dimension d : {Dimension::Window, Dimension::Clerk, Dimension::Department, Dimension::Matter})
        m_dimension->addItem(tr("By %1").arg(dimensionTitle(d)), int(d));
    auto *refresh = new QPushButton(tr("Refresh"), this);
    auto *csv = new QPushButton(tr("Export CSV…"), this);
    csv->setObjectName(QStringLiteral("exportCsv"));
    auto *pdf = new QPushButton(tr("Save report as PDF…"), this);
    pdf->setObjectName(QStringLiteral("exportPdf"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Period:"), this));
    bar->addWidget(m_preset);
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(QStringLiteral("—"), this));
    bar->addWidget(m_to);
    bar->addSpacing(12);
    bar->addWidget(m_dimension);
    bar->addWidget(refresh);
    bar->addStretch(1);
    bar->addWidget(csv);
    bar->addWidget(pdf);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("indicatorTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    m_table->horizontalHeader()->setMinimumHeight(fontMetrics().height() * 3);

    auto *charts = new QHBoxLayout;
    for (int i = 0; i < 3; ++i) {
        auto *c = new ChartWidget(this);
        c->setObjectName(QStringLiteral("chart%1").arg(i));
        m_charts << c;
        charts->addWidget(c);
    }

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("indicatorMessage"));
    m_message->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 3);
    layout->addLayout(charts, 2);
    layout->addWidget(m_message);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &IndicatorsPage::applyPreset);
    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        if (m_preset->currentIndex() == Custom)
            reload();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this] {
        if (m_preset->currentIndex() == Custom)
            reload();
    });
    connect(m_dimension, &QComboBox::currentIndexChanged, this, &IndicatorsPage::reload);
    connect(refresh, &QPushButton::clicked, this, &IndicatorsPage::reload);
    connect(csv, &QPushButton::clicked, this, &IndicatorsPage::exportCsv);
    connect(pdf, &QPushButton::clicked, this, &IndicatorsPage::exportPdf);
    applyPreset();
}

void IndicatorsPage::applyPreset()
{
    const QDate today = hallTime::date(Clock::nowUtc());
    const bool custom = m_preset->currentIndex() == Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (!custom) {
        const QDate first =
            QDate(today.year(), today.month(), 1).addMonths(m_preset->currentIndex() == LastMonth ? -1 : 0);
        const QSignalBlocker a(m_from), b(m_to);
        m_from->setDate(first);
        m_to->setDate(first.addMonths(1).addDays(-1));
    }
    reload();
}

void IndicatorsPage::reload()
{
    if (m_to->date() < m_from->date()) {
        showMessage(tr("The last day is before the first day; choose the period again."), true);
        return;
    }
    const auto dimension = Dimension(m_dimension->currentData().toInt());
    auto computed =
        compute(*m_ctx.db, Period::days(m_from->date(), m_to->date()), dimension, Clock::nowUtc());
    if (!computed) {
        showMessage(computed.error().message, true);
        return;
    }
    m_report = computed.value();

    const QList<Column> cols = columns(dimension);
    const bool scored = dimension == Dimension::Window;
    const QList<WindowScore> scores =
        scored ? scoreWindows(m_report, m_targets, ScoreRule{}) : QList<WindowScore>{};
    m_table->clear();
    m_table->setColumnCount(int(cols.size()) + (scored ? 1 : 0));
    QStringList headers;
    for (const Column &c : cols)
        headers << c.title;
    if (scored)
        headers << tr("Window score");
    m_table->setHorizontalHeaderLabels(headers);
    for (int c = 0; c < cols.size(); ++c) {
        if (cols[c].indicator)
            m_table->horizontalHeaderItem(c)->setToolTip(
                tr("Target: at least %1%").arg(m_targets.minimumPercent.value(*cols[c].indicator)));
    }
    QList<Row> rows{m_report.hall};
    rows += m_report.rows;
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < cols.size(); ++c) {
            const QString text = cols[c].text(rows[r]);
            auto *item = new QTableWidgetItem(text.isEmpty() ? QStringLiteral("—") : text);
            item->setTextAlignment(c == 0 ? Qt::AlignLeft | Qt::AlignVCenter
                                          : Qt::AlignRight | Qt::AlignVCenter);
            if (cols[c].indicator &&
                meetsTarget(rows[r], *cols[c].indicator, m_targets) == std::optional(false)) {
                item->setForeground(missColour);
                item->setToolTip(
                    tr("Below the target of %1%").arg(m_targets.minimumPercent.value(*cols[c].indicator)));
            }
            if (r == 0) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            m_table->setItem(r, c, item);
        }
        if (scored) {
            // The hall row has no score of its own.
            QString text = QStringLiteral("—");
            if (r > 0 && r - 1 < scores.size() && scores[r - 1].score.has_value())
                text = QString::number(scores[r - 1].score.value(), 'f', 1);
            auto *item = new QTableWidgetItem(text);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, m_table->columnCount() - 1, item);
        }
    }
    // The label as wide as it needs, the figures share the rest (a
    // scroll bar only when the window is too narrow for them).
    QHeaderView *header = m_table->horizontalHeader();
    header->setMinimumSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("0000.0")) + 12);
    header->setSectionResizeMode(QHeaderView::Stretch);
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    const QList<chart::Series> series = IndicatorReport::charts(m_report);
    for (int i = 0; i < m_charts.size() && i < series.size(); ++i)
        m_charts[i]->setSeries(series[i]);
    showMessage(m_report.deadLetters > 0
                    ? tr("%n case event(s) were refused by the province platform and wait for correction.",
                         nullptr, int(m_report.deadLetters))
                    : QString(),
                m_report.deadLetters > 0);
}

QString IndicatorsPage::suggestedName(const QString &suffix) const
{
    return QDir(m_ctx.settings->documentFolder())
        .filePath(tr("indicators-%1-%2")
                      .arg(m_from->date().toString(QStringLiteral("yyyyMMdd")),
                           m_to->date().toString(QStringLiteral("yyyyMMdd"))) +
                  suffix);
}

void IndicatorsPage::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the indicators as CSV"), suggestedName(QStringLiteral(".csv")), tr("CSV (*.csv)"));
    if (!path.isEmpty())
        saveCsv(path);
}

bool IndicatorsPage::saveCsv(const QString &path)
{
    QSaveFile file(path);
    const QByteArray csv = toCsv(m_report);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        showMessage(tr("Cannot write %1: %2").arg(path, file.errorString()), true);
        return false;
    }
    showMessage(tr("Saved %1.").arg(path), false);
    return true;
}

void IndicatorsPage::exportPdf()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the indicator report as PDF"),
                                     suggestedName(QStringLiteral(".pdf")), tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        savePdf(path);
}

bool IndicatorsPage::savePdf(const QString &path)
{
    IndicatorReportData data{m_ctx.hallName, m_report, m_targets, {}, Clock::nowUtc()};
    if (m_report.dimension == Dimension::Window)
        data.scores = scoreWindows(m_report, m_targets, ScoreRule{});
    if (auto written = IndicatorReport::writePdf(data, path); !written) {
        showMessage(written.error().message, true);
        return false;
    }
    showMessage(tr("Saved %1.").arg(path), false);
    return true;
}

void IndicatorsPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

} // namespace yc
