#pragma once

#include "unresolved/unresolvedregister.h"

#include <memory>

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace yc {

struct ClientContext;
class CatalogRepository;
class FieldCipher;

// The 办不成事 register at the 兜底服务 / 投诉受理 window: the entries with
// filters (open, overdue, mine, by class), overdue ones first and in red; a
// new entry through UnresolvedEntryDialog; the selected entry's details and
// dated history; the next step (assign to a unit, the unit's reply,
// resolved / could not be resolved, feedback to the citizen, and for a
// supervisor the spot check); the reporter masked, with an audited
// "show full"; this month's figures (recorded, closed, on time, overdue).
class UnresolvedRegisterPage : public QWidget
{
    Q_OBJECT

public:
    // `cipher` decrypts and encrypts the reporter's ID number and phone
    // (the client's field key); without it entries with personal data are
    // refused with a message.
    UnresolvedRegisterPage(ClientContext &context, const FieldCipher *cipher, QWidget *parent = nullptr);
    ~UnresolvedRegisterPage() override;

    void reload();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void newEntry();
    void showEntry();
    void stepChanged();
    void recordStep();
    void showFull();
    qint64 selectedEntry() const;
    UnresolvedRegister::Actor actor() const;
    void addStepChoices(const UnresolvedRegister::Entry &entry);

    ClientContext &m_ctx;
    std::unique_ptr<UnresolvedRegister> m_register;
    std::unique_ptr<CatalogRepository> m_catalog;
    QComboBox *m_scope;
    QCheckBox *m_mine;
    QComboBox *m_category;
    QTableWidget *m_table;
    QTextBrowser *m_details;
    QPushButton *m_showFull;
    QLabel *m_full;
    QComboBox *m_step;
    QComboBox *m_unit;
    QLineEdit *m_unitName;
    QComboBox *m_channel;
    QComboBox *m_result;
    QPlainTextEdit *m_note;
    QPushButton *m_record;
    QLabel *m_message;
    QLabel *m_figures;
};

} // namespace yc
