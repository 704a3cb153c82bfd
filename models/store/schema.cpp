#include "schema.h"

namespace yc {

const Schema &mainSchema()
{
    static const Schema schema{
        QStringLiteral("main"),
        0x59434831, // "YCH1"
        {
            {1, QStringLiteral("core: hall, windows, staff, audit, calendar"),
             QStringLiteral(":/yc/migrations/0001_core.sql")},
            {2, QStringLiteral("catalog: departments, matters, materials, fees, synonyms"),
             QStringLiteral(":/yc/migrations/0002_catalog.sql")},
            {3, QStringLiteral("cases: applicants, cases, materials, attachments, documents, steps"),
             QStringLiteral(":/yc/migrations/0003_cases.sql")},
            {4, QStringLiteral("queue, evaluations, proxy cases"),
             QStringLiteral(":/yc/migrations/0004_queue_evaluation_proxy.sql")},
            {5, QStringLiteral("outbox"), QStringLiteral(":/yc/migrations/0005_outbox.sql")},
            {6, QStringLiteral("intake: commitment and supply deadline on the case"),
             QStringLiteral(":/yc/migrations/0006_intake.sql")},
            {7, QStringLiteral("sync: state and outbox indexes"),
             QStringLiteral(":/yc/migrations/0007_sync.sql")},
            {8, QStringLiteral("queue engine: ticket order and targets, window state, hall sessions"),
             QStringLiteral(":/yc/migrations/0008_queue.sql")},
            {9, QStringLiteral("proxy cases: origin, mandate scan, next action, home visits, follow-up"),
             QStringLiteral(":/yc/migrations/0009_proxy.sql")},
            {10, QStringLiteral("unresolved register (办不成事): entries and their steps"),
             QStringLiteral(":/yc/migrations/0010_unresolved.sql")},
            {11, QStringLiteral("QR evaluations: invitations and answers kept by halld"),
             QStringLiteral(":/yc/migrations/0011_evaluation_invites.sql")},
            {12, QStringLiteral("proxy badge: reason on tickets, mode on cases; kiosk role"),
             QStringLiteral(":/yc/migrations/0012_proxy_badge_kiosk.sql")},
        },
    };
    return schema;
}

const Schema &platformSimSchema()
{
    static const Schema schema{
        QStringLiteral("platform-sim"),
        0x59435053, // "YCPS"
        {
            {1, QStringLiteral("simulator: received events"),
             QStringLiteral(":/yc/migrations/platformsim/0001_events.sql")},
            {2, QStringLiteral("simulator: catalog versions, status feed, scheduled 办结"),
             QStringLiteral(":/yc/migrations/platformsim/0002_catalog_status.sql")},
            {3, QStringLiteral("simulator: online appointments feed"),
             QStringLiteral(":/yc/migrations/platformsim/0003_appointments.sql")},
        },
    };
    return schema;
}

} // namespace yc
