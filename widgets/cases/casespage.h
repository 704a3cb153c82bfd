#pragma once

#include "core/result.h"

#include <memory>

#include <QWidget>

class QComboBox;
class QPushButton;
class QLabel;
class QLineEdit;
class QTimer;
class QTableView;

namespace yc {

struct ClientContext;
class CaseDocumentSource;
class CaseFollowUp;
class CaseListModel;
class ServiceBadge;

// The cases of the hall: overdue ones first, then newest first, read a page
// at a time; searched by case number, matter or applicant, filtered by status.
class CasesPage : public QWidget
{
    Q_OBJECT

public:
    explicit CasesPage(ClientContext &context, QWidget *parent = nullptr);
    ~CasesPage() override;

    void reload();

protected:
    // Cases taken at the intake page appear when the list is looked at again.
    void showEvent(QShowEvent *event) override;

private:
    qint64 selectedCase(QString *status = nullptr) const;
    void updateActions();
    void handover();
    void supplyMaterial();
    void recordResult();
    void deliver();
    void printDocument();
    void saveDocument();
    void report(const Result<void> &result, const QString &done);

    ClientContext &m_ctx;
    std::unique_ptr<CaseFollowUp> m_followUp;
    std::unique_ptr<CaseDocumentSource> m_documents;
    CaseListModel *m_model;
    QTableView *m_table;
    QLabel *m_count;
    QLineEdit *m_search;
    QComboBox *m_status;
    QTimer *m_typing;
    QLabel *m_message;
    QPushButton *m_handover;
    QPushButton *m_supply;
    QPushButton *m_result;
    QPushButton *m_deliver;
    QPushButton *m_print;
    QPushButton *m_save;
    ServiceBadge *m_badge;
};

} // namespace yc
