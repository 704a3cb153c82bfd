#include "calendartab.h"

#include "app/core/adminservice.h"
#include "app/core/clientcontext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace yc {

CalendarTab::CalendarTab(ClientContext &context, QWidget *parent)
    : QWidget(parent)
    , m_ctx(context)
{
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("calendarYear"));
    m_year->setRange(2020, 2100);
    m_year->setValue(QDate::currentDate().year());
    connect(m_year, &QSpinBox::valueChanged, this, &CalendarTab::reload);
    m_days = new QTableWidget(0, 3, this);
    m_days->setObjectName(QStringLiteral("calendarDays"));
    m_days->setHorizontalHeaderLabels({tr("Date"), tr("Kind"), tr("Name")});
    m_days->verticalHeader()->hide();
    m_days->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_days->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_days->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);

    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("calendarDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("calendarKind"));
    m_kind->addItem(tr("Holiday (no work)"), QStringLiteral("holiday"));
    m_kind->addItem(tr("Working day on a weekend (调休)"), QStringLiteral("workday"));
    m_kind->addItem(tr("Normal day (remove the exception)"), QStringLiteral("normal"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("calendarName"));
    m_name->setMaxLength(30);
    m_name->setPlaceholderText(tr("e.g. 国庆节"));
    auto *save = new QPushButton(tr("Save day"), this);
    save->setObjectName(QStringLiteral("calendarSave"));
    connect(save, &QPushButton::clicked, this, &CalendarTab::save);
    connect(m_days, &QTableWidget::cellClicked, this, [this](int row) {
        m_date->setDate(m_days->item(row, 0)->data(Qt::UserRole).toDate());
        m_kind->setCurrentIndex(m_kind->findData(m_days->item(row, 1)->data(Qt::UserRole)));
        m_name->setText(m_days->item(row, 2)->text());
    });
    m_message = new QLabel(this);
    m_message->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Year"), this));
    top->addWidget(m_year);
    top->addStretch(1);
    auto *edit = new QHBoxLayout;
    edit->addWidget(m_date);
    edit->addWidget(m_kind);
    edit->addWidget(m_name, 1);
    edit->addWidget(save);
    auto *note =
        new QLabel(tr("Weekends are days off and Monday to Friday working days unless listed here. Due "
                      "dates of new cases use the calendar at once; cases already accepted keep their date."),
                   this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #555;"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_days, 1);
    layout->addLayout(edit);
    layout->addWidget(m_message);
    layout->addWidget(note);
    reload();
}

void CalendarTab::reload()
{
    auto days = m_ctx.admin->calendarDays(m_year->value());
    m_days->setRowCount(0);
    if (!days) {
        m_message->setText(days.error().message);
        return;
    }
    for (const CalendarDay &d : days.value()) {
        const int row = m_days->rowCount();
        m_days->insertRow(row);
        auto *date = new QTableWidgetItem(QLocale().toString(d.date, QStringLiteral("yyyy-MM-dd ddd")));
        date->setData(Qt::UserRole, d.date);
        m_days->setItem(row, 0, date);
        auto *kind =
            new QTableWidgetItem(d.kind == DayKind::Holiday ? tr("Holiday") : tr("Working day (调休)"));
        kind->setData(Qt::UserRole, dayKindCode(d.kind));
        m_days->setItem(row, 1, kind);
        m_days->setItem(row, 2, new QTableWidgetItem(d.name));
    }
}

void CalendarTab::save()
{
    auto saved =
        m_ctx.admin->setCalendarDay(m_date->date(), m_kind->currentData().toString(), m_name->text());
    m_message->setStyleSheet(saved ? QStringLiteral("color: #1b7f3b;") : QStringLiteral("color: #b00020;"));
    m_message->setText(saved ? tr("Saved.") : saved.error().message);
    if (saved) {
        m_year->setValue(m_date->date().year());
        reload();
    }
}

} // namespace yc
