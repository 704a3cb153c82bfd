#pragma once

#include "queue/queuetypes.h"

#include <QDialog>
#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QRadioButton;

namespace yc {

// Where to send the current ticket (F6 on the calling panel): another
// business line or another window, at the front of its queue or by the
// ticket's original arrival.
class TransferDialog : public QDialog
{
    Q_OBJECT

public:
    TransferDialog(const QString &displayNo, const QList<queue::Line> &lines,
                   const QList<queue::WindowState> &windows, int ownWindow, QWidget *parent = nullptr);

    // The "transfer" arguments without the ticket id: lineId or window, and front.
    QJsonObject target() const;

private:
    void updateChoice();

    QRadioButton *m_toLine = nullptr;
    QRadioButton *m_toWindow = nullptr;
    QComboBox *m_line = nullptr;
    QComboBox *m_window = nullptr;
    QCheckBox *m_front = nullptr;
};

} // namespace yc
