#include "documentlayout.h"

#include <algorithm>

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLine>
#include <QTextOption>

namespace yc::doclayout {

QFont documentFont(const Scale &scale, qreal points, bool bold)
{
    QFont font;
    // Noto Serif CJK SC is the 宋体 of fonts-noto-cjk; Source Han Serif is the
    // same design under Adobe's name, SimSun the Windows 宋体. Noto Sans CJK
    // last so a machine with only the sans font still prints Chinese, and
    // Qt's own fallback covers anything the first choice lacks (𠮷 is in
    // Noto Serif CJK; other Extension B characters may come from elsewhere).
    font.setFamilies({QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Source Han Serif SC"),
                      QStringLiteral("SimSun"), QStringLiteral("Noto Sans CJK SC")});
    // Pixel size in page units rather than a point size: the page rectangle,
    // not the device resolution, decides every length, so measuring and
    // painting agree on PDF, printer and preview image alike.
    font.setPixelSize(std::max(1, qRound(scale.pt(points))));
    font.setBold(bold);
    // Unhinted outlines: the same advances on every device, so a line broken
    // while measuring is the line that gets painted.
    font.setHintingPreference(QFont::PreferNoHinting);
    // No OpenType shaping for scripts that need none (Latin, digits, Han).
    // Shaped in a Latin run, Noto CJK replaces digits by glyphs its cmap does
    // not reach, and Qt's PDF writer then leaves them out of the text layer:
    // "MB2853" would copy and search as "MB". Unshaped glyphs are the cmap's.
    font.setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::PreferNoShaping));
    return font;
}

TextBox::TextBox(const QString &text, const QFont &font, qreal width, Qt::Alignment align,
                 qreal firstLineIndent, qreal lineSpacing)
{
    QString content = text;
    // QTextLayout only breaks at the Unicode line separator.
    content.replace(QLatin1Char('\n'), QChar(QChar::LineSeparator));
    m_layout = std::make_shared<QTextLayout>(content, font);
    QTextOption option(align);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_layout->setTextOption(option);
    m_layout->setCacheEnabled(true);
    const qreal size = font.pixelSize() > 0 ? font.pixelSize() : QFontMetricsF(font).height();
    m_pitch = size * lineSpacing;

    m_layout->beginLayout();
    qreal y = 0;
    for (bool first = true;; first = false) {
        QTextLine line = m_layout->createLine();
        if (!line.isValid())
            break;
        const qreal indent = first ? std::min(firstLineIndent, width / 2) : 0;
        line.setLineWidth(std::max<qreal>(1, width - indent));
        // The glyph box sits in the middle of its pitch so that rows of table
        // cells and paragraphs keep the same optical spacing.
        line.setPosition(QPointF(indent, y + (m_pitch - line.height()) / 2));
        y += m_pitch;
    }
    m_layout->endLayout();
}

int TextBox::lineCount() const
{
    return m_layout ? m_layout->lineCount() : 0;
}

qreal TextBox::naturalWidth() const
{
    qreal width = 0;
    for (int i = 0; i < lineCount(); ++i) {
        const QTextLine line = m_layout->lineAt(i);
        width = std::max(width, line.x() + line.naturalTextWidth());
    }
    return width;
}

void TextBox::drawLines(QPainter &painter, const QPointF &topLeft, int from, int to) const
{
    const QPointF origin = topLeft - QPointF(0, from * m_pitch);
    for (int i = std::max(0, from); i < std::min(to, lineCount()); ++i)
        m_layout->lineAt(i).draw(&painter, origin);
}

void Flow::addSpacing(qreal height)
{
    FlowItem item;
    item.height = height;
    item.spacing = true;
    m_items.append(std::move(item));
}

void Flow::add(FlowItem item)
{
    m_items.append(std::move(item));
}

void Flow::addText(const QString &text, const QFont &font, Qt::Alignment align, qreal firstLineIndent,
                   qreal lineSpacing, qreal leftIndent)
{
    const TextBox box(text, font, m_width - leftIndent, align, firstLineIndent, lineSpacing);
    for (int i = 0; i < box.lineCount(); ++i) {
        FlowItem item;
        item.height = box.linePitch();
        item.draw = [box, i, leftIndent](QPainter &p, const QPointF &at) {
            box.drawLines(p, at + QPointF(leftIndent, 0), i, i + 1);
        };
        m_items.append(std::move(item));
    }
}

void Flow::keepLastWithNext()
{
    if (!m_items.isEmpty())
        m_items.last().keepWithNext = true;
}

QList<QList<Placement>> Flow::paginate(qreal firstPageHeight, qreal otherPageHeight) const
{
    QList<QList<Placement>> pages(1);
    qreal y = 0;
    qreal available = firstPageHeight;
    QList<int> headerOf(m_nextTable, -1); // table id -> index of its header row

    auto newPage = [&] {
        pages.append(QList<Placement>());
        y = 0;
        available = otherPageHeight;
    };

    for (int i = 0; i < m_items.size(); ++i) {
        const FlowItem &item = m_items.at(i);
        if (item.spacing) {
            if (y == 0)
                continue;
            if (y + item.height > available)
                newPage();
            else
                y += item.height;
            continue;
        }
        if (item.header && item.table >= 0)
            headerOf[item.table] = i;

        // The item and everything chained to it by keepWithNext must fit.
        qreal needed = item.height;
        for (int j = i; j + 1 < m_items.size() && m_items.at(j).keepWithNext; ++j)
            needed += m_items.at(j + 1).height;
        const bool continuesTable = item.table >= 0 && !item.header && headerOf.value(item.table, -1) >= 0;
        if (y > 0 && y + needed > available)
            newPage();
        if (continuesTable && pages.size() > 1 && pages.last().isEmpty()) {
            const int header = headerOf.at(item.table);
            pages.last().append({header, y});
            y += m_items.at(header).height;
        }
        pages.last().append({i, y});
        y += item.height;
    }
    return pages;
}

void addTable(Flow &flow, const TableStyle &style, const QList<TableCell> &header,
              const QList<QList<TableCell>> &rows)
{
    const int table = flow.newTableId();
    qreal total = 0;
    for (const qreal c : style.columns)
        total += c;
    QList<qreal> edges{0};
    for (const qreal c : style.columns)
        edges.append(edges.last() + flow.width() * c / total);

    auto addRow = [&](const QList<TableCell> &cells, bool isHeader) {
        struct Laid
        {
            QRectF rect;
            TextBox box;
        };
        QList<Laid> laid;
        qreal height = style.minRowHeight;
        int column = 0;
        for (const TableCell &cell : cells) {
            const int last = std::min<int>(column + std::max(1, cell.span), style.columns.size());
            if (column >= last)
                break;
            const qreal left = edges.at(column);
            const qreal width = edges.at(last) - left;
            const QFont &font = (isHeader || cell.bold) ? style.headerFont : style.font;
            TextBox box(cell.text, font, width - 2 * style.padding, cell.align, 0, style.lineSpacing);
            height = std::max(height, box.height() + 2 * style.padding);
            laid.append({QRectF(left, 0, width, 0), std::move(box)});
            column = last;
        }
        for (Laid &l : laid)
            l.rect.setHeight(height);

        FlowItem item;
        item.height = height;
        item.table = table;
        item.header = isHeader;
        item.keepWithNext = isHeader;
        const qreal padding = style.padding;
        const qreal pen = style.penWidth;
        item.draw = [laid, padding, pen](QPainter &p, const QPointF &at) {
            p.save();
            p.setPen(QPen(Qt::black, pen));
            p.setBrush(Qt::NoBrush);
            for (const Laid &l : laid) {
                const QRectF r = l.rect.translated(at);
                p.drawRect(r);
                // Vertically centred, as on printed forms.
                const qreal top = r.top() + (r.height() - l.box.height()) / 2;
                l.box.draw(p, QPointF(r.left() + padding, top));
            }
            p.restore();
        };
        flow.add(std::move(item));
    };

    if (!header.isEmpty())
        addRow(header, true);
    for (const QList<TableCell> &row : rows)
        addRow(row, false);
}

} // namespace yc::doclayout
