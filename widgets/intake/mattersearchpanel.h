#pragma once

#include "catalog/matter.h"

#include <memory>

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

namespace yc {

class MatterSearch;

// Finding the matter (搜得到、搜得全、搜得准、搜得快): type any part of the
// name, pinyin, initials or a colloquial word; arrows move through the
// ranked results, Enter takes the highlighted matter.
class MatterSearchPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MatterSearchPanel(QWidget *parent = nullptr);
    ~MatterSearchPanel() override;

    void setCatalog(QList<Matter> matters, QList<Synonym> synonyms);
    QLineEdit *input() const { return m_input; }
    QListWidget *results() const { return m_results; }

signals:
    void matterChosen(const yc::Matter &matter);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runSearch();
    void chooseCurrent();

    std::unique_ptr<MatterSearch> m_search;
    QList<Matter> m_matters;
    QLineEdit *m_input;
    QListWidget *m_results;
    QLabel *m_hint;
};

} // namespace yc
