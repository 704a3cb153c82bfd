#include "evaluationpage.h"

#include "evaluation/evaluationservice.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QLoggingCategory>
#include <QTimeZone>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcEvaluationPage, "yc.evaluation.page", QtInfoMsg)

namespace yc {

namespace {

using Status = QHttpServerResponder::StatusCode;

constexpr qsizetype kMaxBody = 16 * 1024;

QString resource(const QString &name)
{
    QFile f(QStringLiteral(":/yc/evaluation/") + name);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QHttpServerResponse html(const QString &page, Status status)
{
    QHttpServerResponse r(QByteArrayLiteral("text/html; charset=utf-8"), page.toUtf8(), status);
    // The page has no scripts and loads nothing from elsewhere.
    r.setHeader(QByteArrayLiteral("Content-Security-Policy"),
                QByteArrayLiteral("default-src 'none'; style-src 'unsafe-inline'; form-action 'self'"));
    r.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    r.setHeader(QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer"));
    return r;
}

QHttpServerResponse message(const QString &title, const QString &text, Status status)
{
    QString page = resource(QStringLiteral("message.html"));
    page.replace(QStringLiteral("{{title}}"), title.toHtmlEscaped());
    page.replace(QStringLiteral("{{message}}"), text.toHtmlEscaped());
    return html(page, status);
}

// What a citizen reads when the link cannot be used (the page is Chinese only).
QHttpServerResponse refusal(const Error &e)
{
    if (e.code == u"evaluation.token")
        return message(QStringLiteral("无法评价"),
                       QStringLiteral("评价链接无效。请重新扫描回执或排队小票上的二维码。"),
                       Status::NotFound);
    if (e.code == u"evaluation.expired")
        return message(
            QStringLiteral("评价已过期"),
            QStringLiteral(
                "本次服务的评价期限已过，感谢您的关注。如有意见，请拨打 12345 或到大厅咨询台反映。"),
            Status::Gone);
    if (e.code == u"evaluation.not_finished")
        return message(QStringLiteral("暂不能评价"),
                       QStringLiteral("您的业务办理完成后即可评价。请在窗口办理结束后再扫描二维码。"),
                       Status::Conflict);
    if (e.code == u"evaluation.done")
        return message(QStringLiteral("已评价"),
                       QStringLiteral("本次服务已评价并已追加评价，不能再次提交。感谢您的评价！"),
                       Status::Conflict);
    qCWarning(lcEvaluationPage).noquote() << "evaluation page:" << e.code;
    return message(QStringLiteral("暂时无法评价"), QStringLiteral("系统暂时无法保存评价，请稍后再试。"),
                   Status::ServiceUnavailable);
}

std::optional<int> stars(const QUrlQuery &q, const QString &name)
{
    const int v = q.queryItemValue(name).toInt();
    return v >= 1 && v <= 5 ? std::optional<int>(v) : std::nullopt;
}

} // namespace

EvaluationPage::EvaluationPage(EvaluationInvites &invites)
    : m_invites(invites)
{}

void EvaluationPage::addRoutes(QHttpServer &server)
{
    server.route(QStringLiteral("/evaluate/<arg>"), QHttpServerRequest::Method::Get,
                 [this](const QString &token) { return get(token); });
    server.route(QStringLiteral("/evaluate/<arg>"), QHttpServerRequest::Method::Post,
                 [this](const QString &token, const QHttpServerRequest &request) {
                     return post(token, request.body());
                 });
}

QHttpServerResponse EvaluationPage::form(const QString &token, const EvaluationInvites::Invite &invite,
                                         const QString &error, int status) const
{
    QString page = resource(QStringLiteral("evaluate.html"));
    QString service = invite.serviceName;
    if (!invite.caseNo.isEmpty())
        service += QStringLiteral("（办件编号 %1）").arg(invite.caseNo);
    else if (!invite.ticketNo.isEmpty())
        service += QStringLiteral("（排队号 %1）").arg(invite.ticketNo);
    if (invite.windowNo > 0)
        service += QStringLiteral(" · %1 号窗口").arg(invite.windowNo);
    const QString local =
        invite.expiresAt.toTimeZone(QTimeZone::systemTimeZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    page.replace(QStringLiteral("{{heading}}"),
                 invite.answers == 0 ? QStringLiteral("政务服务评价") : QStringLiteral("追加评价"));
    page.replace(QStringLiteral("{{service}}"), service.trimmed().toHtmlEscaped());
    page.replace(QStringLiteral("{{error}}"),
                 error.isEmpty() ? QString()
                                 : QStringLiteral("<p class=\"error\">%1</p>").arg(error.toHtmlEscaped()));
    page.replace(QStringLiteral("{{action}}"), QStringLiteral("/evaluate/") + token);
    page.replace(QStringLiteral("{{expires}}"), local);
    return html(page, Status(status));
}

QHttpServerResponse EvaluationPage::get(const QString &token) const
{
    auto invite = m_invites.find(token);
    if (!invite)
        return refusal(invite.error());
    if (!invite->serviceFinished)
        return refusal({QStringLiteral("evaluation.not_finished"), {}});
    if (invite->answers >= 2)
        return refusal({QStringLiteral("evaluation.done"), {}});
    return form(token, invite.value(), {}, int(Status::Ok));
}

QHttpServerResponse EvaluationPage::post(const QString &token, const QByteArray &body)
{
    auto invite = m_invites.find(token);
    if (!invite)
        return refusal(invite.error());
    if (body.size() > kMaxBody)
        return form(token, invite.value(), QStringLiteral("提交的内容过长，请精简后再提交。"),
                    int(Status::PayloadTooLarge));
    // Form encoding: '+' is a space.
    QByteArray decoded = body;
    decoded.replace('+', ' ');
    const QUrlQuery q(QString::fromUtf8(decoded));
    EvaluationInvites::Answer a;
    a.level = q.queryItemValue(QStringLiteral("level"), QUrl::FullyDecoded);
    a.efficiency = stars(q, QStringLiteral("efficiency"));
    a.serviceLevel = stars(q, QStringLiteral("serviceLevel"));
    a.attitude = stars(q, QStringLiteral("attitude"));
    const QStringList reasons = q.allQueryItemValues(QStringLiteral("reason"), QUrl::FullyDecoded);
    const QString text = q.queryItemValue(QStringLiteral("text"), QUrl::FullyDecoded).trimmed();
    if (reasons.size() > 8 || text.size() > 300)
        return form(token, invite.value(), QStringLiteral("意见和建议最多 300 字。"),
                    int(Status::BadRequest));
    a.comment = reasons.isEmpty()
                    ? text
                    : (u'[' + reasons.join(QStringLiteral(", ")) + QStringLiteral("] ") + text).trimmed();
    if (!EvaluationService::levels().contains(a.level))
        return form(token, invite.value(), QStringLiteral("请选择总体评价。"), int(Status::BadRequest));
    if ((a.level == u"dissatisfied" || a.level == u"very_dissatisfied") && reasons.isEmpty())
        return form(token, invite.value(), QStringLiteral("请选择不满意的原因，以便我们整改。"),
                    int(Status::BadRequest));
    auto attempt = m_invites.answer(token, a);
    if (!attempt) {
        const QString code = attempt.error().code;
        if (code == u"evaluation.level" || code == u"evaluation.items" || code == u"evaluation.text" ||
            code == u"evaluation.detail")
            return form(token, invite.value(), QStringLiteral("评价内容不完整或有误，请检查后再提交。"),
                        int(Status::BadRequest));
        return refusal(attempt.error());
    }
    qCInfo(lcEvaluationPage) << "QR evaluation received, attempt" << attempt.value();
    return message(
        QStringLiteral("感谢您的评价"),
        attempt.value() == 1
            ? QStringLiteral("您的评价已提交。如需补充，可在评价期限内再次扫描二维码追加评价一次。")
            : QStringLiteral("您的追加评价已提交。"),
        Status::Ok);
}

} // namespace yc
