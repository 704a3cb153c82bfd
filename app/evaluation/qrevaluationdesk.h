#pragma once

#include "app/evaluation/evaluationops.h"
#include "app/evaluation/evaluationpage.h"
#include "evaluation/evaluationinvites.h"

#include <memory>

class QSettings;

namespace yc {

class HallDispatcher;
class HttpService;

// halld's part of 二维码评价: the invitations and answers (EvaluationInvites),
// the hall-protocol operations and the page, wired to halld's dispatcher
// and HTTP server. The INI file's [evaluation] section:
//   public_url  the address citizens' phones reach halld's page at (the
//               hall Wi-Fi, or a reverse proxy); empty = halld's own HTTP
//               address, which only works on this machine
//   valid_days  how long an invitation can be used (default 7, 1–30)
class QrEvaluationDesk
{
public:
    QrEvaluationDesk(std::shared_ptr<Database> db, HallDispatcher &dispatcher, HttpService &http,
                     const QSettings *ini);

private:
    EvaluationInvites m_invites;
    EvaluationOps m_ops;
    EvaluationPage m_page;
};

} // namespace yc
