#include "catalogdocument.h"

#include "core/text.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace yc {

namespace {

// Reads fields of one record, collecting every problem with its path, so a
// bad record is reported completely and then skipped as a whole.
class FieldReader
{
public:
    FieldReader(QJsonObject object, QString path, QStringList *problems)
        : m_object(std::move(object))
        , m_path(std::move(path))
        , m_problems(problems)
    {}

    void problem(const QString &key, const QString &what)
    {
        m_problems->append(QStringLiteral("%1%2: %3").arg(m_path, key, what));
    }

    QString text(const QString &key, bool required, int maxLength, int minLength = 1)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                problem(key, CatalogParser::tr("missing"));
            return {};
        }
        if (!v.isString()) {
            problem(key, CatalogParser::tr("must be text"));
            return {};
        }
        const QString s = v.toString();
        const qsizetype length = s.toUcs4().size();
        if (length < (required ? minLength : 0) || length > maxLength)
            problem(
                key,
                CatalogParser::tr("length %1 is outside %2–%3").arg(length).arg(minLength).arg(maxLength));
        else if (hasControlCharacters(s, true))
            problem(key, CatalogParser::tr("contains control characters"));
        return s;
    }

    QString oneOf(const QString &key, const QStringList &allowed, bool required = true,
                  const QString &fallback = {})
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() && !required)
            return fallback;
        if (!v.isString() || !allowed.contains(v.toString())) {
            problem(key, CatalogParser::tr("unknown value \"%1\" (allowed: %2)")
                             .arg(v.isString() ? v.toString() : QStringLiteral("?"),
                                  allowed.join(QStringLiteral(", "))));
            return fallback;
        }
        return v.toString();
    }

    int integer(const QString &key, int min, int max, bool required = true, int fallback = 0)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() && !required)
            return fallback;
        const double d = v.toDouble(-1e300);
        if (!v.isDouble() || d != static_cast<double>(static_cast<qint64>(d)) || d < min || d > max) {
            problem(key, CatalogParser::tr("must be a whole number from %1 to %2").arg(min).arg(max));
            return fallback;
        }
        return static_cast<int>(d);
    }

    bool boolean(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return false;
        if (!v.isBool())
            problem(key, CatalogParser::tr("must be true or false"));
        return v.toBool();
    }

    QStringList texts(const QString &key, bool required, int maxItems, int maxLength,
                      const QStringList &allowed = {})
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() && !required)
            return {};
        if (!v.isArray() || (required && v.toArray().isEmpty()) || v.toArray().size() > maxItems) {
            problem(key, CatalogParser::tr("must be a list of 1 to %1 entries").arg(maxItems));
            return {};
        }
        QStringList out;
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString s = array.at(i).toString();
            const QString where = QStringLiteral("%1[%2]").arg(key).arg(i);
            if (!array.at(i).isString() || s.isEmpty() || s.size() > maxLength)
                problem(where, CatalogParser::tr("must be text of 1 to %1 characters").arg(maxLength));
            else if (!allowed.isEmpty() && !allowed.contains(s))
                problem(where, CatalogParser::tr("unknown value \"%1\"").arg(s));
            else if (hasControlCharacters(s, true))
                problem(where, CatalogParser::tr("contains control characters"));
            else
                out << s;
        }
        return out;
    }

    QJsonArray array(const QString &key, bool required)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() && !required)
            return {};
        if (!v.isArray())
            problem(key, CatalogParser::tr("must be a list"));
        return v.toArray();
    }

    QJsonObject object(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isObject())
            problem(key, CatalogParser::tr("must be an object"));
        return v.toObject();
    }

    QString path() const { return m_path; }
    QStringList *problems() const { return m_problems; }

private:
    QJsonObject m_object;
    QString m_path;
    QStringList *m_problems;
};

const QStringList kLimitUnits{QStringLiteral("workday"), QStringLiteral("day"), QStringLiteral("month"),
                              QStringLiteral("year")};

TimeLimit readLimit(FieldReader &parent, const QString &key)
{
    const QJsonObject o = parent.object(key);
    FieldReader r(o, parent.path() + key + QLatin1Char('.'), parent.problems());
    TimeLimit limit;
    limit.value = r.integer(QStringLiteral("value"), 0, 3650);
    limit.unit = r.oneOf(QStringLiteral("unit"), kLimitUnits);
    return limit;
}

QString lineAndColumn(const QByteArray &json, int offset)
{
    const QByteArray head = json.left(offset);
    const int line = static_cast<int>(head.count('\n')) + 1;
    const int column = static_cast<int>(head.size() - head.lastIndexOf('\n'));
    return CatalogParser::tr("line %1, column %2").arg(line).arg(column);
}

} // namespace

Result<Matter> CatalogParser::parseMatter(const QJsonObject &object, const QSet<QString> &departmentCodes)
{
    QStringList problems;
    FieldReader r(object, QString(), &problems);
    Matter m;
    m.taskCode = r.text(QStringLiteral("taskCode"), true, 50);
    static const QRegularExpression codePattern(QStringLiteral("^[0-9A-Za-z-]+$"));
    if (!m.taskCode.isEmpty() && !codePattern.match(m.taskCode).hasMatch())
        r.problem(QStringLiteral("taskCode"), tr("may only contain letters, digits and '-'"));
    m.catalogCode = r.text(QStringLiteral("catalogCode"), false, 50);
    m.taskHandleItem = r.text(QStringLiteral("taskHandleItem"), false, 50);
    m.version = r.integer(QStringLiteral("version"), 1, 1000000);
    m.state = r.oneOf(QStringLiteral("state"),
                      {QStringLiteral("active"), QStringLiteral("suspended"), QStringLiteral("withdrawn")});
    m.name = r.text(QStringLiteral("name"), true, 200);
    m.departmentCode = r.text(QStringLiteral("departmentCode"), true, 50);
    if (!m.departmentCode.isEmpty() && !departmentCodes.contains(m.departmentCode))
        r.problem(QStringLiteral("departmentCode"),
                  tr("\"%1\" is not one of the departments").arg(m.departmentCode));
    m.matterType = r.text(QStringLiteral("matterType"), true, 2, 2);
    static const QRegularExpression typePattern(QStringLiteral("^[0-9]{2}$"));
    if (m.matterType.size() == 2 && !typePattern.match(m.matterType).hasMatch())
        r.problem(QStringLiteral("matterType"), tr("must be a two-digit code (GB/T 39046 A.1)"));
    m.exerciseLevel =
        r.oneOf(QStringLiteral("exerciseLevel"),
                {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                 QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("7")},
                false, QStringLiteral("4"));
    m.serviceObjects = r.texts(QStringLiteral("serviceObjects"), true, 6, 1,
                               {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                                QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6")});
    m.handleForms = r.texts(QStringLiteral("handleForms"), false, 5, 1,
                            {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                             QStringLiteral("4"), QStringLiteral("9")});
    m.projectKind =
        r.oneOf(QStringLiteral("projectKind"),
                {QStringLiteral("instant"), QStringLiteral("commitment"), QStringLiteral("other")});
    m.legalLimit = readLimit(r, QStringLiteral("legalLimit"));
    m.promiseLimit = readLimit(r, QStringLiteral("promiseLimit"));
    if (m.projectKind == QLatin1String("instant") && m.promiseLimit.value != 0)
        r.problem(QStringLiteral("promiseLimit.value"), tr("must be 0 for an instant matter"));
    if (m.projectKind == QLatin1String("commitment") && m.promiseLimit.unit == m.legalLimit.unit &&
        m.promiseLimit.value > m.legalLimit.value)
        r.problem(QStringLiteral("promiseLimit.value"), tr("the committed limit exceeds the legal limit"));
    m.onsiteVisits = r.integer(QStringLiteral("onsiteVisits"), 0, 9);

    const QJsonArray fees = r.array(QStringLiteral("fees"), false);
    for (qsizetype i = 0; i < fees.size(); ++i) {
        FieldReader f(fees.at(i).toObject(), QStringLiteral("fees[%1].").arg(i), &problems);
        if (!fees.at(i).isObject())
            f.problem(QString(), tr("must be an object"));
        MatterFee fee;
        fee.name = f.text(QStringLiteral("name"), true, 200);
        fee.standard = f.text(QStringLiteral("standard"), false, 1000);
        fee.basis = f.text(QStringLiteral("basis"), false, 1000);
        fee.reducible = f.boolean(QStringLiteral("reducible"));
        m.fees << fee;
    }
    m.keywords = r.texts(QStringLiteral("keywords"), false, 20, 50);
    m.legalBasis = r.text(QStringLiteral("legalBasis"), false, 4000);
    m.acceptConditions = r.text(QStringLiteral("acceptConditions"), false, 4000);
    m.handlingAddress = r.text(QStringLiteral("handlingAddress"), false, 500);
    m.handlingHours = r.text(QStringLiteral("handlingHours"), false, 500);
    m.consultPhone = r.text(QStringLiteral("consultPhone"), false, 100);
    m.complaintPhone = r.text(QStringLiteral("complaintPhone"), false, 100);
    m.resultType =
        r.oneOf(QStringLiteral("resultType"), {QStringLiteral("certificate"), QStringLiteral("approval"),
                                               QStringLiteral("other"), QStringLiteral("none")});
    m.resultName = r.text(QStringLiteral("resultName"), false, 200);
    m.online = r.boolean(QStringLiteral("online"));
    m.supportsBooking = r.boolean(QStringLiteral("supportsBooking"));
    m.supportsExpress = r.boolean(QStringLiteral("supportsExpress"));

    const QJsonArray materials = r.array(QStringLiteral("materials"), true);
    QSet<QString> materialCodes;
    for (qsizetype i = 0; i < materials.size(); ++i) {
        FieldReader f(materials.at(i).toObject(), QStringLiteral("materials[%1].").arg(i), &problems);
        if (!materials.at(i).isObject())
            f.problem(QString(), tr("must be an object"));
        MatterMaterial mm;
        mm.code = f.text(QStringLiteral("code"), true, 50);
        if (!mm.code.isEmpty() && materialCodes.contains(mm.code))
            f.problem(QStringLiteral("code"), tr("\"%1\" appears twice in this matter").arg(mm.code));
        materialCodes.insert(mm.code);
        mm.name = f.text(QStringLiteral("name"), true, 200);
        mm.kind = f.oneOf(QStringLiteral("kind"),
                          {QStringLiteral("original"), QStringLiteral("copy"),
                           QStringLiteral("original_or_copy"), QStringLiteral("original_and_copy")});
        mm.form = f.oneOf(QStringLiteral("form"),
                          {QStringLiteral("paper"), QStringLiteral("electronic"),
                           QStringLiteral("paper_or_electronic"), QStringLiteral("paper_and_electronic")});
        mm.copies = f.integer(QStringLiteral("copies"), 0, 99);
        mm.necessity =
            f.oneOf(QStringLiteral("necessity"),
                    {QStringLiteral("required"), QStringLiteral("optional"), QStringLiteral("deferrable")});
        mm.source =
            f.oneOf(QStringLiteral("source"), {QStringLiteral("applicant"), QStringLiteral("government"),
                                               QStringLiteral("intermediary"), QStringLiteral("other")});
        mm.issuingOrg = f.text(QStringLiteral("issuingOrg"), false, 200);
        mm.spec = f.text(QStringLiteral("spec"), false, 200);
        mm.note = f.text(QStringLiteral("note"), false, 2000);
        mm.licence = f.text(QStringLiteral("licence"), false, 100);
        m.materials << mm;
    }

    if (!problems.isEmpty())
        return Error{QStringLiteral("catalog.record"), problems.join(QStringLiteral("; "))};
    return m;
}

Result<CatalogDocument> CatalogParser::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{QStringLiteral("catalog.json"),
                     tr("The catalog is not valid JSON (%1 at %2). Nothing was imported.")
                         .arg(parseError.errorString(), lineAndColumn(json, parseError.offset))};
    if (!doc.isObject())
        return Error{QStringLiteral("catalog.format"),
                     tr("The file is not a Yichuang catalog. Nothing was imported.")};

    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("yichuang-catalog"))
        return Error{QStringLiteral("catalog.format"),
                     tr("The file is not a Yichuang catalog. Nothing was imported.")};

    CatalogDocument out;
    out.formatVersion = root.value(QStringLiteral("formatVersion")).toInt(0);
    if (out.formatVersion < 1)
        return Error{QStringLiteral("catalog.format"),
                     tr("The catalog has no valid formatVersion. Nothing was imported.")};
    if (out.formatVersion > kFormatVersion)
        return Error{
            QStringLiteral("catalog.too_new"),
            tr("The catalog uses format version %1; this program reads version %2. Nothing was imported.")
                .arg(out.formatVersion)
                .arg(kFormatVersion)};

    QStringList headerProblems;
    FieldReader header(root, QString(), &headerProblems);
    out.catalogVersion = header.integer(QStringLiteral("catalogVersion"), 1, 2000000000);
    const QJsonObject region = header.object(QStringLiteral("region"));
    FieldReader regionReader(region, QStringLiteral("region."), &headerProblems);
    out.regionCode = regionReader.text(QStringLiteral("code"), true, 12, 6);
    out.regionName = regionReader.text(QStringLiteral("name"), true, 100);
    out.publishedAt =
        QDateTime::fromString(header.text(QStringLiteral("publishedAt"), true, 40), Qt::ISODate);
    if (!out.publishedAt.isValid())
        header.problem(QStringLiteral("publishedAt"), tr("must be an ISO-8601 time"));
    const QJsonArray departments = header.array(QStringLiteral("departments"), true);
    const QJsonArray matters = header.array(QStringLiteral("matters"), true);
    const QJsonArray synonyms = header.array(QStringLiteral("synonyms"), false);
    if (!headerProblems.isEmpty())
        return Error{QStringLiteral("catalog.header"),
                     tr("The catalog header is invalid: %1. Nothing was imported.")
                         .arg(headerProblems.join(QStringLiteral("; ")))};

    QSet<QString> departmentCodes;
    for (qsizetype i = 0; i < departments.size(); ++i) {
        QStringList problems;
        FieldReader r(departments.at(i).toObject(), QString(), &problems);
        Department d;
        d.code = r.text(QStringLiteral("code"), true, 50);
        d.name = r.text(QStringLiteral("name"), true, 100);
        d.creditCode = r.text(QStringLiteral("creditCode"), false, 18);
        if (!departments.at(i).isObject())
            problems = QStringList{tr("must be an object")};
        else if (departmentCodes.contains(d.code))
            problems << tr("code \"%1\" appears twice").arg(d.code);
        if (!problems.isEmpty()) {
            out.problems
                << QStringLiteral("departments[%1]: %2").arg(i).arg(problems.join(QStringLiteral("; ")));
            ++out.skippedDepartments;
            continue;
        }
        departmentCodes.insert(d.code);
        out.departments << d;
    }

    QSet<QString> taskCodes;
    for (qsizetype i = 0; i < matters.size(); ++i) {
        const QJsonObject object = matters.at(i).toObject();
        const QString label = object.value(QStringLiteral("taskCode")).toString().left(60);
        auto matter = matters.at(i).isObject() ? parseMatter(object, departmentCodes)
                                               : Result<Matter>(Error{QString(), tr("must be an object")});
        if (matter && taskCodes.contains(matter->taskCode))
            matter = Error{QString(), tr("taskCode appears twice in the file")};
        if (!matter) {
            out.problems << QStringLiteral("matters[%1] (%2): %3").arg(i).arg(label, matter.error().message);
            ++out.skippedMatters;
            continue;
        }
        taskCodes.insert(matter->taskCode);
        out.matterHashes << QCryptographicHash::hash(QJsonDocument(object).toJson(QJsonDocument::Compact),
                                                     QCryptographicHash::Sha256)
                                .toHex();
        out.matters << std::move(matter).value();
    }

    for (qsizetype i = 0; i < synonyms.size(); ++i) {
        QStringList problems;
        FieldReader r(synonyms.at(i).toObject(), QString(), &problems);
        Synonym s;
        s.term = r.text(QStringLiteral("term"), true, 50);
        s.targets = r.texts(QStringLiteral("matters"), true, 20, 200);
        if (!problems.isEmpty()) {
            out.problems
                << QStringLiteral("synonyms[%1]: %2").arg(i).arg(problems.join(QStringLiteral("; ")));
            continue;
        }
        out.synonyms << s;
    }
    return out;
}

} // namespace yc
