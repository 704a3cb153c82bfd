#pragma once

#include "evaluation/evaluationinvites.h"

#include <functional>

#include <QCoreApplication>
#include <QUrl>

namespace yc {

class HallDispatcher;

// The hall-protocol operations of 二维码评价 (docs/evaluation.md), added to
// halld's dispatcher:
//   evaluation.expect  {caseNo?, ticketId?, serviceName?, validDays?} →
//                      {token, url, expiresAt}   (any signed-in session)
//   evaluation.pending {} → {answers: [...]}     (a window's session)
//   evaluation.ack     {answerId, result}        (a window's session)
class EvaluationOps
{
    Q_DECLARE_TR_FUNCTIONS(yc::EvaluationOps)

public:
    // pageBase: the address citizens' phones reach the page at; called at
    // each request, since halld's own address is known only once it listens.
    EvaluationOps(EvaluationInvites &invites, std::function<QUrl()> pageBase, int validDays = 7);
    void addTo(HallDispatcher &dispatcher);

private:
    EvaluationInvites &m_invites;
    std::function<QUrl()> m_pageBase;
    int m_validDays;
};

} // namespace yc
