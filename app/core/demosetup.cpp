#include "demosetup.h"

#include "catalog/catalogimporter.h"
#include "hall/hallrepository.h"
#include "staff/staffrepository.h"
#include "store/database.h"
#include "store/sql.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDemo, "yc.demo", QtInfoMsg)

namespace yc {

namespace {

QJsonObject demoHall()
{
    QFile f(DemoSetup::hallResource());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

Error demoError(const Error &e)
{
    return Error{e.code, DemoSetup::tr("Setting up the demonstration hall failed: %1").arg(e.message)};
}

} // namespace

QString DemoSetup::demoPassword()
{
    return demoHall().value(QStringLiteral("demoPassword")).toString();
}

Result<bool> DemoSetup::ensure(const std::shared_ptr<Database> &db)
{
    HallRepository halls(db);
    auto existing = halls.hall();
    if (!existing)
        return demoError(existing.error());
    if (existing->has_value())
        return false;

    const QJsonObject config = demoHall();
    if (config.isEmpty())
        return demoError(Error{QStringLiteral("demo.resource"), hallResource()});
    const QString by = QStringLiteral("setup");
    const QJsonObject h = config.value(QStringLiteral("hall")).toObject();
    auto hall = halls.saveHall(
        Hall{0, h.value(QStringLiteral("code")).toString(), h.value(QStringLiteral("name")).toString(),
             h.value(QStringLiteral("regionCode")).toString(),
             h.value(QStringLiteral("orgCreditCode")).toString(),
             h.value(QStringLiteral("address")).toString(), h.value(QStringLiteral("phone")).toString()},
        by);
    if (!hall)
        return demoError(hall.error());
    for (const QJsonValue &v : config.value(QStringLiteral("windows")).toArray()) {
        const QJsonObject w = v.toObject();
        auto saved = halls.saveWindow(HallWindow{0, w.value(QStringLiteral("number")).toInt(),
                                                 w.value(QStringLiteral("name")).toString(),
                                                 w.value(QStringLiteral("type")).toString(), true},
                                      by);
        if (!saved)
            return demoError(saved.error());
    }
    for (const QJsonValue &v : config.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject l = v.toObject();
        auto saved = halls.addLine(BusinessLine{0, l.value(QStringLiteral("prefix")).toString(),
                                                l.value(QStringLiteral("name")).toString(), 0},
                                   by);
        if (!saved)
            return demoError(saved.error());
        if (l.contains(QStringLiteral("opensAt")))
            if (auto q = sql::run(
                    db->connection(),
                    QStringLiteral("UPDATE business_line SET opens_at = ?, closes_at = ? WHERE id = ?"),
                    {l.value(QStringLiteral("opensAt")).toString(),
                     l.value(QStringLiteral("closesAt")).toString(), saved->id});
                !q)
                return demoError(q.error());
    }
    // Which lines each window serves (a window without any serves every line).
    for (const QJsonValue &v : config.value(QStringLiteral("windowLines")).toArray()) {
        const QJsonObject wl = v.toObject();
        for (const QJsonValue &line : wl.value(QStringLiteral("lines")).toArray())
            if (auto q = sql::run(
                    db->connection(),
                    QStringLiteral("INSERT INTO window_line (window_id, line_id, weight) SELECT w.id, "
                                   "l.id, ? FROM hall_window w, business_line l WHERE w.number = ? AND "
                                   "l.prefix = ?"),
                    {line.toObject().value(QStringLiteral("weight")).toInt(1),
                     wl.value(QStringLiteral("window")).toInt(),
                     line.toObject().value(QStringLiteral("prefix")).toString()});
                !q)
                return demoError(q.error());
    }
    StaffRepository staff(db);
    const QString password = config.value(QStringLiteral("demoPassword")).toString();
    for (const QJsonValue &v : config.value(QStringLiteral("staff")).toArray()) {
        const QJsonObject s = v.toObject();
        StaffMember m;
        m.staffNo = s.value(QStringLiteral("staffNo")).toString();
        m.name = s.value(QStringLiteral("name")).toString();
        m.department = s.value(QStringLiteral("department")).toString();
        for (const QJsonValue &role : s.value(QStringLiteral("roles")).toArray())
            m.roles << role.toString();
        auto created = staff.create(m, password, by);
        if (!created)
            return demoError(created.error());
    }
    auto catalog = CatalogImporter::importFile(*db, catalogResource());
    if (!catalog)
        return demoError(catalog.error());
    qCInfo(lcDemo).noquote() << "demonstration hall set up;" << catalog->summary();
    return true;
}

} // namespace yc
