#include "mattertablemodel.h"

#include "codes/codes.h"

namespace yc {

MatterTableModel::MatterTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void MatterTableModel::setMatters(QList<Matter> matters)
{
    beginResetModel();
    m_matters = std::move(matters);
    endResetModel();
}

int MatterTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_matters.size());
}

int MatterTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MatterTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Matter &m = m_matters.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return m.name;
        case Department:
            return m.departmentName;
        case Kind:
            return Codes::projectKindLabel(m.projectKind);
        case PromiseLimit:
            return Codes::limitText(m.promiseLimit);
        case LegalLimit:
            return Codes::limitText(m.legalLimit);
        case Visits:
            return m.onsiteVisits;
        case State:
            return Codes::matterStateLabel(m.state);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Name)
            return QStringLiteral("%1\n%2").arg(m.name, m.taskCode);
        return index.column() == Department ? QVariant(m.departmentName) : QVariant();
    case MatterIdRole:
        return m.id;
    case TaskCodeRole:
        return m.taskCode;
    case SearchTextRole:
        return QStringList{m.name, m.departmentName, m.taskCode, m.keywords.join(QLatin1Char(' '))}.join(
            QLatin1Char(' '));
    default:
        return {};
    }
}

QVariant MatterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Matter");
    case Department:
        return tr("Department");
    case Kind:
        return tr("Type");
    case PromiseLimit:
        return tr("Committed limit");
    case LegalLimit:
        return tr("Legal limit");
    case Visits:
        return tr("Visits");
    case State:
        return tr("State");
    default:
        return {};
    }
}

} // namespace yc
