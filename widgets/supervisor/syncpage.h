#pragma once

#include <memory>

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace yc {

struct ClientContext;
class DeadLetters;
struct SyncSnapshot;

// The sync with the province platform as people need to see it: what waits,
// what is on its way, what went today, the last success and any pause, and
// every event the platform refused with its reason. An administrator sends a
// refused event again once the data is corrected.
class SyncPage : public QWidget
{
    Q_OBJECT

public:
    explicit SyncPage(ClientContext &context, QWidget *parent = nullptr);
    ~SyncPage() override;

    void reload();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showSnapshot(const SyncSnapshot &s);
    void resendSelected(bool correct);
    QString selectedEvent() const;

    ClientContext &m_ctx;
    std::unique_ptr<DeadLetters> m_dead;
    QLabel *m_figures;
    QTableWidget *m_table;
    QPushButton *m_resend;
    QPushButton *m_correct;
    QLabel *m_message;
};

} // namespace yc
