#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace yc {

struct ClientContext;

// The hall's working-day calendar for the administrator: each year's public
// holidays and 调休 working days as shipped, and the hall's own changes.
class CalendarTab : public QWidget
{
    Q_OBJECT

public:
    explicit CalendarTab(ClientContext &context, QWidget *parent = nullptr);
    void reload();

private:
    void save();

    ClientContext &m_ctx;
    QSpinBox *m_year;
    QTableWidget *m_days;
    QDateEdit *m_date;
    QComboBox *m_kind;
    QLineEdit *m_name;
    QLabel *m_message;
};

} // namespace yc
