#pragma once

#include <functional>

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace yc {

struct ClientContext;
class CallingPanel;
class EvaluationPrompt;
class StatusBarWidget;

// The window at the counter: navigation by role on the left, the page on the
// right, the hall, window and person in the title, states in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ClientContext &context, QWidget *parent = nullptr);

    // The page ids the signed-in role sees, in navigation order.
    QStringList pageIds() const;
    bool showPage(const QString &id);
    // Hides personal data while the idle lock is up.
    void setContentHidden(bool hidden);

signals:
    void signOutRequested();
    void lockRequested();

private:
    void buildMenus();
    void buildPages();
    void buildCallingPanel();
    void pageBuilt(QWidget *page);
    void showProxyReminders(int count);
    void activatePage(int row);
    void updateTitle();

    ClientContext &m_ctx;
    QListWidget *m_nav;
    QStackedWidget *m_pages;
    StatusBarWidget *m_statusBar;
    QStringList m_pageIds;
    CallingPanel *m_callingPanel = nullptr;
    EvaluationPrompt *m_evaluationPrompt = nullptr; // at a serving window
    QList<std::function<QWidget *()>> m_factories;  // null once built
};

} // namespace yc
