#include "qrevaluationdesk.h"

#include "app/core/httpservice.h"

#include <QLoggingCategory>
#include <QSettings>

Q_LOGGING_CATEGORY(lcQrDesk, "yc.evaluation.desk", QtInfoMsg)

namespace yc {

namespace {

QUrl configuredUrl(const QSettings *ini)
{
    const QUrl url(ini ? ini->value(QStringLiteral("evaluation/public_url")).toString() : QString(),
                   QUrl::StrictMode);
    if (url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http"))
        return url;
    return {};
}

} // namespace

QrEvaluationDesk::QrEvaluationDesk(std::shared_ptr<Database> db, HallDispatcher &dispatcher,
                                   HttpService &http, const QSettings *ini)
    : m_invites(std::move(db))
    , m_ops(
          m_invites,
          [configured = configuredUrl(ini), &http] {
              if (!configured.isEmpty())
                  return configured;
              const auto ports = http.server().serverPorts();
              return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(ports.isEmpty() ? 0 : ports.first()));
          },
          qBound(1, ini ? ini->value(QStringLiteral("evaluation/valid_days"), 7).toInt() : 7, 30))
    , m_page(m_invites)
{
    if (configuredUrl(ini).isEmpty())
        qCWarning(lcQrDesk) << "no [evaluation] public_url: QR evaluation links point at this machine only";
    m_ops.addTo(dispatcher);
    m_page.addRoutes(http.server());
}

} // namespace yc
