#include "evaluationprompt.h"

#include "app/core/session.h"
#include "app/core/statusboard.h"
#include "app/hall/hallconnection.h"
#include "evaluation/evaluationservice.h"
#include "staff/staff.h"

#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QScreen>

Q_LOGGING_CATEGORY(lcEvaluationPrompt, "yc.evaluation.screen", QtInfoMsg)

namespace yc {

namespace {
const QString kStatusKey = QStringLiteral("evaluation");
}

EvaluationPrompt::EvaluationPrompt(const ClientContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_screen(std::make_unique<EvaluationScreen>())
{
    m_screen->setWindowFlag(Qt::WindowDoesNotAcceptFocus); // never takes the clerk's keyboard
    connect(m_screen.get(), &EvaluationScreen::answered, this, &EvaluationPrompt::onAnswered);
    connect(m_screen.get(), &EvaluationScreen::timedOut, this, [this] {
        // Nothing is stored: the default-rating rule applies later.
        qCInfo(lcEvaluationPrompt) << "the citizen left without evaluating";
        m_pending.reset();
    });
    if (m_context.session) {
        auto identify = [this] {
            m_screen->setIdentity(m_context.session->windowNo(), m_context.session->staff().staffNo);
            m_screen->showIdle();
        };
        connect(m_context.session, &Session::loggedIn, this, identify);
        connect(m_context.session, &Session::loggedOut, this, [this] {
            m_pending.reset();
            m_screen->setIdentity(0, {});
            m_screen->showIdle();
        });
        if (!m_context.session->staff().staffNo.isEmpty())
            identify();
    }
    if (m_context.hall)
        connect(&m_context.hall->hall(), &HallState::eventArrived, this, &EvaluationPrompt::onEvent);
    auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance());
    if (app) {
        connect(app, &QGuiApplication::screenAdded, this, &EvaluationPrompt::place);
        connect(app, &QGuiApplication::screenRemoved, this, &EvaluationPrompt::place);
    }
    place();
}

EvaluationPrompt::~EvaluationPrompt() = default;

bool EvaluationPrompt::isShown() const
{
    return m_screen->isVisible();
}

void EvaluationPrompt::setAlwaysShow(bool on)
{
    m_alwaysShow = on;
    place();
}

QScreen *EvaluationPrompt::customerScreen() const
{
    // The clerk works on the primary screen; any other faces the citizen.
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (QScreen *s : screens)
        if (s != QGuiApplication::primaryScreen())
            return s;
    return nullptr;
}

void EvaluationPrompt::place()
{
    if (QScreen *s = customerScreen()) {
        m_screen->setScreen(s);
        m_screen->setGeometry(s->geometry());
        m_screen->showFullScreen();
        return;
    }
    if (m_alwaysShow) {
        m_screen->showNormal();
        return;
    }
    m_screen->hide();
}

void EvaluationPrompt::onEvent(const queue::QueueEvent &event)
{
    if (event.kind != u"finish" || !m_context.session || event.windowNo != m_context.session->windowNo())
        return;
    const QJsonObject detail = QJsonDocument::fromJson(event.detail.toUtf8()).object();
    const QString caseNo = detail.value(QStringLiteral("caseNo")).toString();
    if (!caseNo.isEmpty()) {
        caseRecorded(caseNo);
        return;
    }
    const QString ticketNo = detail.value(QStringLiteral("displayNo")).toString();
    serviceFinished(std::nullopt, event.ticketId, tr("Ticket %1").arg(ticketNo));
}

void EvaluationPrompt::caseRecorded(const QString &caseNo)
{
    auto id = EvaluationService(m_context.db).caseByNumber(caseNo);
    if (!id) {
        qCWarning(lcEvaluationPrompt).noquote() << "case lookup failed:" << id.error().message;
        return;
    }
    if (!id->has_value()) {
        qCInfo(lcEvaluationPrompt) << "finished service names a case this window does not hold";
        return;
    }
    serviceFinished(id->value(), std::nullopt, tr("Case %1").arg(caseNo));
}

void EvaluationPrompt::serviceFinished(std::optional<qint64> caseId, std::optional<qint64> ticketId,
                                       const QString &label)
{
    // Intake's caseRecorded and the ticket's finish name the same service.
    if (m_pending && m_screen->isAsking() && m_pending->caseId == caseId && m_pending->ticketId == ticketId)
        return;
    auto standing = EvaluationService(m_context.db).standing(caseId, ticketId);
    if (!standing) {
        qCWarning(lcEvaluationPrompt).noquote() << standing.error().message;
        return;
    }
    if (standing.value() != EvaluationService::Standing::Open)
        return; // evaluated already, or a hall ticket this database does not hold
    m_pending = Pending{caseId, ticketId};
    if (!m_screen->isVisible() && m_context.status) {
        m_context.status->set(kStatusKey, tr("Evaluation"),
                              tr("No citizen screen: ask the citizen to rate the service with the QR code "
                                 "on the receipt or ticket slip"),
                              StatusBoard::Level::Ok);
    }
    m_screen->ask(label);
}

void EvaluationPrompt::onAnswered(const EvaluationAnswer &answer)
{
    if (!m_pending)
        return;
    EvaluationService::Input in;
    in.caseId = m_pending->caseId;
    in.ticketId = m_pending->ticketId;
    in.channel = QStringLiteral("window_device");
    in.level = answer.level;
    auto item = [](int v) { return v > 0 ? std::optional<int>(v) : std::nullopt; };
    in.efficiency = item(answer.efficiency);
    in.serviceLevel = item(answer.serviceLevel);
    in.attitude = item(answer.attitude);
    in.comment = answer.comment();
    m_pending.reset();
    auto id = EvaluationService(m_context.db).submit(in);
    if (!id) {
        qCWarning(lcEvaluationPrompt).noquote() << "evaluation not stored:" << id.error().code;
        m_screen->showNotice(id.error().code == u"evaluation.once"
                                 ? tr("This service has already been evaluated. Thank you!")
                                 : tr("Your evaluation could not be saved. Please tell the clerk."));
        return;
    }
    m_screen->showThanks();
    emit evaluated(id.value());
}

} // namespace yc
