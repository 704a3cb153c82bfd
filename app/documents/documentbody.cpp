#include "documentbody.h"

#include "core/clock.h"
#include "core/pii.h"
#include "documentrenderer.h"

#include <algorithm>
#include <optional>

#include <QCoreApplication>
#include <QPainter>

namespace yc::docbody {

using namespace doclayout;

namespace {

constexpr qreal marginTop = 15;
constexpr qreal marginBottom = 12;
constexpr qreal marginLeft = 25;
constexpr qreal marginRight = 20;
constexpr qreal sealDiameterMm = 30;
constexpr qreal penMm = 0.25;

// Sentences of one paragraph: Chinese runs them together, Latin text needs a
// space after its full stop.
QString joinSentences(const QString &first, const QString &second)
{
    if (first.isEmpty() || second.isEmpty())
        return first + second;
    return first.back().unicode() < 0x80 ? first + QLatin1Char(' ') + second : first + second;
}

qsizetype digitCount(const QString &s)
{
    return std::count_if(s.cbegin(), s.cend(), [](QChar c) { return c.isDigit(); });
}

// The caller passes masked values; anything that still carries a whole number
// is masked here, so a mistake upstream never prints an ID number.
QString safeId(const QString &id)
{
    const QString v = id.trimmed();
    if (v.contains(QLatin1Char('*')) || digitCount(v) < 6)
        return v;
    return pii::maskIdNumber(v);
}

QString safePhone(const QString &phone)
{
    const QString v = phone.trimmed();
    if (v.contains(QLatin1Char('*')) || digitCount(v) < 7)
        return v;
    return pii::maskPhone(v);
}

QString dateSkeleton()
{
    //: A date to be filled in by hand; zh_CN: ideographic spaces (U+3000) before 年, 月 and 日
    return DocumentRenderer::tr("____-__-__");
}

// The date the application was made, for "于…提出的…申请"; the acceptance or
// issue date stands in when an older record lacks it.
QString applicationDate(const CaseDocumentData &d)
{
    for (const QDateTime &t : {d.appliedAt, d.acceptedAt, d.issuedAt}) {
        if (t.isValid())
            return dateText(hallTime::date(t));
    }
    return dateSkeleton();
}

struct Field
{
    QString label;
    QString value;
    bool wide = false; // always a whole row
};

// "label ________ tail": a place to sign or to write a date by hand.
struct SignField
{
    QString label;
    qreal blankMm = 0;
    QString tail;
};

class BodyBuilder
{
    // The context of every printed label, so one .ts context holds them all.
    Q_DECLARE_TR_FUNCTIONS(yc::DocumentRenderer)

public:
    BodyBuilder(const Geometry &g, const CaseDocumentData &d)
        : m_g(g)
        , m_d(d)
        , m_flow(g.content.width())
    {}

    Flow build()
    {
        switch (m_d.type) {
        case CaseDocumentType::AcceptanceReceipt:
            acceptance();
            break;
        case CaseDocumentType::NotifyOnce:
            notifyOnce();
            break;
        case CaseDocumentType::DeficiencyNotice:
            deficiency();
            break;
        case CaseDocumentType::RejectionNotice:
            rejection();
            break;
        case CaseDocumentType::DeliveryReceipt:
            delivery();
            break;
        }
        return std::move(m_flow);
    }

private:
    QFont body() const { return documentFont(m_g.s, bodyPt); }
    qreal indent() const { return 2 * body().pixelSize(); } // 首行缩进二字
    qreal pen() const { return m_g.s.mm(penMm); }
    void gap(qreal mm) { m_flow.addSpacing(m_g.s.mm(mm)); }

    void salutation()
    {
        const QString name = m_d.applicantName.trimmed();
        if (!name.isEmpty()) {
            m_flow.addText(tr("%1:").arg(name), body(), Qt::AlignLeft, 0, bodySpacing);
            m_flow.keepLastWithNext(); // never alone at the foot of a page
        }
    }
    void paragraph(const QString &text)
    {
        if (!text.isEmpty())
            m_flow.addText(text, body(), Qt::AlignJustify, indent(), bodySpacing);
    }
    void caption(const QString &text)
    {
        gap(1.5);
        m_flow.addText(text, documentFont(m_g.s, bodyPt, true), Qt::AlignLeft, 0, 1.55);
        m_flow.keepLastWithNext();
    }

    TableStyle tableStyle(const QList<qreal> &columns) const
    {
        TableStyle st;
        st.columns = columns;
        st.font = documentFont(m_g.s, tablePt);
        st.headerFont = documentFont(m_g.s, tablePt, true);
        st.padding = m_g.s.mm(1.5);
        st.lineSpacing = 1.4;
        st.minRowHeight = m_g.s.mm(7);
        st.penWidth = pen();
        return st;
    }

    // Key/value grid, two pairs a row; empty values are left out, a long
    // value takes a whole row.
    void grid(const QList<Field> &all)
    {
        QList<Field> fields;
        for (const Field &f : all) {
            if (!f.value.trimmed().isEmpty())
                fields.append({f.label, f.value.trimmed(), f.wide});
        }
        if (fields.isEmpty())
            return;
        const TableStyle st = tableStyle({18, 32, 18, 32});
        const auto label = [](const QString &text) { return TableCell{text, 1, Qt::AlignCenter, true}; };
        const qreal halfWidth = m_flow.width() * 0.32 - 2 * st.padding;
        const auto tooWide = [&](const Field &f) {
            return TextBox(f.value, st.font, halfWidth).lineCount() > 1;
        };
        QList<QList<TableCell>> rows;
        std::optional<Field> pending;
        const auto flush = [&] {
            if (pending)
                rows.append({label(pending->label), TableCell{pending->value, 3}});
            pending.reset();
        };
        for (const Field &f : fields) {
            if (f.wide || tooWide(f)) {
                flush();
                rows.append({label(f.label), TableCell{f.value, 3}});
            } else if (pending) {
                rows.append(
                    {label(pending->label), TableCell{pending->value}, label(f.label), TableCell{f.value}});
                pending.reset();
            } else {
                pending = f;
            }
        }
        flush();
        caption(tr("Case information"));
        addTable(m_flow, st, {}, rows);
    }

    // Column widths after the content: 序号 narrow; the short columns (状态,
    // 补正期限, 备注) as wide as their longest entry within bounds; name and
    // requirement share the rest after their longest entries, so a table of
    // short requirements gives the names the room and rows stay one line.
    QList<qreal> columnWidths(const QList<TableCell> &header, const QList<QList<TableCell>> &rows) const
    {
        const TableStyle st = tableStyle({1});
        const qreal total = m_flow.width();
        QList<qreal> natural(header.size(), 0);
        const auto measure = [&](int column, const QString &text, const QFont &font) {
            // A line of its own per paragraph: the widest one counts.
            const qreal w = TextBox(text, font, total * 4).naturalWidth() + 2 * st.padding + 1;
            natural[column] = std::max(natural[column], w);
        };
        for (int c = 0; c < header.size(); ++c)
            measure(c, header.at(c).text, st.headerFont);
        for (const auto &row : rows) {
            for (int c = 0; c < row.size() && c < header.size(); ++c)
                measure(c, row.at(c).text, st.font);
        }
        QList<qreal> widths(header.size(), 0);
        widths[0] = std::max(natural[0], total * 0.07);
        qreal rest = total - widths[0];
        for (int c = 3; c < header.size(); ++c) {
            widths[c] = std::clamp(natural[c], total * 0.12, total * (c == 3 ? 0.24 : 0.2));
            rest -= widths[c];
        }
        const qreal name = natural[1];
        const qreal requirement = natural[2];
        if (name + requirement <= rest) {
            const qreal extra = rest - name - requirement;
            widths[1] = name + extra * name / (name + requirement);
            widths[2] = rest - widths[1];
        } else if (name <= rest / 2) {
            // The one that fits keeps one line, the other wraps.
            widths[1] = name;
            widths[2] = rest - name;
        } else if (requirement <= rest / 2) {
            widths[2] = requirement;
            widths[1] = rest - requirement;
        } else {
            widths[1] = rest * std::clamp(name / (name + requirement), 0.4, 0.6);
            widths[2] = rest - widths[1];
        }
        return widths;
    }

    // 序号 / 材料名称 / 要求 / 状态 (or 补正期限), and 备注 when any line has one.
    void materials(const QString &title, const QList<DocumentMaterialLine> &lines, bool dueColumn)
    {
        if (lines.isEmpty())
            return;
        const bool anyNote = std::any_of(lines.cbegin(), lines.cend(), [](const DocumentMaterialLine &l) {
            return !l.note.trimmed().isEmpty();
        });
        QList<TableCell> header{{tr("No."), 1, Qt::AlignCenter},
                                {tr("Material"), 1, Qt::AlignCenter},
                                {tr("Requirement"), 1, Qt::AlignCenter},
                                {dueColumn ? tr("Supply by") : tr("Status"), 1, Qt::AlignCenter}};
        if (anyNote)
            header.append({tr("Note"), 1, Qt::AlignCenter});
        QList<QList<TableCell>> rows;
        int n = 0;
        for (const DocumentMaterialLine &l : lines) {
            QList<TableCell> row{
                {QString::number(++n), 1, Qt::AlignCenter}, {l.name.trimmed()}, {l.requirement.trimmed()}};
            if (dueColumn)
                row.append(
                    {dateText(l.supplyDue.isValid() ? l.supplyDue : m_d.supplyDeadline), 1, Qt::AlignCenter});
            else
                row.append({l.state.trimmed(), 1, Qt::AlignCenter});
            if (anyNote)
                row.append({l.note.trimmed()});
            rows.append(row);
        }
        caption(title);
        addTable(m_flow, tableStyle(columnWidths(header, rows)), header, rows);
    }

    QList<Field> partyFields(const QString &partyLabel) const
    {
        return {{partyLabel, m_d.applicantName},
                {tr("ID number"), safeId(m_d.applicantIdMasked)},
                {tr("Agent"), m_d.agentName},
                {tr("Phone"), safePhone(m_d.contactPhoneMasked)},
                {tr("Matter"), m_d.matterName, true},
                {tr("Task code"), m_d.taskCode},
                {tr("Case type"), m_d.projectKindLabel},
                {tr("Project no."), m_d.projectNo},
                {tr("Applied at"), dateTimeText(m_d.appliedAt)}};
    }

    QString timeLimitSentence() const
    {
        const QString limit = m_d.promiseLimitText.trimmed();
        const QString due = dateText(m_d.dueDate);
        if (!limit.isEmpty() && !due.isEmpty())
            return tr("The promised time limit is %1; the matter is expected to be completed by %2.")
                .arg(limit, due);
        if (!limit.isEmpty())
            return tr("The promised time limit is %1.").arg(limit);
        if (!due.isEmpty())
            return tr("The matter is expected to be completed by %1.").arg(due);
        return {};
    }

    // The opening sentence: %1 the application date, %2 the matter.
    QString appliedFor(const QString &sentence) const
    {
        return sentence.arg(applicationDate(m_d), m_d.matterName.trimmed());
    }

    struct SignLayout
    {
        qreal height = 0;
        qreal width = 0;
        std::function<void(QPainter &, const QPointF &)> draw;
    };
    SignLayout signatures(const QList<QList<SignField>> &rows, qreal maxWidth, bool alignRight) const;
    void commitmentBox();
    void closing(const QList<QList<SignField>> &signRows);
    void signatureTable();

    QList<QList<SignField>> applicantAcknowledgement() const
    {
        return {{{tr("Received by (signature):"), 35, {}}}, {{tr("Date:"), 0, dateSkeleton()}}};
    }

    void acceptance()
    {
        salutation();
        paragraph(
            joinSentences(appliedFor(tr("You (your organisation) applied for %2 on %1. After review, the "
                                        "application materials are complete and in the statutory form; the "
                                        "application is accepted.")),
                          timeLimitSentence()));
        if (!m_d.projectNo.trimmed().isEmpty() || !m_d.queryUrl.trimmed().isEmpty())
            paragraph(
                tr("Please keep this notice. You can follow the progress with the project number and query "
                   "password, or by scanning the QR code."));
        QList<Field> fields = partyFields(tr("Applicant"));
        fields << Field{tr("Accepted at"), dateTimeText(m_d.acceptedAt)}
               << Field{tr("Time limit"), m_d.promiseLimitText}
               << Field{tr("Due date"), dateText(m_d.dueDate)};
        grid(fields);
        materials(tr("Materials received"), m_d.received, false);
        materials(tr("Materials still missing"), m_d.missing, false);
        closing(applicantAcknowledgement());
    }

    void notifyOnce()
    {
        salutation();
        paragraph(appliedFor(
            tr("You (your organisation) applied for %2 on %1. After review, the application "
               "materials are incomplete or not in the statutory form. Everything to be supplemented "
               "or corrected is listed below, all at once:")));
        materials(tr("Materials to supplement or correct"), m_d.missing, false);
        gap(1.5);
        if (m_d.supplyDeadline.isValid())
            paragraph(
                tr("Please supplement or correct all of the above by %1 and submit the application again.")
                    .arg(dateText(m_d.supplyDeadline)));
        else
            paragraph(tr("Please supplement or correct all of the above and submit the application again."));
        paragraph(tr(
            "This is a one-time notice: apart from the items above, no further material will be asked for."));
        grid(partyFields(tr("Applicant")));
        materials(tr("Materials received"), m_d.received, false);
        closing(applicantAcknowledgement());
    }

    void deficiency()
    {
        salutation();
        paragraph(joinSentences(
            appliedFor(tr("You (your organisation) applied for %2 on %1. After review, the basic "
                          "conditions are met and the main materials are complete and in the "
                          "statutory form; under the rules on acceptance with deficiencies, the "
                          "application is accepted.")),
            timeLimitSentence()));
        materials(tr("Materials to supply later"), m_d.missing, true);
        gap(1.5);
        const QString supply =
            m_d.supplyDeadline.isValid()
                ? tr("Please supply the materials above by %1.").arg(dateText(m_d.supplyDeadline))
                : tr("Please supply the materials above by the dates given.");
        paragraph(joinSentences(supply, tr("If the materials are not supplied in time or do not meet the "
                                           "requirements, the processing of the matter is terminated and the "
                                           "applicant bears the consequences.")));
        // The received materials are on the acceptance receipt; this notice
        // lists what is owed, and the applicant's signature under the
        // commitment also acknowledges receipt, which keeps it to one page.
        QList<Field> fields = partyFields(tr("Applicant"));
        fields << Field{tr("Accepted at"), dateTimeText(m_d.acceptedAt)};
        grid(fields);
        commitmentBox();
        closing({{{tr("Committed by (signature):"), 35, {}}}, {{tr("Date:"), 0, dateSkeleton()}}});
    }

    void rejection()
    {
        salutation();
        paragraph(
            appliedFor(tr("You (your organisation) applied for %2 on %1. After review, it is decided not to "
                          "accept the application.")));
        if (!m_d.reason.trimmed().isEmpty())
            paragraph(tr("Reason: %1").arg(m_d.reason.trimmed()));
        if (!m_d.competentAgency.trimmed().isEmpty())
            paragraph(tr("Please apply to the competent agency: %1.").arg(m_d.competentAgency.trimmed()));
        paragraph(
            tr("If you disagree with this decision, you may apply for administrative reconsideration within "
               "sixty days of receiving this notice, or bring an administrative lawsuit before a people's "
               "court within six months."));
        grid(partyFields(tr("Applicant")));
        materials(tr("Materials submitted"), m_d.received, false);
        closing(applicantAcknowledgement());
    }

    void delivery()
    {
        salutation();
        paragraph(tr("Your application for %1 has been dealt with; the result is hereby delivered to you.")
                      .arg(m_d.matterName.trimmed()));
        QList<Field> fields = partyFields(tr("Recipient"));
        fields << Field{tr("Delivery method"), m_d.deliveryMethod}
               << Field{tr("Tracking no."), m_d.trackingNo}
               << Field{tr("Delivered at"), dateTimeText(m_d.deliveredAt)};
        grid(fields);
        materials(tr("Documents and results delivered"), m_d.received, false);
        signatureTable();
        closing({});
    }

    const Geometry &m_g;
    const CaseDocumentData &m_d;
    Flow m_flow;
};

BodyBuilder::SignLayout BodyBuilder::signatures(const QList<QList<SignField>> &rows, qreal maxWidth,
                                                bool alignRight) const
{
    const QFont font = body();
    const qreal pitch = font.pixelSize() * bodySpacing;
    const qreal spacing = font.pixelSize(); // between fields on one line
    const qreal minBlank = m_g.s.mm(12);
    const qreal labelGap = font.pixelSize() * 0.3;
    struct Piece
    {
        TextBox label;
        qreal labelWidth = 0; // with the gap before the blank
        QPointF at;
        qreal blank = 0;
        TextBox tail;
    };
    QList<Piece> pieces;
    QList<qreal> lineWidths;
    qreal y = 0;
    for (const QList<SignField> &row : rows) {
        qreal x = 0;
        int firstOnLine = int(pieces.size());
        const auto endLine = [&] {
            lineWidths.append(x);
            if (alignRight) {
                for (int i = firstOnLine; i < pieces.size(); ++i)
                    pieces[i].at.rx() += maxWidth - x;
            }
            firstOnLine = int(pieces.size());
            y += pitch;
            x = 0;
        };
        for (const SignField &f : row) {
            Piece p;
            p.label = TextBox(f.label, font, maxWidth, Qt::AlignLeft, 0, bodySpacing);
            if (!f.tail.isEmpty())
                p.tail = TextBox(f.tail, font, maxWidth, Qt::AlignLeft, 0, bodySpacing);
            p.labelWidth = p.label.naturalWidth() + labelGap;
            const qreal fixed = p.labelWidth + p.tail.naturalWidth();
            p.blank = m_g.s.mm(f.blankMm);
            if (x > 0 && x + spacing + fixed + std::min(p.blank, minBlank) > maxWidth)
                endLine();
            if (x > 0)
                x += spacing;
            // A blank shrinks to what is left of the line, never below a
            // size a hand can sign in.
            if (p.blank > 0)
                p.blank = std::max(minBlank, std::min(p.blank, maxWidth - x - fixed));
            p.at = QPointF(x, y);
            x += fixed + p.blank;
            pieces.append(p);
        }
        endLine();
    }
    SignLayout layout;
    layout.height = y;
    layout.width = lineWidths.isEmpty() ? 0 : *std::max_element(lineWidths.cbegin(), lineWidths.cend());
    const qreal penWidth = pen();
    layout.draw = [pieces, penWidth](QPainter &p, const QPointF &origin) {
        p.save();
        p.setPen(QPen(Qt::black, penWidth));
        for (const Piece &piece : pieces) {
            const QPointF at = origin + piece.at;
            piece.label.draw(p, at);
            const qreal x = at.x() + piece.labelWidth;
            if (piece.blank > 0) {
                // On the text's baseline, as on a printed form.
                const qreal baseline = at.y() + piece.label.linePitch() * 0.78;
                p.drawLine(QPointF(x, baseline), QPointF(x + piece.blank, baseline));
            }
            if (piece.tail.lineCount() > 0)
                piece.tail.draw(p, QPointF(x + piece.blank, at.y()));
        }
        p.restore();
    };
    return layout;
}

void BodyBuilder::commitmentBox()
{
    const QString commitment = m_d.commitment.trimmed();
    if (commitment.isEmpty())
        return;
    caption(tr("Applicant's commitment"));
    const qreal pad = m_g.s.mm(2.5);
    const qreal width = m_flow.width();
    const TextBox text(commitment, body(), width - 2 * pad, Qt::AlignJustify, indent(), bodySpacing);
    FlowItem item;
    item.height = text.height() + 2 * pad;
    const qreal penWidth = pen();
    item.draw = [text, pad, width, penWidth, h = item.height](QPainter &p, const QPointF &at) {
        p.save();
        p.setPen(QPen(Qt::black, penWidth));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(at, QSizeF(width, h)));
        p.restore();
        text.draw(p, at + QPointF(pad, pad));
    };
    m_flow.add(std::move(item));
}

// Right: the issuing hall and the date, centred on each other as 署名 and
// 成文日期 are, with the seal area over them. Left: the applicant's
// acknowledgement when it fits beside them, else above them.
void BodyBuilder::closing(const QList<QList<SignField>> &signRows)
{
    const QFont font = body();
    const Scale s = m_g.s;
    const qreal width = m_flow.width();
    QStringList lines;
    const QString hall = m_d.hallName.trimmed();
    lines << (hall.isEmpty() ? tr("(seal)") : tr("%1 (seal)").arg(hall));
    if (m_d.issuedAt.isValid())
        lines << dateText(hallTime::date(m_d.issuedAt));
    const QString issuerText = lines.join(QChar(QChar::LineSeparator));
    const qreal rightInset = 2 * font.pixelSize(); // 右空二字
    const qreal blockWidth =
        TextBox(issuerText, font, width * 0.6, Qt::AlignHCenter, 0, bodySpacing).naturalWidth() + 1;
    const TextBox issuer(issuerText, font, blockWidth, Qt::AlignHCenter, 0, bodySpacing);
    const qreal diameter = s.mm(sealDiameterMm);
    // Centred on the block, but the whole circle stays inside the margins.
    const qreal centreX = std::min(width - rightInset - blockWidth / 2, width - diameter / 2);
    const qreal blockLeft = centreX - blockWidth / 2;
    const qreal sealLeft = centreX - diameter / 2;

    const qreal besideWidth = std::min(blockLeft, sealLeft) - s.mm(4);
    SignLayout sign;
    bool beside = true;
    if (!signRows.isEmpty()) {
        sign = signatures(signRows, besideWidth, false);
        // Beside the seal only if no field had to wrap onto an extra line.
        if (sign.width > besideWidth + 1 ||
            sign.height > signRows.size() * font.pixelSize() * bodySpacing + 1) {
            beside = false;
            sign = signatures(signRows, width, false);
        }
    }
    if (!beside) {
        gap(4);
        FlowItem above;
        above.height = sign.height;
        above.draw = sign.draw;
        above.keepWithNext = true;
        m_flow.add(std::move(above));
    }

    FlowItem item;
    // The seal circle may reach a little above and below the block, into the
    // gap before it and the space above the footer (or the header's gap when
    // the block opens a page), never into text.
    const qreal overhang = s.mm(4);
    item.height =
        std::max(diameter - 2 * overhang, std::max(issuer.height(), beside ? sign.height : 0) + s.mm(2));
    const qreal h = item.height;
    const std::function<void(QPainter &, const QPointF &)> signDraw = beside ? sign.draw : nullptr;
    item.draw = [=](QPainter &p, const QPointF &at) {
        const qreal textTop = at.y() + (h - issuer.height()) / 2;
        const QPointF centre(at.x() + centreX, textTop + issuer.height() / 2);
        p.save();
        // The seal placeholder: a dashed circle over name and date, where the
        // 行政审批专用章 is pressed ("骑年盖月").
        p.setPen(QPen(QColor(150, 150, 150), s.mm(0.3), Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(centre, diameter / 2, diameter / 2);
        p.restore();
        issuer.draw(p, QPointF(at.x() + blockLeft, textTop));
        if (signDraw)
            signDraw(p, QPointF(at.x(), textTop));
    };
    gap(5); // more than the circle's overhang
    m_flow.add(std::move(item));
}

// 送达人 / 受送达人 cells tall enough to sign in, the date at the bottom.
void BodyBuilder::signatureTable()
{
    TableStyle st = tableStyle({18, 32, 18, 32});
    st.minRowHeight = m_g.s.mm(22);
    const QString date = QStringLiteral("\n\n\n") + dateSkeleton();
    const auto label = [](const QString &text) { return TableCell{text, 1, Qt::AlignCenter, true}; };
    gap(3);
    addTable(m_flow, st, {},
             {{label(tr("Served by (signature)")), TableCell{date, 1, Qt::AlignRight},
               label(tr("Recipient (signature)")), TableCell{date, 1, Qt::AlignRight}}});
}

} // namespace

Geometry geometryFor(const QRectF &pageRect)
{
    Geometry g;
    g.page = pageRect;
    // A4 is the design size; another sheet scales by its tighter side.
    g.s.perMm = std::min(pageRect.width() / 210.0, pageRect.height() / 297.0);
    g.content =
        pageRect.adjusted(g.s.mm(marginLeft), g.s.mm(marginTop), -g.s.mm(marginRight), -g.s.mm(marginBottom));
    return g;
}

QString dateText(const QDate &date)
{
    if (!date.isValid())
        return {};
    //: Date format on printed documents (QDate::toString pattern); zh_CN: yyyy年M月d日
    return date.toString(DocumentRenderer::tr("yyyy-MM-dd"));
}

QString dateTimeText(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    // Stored in UTC; the document shows the hall's local time.
    //: Date and time format on printed documents; zh_CN: yyyy年M月d日 HH:mm
    return hallTime::local(dateTime).toString(DocumentRenderer::tr("yyyy-MM-dd HH:mm"));
}

Flow buildBody(const Geometry &g, const CaseDocumentData &d)
{
    return BodyBuilder(g, d).build();
}

} // namespace yc::docbody
