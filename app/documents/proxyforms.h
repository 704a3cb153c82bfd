#pragma once

#include "core/result.h"
#include "proxy/proxytypes.h"

#include <QCoreApplication>
#include <QRectF>

class QPainter;

namespace yc {

class ProxyCases;

enum class ProxyFormType
{
    Mandate,    // 代办服务委托书
    Acceptance, // 帮办代办受理单
    Closing,    // 代办服务办结单 / 终止单 (as the case closed)
};

// What a form prints: the case as read, with the hall and the help-desk
// member's name. Personal data arrives masked (ID number, phone).
struct ProxyFormData
{
    ProxyFormType type = ProxyFormType::Acceptance;
    QString hallName;
    QString helperName; // the assigned help-desk member, "name (staff no)"
    ProxyCaseDetail detail;
    QList<ProxyLinkedCase> linked;
    QList<ProxyHandoverRecord> handovers;
    QList<ProxyOutstandingOriginal> outstanding;
    QDateTime printedAt;
};

// The three forms of a 帮办代办 case (after DB3205/T 1077-2023 appendices A,
// B, C): the mandate with both parties' signature lines, the acceptance slip
// with the handover log, and the closing slip (办结 or 终止) with what was
// returned. A4 portrait PDF through the window documents' layout engine:
// long content continues on further pages with "page n of m".
class ProxyForms
{
    Q_DECLARE_TR_FUNCTIONS(yc::ProxyForms)

public:
    static QString title(const ProxyFormData &data);

    // Reads the case for a form (fails with proxy.* codes).
    static Result<ProxyFormData> load(const ProxyCases &cases, qint64 proxyId, ProxyFormType type,
                                      const QString &hallName, const QDateTime &nowUtc);

    static Result<void> writePdf(const ProxyFormData &data, const QString &path);
    static int pageCount(const ProxyFormData &data, const QRectF &pageRect);
    static void paint(QPainter &painter, const QRectF &pageRect, const ProxyFormData &data, int pageIndex);
};

} // namespace yc
