#include "capturefixture.h"

#include "catalog/catalogimporter.h"
#include "catalog/catalogrepository.h"
#include "intake/intakeservice.h"
#include "store/sql.h"
#include "support/testsupport.h"

#include <QPainter>
#include <QTest>

namespace yc::test {

bool CaseFixture::setUp(const QTemporaryDir &dir)
{
    db = openTempDatabase(dir);
    if (!db)
        return false;
    cipher = FieldCipher::fromKey(QByteArray(32, '\x3c')).value();
    exec(*db, QStringLiteral("INSERT INTO hall (code, name, created_at) VALUES ('H', '市中区政务服务中心', "
                             "'2026-01-01T00:00:00Z')"));
    if (!CatalogImporter::importFile(*db,
                                     QStringLiteral(YC_SOURCE_DIR "/resources/catalog/demo-catalog.json")))
        return false;
    const qint64 matterId =
        sql::scalar(db->connection(),
                    QStringLiteral("SELECT m.id FROM matter m WHERE m.is_current = 1 AND m.state = "
                                   "'active' AND (SELECT count(*) FROM matter_material x WHERE "
                                   "x.matter_id = m.id) >= 2 ORDER BY m.id LIMIT 1"))
            ->toLongLong();
    IntakeRequest r;
    r.applicant.name = QStringLiteral("张三");
    r.applicant.idNumber = QStringLiteral("11010519491231002X");
    r.applicant.phone = QStringLiteral("13812345678");
    r.windowNo = 3;
    r.clerkStaffNo = QStringLiteral("1001");
    MatterIntake mi;
    mi.matterId = matterId;
    auto matter = CatalogRepository(db).matter(matterId);
    if (!matter)
        return false;
    for (const MatterMaterial &mm : matter->materials) {
        mi.materials << MaterialMark{mm.code, QStringLiteral("received"), 1, {}, {}};
        materialCodes << mm.code;
    }
    r.matters << mi;
    IntakeService service(db, &*cipher,
                          [](const QDate &d, const TimeLimit &l) { return d.addDays(l.value); });
    auto out = service.submit(r);
    if (!out) {
        qWarning() << out.error().message;
        return false;
    }
    caseId = out->cases.first().caseId;
    return materialCodes.size() >= 2;
}

QImage documentOnDesk(QSize canvas, QSize paper, double degrees, bool colour)
{
    QImage image(canvas, QImage::Format_RGB32);
    image.fill(QColor(70, 75, 80));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(canvas.width() / 2.0, canvas.height() / 2.0);
    p.rotate(degrees);
    const QRectF sheet(-paper.width() / 2.0, -paper.height() / 2.0, paper.width(), paper.height());
    p.fillRect(sheet, QColor(250, 250, 246));
    // Text lines with ragged ends, a title and, for colour, a red seal.
    const double margin = paper.width() * 0.1;
    const double lineHeight = paper.height() / 40.0;
    for (int i = 3; i < 36; ++i) {
        const double length = (paper.width() - 2 * margin) * (0.6 + 0.4 * ((i * 37) % 11) / 10.0);
        p.fillRect(QRectF(sheet.left() + margin, sheet.top() + i * lineHeight, length, lineHeight * 0.45),
                   QColor(30, 30, 30));
    }
    if (colour) {
        p.setBrush(QColor(200, 30, 30));
        p.setPen(Qt::NoPen);
        p.drawEllipse(QPointF(sheet.right() - margin * 2, sheet.bottom() - margin * 2), margin, margin);
    }
    return image;
}

} // namespace yc::test
