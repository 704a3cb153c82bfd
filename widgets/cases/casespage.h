#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace yc {

struct ClientContext;
class CaseListModel;

// The cases of the hall, newest first, read a page at a time.
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
};

} // namespace yc
