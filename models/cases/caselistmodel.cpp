#include "caselistmodel.h"

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

void CaseListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_exhausted = false;
    auto total = sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM case_record"));
    m_total = total ? total->toInt() : 0;
    if (!total)
        qCWarning(lcCases) << "cannot count cases:" << total.error().message;
    m_rows = fetchPage(std::numeric_limits<qint64>::max());
    m_exhausted = m_rows.size() < kPageSize;
    endResetModel();
}

QList<CaseListModel::Row> CaseListModel::fetchPage(qint64 beforeId) const
{
    auto q = sql::run(
        m_db->connection(),
        QStringLiteral("SELECT c.id, coalesce(c.project_no, ''), c.matter_name, a.name, a.id_no_masked, "
                       "c.status, c.applied_at, c.promise_due_at FROM case_record c "
                       "JOIN applicant a ON a.id = c.applicant_id WHERE c.id < ? "
                       "ORDER BY c.id DESC LIMIT ?"),
        {beforeId, kPageSize});
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
    const QList<Row> more =
        fetchPage(m_rows.isEmpty() ? std::numeric_limits<qint64>::max() : m_rows.last().id);
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
    const bool open = r.status == QLatin1String("accepted") || r.status == QLatin1String("supplementing") ||
                      r.status == QLatin1String("special_procedure");
    const bool overdue = open && r.dueAt.isValid() && r.dueAt < Clock::nowUtc();
    if (role == Qt::ForegroundRole && overdue && index.column() == DueAt)
        return QBrush(Qt::red);
    if (role == Qt::UserRole)
        return r.id;
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
        return r.appliedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case DueAt:
        return r.dueAt.isValid() ? r.dueAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")) : QString();
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
    default:
        return {};
    }
}

} // namespace yc
