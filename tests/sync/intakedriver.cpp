#include "intakedriver.h"

#include "catalog/catalogimporter.h"
#include "catalog/catalogrepository.h"
#include "intake/intakeservice.h"
#include "store/database.h"
#include "store/sql.h"

namespace yc::test {

namespace {

// A valid resident number for a body of 17 digits (GB 11643 MOD 11-2).
QString withCheckDigit(const QString &body17)
{
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += body17.at(i).digitValue() * weights[i];
    return body17 + QStringLiteral("10X98765432").at(sum % 11);
}

} // namespace

Result<void> prepareHall(Database &db)
{
    auto hall =
        sql::run(db.connection(), QStringLiteral("INSERT OR IGNORE INTO hall (code, name, created_at) VALUES "
                                                 "('H', '市中区政务服务中心', '2026-01-01T00:00:00Z')"));
    if (!hall)
        return hall.error();
    auto imported =
        CatalogImporter::importFile(db, QStringLiteral(YC_SOURCE_DIR "/resources/catalog/demo-catalog.json"));
    if (!imported)
        return imported.error();
    return {};
}

Result<QString> acceptOneCase(IntakeService &intake, const std::shared_ptr<Database> &db, int serial)
{
    auto matter =
        sql::scalar(db->connection(),
                    QStringLiteral("SELECT id FROM matter WHERE is_current = 1 AND state = 'active' AND "
                                   "project_kind = 'commitment' ORDER BY id LIMIT 1 OFFSET ?"),
                    {serial % 3});
    if (!matter)
        return matter.error();
    auto m = CatalogRepository(db).matter(matter->toLongLong());
    if (!m)
        return m.error();
    IntakeRequest r;
    r.applicant.name = QStringLiteral("测试%1").arg(serial);
    r.applicant.idNumber =
        withCheckDigit(QStringLiteral("37040219800101%1").arg(serial % 1000, 3, 10, QLatin1Char('0')));
    r.applicant.phone = QStringLiteral("13812345678");
    r.windowNo = 1 + (serial / 3) % 40; // case numbers run to 99 per window, matter and day
    r.clerkStaffNo = QStringLiteral("1001");
    MatterIntake mi;
    mi.matterId = matter->toLongLong();
    for (const MatterMaterial &mm : m->materials)
        mi.materials << MaterialMark{mm.code, QStringLiteral("received"), 1, {}, {}};
    r.matters << mi;
    auto out = intake.submit(r);
    if (!out)
        return out.error();
    return out->cases.first().localId;
}

} // namespace yc::test
