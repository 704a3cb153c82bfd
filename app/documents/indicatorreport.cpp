#include "indicatorreport.h"

#include "core/clock.h"
#include "documentlayout.h"
#include "indicators/reporttable.h"
#include "pdfunicode.h"

#include <QBuffer>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace yc {

using namespace indicators;

namespace {

const QColor missColour(0xb0, 0x00, 0x20);

struct Table
{
    QList<Column> columns;
    QList<Row> rows;
    QStringList scores; // parallel to rows; empty when not by window
};

} // namespace

QList<chart::Series> IndicatorReport::charts(const Report &report)
{
    chart::Series wait{
        tr("Average wait by hour of the ticket"), tr("minutes"), chart::Series::Kind::Bars, {}, {}, {}};
    int first = 8;
    int last = 17;
    for (int h = 0; h < 24; ++h) {
        if (report.waitByHour[size_t(h)].count > 0) {
            first = std::min(first, h);
            last = std::max(last, h);
        }
    }
    for (int h = first; h <= last; ++h) {
        wait.labels << tr("%1h").arg(h);
        wait.values << report.waitByHour[size_t(h)].averageMinutes().value_or(0);
    }

    chart::Series levels{tr("Evaluations by level"), tr("count"), chart::Series::Kind::Bars, {}, {}, {}};
    levels.labels << tr("Very satisfied") << tr("Satisfied") << tr("Basically satisfied")
                  << tr("Dissatisfied") << tr("Very dissatisfied");
    for (qint64 n : report.evaluationsByLevel)
        levels.values << double(n);

    chart::Series trend{tr("Cases by day"), tr("cases"), chart::Series::Kind::Line, {}, {}, {}};
    for (auto it = report.casesByDay.begin(); it != report.casesByDay.end(); ++it) {
        trend.labels << it.key().toString(QStringLiteral("MM-dd"));
        trend.values << double(it.value());
    }
    return {wait, levels, trend};
}

QString IndicatorReport::periodText(const Period &period)
{
    const QDate first = hallTime::date(period.fromUtc);
    const QDate last = hallTime::date(period.toUtc).addDays(-1);
    return tr("%1 to %2").arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate));
}

Result<void> IndicatorReport::writePdf(const IndicatorReportData &data, const QString &path)
{
    Table table{columns(data.report.dimension), {data.report.hall}, {}};
    table.rows += data.report.rows;
    if (!data.scores.isEmpty()) {
        table.scores << QString();
        for (const WindowScore &s : data.scores)
            table.scores << (s.score ? QString::number(*s.score, 'f', 1) : QString());
    }

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF()));
        writer.setTitle(tr("Service indicators of %1").arg(data.hallName));
        writer.setCreator(QStringLiteral("Yichuang"));
        QPainter p;
        if (!p.begin(&writer))
            return Error{QStringLiteral("pdf_render"), tr("The report could not be rendered.")};
        const doclayout::Scale scale{writer.width() / 297.0};
        const QRectF page(scale.mm(15), scale.mm(12), writer.width() - scale.mm(30),
                          writer.height() - scale.mm(24));
        const QFont titleFont = doclayout::documentFont(scale, 16, true);
        const QFont body = doclayout::documentFont(scale, 8);
        const QFont bodyBold = doclayout::documentFont(scale, 8, true);

        int pageNo = 0;
        qreal y = 0;
        auto header = [&] {
            if (pageNo++ > 0)
                writer.newPage();
            p.setPen(Qt::black);
            p.setFont(titleFont);
            const qreal h = scale.mm(9);
            p.drawText(QRectF(page.left(), page.top(), page.width(), h), Qt::AlignCenter,
                       tr("Service indicators of %1").arg(data.hallName));
            p.setFont(body);
            p.drawText(QRectF(page.left(), page.top() + h, page.width(), scale.mm(5)), Qt::AlignCenter,
                       tr("Period: %1    Generated: %2    Page %3")
                           .arg(periodText(data.report.period),
                                QLocale().toString(hallTime::local(data.generatedAt), QLocale::ShortFormat))
                           .arg(pageNo));
            y = page.top() + h + scale.mm(8);
        };

        // The table: the label column wide, the figures narrow; headers wrap.
        const int n = int(table.columns.size()) + (table.scores.isEmpty() ? 0 : 1);
        const qreal labelWidth = scale.mm(48);
        const qreal cellWidth = (page.width() - labelWidth) / (n - 1);
        const qreal rowHeight = scale.mm(6);
        const qreal headHeight = scale.mm(14);
        auto cellRect = [&](int c, qreal top, qreal h) {
            const qreal x = c == 0 ? page.left() : page.left() + labelWidth + (c - 1) * cellWidth;
            return QRectF(x, top, c == 0 ? labelWidth : cellWidth, h);
        };
        auto tableHead = [&] {
            p.setFont(bodyBold);
            for (int c = 0; c < n; ++c) {
                const QRectF r = cellRect(c, y, headHeight);
                p.fillRect(r, QColor(0xee, 0xee, 0xee));
                p.setPen(Qt::black);
                p.drawRect(r);
                const QString text = c < table.columns.size() ? table.columns[c].title : tr("Window score");
                p.drawText(r.adjusted(scale.mm(0.8), 0, -scale.mm(0.8), 0),
                           Qt::AlignCenter | Qt::TextWordWrap, text);
            }
            y += headHeight;
        };
        header();
        tableHead();
        for (int i = 0; i < table.rows.size(); ++i) {
            if (y + rowHeight > page.bottom()) {
                header();
                tableHead();
            }
            const Row &row = table.rows[i];
            p.setFont(i == 0 ? bodyBold : body);
            for (int c = 0; c < n; ++c) {
                const QRectF r = cellRect(c, y, rowHeight);
                p.setPen(Qt::black);
                p.drawRect(r);
                QString text;
                bool miss = false;
                if (c < table.columns.size()) {
                    const Column &col = table.columns[c];
                    text = col.text(row);
                    miss = col.indicator &&
                           meetsTarget(row, *col.indicator, data.targets) == std::optional(false);
                } else {
                    text = table.scores.value(i);
                }
                if (text.isEmpty())
                    text = QStringLiteral("—");
                p.setPen(miss ? missColour : Qt::black);
                const QRectF inner = r.adjusted(scale.mm(1), 0, -scale.mm(1), 0);
                const QString shown =
                    QFontMetricsF(p.font(), &writer).elidedText(text, Qt::ElideRight, inner.width());
                p.drawText(inner, (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, shown);
            }
            y += rowHeight;
        }
        p.setPen(Qt::black);
        p.setFont(body);
        QStringList targets;
        for (Indicator i : allIndicators)
            targets << QStringLiteral("%1 ≥ %2").arg(title(i)).arg(data.targets.minimumPercent.value(i));
        const QRectF note(page.left(), y + scale.mm(2), page.width(), scale.mm(10));
        if (note.bottom() > page.bottom())
            header();
        p.drawText(QRectF(page.left(), y + scale.mm(2), page.width(), scale.mm(10)), Qt::TextWordWrap,
                   tr("Targets (red: missed): %1. Dead letters to the platform now: %2.")
                       .arg(targets.join(QStringLiteral("；")))
                       .arg(data.report.deadLetters));

        // The charts on a page of their own, side by side.
        header();
        const QList<chart::Series> series = charts(data.report);
        const qreal w = (page.width() - scale.mm(10) * (series.size() - 1)) / series.size();
        for (int i = 0; i < series.size(); ++i)
            chart::paint(p, QRectF(page.left() + i * (w + scale.mm(10)), y, w, scale.mm(90)), series[i],
                         body);
        if (!p.end())
            return Error{QStringLiteral("pdf_render"), tr("The report could not be rendered.")};
    }
    const QByteArray pdf = pdfunicode::repairToUnicode(buffer.data(), doclayout::documentFont({}, 8));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
        return Error{QStringLiteral("pdf_write"),
                     tr("Cannot write the report to %1: %2").arg(path, file.errorString())};
    return {};
}

} // namespace yc
