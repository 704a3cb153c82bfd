#pragma once

#include "casedocument.h"
#include "documentlayout.h"

#include <QRectF>

// The page geometry, type sizes and the body text of each window document.
// Internal to app/documents: DocumentRenderer adds the header and footer.
namespace yc::docbody {

// Sizes in points, after the 公文 sizes scaled down for a one-page form:
// title about 二号, body 小四, tables 五号, footer smaller.
constexpr qreal titlePt = 20;
constexpr qreal continuationTitlePt = 14;
constexpr qreal bodyPt = 12;
constexpr qreal tablePt = 10.5;
constexpr qreal smallPt = 9;
// Line pitch over font size: 公文 use 1.75 (28 pt lines for 16 pt text); a
// form with tables needs a little less to stay on one page.
constexpr qreal bodySpacing = 1.5;

struct Geometry
{
    doclayout::Scale s;
    QRectF page;
    QRectF content; // inside the margins
};

// Margins after GB/T 9704 (a wider left margin for binding the filed copy),
// narrower top and bottom for a form.
Geometry geometryFor(const QRectF &pageRect);

// "2026-11-22" / "2026年11月22日" (the format is a translated string).
QString dateText(const QDate &date);
QString dateTimeText(const QDateTime &dateTime);

// The body of one copy: salutation, paragraphs, tables, signatures, the
// issuing hall with date and seal area.
doclayout::Flow buildBody(const Geometry &g, const CaseDocumentData &d);

} // namespace yc::docbody
