#pragma once

#include <functional>
#include <memory>

#include <QFont>
#include <QList>
#include <QPointF>
#include <QString>
#include <QTextLayout>

class QPainter;

// The small page-layout engine behind the window documents: wrapped text,
// bordered tables and a flow that breaks onto further pages. Internal to
// app/documents; DocumentRenderer is the public face.
namespace yc::doclayout {

// Page lengths: everything is laid out in the painter's units, derived from
// the page rectangle, so the same code serves a 300 dpi PDF, a printer and a
// preview image.
struct Scale
{
    qreal perMm = 1;
    qreal mm(qreal millimetres) const { return millimetres * perMm; }
    qreal pt(qreal points) const { return points * 25.4 / 72.0 * perMm; }
};

// 宋体-like serif (Noto Serif CJK SC) with fallbacks, sized in points on the page.
QFont documentFont(const Scale &scale, qreal points, bool bold = false);

// A paragraph wrapped to a width: anywhere between CJK characters, at word
// boundaries in Latin text, and inside over-long tokens (numbers, URLs).
class TextBox
{
public:
    TextBox() = default;
    // lineSpacing: line pitch as a multiple of the font's pixel size.
    TextBox(const QString &text, const QFont &font, qreal width, Qt::Alignment align = Qt::AlignLeft,
            qreal firstLineIndent = 0, qreal lineSpacing = 1.5);

    int lineCount() const;
    qreal linePitch() const { return m_pitch; }
    qreal height() const { return lineCount() * m_pitch; }
    // Width of the widest line (for right-aligned blocks of short lines).
    qreal naturalWidth() const;
    // Draws lines [from, to) with line `from` at the top of topLeft.
    void drawLines(QPainter &painter, const QPointF &topLeft, int from, int to) const;
    void draw(QPainter &painter, const QPointF &topLeft) const
    {
        drawLines(painter, topLeft, 0, lineCount());
    }

private:
    std::shared_ptr<QTextLayout> m_layout;
    qreal m_pitch = 0;
};

// One unit the flow places on a page.
struct FlowItem
{
    qreal height = 0;
    std::function<void(QPainter &, const QPointF &)> draw; // empty for spacing
    bool spacing = false;                                  // dropped at the top of a page
    bool keepWithNext = false;                             // never last on a page
    int table = -1;                                        // the table a row belongs to
    bool header = false;                                   // repeated at the top of each further page
};

struct Placement
{
    int item = 0;
    qreal y = 0;
};

// Items stacked top to bottom, broken into pages. Paragraphs go in line by
// line, so a long one continues on the next page; a table row is never split
// and the table's header row is repeated on every page the table continues
// on. An item taller than a whole page is placed anyway and overflows (not
// reachable with the document contents: cells wrap to their column width).
class Flow
{
public:
    explicit Flow(qreal width)
        : m_width(width)
    {}
    qreal width() const { return m_width; }

    void addSpacing(qreal height);
    void add(FlowItem item);
    // A wrapped paragraph added line by line.
    void addText(const QString &text, const QFont &font, Qt::Alignment align = Qt::AlignLeft,
                 qreal firstLineIndent = 0, qreal lineSpacing = 1.5, qreal leftIndent = 0);
    // Marks the last item as kept with the next one (captions before tables).
    void keepLastWithNext();

    int newTableId() { return m_nextTable++; }

    QList<QList<Placement>> paginate(qreal firstPageHeight, qreal otherPageHeight) const;
    const FlowItem &item(int index) const { return m_items.at(index); }

private:
    qreal m_width;
    QList<FlowItem> m_items;
    int m_nextTable = 0;
};

struct TableCell
{
    QString text;
    int span = 1;
    Qt::Alignment align = Qt::AlignLeft;
    bool bold = false;
};

struct TableStyle
{
    QList<qreal> columns; // relative widths
    QFont font;
    QFont headerFont;
    qreal padding = 0; // inside each cell
    qreal lineSpacing = 1.35;
    qreal minRowHeight = 0;
    qreal penWidth = 0;
};

// Adds a bordered table: the header row (may be empty for a key/value grid)
// and the rows, each row one flow item.
void addTable(Flow &flow, const TableStyle &style, const QList<TableCell> &header,
              const QList<QList<TableCell>> &rows);

} // namespace yc::doclayout
