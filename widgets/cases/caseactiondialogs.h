#pragma once

#include "intake/casefollowup.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace yc {

// 物料流转: what goes to the back office, and to whom.
class HandoverDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HandoverDialog(QWidget *parent = nullptr);
    QString items() const;
    QString toWhom() const;

private:
    QLineEdit *m_items;
    QLineEdit *m_to;
};

// 办结: the result the back office reached (until the platform reports it).
class ResultDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ResultDialog(QWidget *parent = nullptr);
    CaseFollowUp::CaseResult result() const;

private:
    QComboBox *m_type;
    QLineEdit *m_name;
    QLineEdit *m_number;
};

// 出件: at the window (who took it) or by mail (tracking number).
class DeliveryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DeliveryDialog(QWidget *parent = nullptr);
    CaseFollowUp::Delivery delivery() const;

private:
    QComboBox *m_method;
    QLineEdit *m_tracking;
    QLineEdit *m_recipient;
    QLabel *m_trackingLabel;
};

} // namespace yc
