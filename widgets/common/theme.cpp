#include "theme.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace yc::theme {

namespace {
bool g_large = false;
QFont &baseFont()
{
    static QFont font;
    return font;
}
} // namespace

void apply(QApplication &app, bool largeFont)
{
    static bool initialised = false;
    if (!initialised) {
        app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        baseFont() = QApplication::font();
        if (baseFont().pointSizeF() < 10)
            baseFont().setPointSizeF(10);
        initialised = true;
    }
    g_large = largeFont;

    QFont font = baseFont();
    QPalette palette = app.style()->standardPalette();
    QString sheet = QStringLiteral("QPushButton { padding: 4px 14px; }"
                                   "QListWidget#navigation { font-size: %1pt; }"
                                   "QListWidget#navigation::item { padding: 8px; }");
    if (largeFont) {
        font.setPointSizeF(qMax(16.0, baseFont().pointSizeF() * 1.5));
        font.setBold(true);
        // Black on white with a saturated highlight: WCAG AAA contrast.
        palette.setColor(QPalette::Window, Qt::white);
        palette.setColor(QPalette::WindowText, Qt::black);
        palette.setColor(QPalette::Base, Qt::white);
        palette.setColor(QPalette::AlternateBase, QColor(0xEE, 0xEE, 0xEE));
        palette.setColor(QPalette::Text, Qt::black);
        palette.setColor(QPalette::Button, QColor(0xF2, 0xF2, 0xF2));
        palette.setColor(QPalette::ButtonText, Qt::black);
        palette.setColor(QPalette::Highlight, QColor(0x00, 0x33, 0x99));
        palette.setColor(QPalette::HighlightedText, Qt::white);
        palette.setColor(QPalette::ToolTipBase, Qt::black);
        palette.setColor(QPalette::ToolTipText, Qt::white);
        sheet += QStringLiteral("QPushButton { border: 2px solid black; padding: 8px 18px; }"
                                "QLineEdit, QComboBox, QSpinBox { border: 2px solid black; padding: 4px; }");
    } else {
        palette.setColor(QPalette::Highlight, QColor(0x1F, 0x4E, 0x9C));
        palette.setColor(QPalette::HighlightedText, Qt::white);
    }
    QApplication::setFont(font);
    QApplication::setPalette(palette);
    app.setStyleSheet(sheet.arg(font.pointSizeF() * 1.1));
}

bool isLarge()
{
    return g_large;
}

} // namespace yc::theme
