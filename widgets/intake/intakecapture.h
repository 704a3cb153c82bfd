#pragma once

#include "catalog/matter.h"
#include "intake/intake.h"

#include <map>
#include <memory>

#include <QObject>

class QWidget;

namespace yc {

struct ClientContext;
class MaterialChecklist;
namespace capture {
class CaptureSession;
}

// The scanned pages of an intake: one capture session per matter, a pages
// cell (thumbnails, count, size and a "Capture…" button) on every row of
// the checklist, the capture dialog, the size limits before the decision,
// and storing the pages on each case after it. Without the capture
// services (no attachment store) it stays out of sight.
class IntakeCapture : public QObject
{
    Q_OBJECT

public:
    IntakeCapture(ClientContext &context, MaterialChecklist *checklist, QWidget *dialogParent);
    ~IntakeCapture() override;

    bool available() const;
    // After the checklist got its rows.
    void attach();
    // A new citizen: the pages of the last intake are dropped.
    void reset();
    // What is over its size limit; the decision waits until it is not.
    QStringList limitProblems(const QList<Matter> &chosen) const;
    // Stores each matter's pages on its case (cases in the order of the
    // matters); returns what could not be stored, in words.
    QStringList saveToCases(const QList<Matter> &chosen, const IntakeOutcome &outcome, const QString &staffNo,
                            int windowNo) const;

signals:
    void problem(const QString &message);

private:
    void openCapture(int row);
    capture::CaptureSession &sessionFor(qint64 matterId);

    ClientContext &m_ctx;
    MaterialChecklist *m_checklist;
    QWidget *m_dialogParent;
    std::map<qint64, std::unique_ptr<capture::CaptureSession>> m_sessions;
};

} // namespace yc
