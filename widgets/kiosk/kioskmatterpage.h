#pragma once

#include "catalog/matter.h"

#include <memory>

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

namespace yc {

class MatterSearch;

// The kiosk's "find my business by name" page: one large search field (the
// intake's search: characters, pinyin, initials, everyday words such as
// 开公司 or 老年证), the matters found as large touch rows, and a large
// "Back" button. Touching a matter emits matterChosen.
class KioskMatterPage : public QWidget
{
    Q_OBJECT

public:
    explicit KioskMatterPage(QWidget *parent = nullptr);
    ~KioskMatterPage() override;

    void setCatalog(QList<Matter> matters, const QList<Synonym> &synonyms);
    bool hasCatalog() const { return !m_matters.isEmpty(); }
    // Empties the field and the results, ready for the next citizen.
    void clear();
    void focusSearch();

signals:
    void matterChosen(const yc::Matter &matter);
    void backRequested();

private:
    void runSearch();

    std::unique_ptr<MatterSearch> m_search;
    QList<Matter> m_matters;
    QLineEdit *m_input = nullptr;
    QLabel *m_hint = nullptr;
    QListWidget *m_results = nullptr;
};

} // namespace yc
