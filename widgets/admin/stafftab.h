#pragma once

#include "staff/staff.h"

#include <QDialog>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace yc {

struct ClientContext;

// Staff accounts: list, add, edit roles and state, reset a password.
class StaffTab : public QWidget
{
    Q_OBJECT

public:
    explicit StaffTab(ClientContext &context, QWidget *parent = nullptr);
    void reload();

private:
    StaffMember selected() const;
    void addStaff();
    void editStaff();
    void resetPassword();

    ClientContext &m_ctx;
    QTableWidget *m_table;
    QList<StaffMember> m_staff;
};

// Creates or edits one account; on creation also asks for the first password.
class StaffDialog : public QDialog
{
    Q_OBJECT

public:
    StaffDialog(ClientContext &context, const StaffMember *existing, QWidget *parent = nullptr);

private:
    void save();

    ClientContext &m_ctx;
    bool m_creating;
    QLineEdit *m_staffNo;
    QLineEdit *m_name;
    QLineEdit *m_department;
    QList<QCheckBox *> m_roles;
    QCheckBox *m_active;
    QLineEdit *m_password;
    QLabel *m_error;
};

} // namespace yc
