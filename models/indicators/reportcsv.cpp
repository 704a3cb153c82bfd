#include "reportcsv.h"

#include <QCoreApplication>

namespace yc::indicators {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("yc::indicators", text);
}

QString cell(const QString &text)
{
    QString t = text;
    if (!t.isEmpty() && QStringLiteral("=+-@").contains(t.front()))
        t.prepend(u'\'');
    if (t.contains(u',') || t.contains(u'"') || t.contains(u'\n') || t.contains(u'\r'))
        t = u'"' + t.replace(u'"', QStringLiteral("\"\"")) + u'"';
    return t;
}

QString number(std::optional<double> v)
{
    return v ? QString::number(*v, 'f', 1) : QString();
}

} // namespace

QString title(Indicator indicator)
{
    switch (indicator) {
    case Indicator::EvaluationRate:
        return tr("Active evaluation rate (%)");
    case Indicator::RectificationRate:
        return tr("Bad reviews rectified (%)");
    case Indicator::InstantShare:
        return tr("Instant cases (%)");
    case Indicator::LimitReduction:
        return tr("Committed limit shorter than legal (%)");
    case Indicator::ComprehensiveShare:
        return tr("Taken at comprehensive windows (%)");
    case Indicator::OneTrip:
        return tr("At most one trip (%)");
    }
    return {};
}

QString dimensionTitle(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Window:
        return tr("Window");
    case Dimension::Clerk:
        return tr("Clerk");
    case Dimension::Department:
        return tr("Department");
    case Dimension::Matter:
        return tr("Matter");
    }
    return {};
}

QByteArray toCsv(const Report &report)
{
    QStringList header{dimensionTitle(report.dimension), tr("Cases"), tr("Tickets served")};
    for (Indicator i : allIndicators)
        header << title(i);
    header << tr("Bad reviews") << tr("Average wait (min)") << tr("Longest wait (min)")
           << tr("Average service (min)") << tr("Proxy cases opened") << tr("Proxy cases finished")
           << tr("Proxy cases overdue");

    QString out = QStringLiteral("\uFEFF");
    auto line = [&out](const QStringList &cells) {
        QStringList escaped;
        for (const QString &c : cells)
            escaped << cell(c);
        out += escaped.join(u',') + QStringLiteral("\r\n");
    };
    line(header);
    QList<Row> rows{report.hall};
    rows += report.rows;
    for (const Row &r : rows) {
        QStringList cells{r.label, QString::number(r.cases), QString::number(r.ticketsServed)};
        for (Indicator i : allIndicators)
            cells << number(value(r, i));
        cells << QString::number(r.badReviews) << number(r.wait.averageMinutes()) << number(r.wait.maxMinutes())
              << number(r.service.averageMinutes()) << QString::number(r.proxyOpened)
              << QString::number(r.proxyFinished) << QString::number(r.proxyOverdue);
        line(cells);
    }
    return out.toUtf8();
}

} // namespace yc::indicators
