#pragma once

#include "unresolved/unresolvedregister.h"

#include <memory>

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace yc {

class CatalogRepository;

// Records a new entry in the 办不成事 register: who reported it and how to
// reach them, the matter when known, what could not be done, its class, the
// responsible unit when already known, and the deadline in working days.
// The register checks everything; a refusal is shown here and nothing is
// written, so the clerk corrects and saves again.
class UnresolvedEntryDialog : public QDialog
{
    Q_OBJECT

public:
    UnresolvedEntryDialog(UnresolvedRegister &reg, const CatalogRepository &catalog,
                          const UnresolvedRegister::Actor &actor, QWidget *parent = nullptr);

    // The entry as recorded, after the dialog was accepted.
    const UnresolvedRegister::Entry &recorded() const { return m_recorded; }

private:
    void save();
    void kindChanged();

    UnresolvedRegister &m_register;
    UnresolvedRegister::Actor m_actor;
    UnresolvedRegister::Entry m_recorded;
    QComboBox *m_kind;
    QLineEdit *m_name;
    QLineEdit *m_idNumber;
    QLineEdit *m_phone;
    QComboBox *m_matter;
    QPlainTextEdit *m_what;
    QComboBox *m_category;
    QComboBox *m_unit;
    QLineEdit *m_unitName;
    QSpinBox *m_deadline;
    QLabel *m_message;
};

} // namespace yc
