#include "intakepage.h"

#include "app/core/clientcontext.h"
#include "app/core/session.h"
#include "app/core/settings.h"
#include "app/documents/casedocumentsource.h"
#include "app/documents/documentrenderer.h"
#include "app/evaluation/qrevaluationrelay.h"
#include "app/hall/hallconnection.h"
#include "catalog/catalogrepository.h"
#include "codes/codes.h"
#include "idcardstrip.h"
#include "intake/intakeservice.h"
#include "intakecapture.h"
#include "widgets/common/servicebadge.h"
#include "widgets/intake/applicantform.h"
#include "widgets/intake/decisiondialogs.h"
#include "widgets/intake/materialchecklist.h"
#include "widgets/intake/mattersearchpanel.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSplitter>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace yc {

IntakePage::IntakePage(ClientContext &context, QWidget *parent)
    : QWidget(parent)
    , m_ctx(context)
    , m_catalog(std::make_unique<CatalogRepository>(context.db))
    , m_documents(std::make_unique<CaseDocumentSource>(context.db, context.settings->progressQueryUrl()))
{
    m_search = new MatterSearchPanel(this);
    auto matters = m_catalog->currentMatters();
    auto synonyms = m_catalog->synonyms();
    m_search->setCatalog(matters ? matters.value() : QList<Matter>(),
                         synonyms ? synonyms.value() : QList<Synonym>());
    connect(m_search, &MatterSearchPanel::matterChosen, this, &IntakePage::addMatter);

    m_chosenList = new QListWidget(this);
    m_chosenList->setObjectName(QStringLiteral("chosenMatters"));
    m_chosenList->setMaximumHeight(90);
    m_chosenList->setToolTip(tr("Matters taken in this intake (一件事一次办). Delete removes one."));
    auto *removeShortcut =
        new QShortcut(QKeySequence::Delete, m_chosenList, nullptr, nullptr, Qt::WidgetShortcut);
    connect(removeShortcut, &QShortcut::activated, this, &IntakePage::removeSelectedMatter);

    m_idCard = new IdCardStrip(context, this);
    connect(m_idCard, &IdCardStrip::cardRead, this, &IntakePage::fillFromCard);
    m_applicant = new ApplicantForm(QStringLiteral("applicant"), this);
    connect(m_applicant, &ApplicantForm::numberCompleted, this, &IntakePage::lookUpApplicant);
    m_hasAgent = new QCheckBox(tr("An agent (代理人) applies on the applicant's behalf"), this);
    m_hasAgent->setObjectName(QStringLiteral("hasAgent"));
    m_agent = new ApplicantForm(QStringLiteral("agent"), this);
    m_agent->setVisible(false);
    connect(m_hasAgent, &QCheckBox::toggled, m_agent, &QWidget::setVisible);

    m_materials = new MaterialChecklist(this);
    m_capture = new IntakeCapture(context, m_materials, this);
    connect(m_capture, &IntakeCapture::problem, this, &IntakePage::showError);
    auto *allReceived = new QPushButton(tr("All received"), this);
    allReceived->setObjectName(QStringLiteral("allReceivedButton"));
    connect(allReceived, &QPushButton::clicked, m_materials, &MaterialChecklist::markAllReceived);

    auto decisionButton = [this](const QString &text, const QString &name, IntakeDecision decision) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, [this, decision] { decide(decision); });
        return b;
    };
    auto *accept = decisionButton(tr("Accept"), QStringLiteral("acceptButton"), IntakeDecision::Accept);
    accept->setDefault(true);
    auto *deficient = decisionButton(tr("Accept on commitment…"), QStringLiteral("acceptDeficientButton"),
                                     IntakeDecision::AcceptDeficient);
    auto *notify = decisionButton(tr("Tell once what is missing"), QStringLiteral("notifyOnceButton"),
                                  IntakeDecision::NotifyOnce);
    auto *reject =
        decisionButton(tr("Do not accept…"), QStringLiteral("rejectButton"), IntakeDecision::Reject);
    auto *next = new QPushButton(tr("Next citizen"), this);
    next->setObjectName(QStringLiteral("resetButton"));
    connect(next, &QPushButton::clicked, this, &IntakePage::reset);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("intakeError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_result = new QTextBrowser(this);
    m_result->setObjectName(QStringLiteral("intakeResult"));
    m_result->setMaximumHeight(130);
    m_result->hide();
    m_finish = new QPushButton(tr("Finish at the window (即办)"), this);
    m_finish->setObjectName(QStringLiteral("finishInstantButton"));
    m_finish->hide();
    connect(m_finish, &QPushButton::clicked, this, &IntakePage::finishInstant);
    m_print = new QPushButton(tr("Print documents…"), this);
    m_print->setObjectName(QStringLiteral("printDocumentsButton"));
    m_print->hide();
    connect(m_print, &QPushButton::clicked, this, &IntakePage::printDocuments);
    m_savePdf = new QPushButton(tr("Save as PDF…"), this);
    m_savePdf->setObjectName(QStringLiteral("saveDocumentsButton"));
    m_savePdf->hide();
    connect(m_savePdf, &QPushButton::clicked, this, &IntakePage::saveDocumentsInteractively);

    // Left: what is applied for. Right: who applies and what they brought.
    auto *left = new QGroupBox(tr("Matter"), this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(m_search, 1);
    leftLayout->addWidget(new QLabel(tr("Taken in this intake:"), left));
    leftLayout->addWidget(m_chosenList);
    auto *applicantBox = new QGroupBox(tr("Applicant"), this);
    auto *applicantLayout = new QVBoxLayout(applicantBox);
    applicantLayout->addWidget(m_idCard);
    applicantLayout->addWidget(m_applicant);
    applicantLayout->addWidget(m_hasAgent);
    applicantLayout->addWidget(m_agent);
    auto *materialsBox = new QGroupBox(tr("Materials"), this);
    auto *materialsLayout = new QVBoxLayout(materialsBox);
    materialsLayout->addWidget(m_materials, 1);
    materialsLayout->addWidget(allReceived, 0, Qt::AlignLeft);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(applicantBox);
    rightLayout->addWidget(materialsBox, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto *decisions = new QHBoxLayout;
    decisions->addWidget(accept);
    decisions->addWidget(deficient);
    decisions->addWidget(notify);
    decisions->addWidget(reject);
    decisions->addStretch(1);
    decisions->addWidget(m_print);
    decisions->addWidget(m_savePdf);
    decisions->addWidget(m_finish);
    m_ticketLabel = new QLabel(this);
    m_ticketLabel->setObjectName(QStringLiteral("servingTicket"));
    decisions->addWidget(m_ticketLabel);
    m_ticketBadge = new ServiceBadge(this);
    m_ticketBadge->setObjectName(QStringLiteral("servingTicketBadge"));
    decisions->addWidget(m_ticketBadge);
    decisions->addWidget(next);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_result);
    layout->addLayout(decisions);
}

IntakePage::~IntakePage() = default;

void IntakePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_idCard->startReading();
    if (m_outcome.cases.isEmpty() && m_chosen.isEmpty())
        m_search->input()->setFocus();
}

void IntakePage::hideEvent(QHideEvent *event)
{
    // The reader polls only while someone can see what it reads.
    m_idCard->stopReading();
    QWidget::hideEvent(event);
}

void IntakePage::fillFromCard(const idcard::IdCardData &card)
{
    ApplicantInput value = idcard::applicantFromCard(card);
    // The card is authoritative for the name, number and address; a
    // returning applicant's phone comes from the last visit.
    if (m_ctx.intake) {
        auto known = m_ctx.intake->findApplicant(value.idType, value.idNumber, m_ctx.session->staff().staffNo,
                                                 m_ctx.session->windowNo());
        if (known && known->has_value())
            value.phone = known->value().phone;
    }
    m_applicant->setValue(value);
}

void IntakePage::setTicket(qint64 ticketId, const QString &displayNo)
{
    reset();
    m_ticketId = ticketId;
    m_ticketLabel->setText(tr("Serving ticket %1").arg(displayNo));
    const auto t = m_ctx.hall ? m_ctx.hall->hall().ticket(ticketId) : std::nullopt;
    m_ticketBadge->setMode(t ? t->proxyMode : QString(), t ? t->proxyReason : QString());
}

void IntakePage::reset()
{
    m_chosen.clear();
    m_chosenList->clear();
    m_materials->setMatters({});
    m_capture->reset();
    m_applicant->clear();
    m_agent->clear();
    m_hasAgent->setChecked(false);
    m_error->clear();
    m_result->clear();
    m_result->hide();
    m_finish->hide();
    m_print->hide();
    m_savePdf->hide();
    m_outcome = IntakeOutcome();
    m_search->input()->clear();
    m_search->input()->setFocus();
}

void IntakePage::addMatter(const Matter &chosen)
{
    if (chosen.state != QLatin1String("active")) {
        showError(
            tr("%1 is %2 and cannot be taken in.").arg(chosen.name, Codes::matterStateLabel(chosen.state)));
        return;
    }
    for (const Matter &m : std::as_const(m_chosen)) {
        if (m.id == chosen.id)
            return;
    }
    auto full = m_catalog->matter(chosen.id); // with its materials
    if (!full) {
        showError(full.error().message);
        return;
    }
    m_chosen << full.value();
    m_chosenList->addItem(QStringLiteral("%1（%2，%3）")
                              .arg(full->name, Codes::projectKindLabel(full->projectKind),
                                   Codes::limitText(full->promiseLimit)));
    m_materials->setMatters(m_chosen);
    m_capture->attach();
    m_error->clear();
}

void IntakePage::removeSelectedMatter()
{
    const int row = m_chosenList->currentRow();
    if (row < 0)
        return;
    m_chosen.removeAt(row);
    delete m_chosenList->takeItem(row);
    m_materials->setMatters(m_chosen);
    m_capture->attach();
}

void IntakePage::lookUpApplicant(const QString &idType, const QString &number)
{
    if (!m_ctx.intake)
        return;
    auto found = m_ctx.intake->findApplicant(idType, number, m_ctx.session->staff().staffNo,
                                             m_ctx.session->windowNo());
    if (!found || !found->has_value())
        return;
    const ApplicantInput known = found->value();
    const auto answer = QMessageBox::question(
        this, tr("Returning applicant"),
        tr("%1 has applied here before. Use the details recorded then (phone, address)?").arg(known.name));
    if (answer == QMessageBox::Yes)
        m_applicant->setValue(known);
}

void IntakePage::decide(IntakeDecision decision)
{
    m_error->clear();
    if (m_chosen.isEmpty()) {
        showError(tr("Choose the matter first."));
        return;
    }
    if (m_materials->unmarkedCount() > 0) {
        showError(
            tr("%n material(s) not checked yet: mark each one.", nullptr, m_materials->unmarkedCount()));
        return;
    }
    IntakeRequest request;
    request.applicant = m_applicant->value();
    if (m_hasAgent->isChecked())
        request.agent = m_agent->value();
    request.matters = m_materials->marks();
    request.decision = decision;
    request.windowNo = m_ctx.session->windowNo();
    request.clerkStaffNo = m_ctx.session->staff().staffNo;
    request.ticketId = m_ticketId;
    // The ticket's 帮办代办 mark as the hall has it now (the clerk may have set
    // it at the calling panel after intake began).
    if (const auto t = m_ticketId > 0 && m_ctx.hall ? m_ctx.hall->hall().ticket(m_ticketId) : std::nullopt) {
        request.proxyMode = t->proxyMode;
        request.proxyReason = t->proxyMode.isEmpty() ? QString() : t->proxyReason;
    }

    if (decision == IntakeDecision::AcceptDeficient) {
        DeficiencyDialog dialog(m_ctx.intake->today(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        request.commitment = dialog.commitment();
        request.supplyDeadline = dialog.deadline();
    } else if (decision == IntakeDecision::Reject) {
        RejectionDialog dialog(this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        request.rejectReason = dialog.reason();
        request.competentAgency = dialog.competentAgency();
    }
    if (const QStringList tooLarge = m_capture->limitProblems(m_chosen); !tooLarge.isEmpty()) {
        showError(tooLarge.join(QLatin1Char('\n')));
        return;
    }
    auto outcome = m_ctx.intake->submit(request);
    if (!outcome) {
        showError(outcome.error().message);
        return;
    }
    m_outcome = outcome.value();
    showOutcome(m_outcome, decision);
    if (m_ticketId > 0 && !m_outcome.cases.isEmpty()) {
        const IntakeCase &first = m_outcome.cases.constFirst();
        emit caseRecorded(first.projectNo.isEmpty() ? first.localId : first.projectNo);
        m_ticketId = 0;
        m_ticketLabel->clear();
        m_ticketBadge->setMode({});
    }
    // The case is taken in; pages that could not be stored are said, and
    // can be added to the case afterwards.
    if (const QStringList problems = m_capture->saveToCases(
            m_chosen, m_outcome, m_ctx.session->staff().staffNo, m_ctx.session->windowNo());
        !problems.isEmpty())
        showError(tr("The case was taken in, but some pages were not stored: %1")
                      .arg(problems.join(QStringLiteral("；"))));
    emit casesChanged();
}

void IntakePage::showOutcome(const IntakeOutcome &outcome, IntakeDecision decision)
{
    QString html;
    bool instant = false;
    for (qsizetype i = 0; i < outcome.cases.size(); ++i) {
        const IntakeCase &c = outcome.cases.at(i);
        const Matter &m = m_chosen.at(i);
        instant =
            instant || (m.projectKind == QLatin1String("instant") && decision == IntakeDecision::Accept);
        html +=
            QStringLiteral("<p><b>%1</b>：%2").arg(m.name.toHtmlEscaped(), Codes::caseStatusLabel(c.status));
        if (!c.projectNo.isEmpty())
            html +=
                tr("; case number <b>%1</b>, query password %2, due %3")
                    .arg(c.projectNo, c.queryPassword, QLocale().toString(c.dueDate, QLocale::LongFormat));
        html += tr("; document %1").arg(c.docNo.toHtmlEscaped()) + QStringLiteral("</p>");
    }
    m_result->setHtml(html);
    m_result->show();
    m_finish->setVisible(instant);
    m_print->show();
    m_savePdf->show();
    inviteEvaluations();
}

void IntakePage::inviteEvaluations()
{
    if (!m_ctx.qrEvaluations)
        return; // standalone: no halld, no page to send phones to
    for (qsizetype i = 0; i < m_outcome.cases.size() && i < m_chosen.size(); ++i) {
        const IntakeCase &c = m_outcome.cases.at(i);
        const qint64 caseId = c.caseId;
        QPointer<IntakePage> self(this);
        m_ctx.qrEvaluations->inviteCase(c.projectNo.isEmpty() ? c.localId : c.projectNo, m_chosen.at(i).name,
                                        [self, caseId](const Result<QUrl> &url) {
                                            if (self && url)
                                                self->m_evaluationUrls.insert(caseId, url->toString());
                                        });
    }
}

Result<CaseDocumentData> IntakePage::documentFor(const IntakeCase &c) const
{
    auto data = m_documents->latestDocument(c.caseId);
    if (data)
        data->evaluationUrl = m_evaluationUrls.value(c.caseId);
    return data;
}

Result<QStringList> IntakePage::saveDocuments(const QString &folder)
{
    if (!QDir().mkpath(folder))
        return Error{QStringLiteral("document.folder"), tr("Cannot create the folder %1.").arg(folder)};
    QStringList paths;
    for (const IntakeCase &c : std::as_const(m_outcome.cases)) {
        auto data = documentFor(c);
        if (!data)
            return data.error();
        QString name = c.docNo;
        name.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("_"));
        const QString path = QDir(folder).filePath(name + QStringLiteral(".pdf"));
        if (auto written = DocumentRenderer::writePdf(data.value(), path); !written)
            return written.error();
        paths << path;
    }
    return paths;
}

void IntakePage::saveDocumentsInteractively()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Save the documents as PDF into"),
                                                             m_ctx.settings->documentFolder());
    if (folder.isEmpty())
        return;
    auto saved = saveDocuments(folder);
    if (!saved) {
        showError(saved.error().message);
        return;
    }
    m_ctx.settings->setValue(Settings::Key::DocumentFolder, folder);
    m_result->append(tr("Saved: %1").arg(saved->join(QStringLiteral(", "))));
}

void IntakePage::printDocuments()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    for (const IntakeCase &c : std::as_const(m_outcome.cases)) {
        auto data = documentFor(c);
        auto printed = data ? DocumentRenderer::print(data.value(), printer) : Result<void>(data.error());
        if (!printed) {
            showError(printed.error().message);
            return;
        }
    }
}

void IntakePage::finishInstant()
{
    for (qsizetype i = 0; i < m_outcome.cases.size(); ++i) {
        if (m_chosen.at(i).projectKind != QLatin1String("instant"))
            continue;
        auto done = m_ctx.intake->finishAtWindow(m_outcome.cases.at(i).caseId, m_ctx.session->staff().staffNo,
                                                 m_ctx.session->windowNo());
        if (!done) {
            showError(done.error().message);
            return;
        }
        m_outcome.cases[i].status = QStringLiteral("finished");
    }
    m_finish->hide();
    m_result->append(tr("Finished at the window."));
    emit casesChanged();
}

void IntakePage::showError(const QString &message)
{
    m_error->setText(message);
}

} // namespace yc
