#pragma once

#include "casedocument.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QRectF>

class QPainter;
class QPrinter;

namespace yc {

// Lays out and paints the window documents like an official Chinese
// administrative document: title, 文书编号, salutation and indented body,
// bordered tables, signature lines, issuing hall with date and seal area, and
// a footer with the hall's contact and the progress-query QR code.
//
// Every printed label is a tr() string of context yc::DocumentRenderer, so the
// documents come out in Chinese once the zh_CN translator is installed; the
// data (names, states, requirements) is printed as given.
//
// Long content flows onto further pages rather than shrinking: paragraphs
// continue line by line, tables row by row with their header repeated, and
// every page carries the header (a continuation title "…（续）"), the footer
// with the QR code, and "page n of m". A copy set (容缺受理通知书: 第一联 /
// 第二联) repeats all pages of one copy per copy.
class DocumentRenderer
{
    Q_DECLARE_TR_FUNCTIONS(yc::DocumentRenderer)

public:
    static QString title(CaseDocumentType type);
    // DeficiencyNotice: 2 (one to the applicant, one filed), others 1.
    static int copies(CaseDocumentType type);
    // "第一联（申请人留存）" / "第二联（存档）" when there are several copies, else empty.
    static QString copyLabel(CaseDocumentType type, int copyIndex);

    // A4 portrait, 300 dpi, every page of every copy.
    static Result<void> writePdf(const CaseDocumentData &data, const QString &path);
    static Result<void> print(const CaseDocumentData &data, QPrinter &printer);

    // Pages one copy needs on a page of this size (the same for every copy).
    static int pageCount(const CaseDocumentData &data, const QRectF &pageRect);
    // Paints one page of one copy into pageRect (the whole sheet in painter
    // units; margins are the renderer's). Lengths scale with pageRect, so a
    // preview image and the 300 dpi PDF look the same.
    static void paint(QPainter &painter, const QRectF &pageRect, const CaseDocumentData &data, int copyIndex,
                      int pageIndex = 0);
};

} // namespace yc
