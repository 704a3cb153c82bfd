#include "reporttable.h"

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

QList<Column> columns(Dimension dimension)
{
    auto count = [](qint64 Row::*member) {
        return [member](const Row &r) { return QString::number(r.*member); };
    };
    QList<Column> out{
        {dimensionTitle(dimension), [](const Row &r) { return r.label; }, std::nullopt},
        {tr("Cases"), count(&Row::cases), std::nullopt},
        {tr("Tickets served"), count(&Row::ticketsServed), std::nullopt},
    };
    for (Indicator i : allIndicators)
        out.append({title(i), [i](const Row &r) { return number(value(r, i)); }, i});
    out += QList<Column>{
        {tr("Bad reviews"), count(&Row::badReviews), std::nullopt},
        {tr("Average wait (min)"), [](const Row &r) { return number(r.wait.averageMinutes()); },
         std::nullopt},
        {tr("Longest wait (min)"), [](const Row &r) { return number(r.wait.maxMinutes()); }, std::nullopt},
        {tr("Average service (min)"), [](const Row &r) { return number(r.service.averageMinutes()); },
         std::nullopt},
        {tr("Proxy cases opened"), count(&Row::proxyOpened), std::nullopt},
        {tr("Proxy cases finished"), count(&Row::proxyFinished), std::nullopt},
        {tr("Proxy cases overdue"), count(&Row::proxyOverdue), std::nullopt},
    };
    return out;
}

QByteArray toCsv(const Report &report)
{
    const QList<Column> cols = columns(report.dimension);
    QString out = QStringLiteral("\uFEFF");
    auto line = [&out](const QStringList &cells) {
        QStringList escaped;
        for (const QString &c : cells)
            escaped << cell(c);
        out += escaped.join(u',') + QStringLiteral("\r\n");
    };
    QStringList header;
    for (const Column &c : cols)
        header << c.title;
    line(header);
    QList<Row> rows{report.hall};
    rows += report.rows;
    for (const Row &r : rows) {
        QStringList cells;
        for (const Column &c : cols)
            cells << c.text(r);
        line(cells);
    }
    return out.toUtf8();
}

} // namespace yc::indicators
