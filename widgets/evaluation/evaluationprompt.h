#pragma once

#include "app/core/clientcontext.h"
#include "widgets/evaluation/evaluationscreen.h"

#include <memory>
#include <optional>

#include <QObject>
#include <QPointer>

class QScreen;

namespace yc {

namespace queue {
struct QueueEvent;
}

// Asks the citizen to evaluate each service at this window (一次一评) on the
// customer-facing screen, and stores the answer through EvaluationService
// (channel window_device) — the outbox takes it to the platform and the hall.
//
// Where: full-screen on a second monitor when there is one (the screen the
// main window is not on); it follows monitors being plugged in and out.
// With one monitor it never covers the clerk's work: the status bar says to
// ask the citizen to rate with the QR code on the receipt or ticket slip.
//
// When: a ticket finished at this window (the hall mirror's "finish"
// event; with its case number the case is evaluated, otherwise the ticket
// when this database holds it, i.e. standalone), or a case recorded at
// intake (caseRecorded, which the main window connects from the intake
// page). The same service asked twice is asked once; one already evaluated
// is not asked again (a follow-up is made through the QR page).
class EvaluationPrompt : public QObject
{
    Q_OBJECT

public:
    EvaluationPrompt(const ClientContext &context, QObject *parent = nullptr);
    ~EvaluationPrompt() override;

    EvaluationScreen *screen() const { return m_screen.get(); }
    // Whether the evaluation screen is on a monitor of its own.
    bool isShown() const;
    // Shows the screen even with one monitor (a demonstration, the tests):
    // as an ordinary window.
    void setAlwaysShow(bool on);

public slots:
    // A case was recorded for the citizen at the window (its 办件编号, or
    // the local key of a case that got none).
    void caseRecorded(const QString &caseNo);

signals:
    // The service was evaluated: the evaluation's id.
    void evaluated(qint64 evaluationId);

private:
    void onEvent(const queue::QueueEvent &event);
    void serviceFinished(std::optional<qint64> caseId, std::optional<qint64> ticketId, const QString &label);
    void onAnswered(const EvaluationAnswer &answer);
    void place();
    QScreen *customerScreen() const;

    ClientContext m_context;
    std::unique_ptr<EvaluationScreen> m_screen;
    bool m_alwaysShow = false;
    struct Pending
    {
        std::optional<qint64> caseId;
        std::optional<qint64> ticketId;
    };
    std::optional<Pending> m_pending;
};

} // namespace yc
