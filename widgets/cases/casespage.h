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

private:
    CaseListModel *m_model;
    QTableView *m_table;
    QLabel *m_count;
};

} // namespace yc
