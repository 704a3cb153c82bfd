#include "queuefixture.h"

#include "staff/staffrepository.h"
#include "support/testsupport.h"

#include <QTest>

namespace yc::test {

void makeQueueHall(const std::shared_ptr<Database> &db, int windows, int lines, const QString &password)
{
    exec(*db, QStringLiteral("INSERT INTO hall (id, code, name, created_at) VALUES (1, 'T', '测试大厅', "
                             "'2026-01-01T00:00:00.000Z')"));
    for (int w = 1; w <= windows; ++w)
        exec(*db,
             QStringLiteral("INSERT INTO hall_window (hall_id, number, name, window_type) VALUES (1, %1, "
                            "'窗口 %1', 'comprehensive')")
                 .arg(w));
    for (int l = 0; l < lines; ++l)
        exec(*db, QStringLiteral("INSERT INTO business_line (id, hall_id, prefix, name, opens_at, closes_at) "
                                 "VALUES (%1, 1, '%2', '业务 %2', '00:00', '23:59')")
                      .arg(l + 1)
                      .arg(QChar(u'A' + l)));
    if (password.isEmpty())
        return;
    StaffRepository staff(db);
    StaffMember clerk;
    clerk.staffNo = QStringLiteral("1001");
    clerk.name = QStringLiteral("王晓梅");
    clerk.roles = {QStringLiteral("clerk")};
    QVERIFY(staff.create(clerk, password, QStringLiteral("setup")).ok());
    StaffMember supervisor;
    supervisor.staffNo = QStringLiteral("3001");
    supervisor.name = QStringLiteral("孙志强");
    supervisor.roles = {QStringLiteral("supervisor")};
    QVERIFY(staff.create(supervisor, password, QStringLiteral("setup")).ok());
}

} // namespace yc::test
