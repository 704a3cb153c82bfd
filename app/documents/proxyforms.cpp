#include "proxyforms.h"

#include "core/clock.h"
#include "documentbody.h"
#include "documentlayout.h"
#include "pdfunicode.h"
#include "proxy/proxycases.h"
#include "proxy/proxywords.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace yc {

using namespace doclayout;
using namespace docbody;

namespace {

struct Laid
{
    Geometry g;
    TextBox title;
    TextBox number;
    Flow flow{0};
    QList<QList<Placement>> pages;
    qreal header = 0;
    qreal footer = 0;
};

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("—") : text.trimmed();
}

QString localTime(const QDateTime &utc)
{
    return utc.isValid() ? dateTimeText(hallTime::local(utc)) : QStringLiteral("—");
}

class FormBuilder
{
    Q_DECLARE_TR_FUNCTIONS(yc::ProxyForms)

public:
    FormBuilder(const Geometry &g, const ProxyFormData &d)
        : m_s(g.s)
        , m_d(d)
        , m_flow(g.content.width())
        , m_body(documentFont(g.s, bodyPt))
        , m_table(documentFont(g.s, tablePt))
        , m_tableBold(documentFont(g.s, tablePt, true))
    {}

    Flow build()
    {
        switch (m_d.type) {
        case ProxyFormType::Mandate:
            mandate();
            break;
        case ProxyFormType::Acceptance:
            acceptance();
            break;
        case ProxyFormType::Closing:
            closing();
            break;
        }
        return m_flow;
    }

private:
    void keyValues(const QList<std::pair<QString, QString>> &rows)
    {
        TableStyle style{{1, 3}, m_table, m_tableBold, m_s.mm(1.8), 1.35, m_s.mm(8), m_s.mm(0.25)};
        QList<QList<TableCell>> cells;
        for (const auto &[key, value] : rows)
            cells << QList<TableCell>{{key, 1, Qt::AlignLeft, true},
                                      {orDash(value), 1, Qt::AlignLeft, false}};
        addTable(m_flow, style, {}, cells);
        m_flow.addSpacing(m_s.mm(4));
    }

    void caption(const QString &text)
    {
        m_flow.addText(text, documentFont(m_s, bodyPt, true), Qt::AlignLeft, 0, bodySpacing);
        m_flow.keepLastWithNext();
    }

    void paragraph(const QString &text)
    {
        m_flow.addText(text, m_body, Qt::AlignLeft, m_s.pt(bodyPt) * 2, bodySpacing);
        m_flow.addSpacing(m_s.mm(3));
    }

    // Signature lines: who signs, a line to sign on, and the date to fill in.
    void signatures(const QStringList &who)
    {
        m_flow.addSpacing(m_s.mm(6));
        for (const QString &w : who) {
            m_flow.addText(tr("%1 (signature): ____________________    Date: ______ / ____ / ____").arg(w),
                           m_body, Qt::AlignLeft, 0, 2.2);
            m_flow.addSpacing(m_s.mm(3));
        }
    }

    QList<std::pair<QString, QString>> principalRows() const
    {
        const ProxyCaseSummary &s = m_d.detail.summary;
        const bool enterprise = s.principalKind == u"legal";
        QList<std::pair<QString, QString>> rows{
            {enterprise ? tr("Enterprise served") : tr("Person served"), s.principalName},
            {enterprise ? tr("Unified social credit code") : tr("ID number"), s.principalIdMasked}};
        if (enterprise)
            rows << std::pair{tr("Legal representative"), m_d.detail.principalLegalRep};
        rows << std::pair{tr("Phone"), m_d.detail.principalPhoneMasked}
             << std::pair{tr("Address"), m_d.detail.principalAddress};
        return rows;
    }

    QString mattersText() const
    {
        QStringList out;
        for (const ProxyLinkedCase &c : m_d.linked)
            out << QStringLiteral("%1 %2").arg(c.projectNo, c.matterName).trimmed();
        return out.join(QStringLiteral("\n"));
    }

    QString reasonText() const
    {
        const QString reason = ProxyWords::reason(m_d.detail.summary.reason);
        return m_d.detail.reasonDetail.isEmpty()
                   ? reason
                   : QStringLiteral("%1（%2）").arg(reason, m_d.detail.reasonDetail);
    }

    void mandate()
    {
        const ProxyMandate &m = m_d.detail.mandate;
        caption(tr("Principal"));
        keyValues(principalRows());
        caption(tr("Agent"));
        keyValues({{tr("Service hall"), m_d.hallName}, {tr("Help-desk staff"), m_d.helperName}});
        caption(tr("What is entrusted"));
        keyValues({{tr("Matters and powers"), m.scope},
                   {tr("Cases covered"), mattersText()},
                   {tr("Period"),
                    m.from.isValid() ? tr("%1 to %2").arg(dateText(m.from), dateText(m.to)) : QString()},
                   {tr("Service"), ProxyWords::mode(m_d.detail.summary.serviceMode)}});
        paragraph(
            tr("The principal entrusts the agent above, of their own free will and free of charge, to handle "
               "the matters above within the powers and the period stated, and vouches that the materials "
               "provided are true. The agent handles them in the principal's name, keeps the materials safe, "
               "returns every original, and reports the progress and the result to the principal. Either "
               "party may end the mandate at any time by telling the other."));
        signatures({tr("Principal"), tr("Agent")});
    }

    void handoverTable()
    {
        if (m_d.handovers.isEmpty())
            return;
        caption(tr("Materials handed over"));
        TableStyle style{
            {3.6, 1.4, 1.3, 2.4, 2.6}, m_table, m_tableBold, m_s.mm(1.5), 1.3, m_s.mm(7), m_s.mm(0.25)};
        QList<QList<TableCell>> rows;
        for (const ProxyHandoverRecord &h : m_d.handovers)
            rows << QList<TableCell>{{h.item},
                                     {ProxyWords::kind(h.kind), 1, Qt::AlignHCenter},
                                     {QString::number(h.count), 1, Qt::AlignHCenter},
                                     {ProxyWords::direction(h.direction)},
                                     {localTime(h.at)}};
        addTable(m_flow, style,
                 {{tr("Item"), 1, Qt::AlignHCenter, true},
                  {tr("Original or copy"), 1, Qt::AlignHCenter, true},
                  {tr("Count"), 1, Qt::AlignHCenter, true},
                  {tr("Handed over"), 1, Qt::AlignHCenter, true},
                  {tr("When"), 1, Qt::AlignHCenter, true}},
                 rows);
        m_flow.addSpacing(m_s.mm(4));
    }

    void acceptance()
    {
        const ProxyCaseSummary &s = m_d.detail.summary;
        keyValues({{tr("Service"), ProxyWords::mode(s.serviceMode)},
                   {tr("Reason for help"), reasonText()},
                   {tr("Opened"), localTime(s.openedAt)},
                   {tr("Help-desk staff"), m_d.helperName}});
        caption(s.principalKind == u"legal" ? tr("Enterprise served") : tr("Person served"));
        keyValues(principalRows());
        keyValues({{tr("Cases covered"), mattersText()},
                   {tr("Next step"), s.nextAction},
                   {tr("Expected by"), s.nextDue.isValid() ? dateText(s.nextDue) : QString()}});
        handoverTable();
        paragraph(
            tr("The service is free of charge. Keep this slip: quote its number to ask about the progress."));
        signatures({s.principalKind == u"legal" ? tr("For the enterprise") : tr("Person served"),
                    tr("Help-desk staff")});
    }

    void closing()
    {
        const ProxyCaseSummary &s = m_d.detail.summary;
        const bool terminated = s.state == u"terminated";
        keyValues(
            {{tr("Service"), ProxyWords::mode(s.serviceMode)},
             {s.principalKind == u"legal" ? tr("Enterprise served") : tr("Person served"), s.principalName},
             {tr("Opened"), localTime(s.openedAt)},
             {terminated ? tr("Terminated") : tr("Finished"), localTime(s.closedAt)},
             {terminated ? tr("Reason for termination") : tr("Result"), m_d.detail.closeReason},
             {tr("Cases covered"), mattersText()},
             {tr("Help-desk staff"), m_d.helperName}});
        QStringList held;
        for (const ProxyOutstandingOriginal &o : m_d.outstanding)
            held << tr("%1 × %2").arg(o.item).arg(o.count);
        caption(tr("Originals"));
        keyValues({{tr("Not returned"), held.isEmpty() ? tr("None: every original was returned.")
                                                       : held.join(QStringLiteral("、"))},
                   {tr("Where they are"), m_d.detail.retainedNote}});
        handoverTable();
        paragraph(terminated
                      ? tr("The service ended before the matters were done, for the reason above. The "
                           "materials were handed back as listed.")
                      : tr("The matters entrusted are done and the result has reached the person served. "
                           "The materials were handed back as listed."));
        signatures({s.principalKind == u"legal" ? tr("For the enterprise") : tr("Person served"),
                    tr("Help-desk staff")});
    }

    Scale m_s;
    const ProxyFormData &m_d;
    Flow m_flow;
    QFont m_body;
    QFont m_table;
    QFont m_tableBold;
};

Laid layoutForm(const QRectF &pageRect, const ProxyFormData &d)
{
    Laid l;
    l.g = geometryFor(pageRect);
    const Scale &s = l.g.s;
    const qreal w = l.g.content.width();
    l.title = TextBox(ProxyForms::title(d), documentFont(s, titlePt, true), w, Qt::AlignHCenter, 0, 1.4);
    l.number = TextBox(ProxyForms::tr("No. %1").arg(d.detail.summary.proxyNo), documentFont(s, bodyPt), w,
                       Qt::AlignRight, 0, 1.5);
    l.header = l.title.height() + l.number.height() + s.mm(4);
    l.footer = s.mm(10);
    l.flow = FormBuilder(l.g, d).build();
    const qreal height = l.g.content.height() - l.footer;
    l.pages = l.flow.paginate(height - l.header, height - l.header);
    return l;
}

void paintLaid(QPainter &p, const Laid &l, const ProxyFormData &d, int pageIndex)
{
    const Scale &s = l.g.s;
    const QRectF &c = l.g.content;
    p.save();
    p.setPen(Qt::black);
    l.title.draw(p, c.topLeft());
    l.number.draw(p, QPointF(c.left(), c.top() + l.title.height()));
    const qreal bodyTop = c.top() + l.header;
    if (pageIndex >= 0 && pageIndex < l.pages.size()) {
        for (const Placement &pl : l.pages.at(pageIndex)) {
            const FlowItem &item = l.flow.item(pl.item);
            if (item.draw)
                item.draw(p, QPointF(c.left(), bodyTop + pl.y));
        }
    }
    QString footer = ProxyForms::tr("%1 · printed %2").arg(d.hallName, localTime(d.printedAt));
    if (l.pages.size() > 1)
        footer +=
            QStringLiteral("    ") + ProxyForms::tr("Page %1 of %2").arg(pageIndex + 1).arg(l.pages.size());
    TextBox(footer, documentFont(s, smallPt), c.width(), Qt::AlignHCenter, 0, 1.4)
        .draw(p, QPointF(c.left(), c.bottom() - s.mm(6)));
    p.restore();
}

} // namespace

QString ProxyForms::title(const ProxyFormData &data)
{
    switch (data.type) {
    case ProxyFormType::Mandate:
        return tr("Proxy Service Mandate");
    case ProxyFormType::Acceptance:
        return tr("Assisted and Proxy Service Acceptance Slip");
    case ProxyFormType::Closing:
        return data.detail.summary.state == u"terminated" ? tr("Proxy Service Termination Slip")
                                                          : tr("Proxy Service Completion Slip");
    }
    return {};
}

Result<ProxyFormData> ProxyForms::load(const ProxyCases &cases, qint64 proxyId, ProxyFormType type,
                                       const QString &hallName, const QDateTime &nowUtc)
{
    ProxyFormData d;
    d.type = type;
    d.hallName = hallName;
    d.printedAt = nowUtc;
    auto detail = cases.detail(proxyId, nowUtc);
    if (!detail)
        return detail.error();
    d.detail = detail.value();
    if (type == ProxyFormType::Closing && d.detail.summary.state != u"finished" &&
        d.detail.summary.state != u"terminated")
        return Error{QStringLiteral("proxy.state"),
                     tr("The completion or termination slip is printed once the case "
                        "is finished or terminated.")};
    d.helperName = d.detail.summary.assignedName.isEmpty()
                       ? d.detail.summary.assignedStaffNo
                       : tr("%1 (%2)").arg(d.detail.summary.assignedName, d.detail.summary.assignedStaffNo);
    auto linked = cases.linkedCases(proxyId);
    if (!linked)
        return linked.error();
    d.linked = linked.value();
    auto handovers = cases.handovers(proxyId);
    if (!handovers)
        return handovers.error();
    d.handovers = handovers.value();
    auto outstanding = cases.outstandingOriginals(proxyId);
    if (!outstanding)
        return outstanding.error();
    d.outstanding = outstanding.value();
    return d;
}

int ProxyForms::pageCount(const ProxyFormData &data, const QRectF &pageRect)
{
    return std::max<int>(1, int(layoutForm(pageRect, data).pages.size()));
}

void ProxyForms::paint(QPainter &painter, const QRectF &pageRect, const ProxyFormData &data, int pageIndex)
{
    paintLaid(painter, layoutForm(pageRect, data), data, pageIndex);
}

Result<void> ProxyForms::writePdf(const ProxyFormData &data, const QString &path)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
        writer.setTitle(title(data));
        writer.setCreator(QStringLiteral("Yichuang"));
        QPainter p;
        if (!p.begin(&writer))
            return Error{QStringLiteral("pdf_render"), tr("The form could not be rendered.")};
        const Laid laid = layoutForm(QRectF(0, 0, writer.width(), writer.height()), data);
        const int pages = std::max<int>(1, int(laid.pages.size()));
        for (int i = 0; i < pages; ++i) {
            if (i > 0)
                writer.newPage();
            paintLaid(p, laid, data, i);
        }
        if (!p.end())
            return Error{QStringLiteral("pdf_render"), tr("The form could not be rendered.")};
    }
    const QByteArray pdf = pdfunicode::repairToUnicode(buffer.data(), documentFont(Scale{}, bodyPt));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
        return Error{QStringLiteral("pdf_write"),
                     tr("Cannot write the form to %1: %2").arg(path, file.errorString())};
    return {};
}

} // namespace yc
