#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace yc {

struct ClientContext;
class CatalogRepository;
class MatterTableModel;

// The matter catalog: filter by any part of the name, department, code or
// keyword; the selected matter's guide and material list beside it.
class CatalogPage : public QWidget
{
    Q_OBJECT

public:
    explicit CatalogPage(ClientContext &context, QWidget *parent = nullptr);
    ~CatalogPage() override;

    void reload();

private:
    void showMatter(const QModelIndex &proxyIndex);

    ClientContext &m_ctx;
    std::unique_ptr<CatalogRepository> m_repo;
    MatterTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_table;
    QTextBrowser *m_detail;
    QLabel *m_count;
};

} // namespace yc
