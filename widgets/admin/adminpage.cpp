#include "adminpage.h"

#include "app/core/adminservice.h"
#include "app/core/clientcontext.h"
#include "app/core/settings.h"
#include "catalog/catalogrepository.h"
#include "codes/codes.h"
#include "widgets/admin/calendartab.h"
#include "widgets/admin/stafftab.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace yc {

namespace {
enum WindowColumn
{
    NumberColumn,
    NameColumn,
    TypeColumn,
    ActiveColumn
};
}

AdminPage::AdminPage(ClientContext &context, QWidget *parent)
    : QWidget(parent)
    , m_ctx(context)
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("adminTabs"));
    m_tabs->addTab(new StaffTab(m_ctx, this), tr("Staff accounts"));
    m_tabs->addTab(buildHallTab(), tr("Hall and windows"));
    m_tabs->addTab(buildCatalogTab(), tr("Matter catalog"));
    m_tabs->addTab(new CalendarTab(m_ctx, this), tr("Working-day calendar"));
    m_tabs->addTab(buildWorkstationTab(), tr("This workstation"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    loadHall();
}

QWidget *AdminPage::buildHallTab()
{
    auto *tab = new QWidget(this);
    m_hallName = new QLineEdit(tab);
    m_hallName->setObjectName(QStringLiteral("hallNameEdit"));
    m_hallName->setMaxLength(100);
    m_hallCode = new QLineEdit(tab);
    m_hallCode->setReadOnly(true);
    m_hallRegion = new QLineEdit(tab);
    m_hallRegion->setMaxLength(12);
    m_hallPhone = new QLineEdit(tab);
    m_hallPhone->setMaxLength(40);
    m_hallAddress = new QLineEdit(tab);
    m_hallAddress->setMaxLength(200);
    auto *form = new QFormLayout;
    form->addRow(tr("Hall name"), m_hallName);
    form->addRow(tr("Hall code"), m_hallCode);
    form->addRow(tr("Region code"), m_hallRegion);
    form->addRow(tr("Phone"), m_hallPhone);
    form->addRow(tr("Address"), m_hallAddress);
    auto *saveHall = new QPushButton(tr("Save hall"), tab);
    saveHall->setObjectName(QStringLiteral("saveHallButton"));
    connect(saveHall, &QPushButton::clicked, this, &AdminPage::saveHall);

    m_windows = new QTableWidget(0, 4, tab);
    m_windows->setObjectName(QStringLiteral("windowTable"));
    m_windows->setHorizontalHeaderLabels({tr("Number"), tr("Name"), tr("Type"), tr("In service")});
    m_windows->verticalHeader()->hide();
    m_windows->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    auto *addWindow = new QPushButton(tr("Add window"), tab);
    connect(addWindow, &QPushButton::clicked, this, [this] {
        const int row = m_windows->rowCount();
        int next = 1;
        for (int r = 0; r < row; ++r)
            next = qMax(next, m_windows->item(r, NumberColumn)->text().toInt() + 1);
        m_windows->insertRow(row);
        auto *number = new QTableWidgetItem(QString::number(next));
        m_windows->setItem(row, NumberColumn, number);
        m_windows->setItem(row, NameColumn, new QTableWidgetItem(tr("Window %1").arg(next)));
        auto *type = new QComboBox(m_windows);
        for (const QString &t : Codes::windowTypes())
            type->addItem(Codes::windowTypeLabel(t), t);
        m_windows->setCellWidget(row, TypeColumn, type);
        auto *active = new QTableWidgetItem;
        active->setCheckState(Qt::Checked);
        m_windows->setItem(row, ActiveColumn, active);
    });
    auto *saveWindows = new QPushButton(tr("Save windows"), tab);
    saveWindows->setObjectName(QStringLiteral("saveWindowsButton"));
    connect(saveWindows, &QPushButton::clicked, this, &AdminPage::saveWindows);
    auto *windowButtons = new QHBoxLayout;
    windowButtons->addWidget(addWindow);
    windowButtons->addWidget(saveWindows);
    windowButtons->addStretch(1);

    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(form);
    layout->addWidget(saveHall, 0, Qt::AlignLeft);
    layout->addSpacing(12);
    layout->addWidget(new QLabel(tr("Windows"), tab));
    layout->addWidget(m_windows, 1);
    layout->addLayout(windowButtons);
    return tab;
}

QWidget *AdminPage::buildWorkstationTab()
{
    auto *tab = new QWidget(this);
    Settings *settings = m_ctx.settings;
    auto *window = new QSpinBox(tab);
    window->setObjectName(QStringLiteral("windowNumberSpin"));
    window->setRange(1, 999);
    window->setValue(settings->windowNumber());
    connect(window, &QSpinBox::valueChanged, settings,
            [settings](int v) { settings->setValue(Settings::Key::WindowNumber, v); });
    auto *idle = new QSpinBox(tab);
    idle->setObjectName(QStringLiteral("idleLockSpin"));
    idle->setRange(0, 240);
    idle->setSpecialValueText(tr("Never"));
    idle->setSuffix(tr(" min"));
    idle->setValue(settings->idleLockMinutes());
    connect(idle, &QSpinBox::valueChanged, settings,
            [settings](int v) { settings->setValue(Settings::Key::IdleLockMinutes, v); });
    auto *server = new QLineEdit(settings->hallServerUrl(), tab);
    server->setPlaceholderText(tr("Leave empty to run this PC on its own (standalone)"));
    connect(server, &QLineEdit::editingFinished, settings,
            [settings, server] { settings->setValue(Settings::Key::HallServerUrl, server->text()); });
    auto *form = new QFormLayout;
    form->addRow(tr("Window number of this PC"), window);
    form->addRow(tr("Lock after inactivity"), idle);
    form->addRow(tr("Hall service address"), server);
    auto *note =
        new QLabel(tr("The window number and the hall service address take effect at the next start. "
                      "Settings file: %1")
                       .arg(settings->fileName()),
                   tab);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #555;"));
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch(1);
    return tab;
}

QWidget *AdminPage::buildCatalogTab()
{
    auto *tab = new QWidget(this);
    m_catalogState = new QLabel(tab);
    m_catalogState->setObjectName(QStringLiteral("catalogState"));
    auto *import = new QPushButton(tr("Import a catalog file…"), tab);
    import->setObjectName(QStringLiteral("importCatalogButton"));
    connect(import, &QPushButton::clicked, this, &AdminPage::importCatalog);
    m_importReport = new QPlainTextEdit(tab);
    m_importReport->setObjectName(QStringLiteral("importReport"));
    m_importReport->setReadOnly(true);
    m_importReport->setPlaceholderText(
        tr("The report of the last import appears here: what was added, what was "
           "unchanged, and every record that was skipped with its position in the "
           "file."));
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_catalogState);
    layout->addWidget(import, 0, Qt::AlignLeft);
    layout->addWidget(m_importReport, 1);
    showCatalogState();
    return tab;
}

void AdminPage::showCatalogState()
{
    CatalogRepository repo(m_ctx.db);
    auto version = repo.catalogVersion();
    auto count = repo.currentMatterCount();
    m_catalogState->setText(
        version && count ? tr("Catalog version %1 with %2 matters.").arg(version.value()).arg(count.value())
                         : tr("The catalog cannot be read."));
}

void AdminPage::importCatalog()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import a catalog file"), QString(), tr("Catalog (*.json)"));
    if (path.isEmpty())
        return;
    auto report = m_ctx.admin->importCatalog(path);
    if (!report) {
        m_importReport->setPlainText(report.error().message);
        return;
    }
    QStringList lines{report->summary()};
    lines += report->problems;
    m_importReport->setPlainText(lines.join(QLatin1Char('\n')));
    showCatalogState();
}

void AdminPage::loadHall()
{
    auto hall = m_ctx.admin->hall();
    if (hall && hall->has_value()) {
        const Hall &h = hall->value();
        m_hallName->setText(h.name);
        m_hallCode->setText(h.code);
        m_hallRegion->setText(h.regionCode);
        m_hallPhone->setText(h.phone);
        m_hallAddress->setText(h.address);
    }
    m_hallCode->setReadOnly(hall && hall->has_value());
    auto windows = m_ctx.admin->windows();
    const QList<HallWindow> list = windows ? windows.value() : QList<HallWindow>();
    m_windows->setRowCount(static_cast<int>(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const HallWindow &w = list.at(row);
        auto *number = new QTableWidgetItem(QString::number(w.number));
        number->setFlags(number->flags() & ~Qt::ItemIsEditable);
        m_windows->setItem(row, NumberColumn, number);
        m_windows->setItem(row, NameColumn, new QTableWidgetItem(w.name));
        auto *type = new QComboBox(m_windows);
        for (const QString &t : Codes::windowTypes())
            type->addItem(Codes::windowTypeLabel(t), t);
        type->setCurrentIndex(type->findData(w.type));
        m_windows->setCellWidget(row, TypeColumn, type);
        auto *active = new QTableWidgetItem;
        active->setCheckState(w.active ? Qt::Checked : Qt::Unchecked);
        m_windows->setItem(row, ActiveColumn, active);
    }
}

void AdminPage::saveHall()
{
    Hall h;
    auto current = m_ctx.admin->hall();
    if (current && current->has_value())
        h = current->value();
    h.name = m_hallName->text();
    h.code = m_hallCode->text();
    h.regionCode = m_hallRegion->text();
    h.phone = m_hallPhone->text();
    h.address = m_hallAddress->text();
    auto saved = m_ctx.admin->saveHall(h);
    if (!saved)
        QMessageBox::warning(this, tr("Hall"), saved.error().message);
    loadHall();
}

void AdminPage::saveWindows()
{
    QStringList problems;
    for (int row = 0; row < m_windows->rowCount(); ++row) {
        HallWindow w;
        w.number = m_windows->item(row, NumberColumn)->text().toInt();
        w.name = m_windows->item(row, NameColumn)->text();
        w.type = static_cast<QComboBox *>(m_windows->cellWidget(row, TypeColumn))->currentData().toString();
        w.active = m_windows->item(row, ActiveColumn)->checkState() == Qt::Checked;
        auto saved = m_ctx.admin->saveWindow(w);
        if (!saved)
            problems << tr("Window %1: %2").arg(w.number).arg(saved.error().message);
    }
    if (!problems.isEmpty())
        QMessageBox::warning(this, tr("Windows"), problems.join(QLatin1Char('\n')));
    loadHall();
}

} // namespace yc
