#include "caselistmodel.h"

#include "cases/caseproxymark.h"
#include "codes/codes.h"
#include "core/clock.h"
#include "store/database.h"
#include "store/sql.h"

#include <QBrush>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCases, "yc.cases", QtInfoMsg)

namespace yc {

CaseListModel::CaseListModel(std::shared_ptr<Database> db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{}

void CaseListModel::setFilter(const Filter &filter)
{
    m_filter = Filter{filter.text.trimmed().left(100), filter.status};
    reload();
}

namespace {

const QString kOpenStatuses = QStringLiteral("('accepted', 'supplementing', 'special_procedure')");

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

QString CaseListModel::whereClause(QVariantList *values) const
{
    QStringList conditions;
    if (!m_filter.text.isEmpty()) {
        conditions << QStringLiteral(
            "(coalesce(c.project_no, '') LIKE ? ESCAPE '\\' OR c.matter_name LIKE ? ESCAPE "
            "'\\' OR a.name LIKE ? ESCAPE '\\')");
        const QString pattern = likePattern(m_filter.text);
        *values << pattern << pattern << pattern;
    }
    if (m_filter.status == QLatin1String("open")) {
        conditions << QStringLiteral("c.status IN ") + kOpenStatuses;
    } else if (!m_filter.status.isEmpty()) {
        conditions << QStringLiteral("c.status = ?");
        *values << m_filter.status;
    }
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" AND ") + conditions.join(QStringLiteral(" AND "));
}

void CaseListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    QVariantList values;
    const QString where = whereClause(&values);
    auto total = sql::scalar(m_db->connection(),
                             QStringLiteral("SELECT count(*) FROM case_record c JOIN applicant a ON a.id = "
                                            "c.applicant_id WHERE 1 = 1") +
                                 where,
                             values);
    m_total = total ? total->toInt() : 0;
    if (!total)
        qCWarning(lcCases) << "cannot count cases:" << total.error().message;
    // Overdue ones are few by nature (and must stay few); all of them first.
    m_rows = fetchRows(true, std::numeric_limits<qint64>::max(), 10000);
    const QList<Row> rest = fetchRows(false, std::numeric_limits<qint64>::max(), kPageSize);
    m_rows += rest;
    m_exhausted = rest.size() < kPageSize;
    endResetModel();
}

QList<CaseListModel::Row> CaseListModel::fetchRows(bool overdue, qint64 beforeId, int limit) const
{
    QVariantList values{toStoredTime(Clock::nowUtc())};
    QString sql =
        QStringLiteral(
            "SELECT c.id, coalesce(c.project_no, ''), c.matter_name, a.name, a.id_no_masked, "
            "c.status, c.applied_at, c.promise_due_at, %1, %2 FROM case_record c JOIN applicant a ON "
            "a.id = c.applicant_id WHERE ")
            .arg(caseproxy::modeExpression(), caseproxy::reasonExpression());
    const QString overdueCondition =
        QStringLiteral("(c.status IN %1 AND c.promise_due_at < ?)").arg(kOpenStatuses);
    sql += overdue ? overdueCondition : QStringLiteral("NOT ") + overdueCondition;
    sql += QStringLiteral(" AND c.id < ?");
    values << beforeId;
    sql += whereClause(&values);
    sql += QStringLiteral(" ORDER BY c.id DESC LIMIT ?");
    values << limit;
    auto q = sql::run(m_db->connection(), sql, values);
    QList<Row> rows;
    if (!q) {
        qCWarning(lcCases) << "cannot read cases:" << q.error().message;
        return rows;
    }
    while (q->next()) {
        Row r;
        r.id = q->value(0).toLongLong();
        r.projectNo = q->value(1).toString();
        r.matter = q->value(2).toString();
        r.applicant = q->value(3).toString();
        r.applicantId = q->value(4).toString();
        r.status = q->value(5).toString();
        r.appliedAt = fromStoredTime(q->value(6).toString());
        if (!q->value(7).isNull())
            r.dueAt = fromStoredTime(q->value(7).toString());
        r.overdue = overdue;
        r.proxyMode = q->value(8).toString();
        r.proxyReason = q->value(9).toString();
        rows << r;
    }
    return rows;
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CaseListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void CaseListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted)
        return;
    // The overdue rows were all loaded first; page on through the others.
    qint64 before = std::numeric_limits<qint64>::max();
    for (auto it = m_rows.crbegin(); it != m_rows.crend(); ++it) {
        if (!it->overdue) {
            before = it->id;
            break;
        }
    }
    const QList<Row> more = fetchRows(false, before, kPageSize);
    m_exhausted = more.size() < kPageSize;
    if (more.isEmpty())
        return;
    beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size() + more.size() - 1));
    m_rows += more;
    endInsertRows();
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == Qt::ForegroundRole && r.overdue && index.column() == DueAt)
        return QBrush(Qt::red);
    if (role == CaseIdRole)
        return r.id;
    if (role == StatusRole)
        return r.status;
    if (role == ProxyModeRole)
        return r.proxyMode;
    if (role == ProxyReasonRole)
        return r.proxyReason;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ProjectNo:
        return r.projectNo;
    case Matter:
        return r.matter;
    case Applicant:
        return r.applicant;
    case ApplicantId:
        return r.applicantId;
    case Status:
        return Codes::caseStatusLabel(r.status);
    case AppliedAt:
        return hallTime::local(r.appliedAt).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case DueAt:
        return r.dueAt.isValid() ? hallTime::local(r.dueAt).toString(QStringLiteral("yyyy-MM-dd"))
                                 : QString();
    case Service:
        return Codes::proxyModeLabel(r.proxyMode);
    default:
        return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProjectNo:
        return tr("Case number");
    case Matter:
        return tr("Matter");
    case Applicant:
        return tr("Applicant");
    case ApplicantId:
        return tr("ID number");
    case Status:
        return tr("Status");
    case AppliedAt:
        return tr("Applied at");
    case DueAt:
        return tr("Due date");
    case Service:
        return tr("Help");
    default:
        return {};
    }
}

} // namespace yc
