#pragma once

#include "catalog/matter.h"
#include "intake/intake.h"

#include <QTableWidget>

namespace yc {

// The matters' material lists (受理标准) with the clerk's mark on each:
// received with the paper count, missing (with what is wrong), may follow
// later (容缺后补, only where the catalog allows), replaced by an electronic
// licence (免提交), or not applicable. Nothing is marked until the clerk
// has looked.
class MaterialChecklist : public QTableWidget
{
    Q_OBJECT

public:
    enum Column
    {
        MatterColumn,
        NameColumn,
        RequirementColumn,
        NecessityColumn,
        StateColumn,
        CountColumn,
        NoteColumn,
        PagesColumn // the captured pages (when capture is set up)
    };

    explicit MaterialChecklist(QWidget *parent = nullptr);

    void setMatters(const QList<Matter> &matters);
    // Marks every unmarked material as received (the common case at a counter).
    void markAllReceived();
    void setState(int row, const QString &state);
    QList<MatterIntake> marks() const;
    int unmarkedCount() const;

    static QString requirementText(const MatterMaterial &material);

    qint64 matterIdAt(int row) const { return m_rows.value(row).matterId; }
    MatterMaterial materialAt(int row) const { return m_rows.value(row).material; }

signals:
    void marksChanged();

private:
    struct Row
    {
        qint64 matterId;
        MatterMaterial material;
    };
    QList<Row> m_rows;
};

} // namespace yc
