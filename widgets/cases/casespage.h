#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;
class QTableView;

namespace yc {

struct ClientContext;
class CaseListModel;

// The cases of the hall: overdue ones first, then newest first, read a page
// at a time; searched by case number, matter or applicant, filtered by status.
class CasesPage : public QWidget
{
    Q_OBJECT

public:
    explicit CasesPage(ClientContext &context, QWidget *parent = nullptr);

    void reload();

protected:
    // Cases taken at the intake page appear when the list is looked at again.
    void showEvent(QShowEvent *event) override;

private:
    CaseListModel *m_model;
    QTableView *m_table;
    QLabel *m_count;
    QLineEdit *m_search;
    QComboBox *m_status;
    QTimer *m_typing;
};

} // namespace yc
