#pragma once

#include <QDialog>
#include <QJsonObject>

class QComboBox;

namespace yc {

// 帮办代办 decided at the window: the clerk marks the current ticket 帮办,
// 代办 or 上门办 with the reason (老年人, 残疾人, 孕妇, 行动不便, 企业开办/变更/
// 注销, 重点项目, 其他), or takes a mark off.
class ProxyMarkDialog : public QDialog
{
    Q_OBJECT

public:
    ProxyMarkDialog(const QString &displayNo, const QString &mode, const QString &reason,
                    QWidget *parent = nullptr);

    // The "markProxy" arguments without the ticket id: proxyMode (empty =
    // remove the mark) and proxyReason.
    QJsonObject mark() const;

private:
    QComboBox *m_mode = nullptr;
    QComboBox *m_reason = nullptr;
};

} // namespace yc
