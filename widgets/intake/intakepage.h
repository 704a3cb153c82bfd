#pragma once

#include "catalog/matter.h"
#include "core/result.h"
#include "idcard/idcarddata.h"
#include "intake/intake.h"

#include <memory>

#include <QHash>
#include <QWidget>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace yc {

struct CaseDocumentData;
struct ClientContext;
class ApplicantForm;
class IdCardStrip;
class IntakeCapture;
class CaseDocumentSource;
class CatalogRepository;
class MaterialChecklist;
class MatterSearchPanel;
class ServiceBadge;

// One-window intake (一窗受理) at the counter: find the matter(s), enter the
// applicant once, check the materials against the catalog's standard, and
// decide — accept, accept with a commitment (容缺), tell once in writing what
// is missing, or refuse with a reason.
class IntakePage : public QWidget
{
    Q_OBJECT

public:
    explicit IntakePage(ClientContext &context, QWidget *parent = nullptr);
    ~IntakePage() override;

    // Starts over for the next citizen.
    void reset();
    const IntakeOutcome &lastOutcome() const { return m_outcome; }
    // Writes the documents of the last intake as PDF files into `folder`
    // ("<document number>.pdf"); returns their paths.
    Result<QStringList> saveDocuments(const QString &folder);

protected:
    // The cursor waits in the matter search, ready for typing.
    void showEvent(QShowEvent *event) override;

public:
    // The queue ticket being served: the cases taken now are linked to it.
    void setTicket(qint64 ticketId, const QString &displayNo);

signals:
    // Cases were written; lists elsewhere may refresh.
    void casesChanged();
    // Intake made a case for the ticket being served (its 办件编号, or the
    // local key of a case that got none).
    void caseRecorded(const QString &caseNo);

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void fillFromCard(const yc::idcard::IdCardData &card);
    void addMatter(const Matter &matter);
    void removeSelectedMatter();
    void lookUpApplicant(const QString &idType, const QString &number);
    void decide(IntakeDecision decision);
    void showOutcome(const IntakeOutcome &outcome, IntakeDecision decision);
    void finishInstant();
    void printDocuments();
    void inviteEvaluations();
    Result<CaseDocumentData> documentFor(const IntakeCase &c) const;
    void saveDocumentsInteractively();
    void showError(const QString &message);

    ClientContext &m_ctx;
    std::unique_ptr<CatalogRepository> m_catalog;
    std::unique_ptr<CaseDocumentSource> m_documents;
    QList<Matter> m_chosen;
    IntakeOutcome m_outcome;
    // The 二维码评价 page of each case just recorded (halld's invitation),
    // printed on its documents once halld has answered.
    QHash<qint64, QString> m_evaluationUrls;
    MatterSearchPanel *m_search;
    QListWidget *m_chosenList;
    IdCardStrip *m_idCard;
    IntakeCapture *m_capture;
    qint64 m_ticketId = 0;
    QLabel *m_ticketLabel;
    ServiceBadge *m_ticketBadge;
    ApplicantForm *m_applicant;
    QCheckBox *m_hasAgent;
    ApplicantForm *m_agent;
    MaterialChecklist *m_materials;
    QLabel *m_error;
    QTextBrowser *m_result;
    QPushButton *m_finish;
    QPushButton *m_print;
    QPushButton *m_savePdf;
};

} // namespace yc
