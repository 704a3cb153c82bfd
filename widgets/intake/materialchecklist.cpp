#include "materialchecklist.h"

#include "codes/codes.h"

#include <QComboBox>
#include <QHeaderView>
#include <QSpinBox>

namespace yc {

MaterialChecklist::MaterialChecklist(QWidget *parent)
    : QTableWidget(0, 8, parent)
{
    setObjectName(QStringLiteral("materialChecklist"));
    setHorizontalHeaderLabels({tr("Matter"), tr("Material"), tr("Requirement"), tr("Necessity"), tr("State"),
                               tr("Copies"), tr("What is missing or wrong"), tr("Pages")});
    setColumnHidden(PagesColumn, true); // shown by IntakeCapture when capture is set up
    verticalHeader()->hide();
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setWordWrap(false);
    // The material's name is what the clerk reads: it gets the room; the
    // requirement and the note are bounded (full text in the tooltip).
    QHeaderView *header = horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (const auto &[column, width] :
         {std::pair{RequirementColumn, 130}, {StateColumn, 140}, {NoteColumn, 120}, {PagesColumn, 190}}) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, width);
    }
}

QString MaterialChecklist::requirementText(const MatterMaterial &m)
{
    return tr("%1, %2, %n copy(ies)", nullptr, m.copies)
        .arg(Codes::materialKindLabel(m.kind), Codes::materialFormLabel(m.form));
}

void MaterialChecklist::setMatters(const QList<Matter> &matters)
{
    setRowCount(0);
    setColumnHidden(MatterColumn, matters.size() < 2); // only 一件事 needs to say which matter
    m_rows.clear();
    for (const Matter &matter : matters) {
        for (const MatterMaterial &mm : matter.materials) {
            const int row = rowCount();
            insertRow(row);
            m_rows << Row{matter.id, mm};
            auto readOnly = [](const QString &text) {
                auto *item = new QTableWidgetItem(text);
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
                item->setToolTip(text);
                return item;
            };
            setItem(row, MatterColumn, readOnly(matter.name));
            setItem(row, NameColumn, readOnly(mm.name));
            setItem(row, RequirementColumn, readOnly(requirementText(mm)));
            setItem(row, NecessityColumn, readOnly(Codes::necessityLabel(mm.necessity)));
            auto *state = new QComboBox(this);
            state->setObjectName(QStringLiteral("materialState_%1").arg(row));
            state->addItem(tr("— check —"), QStringLiteral("pending"));
            state->addItem(tr("Received"), QStringLiteral("received"));
            state->addItem(tr("Missing"), QStringLiteral("missing"));
            if (mm.necessity == QLatin1String("deferrable"))
                state->addItem(tr("Follows later (commitment)"), QStringLiteral("deferred"));
            if (!mm.licence.isEmpty())
                state->addItem(tr("Electronic licence: %1").arg(mm.licence), QStringLiteral("licence"));
            state->addItem(tr("Not applicable"), QStringLiteral("not_applicable"));
            setCellWidget(row, StateColumn, state);
            auto *count = new QSpinBox(this);
            count->setRange(0, 99);
            count->setValue(0);
            setCellWidget(row, CountColumn, count);
            setItem(row, NoteColumn, new QTableWidgetItem);
            connect(state, &QComboBox::currentIndexChanged, this, [this, count, mm, state] {
                const QString s = state->currentData().toString();
                count->setValue(s == QLatin1String("received") ? qMax(1, mm.copies) : 0);
                emit marksChanged();
            });
        }
    }
}

void MaterialChecklist::setState(int row, const QString &state)
{
    auto *combo = qobject_cast<QComboBox *>(cellWidget(row, StateColumn));
    if (combo && combo->findData(state) >= 0)
        combo->setCurrentIndex(combo->findData(state));
}

void MaterialChecklist::markAllReceived()
{
    for (int row = 0; row < rowCount(); ++row) {
        auto *combo = qobject_cast<QComboBox *>(cellWidget(row, StateColumn));
        if (combo && combo->currentData() == QLatin1String("pending"))
            setState(row, QStringLiteral("received"));
    }
}

int MaterialChecklist::unmarkedCount() const
{
    int n = 0;
    for (int row = 0; row < rowCount(); ++row) {
        auto *combo = qobject_cast<QComboBox *>(cellWidget(row, StateColumn));
        if (combo && combo->currentData() == QLatin1String("pending"))
            ++n;
    }
    return n;
}

QList<MatterIntake> MaterialChecklist::marks() const
{
    QList<MatterIntake> out;
    for (int row = 0; row < rowCount(); ++row) {
        const Row &r = m_rows.at(row);
        if (out.isEmpty() || out.last().matterId != r.matterId)
            out << MatterIntake{r.matterId, {}};
        const auto *combo = qobject_cast<QComboBox *>(cellWidget(row, StateColumn));
        const auto *count = qobject_cast<QSpinBox *>(cellWidget(row, CountColumn));
        const QString state = combo->currentData().toString();
        out.last().materials << MaterialMark{
            r.material.code, state, count->value(),
            state == QLatin1String("licence") ? r.material.licence : QString(),
            item(row, NoteColumn) ? item(row, NoteColumn)->text() : QString()};
    }
    return out;
}

} // namespace yc
