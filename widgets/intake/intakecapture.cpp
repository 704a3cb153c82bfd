#include "intakecapture.h"

#include "app/capture/capturesession.h"
#include "app/capture/pageprocessor.h"
#include "app/core/clientcontext.h"
#include "materialchecklist.h"
#include "widgets/capture/materialcapturedialog.h"
#include "widgets/capture/materialpagesstrip.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QPushButton>

namespace yc {

IntakeCapture::IntakeCapture(ClientContext &context, MaterialChecklist *checklist, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_ctx(context)
    , m_checklist(checklist)
    , m_dialogParent(dialogParent)
{
    if (!available())
        return;
    m_checklist->setColumnHidden(MaterialChecklist::PagesColumn, false);
    connect(m_ctx.pageProcessor, &capture::PageProcessor::failed, this,
            [this](const QString &, const Error &error) { emit problem(error.message); });
}

IntakeCapture::~IntakeCapture() = default;

bool IntakeCapture::available() const
{
    return m_ctx.attachments && m_ctx.pageProcessor;
}

capture::CaptureSession &IntakeCapture::sessionFor(qint64 matterId)
{
    auto &session = m_sessions[matterId];
    if (!session)
        session = std::make_unique<capture::CaptureSession>();
    return *session;
}

void IntakeCapture::attach()
{
    if (!available())
        return;
    for (int row = 0; row < m_checklist->rowCount(); ++row) {
        const MatterMaterial material = m_checklist->materialAt(row);
        capture::MaterialSlot *slot =
            sessionFor(m_checklist->matterIdAt(row)).slot(material.code, material.name);
        auto *cell = new QWidget(m_checklist);
        auto *layout = new QHBoxLayout(cell);
        layout->setContentsMargins(2, 0, 2, 0);
        auto *strip = new MaterialPagesStrip(slot, cell);
        auto *open = new QPushButton(tr("Capture…"), cell);
        open->setObjectName(QStringLiteral("capture_%1").arg(row));
        layout->addWidget(strip, 1);
        layout->addWidget(open);
        connect(strip, &MaterialPagesStrip::openRequested, this, [this, row] { openCapture(row); });
        connect(open, &QPushButton::clicked, this, [this, row] { openCapture(row); });
        m_checklist->setCellWidget(row, MaterialChecklist::PagesColumn, cell);
    }
}

void IntakeCapture::openCapture(int row)
{
    const MatterMaterial material = m_checklist->materialAt(row);
    capture::MaterialSlot *slot = sessionFor(m_checklist->matterIdAt(row)).slot(material.code, material.name);
    MaterialCaptureDialog dialog(slot, m_ctx.scanner, m_ctx.camera, *m_ctx.pageProcessor, m_dialogParent);
    dialog.setRequirement(MaterialChecklist::requirementText(material));
    dialog.exec();
    // Pages captured for an unmarked material: it was received.
    auto *state = qobject_cast<QComboBox *>(m_checklist->cellWidget(row, MaterialChecklist::StateColumn));
    if (!slot->isEmpty() && state && state->currentData().toString() == QLatin1String("pending"))
        m_checklist->setState(row, QStringLiteral("received"));
}

void IntakeCapture::reset()
{
    // The checklist's cells showing these pages are deleted later (the
    // checklist was just cleared); the sessions go right after them, in
    // the same turn of the event loop, so no scan outlives its citizen.
    for (auto &[id, session] : m_sessions)
        session.release()->deleteLater();
    m_sessions.clear();
}

QStringList IntakeCapture::limitProblems(const QList<Matter> &chosen) const
{
    QStringList out;
    for (const Matter &m : chosen) {
        if (auto it = m_sessions.find(m.id); it != m_sessions.end())
            out += it->second->limitProblems();
    }
    return out;
}

QStringList IntakeCapture::saveToCases(const QList<Matter> &chosen, const IntakeOutcome &outcome,
                                       const QString &staffNo, int windowNo) const
{
    QStringList problems;
    if (!available())
        return problems;
    for (qsizetype i = 0; i < outcome.cases.size() && i < chosen.size(); ++i) {
        auto it = m_sessions.find(chosen.at(i).id);
        if (it == m_sessions.end())
            continue;
        const auto saved =
            it->second->saveToCase(*m_ctx.attachments, outcome.cases.at(i).caseId, staffNo, windowNo);
        if (saved.error)
            problems << saved.error->message;
    }
    return problems;
}

} // namespace yc
