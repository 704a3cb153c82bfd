#pragma once

#include "catalog/matter.h"

#include <QAbstractTableModel>

namespace yc {

// The current catalog as a table: name, department, 即办/承诺, limits,
// visits, state. Holds the rows in memory (a county catalog is a few
// thousand matters; the search issue brings the index).
class MatterTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Department,
        Kind,
        PromiseLimit,
        LegalLimit,
        Visits,
        State,
        ColumnCount
    };
    enum Role
    {
        MatterIdRole = Qt::UserRole + 1,
        TaskCodeRole,
        SearchTextRole
    };

    explicit MatterTableModel(QObject *parent = nullptr);

    void setMatters(QList<Matter> matters);
    const Matter &matterAt(int row) const { return m_matters.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Matter> m_matters;
};

} // namespace yc
