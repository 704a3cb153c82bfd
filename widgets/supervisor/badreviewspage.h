#pragma once

#include <memory>

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTableWidget;
class QTextBrowser;

namespace yc {

struct ClientContext;
class BadReviewOrders;

// The work orders bad reviews open (差评工单): overdue and escalated first,
// each with its dated steps; the clerk or supervisor records verification,
// the call-back, the rectification or explanation, the feedback that closes
// it, or an appeal; a supervisor decides appeals. Overdue orders come first.
class BadReviewsPage : public QWidget
{
    Q_OBJECT

public:
    explicit BadReviewsPage(ClientContext &context, QWidget *parent = nullptr);
    ~BadReviewsPage() override;

    void reload();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showSteps();
    void record();
    qint64 selectedOrder() const;

    ClientContext &m_ctx;
    std::unique_ptr<BadReviewOrders> m_orders;
    QTableWidget *m_table;
    QTextBrowser *m_steps;
    QComboBox *m_step;
    QPlainTextEdit *m_note;
    QLabel *m_message;
    bool m_showClosed = false;
};

} // namespace yc
