#include "mainwindow.h"

#include "app/core/clientcontext.h"
#include "app/core/session.h"
#include "app/core/settings.h"
#include "app/hall/hallconnection.h"
#include "codes/codes.h"
#include "core/clock.h"
#include "proxy/proxycases.h"
#include "queue/queuealerts.h"
#include "widgets/admin/adminpage.h"
#include "widgets/cases/casespage.h"
#include "widgets/catalog/catalogpage.h"
#include "widgets/common/theme.h"
#include "widgets/evaluation/evaluationprompt.h"
#include "widgets/intake/intakepage.h"
#include "widgets/proxy/proxyworkspacepage.h"
#include "widgets/queue/callingpanel.h"
#include "widgets/shell/logindialog.h"
#include "widgets/shell/statusbarwidget.h"
#include "widgets/supervisor/badreviewspage.h"
#include "widgets/supervisor/indicatorspage.h"
#include "widgets/supervisor/overviewpage.h"
#include "widgets/supervisor/queuepage.h"
#include "widgets/supervisor/syncpage.h"
#include "widgets/unresolved/unresolvedregisterpage.h"

#include <functional>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStyle>

namespace yc {

namespace {

struct PageSpec
{
    QString id;
    const char *title;
    QStyle::StandardPixmap icon;
    QStringList roles; // any of these
    std::function<QWidget *(ClientContext &)> make;
};

// A page that cannot work in this program says why instead.
QWidget *unavailable(const QString &why)
{
    auto *label = new QLabel(why);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    return label;
}

QList<PageSpec> pageSpecs()
{
    const QString clerk = QStringLiteral("clerk");
    const QString helpdesk = QStringLiteral("helpdesk");
    const QString supervisor = QStringLiteral("supervisor");
    const QString admin = QStringLiteral("admin");
    return {
        {QStringLiteral("intake"),
         QT_TRANSLATE_NOOP("yc::MainWindow", "Intake"),
         QStyle::SP_FileDialogNewFolder,
         {clerk, helpdesk},
         [](ClientContext &c) { return new IntakePage(c); }},
        {QStringLiteral("cases"),
         QT_TRANSLATE_NOOP("yc::MainWindow", "Cases"),
         QStyle::SP_FileDialogDetailedView,
         {clerk, helpdesk, supervisor},
         [](ClientContext &c) { return new CasesPage(c); }},
        {QStringLiteral("catalog"),
         QT_TRANSLATE_NOOP("yc::MainWindow", "Matter catalog"),
         QStyle::SP_FileDialogContentsView,
         {clerk, helpdesk, supervisor, admin},
         [](ClientContext &c) { return new CatalogPage(c); }},
        {QStringLiteral("proxy"),
         QT_TRANSLATE_NOOP("yc::MainWindow", "Assisted services"),
         QStyle::SP_DialogHelpButton,
         {helpdesk, supervisor},
         [](ClientContext &c) -> QWidget * {
             if (!c.proxyCases)
                 return unavailable(QCoreApplication::translate(
                     "yc::MainWindow", "The 帮办代办 records are not available in this program."));
             return new ProxyWorkspacePage(c, *c.proxyCases);
         }},
        {QStringLiteral("unresolved"),
         QT_TRANSLATE_NOOP("yc::MainWindow", "Could not be done"),
         QStyle::SP_MessageBoxQuestion,
         {clerk, supervisor},
         [](ClientContext &c) { return new UnresolvedRegisterPage(c, c.cipher); }},
        {QStringLiteral("queue"),
         QT_TRANSLATE_NOOP("yc::MainWindow", "Live queue"),
         QStyle::SP_MediaPlay,
         {supervisor, admin},
         [](ClientContext &c) -> QWidget * {
             if (!c.hall)
                 return unavailable(QCoreApplication::translate(
                     "yc::MainWindow", "This program is not connected to the hall's queue service."));
             // Thresholds from the [alerts] section of this computer's settings.
             QSettings store(c.settings->fileName(), QSettings::IniFormat);
             return new QueuePage(*c.hall, queue::AlertThresholds::fromSettings(store));
         }},
        {QStringLiteral("overview"),
         QT_TRANSLATE_NOOP("yc::MainWindow", "Hall overview"),
         QStyle::SP_ComputerIcon,
         {supervisor},
         [](ClientContext &c) { return new OverviewPage(c); }},
        {QStringLiteral("indicators"),
         QT_TRANSLATE_NOOP("yc::MainWindow", "Indicators"),
         QStyle::SP_FileDialogListView,
         {supervisor},
         [](ClientContext &c) { return new IndicatorsPage(c); }},
        {QStringLiteral("reviews"),
         QT_TRANSLATE_NOOP("yc::MainWindow", "Bad reviews"),
         QStyle::SP_MessageBoxWarning,
         {clerk, supervisor},
         [](ClientContext &c) { return new BadReviewsPage(c); }},
        {QStringLiteral("sync"),
         QT_TRANSLATE_NOOP("yc::MainWindow", "Platform sync"),
         QStyle::SP_BrowserReload,
         {clerk, supervisor, admin},
         [](ClientContext &c) { return new SyncPage(c); }},
        {QStringLiteral("admin"),
         QT_TRANSLATE_NOOP("yc::MainWindow", "Administration"),
         QStyle::SP_FileDialogInfoView,
         {admin},
         [](ClientContext &c) { return new AdminPage(c); }},
    };
}

} // namespace

MainWindow::MainWindow(ClientContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_ctx(context)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_nav = new QListWidget(this);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setFixedWidth(180);
    m_nav->setIconSize(QSize(24, 24));
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_nav);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_statusBar = new StatusBarWidget(m_ctx, this);
    setStatusBar(m_statusBar);

    buildMenus();
    buildPages();
    buildCallingPanel();
    // The help desk sees its due items before it opens the page.
    if (m_ctx.proxyCases && m_ctx.session->hasRole(QStringLiteral("helpdesk"))) {
        if (auto due = m_ctx.proxyCases->reminderCount(m_ctx.session->staff().staffNo, Clock::nowUtc()))
            showProxyReminders(due.value());
    }
    updateTitle();
    connect(m_nav, &QListWidget::currentRowChanged, this, &MainWindow::activatePage);
    m_nav->setCurrentRow(0);
    resize(1280, 800);
}

void MainWindow::buildCallingPanel()
{
    // The calling panel is always in view for those who serve at a window.
    const bool serves =
        m_ctx.session->hasRole(QStringLiteral("clerk")) || m_ctx.session->hasRole(QStringLiteral("helpdesk"));
    if (!m_ctx.hall || !serves)
        return;
    m_callingPanel = new CallingPanel(*m_ctx.hall, m_ctx.session->windowNo(), this);
    m_evaluationPrompt = new EvaluationPrompt(m_ctx, this);
    auto *dock = new QDockWidget(tr("Queue"), this);
    dock->setObjectName(QStringLiteral("callingDock"));
    dock->setFeatures(QDockWidget::NoDockWidgetFeatures);
    dock->setWidget(m_callingPanel);
    dock->setMinimumWidth(300);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    connect(m_callingPanel, &CallingPanel::startIntakeRequested, this,
            [this](qint64 ticketId, const QString &displayNo) {
                // At the help desk a 帮办代办 ticket opens (or shows) its proxy case.
                const auto ticket = m_ctx.hall->hall().ticket(ticketId);
                if (ticket && !ticket->proxyMode.isEmpty() &&
                    m_ctx.session->hasRole(QStringLiteral("helpdesk")) && showPage(QStringLiteral("proxy"))) {
                    if (auto *proxy = qobject_cast<ProxyWorkspacePage *>(m_pages->currentWidget()))
                        proxy->openForTicket(ticketId, ticket->proxyMode);
                    return;
                }
                if (!showPage(QStringLiteral("intake")))
                    return;
                if (auto *intake = qobject_cast<IntakePage *>(m_pages->currentWidget()))
                    intake->setTicket(ticketId, displayNo);
            });
}

void MainWindow::pageBuilt(QWidget *page)
{
    // The case intake made for the ticket being served finishes the ticket
    // with its number.
    if (auto *intake = qobject_cast<IntakePage *>(page); intake && m_callingPanel)
        connect(intake, &IntakePage::caseRecorded, m_callingPanel, &CallingPanel::finishWithCase);
    // The citizen rates the service on the customer-facing screen.
    if (auto *intake = qobject_cast<IntakePage *>(page); intake && m_evaluationPrompt)
        connect(intake, &IntakePage::caseRecorded, m_evaluationPrompt, &EvaluationPrompt::caseRecorded);
    // The help desk's reminders (due today, overdue) beside the page's name.
    if (auto *proxy = qobject_cast<ProxyWorkspacePage *>(page)) {
        connect(proxy, &ProxyWorkspacePage::reminderCountChanged, this, &MainWindow::showProxyReminders);
        showProxyReminders(proxy->reminderCount());
    }
}

void MainWindow::showProxyReminders(int count)
{
    const int row = static_cast<int>(m_pageIds.indexOf(QStringLiteral("proxy")));
    if (row < 0)
        return;
    const QString title = QCoreApplication::translate("yc::MainWindow", "Assisted services");
    QListWidgetItem *item = m_nav->item(row);
    item->setText(count > 0 ? tr("%1 (%2 due)").arg(title).arg(count) : title);
    item->setForeground(count > 0 ? QColor(0xb0, 0x00, 0x20) : palette().color(QPalette::Text));
}

void MainWindow::buildPages()
{
    for (const PageSpec &spec : pageSpecs()) {
        const bool allowed = std::any_of(spec.roles.cbegin(), spec.roles.cend(), [this](const QString &role) {
            return m_ctx.session->hasRole(role);
        });
        if (!allowed)
            continue;
        // Pages are built when first shown: start-up pays only for the first.
        m_pages->addWidget(new QWidget(m_pages));
        m_factories << [this, spec] {
            QWidget *page = spec.make(m_ctx);
            page->setObjectName(spec.id + QStringLiteral("Page"));
            return page;
        };
        auto *item = new QListWidgetItem(style()->standardIcon(spec.icon),
                                         QCoreApplication::translate("yc::MainWindow", spec.title), m_nav);
        item->setData(Qt::UserRole, spec.id);
        m_pageIds << spec.id;
    }
}

void MainWindow::activatePage(int row)
{
    if (row < 0 || row >= m_factories.size())
        return;
    if (m_factories.at(row)) {
        QWidget *placeholder = m_pages->widget(row);
        QWidget *page = m_factories.at(row)();
        m_factories[row] = nullptr;
        m_pages->insertWidget(row, page);
        pageBuilt(page);
        m_pages->removeWidget(placeholder);
        placeholder->deleteLater();
    }
    m_pages->setCurrentIndex(row);
}

QStringList MainWindow::pageIds() const
{
    return m_pageIds;
}

bool MainWindow::showPage(const QString &id)
{
    const int row = static_cast<int>(m_pageIds.indexOf(id));
    if (row < 0)
        return false;
    m_nav->setCurrentRow(row);
    return true;
}

void MainWindow::setContentHidden(bool hidden)
{
    centralWidget()->setVisible(!hidden);
}

void MainWindow::updateTitle()
{
    const StaffMember &staff = m_ctx.session->staff();
    QStringList roles;
    for (const QString &role : staff.roles)
        roles << Codes::roleLabel(role);
    // Qt appends the application name (一窗) itself.
    setWindowTitle(tr("%1 · Window %2 · %3 (%4)")
                       .arg(m_ctx.hallName)
                       .arg(m_ctx.settings->windowNumber())
                       .arg(staff.name, roles.join(QStringLiteral("、"))));
}

void MainWindow::buildMenus()
{
    QMenu *system = menuBar()->addMenu(tr("&System"));
    QAction *lock = system->addAction(tr("&Lock the window"), this, &MainWindow::lockRequested);
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    system->addAction(tr("&Change password…"), this, [this] {
        ChangePasswordDialog dialog(m_ctx, false, this);
        dialog.exec();
    });
    system->addAction(tr("Sign &out"), this, &MainWindow::signOutRequested);
    system->addSeparator();
    QAction *quit = system->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *large = view->addAction(tr("&Large text, high contrast"));
    large->setObjectName(QStringLiteral("largeFontAction"));
    large->setCheckable(true);
    large->setChecked(m_ctx.settings->largeFont());
    large->setShortcut(QKeySequence(Qt::Key_F10));
    connect(large, &QAction::toggled, this, [this](bool on) {
        m_ctx.settings->setValue(Settings::Key::LargeFont, on);
        theme::apply(*qApp, on);
    });

    QMenu *language = view->addMenu(tr("Language"));
    auto *group = new QActionGroup(this);
    const QList<QPair<QString, QString>> choices{{QStringLiteral("auto"), tr("As the system")},
                                                 {QStringLiteral("zh_CN"), QStringLiteral("中文")},
                                                 {QStringLiteral("en"), QStringLiteral("English")}};
    for (const auto &[code, label] : choices) {
        QAction *a = language->addAction(label);
        a->setCheckable(true);
        a->setChecked(m_ctx.settings->language() == code);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code] {
            m_ctx.settings->setValue(Settings::Key::Language, code);
            QMessageBox::information(this, tr("Language"),
                                     tr("The language changes when Yichuang starts again."));
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Yichuang"), this, [this] {
        QMessageBox::about(this, tr("About Yichuang"),
                           tr("<h3>Yichuang %1</h3><p>One-window intake, queue calling and case tracking for "
                              "government service halls.</p>")
                               .arg(QStringLiteral(YC_VERSION)));
    });
}

} // namespace yc
