#include "widgets/capture/materialcapturedialog.h"

#include "app/capture/materialslot.h"
#include "app/capture/pageprocessor.h"
#include "app/devices/camera/documentcamera.h"
#include "app/devices/scanner/scanner.h"
#include "attachments/attachmentcheck.h"
#include "widgets/capture/camerapreview.h"
#include "widgets/capture/pagethumbnailview.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace yc {

using capture::MaterialSlot;
using capture::PageSource;
using capture::PageTreatment;
using devices::ScanColour;

namespace {

constexpr int kThumbnailSide = 220;

QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    b->setMinimumHeight(40);
    return b;
}

void setItemEnabled(QComboBox *combo, int row, bool enabled)
{
    if (auto *model = qobject_cast<QStandardItemModel *>(combo->model()))
        model->item(row)->setEnabled(enabled);
}

} // namespace

MaterialCaptureDialog::MaterialCaptureDialog(MaterialSlot *slot, devices::Scanner *scanner,
                                             devices::DocumentCamera *camera,
                                             capture::PageProcessor &processor, QWidget *parent)
    : QDialog(parent)
    , m_slot(slot)
    , m_scanner(scanner)
    , m_camera(camera)
    , m_processor(processor)
{
    setObjectName(QStringLiteral("materialCaptureDialog"));
    setWindowTitle(tr("Capture material: %1").arg(slot->materialName()));
    resize(1100, 760);

    auto *title = new QLabel(slot->materialName(), this);
    title->setObjectName(QStringLiteral("materialName"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    title->setWordWrap(true);
    m_requirement = new QLabel(this);
    m_requirement->setObjectName(QStringLiteral("materialRequirement"));
    m_requirement->setWordWrap(true);
    m_requirement->hide();

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *body = new QHBoxLayout;
    body->addWidget(buildPagesArea(), 3);
    body->addWidget(buildCaptureArea(), 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_requirement);
    layout->addLayout(body, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(slot, &MaterialSlot::materialBytesChanged, this, &MaterialCaptureDialog::updateSize);
    connect(slot, &QAbstractItemModel::rowsInserted, this, &MaterialCaptureDialog::updateSize);
    connect(slot, &QAbstractItemModel::rowsRemoved, this, &MaterialCaptureDialog::updateSize);
    connect(slot, &QAbstractItemModel::modelReset, this, &MaterialCaptureDialog::updateSize);
    connect(&processor, &capture::PageProcessor::pendingChanged, this, [this](int pending) {
        m_busy->setVisible(pending > 0);
        m_busy->setFormat(tr("Processing %n page(s)…", nullptr, pending));
    });
    connect(&processor, &capture::PageProcessor::failed, this,
            [this](const QString &code, const Error &error) {
                if (code == m_slot->materialCode())
                    showMessage(error.message, true);
            });
    updateSize();
    updatePageActions();
    m_busy->setVisible(processor.pending() > 0);
}

MaterialCaptureDialog::~MaterialCaptureDialog()
{
    if (m_scanning && m_scanner)
        m_scanner->cancel();
    if (m_camera && m_camera->isOpen())
        m_camera->close();
}

QWidget *MaterialCaptureDialog::buildPagesArea()
{
    auto *area = new QWidget(this);
    m_pages = new PageThumbnailView(kThumbnailSide, area);
    m_pages->setObjectName(QStringLiteral("pageList"));
    m_pages->setModel(m_slot);
    m_pages->setMinimumWidth(2 * (kThumbnailSide + 24));
    connect(m_pages->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MaterialCaptureDialog::updatePageActions);

    m_rotateLeft = button(tr("Rotate &left"), "rotateLeftButton", area);
    m_rotateRight = button(tr("Rotate &right"), "rotateRightButton", area);
    m_moveEarlier = button(tr("Move &earlier"), "moveEarlierButton", area);
    m_moveLater = button(tr("Move la&ter"), "moveLaterButton", area);
    m_delete = button(tr("&Delete page"), "deletePageButton", area);
    m_mergeIdCard = button(tr("&ID card front + back"), "mergeIdCardButton", area);
    m_mergeIdCard->setToolTip(
        tr("Puts this page (the front of the ID card) and the next one (its back) on one "
           "page at the card's true size."));
    m_pageButtons = {m_rotateLeft, m_rotateRight, m_moveEarlier, m_moveLater, m_delete, m_mergeIdCard};
    connect(m_rotateLeft, &QPushButton::clicked, this, [this] { rotateCurrent(-1); });
    connect(m_rotateRight, &QPushButton::clicked, this, [this] { rotateCurrent(1); });
    connect(m_moveEarlier, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_moveLater, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_delete, &QPushButton::clicked, this, &MaterialCaptureDialog::deleteCurrent);
    connect(m_mergeIdCard, &QPushButton::clicked, this, &MaterialCaptureDialog::mergeIdCardAtCurrent);

    m_pages->installEventFilter(this);
    m_pages->setToolTip(tr("Delete: delete the page; Ctrl+Left/Right: rotate; Alt+Left/Right: move"));

    auto *pageRow = new QHBoxLayout;
    for (QPushButton *b : std::as_const(m_pageButtons))
        pageRow->addWidget(b);
    pageRow->addStretch();

    m_pageCount = new QLabel(area);
    m_pageCount->setObjectName(QStringLiteral("pageCountLabel"));
    m_size = new QLabel(area);
    m_size->setObjectName(QStringLiteral("sizeLabel"));
    QFont bold = m_size->font();
    bold.setBold(true);
    m_size->setFont(bold);
    m_limit = new QLabel(area);
    m_limit->setObjectName(QStringLiteral("limitLabel"));
    m_limit->setWordWrap(true);
    m_limit->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_busy = new QProgressBar(area);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(true);

    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_pageCount);
    sizeRow->addWidget(m_size);
    sizeRow->addStretch();
    sizeRow->addWidget(m_busy);

    auto *layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages, 1);
    layout->addLayout(pageRow);
    layout->addLayout(sizeRow);
    layout->addWidget(m_limit);
    return area;
}

QWidget *MaterialCaptureDialog::buildCaptureArea()
{
    auto *area = new QWidget(this);
    m_treatment = new QComboBox(area);
    m_treatment->setObjectName(QStringLiteral("treatmentCombo"));
    m_treatment->addItem(tr("Colour photo (photos, seals)"), int(PageTreatment::Colour));
    m_treatment->addItem(tr("Grey (text with pictures)"), int(PageTreatment::Grey));
    m_treatment->addItem(tr("Black-and-white text"), int(PageTreatment::BlackWhite));
    m_treatment->setCurrentIndex(m_treatment->findData(int(m_slot->treatment())));
    m_treatment->setToolTip(tr("Applies to the pages captured next."));

    auto *import = button(tr("&Import file…"), "importButton", area);
    connect(import, &QPushButton::clicked, this, [this] {
        const QStringList paths =
            QFileDialog::getOpenFileNames(this, tr("Import material files"), QString(),
                                          tr("Images and PDF documents (*.jpg *.jpeg *.png *.bmp *.tif "
                                             "*.tiff *.webp *.pdf);;All files (*)"));
        if (!paths.isEmpty())
            importFiles(paths);
    });

    auto *treatmentRow = new QFormLayout;
    treatmentRow->addRow(tr("&Next pages as:"), m_treatment);

    auto *layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(treatmentRow);
    layout->addWidget(buildScanPanel());
    layout->addWidget(buildCameraPanel(), 1);
    layout->addWidget(import);

    connect(m_treatment, &QComboBox::currentIndexChanged, this, [this] {
        const auto treatment = PageTreatment(m_treatment->currentData().toInt());
        m_slot->setTreatment(treatment);
        // Photos are scanned in colour; text in grey (the pipeline makes
        // black and white itself, better than most scanners' lineart).
        if (m_colour)
            m_colour->setCurrentIndex(m_colour->findData(
                int(treatment == PageTreatment::Colour ? ScanColour::Colour : ScanColour::Grey)));
    });
    return area;
}

QWidget *MaterialCaptureDialog::buildScanPanel()
{
    auto *box = new QGroupBox(tr("Scanner"), this);
    m_device = new QComboBox(box);
    m_device->setObjectName(QStringLiteral("scannerDevice"));
    m_resolution = new QComboBox(box);
    m_resolution->setObjectName(QStringLiteral("scanResolution"));
    for (int dpi : {150, 200, 300, 600})
        m_resolution->addItem(tr("%1 dpi").arg(dpi), dpi);
    m_resolution->setCurrentIndex(m_resolution->findData(300));
    m_colour = new QComboBox(box);
    m_colour->setObjectName(QStringLiteral("scanColour"));
    m_colour->addItem(tr("Colour"), int(ScanColour::Colour));
    m_colour->addItem(tr("Grey"), int(ScanColour::Grey));
    m_colour->addItem(tr("Black and white"), int(ScanColour::BlackWhite));
    m_colour->setCurrentIndex(m_colour->findData(
        int(m_slot->treatment() == PageTreatment::Colour ? ScanColour::Colour : ScanColour::Grey)));
    m_source = new QComboBox(box);
    m_source->setObjectName(QStringLiteral("scanSource"));
    m_source->addItem(tr("Glass (flatbed)"), false);
    m_source->addItem(tr("Document feeder (all sheets)"), true);

    m_scan = button(tr("&Scan"), "scanButton", box);
    m_cancelScan = button(tr("Cancel scan"), "cancelScanButton", box);
    m_cancelScan->hide();
    connect(m_scan, &QPushButton::clicked, this, &MaterialCaptureDialog::startScan);
    connect(m_cancelScan, &QPushButton::clicked, this, [this] {
        if (m_scanner)
            m_scanner->cancel();
        m_cancelScan->setEnabled(false);
    });

    auto *form = new QFormLayout;
    form->addRow(tr("Scanner:"), m_device);
    form->addRow(tr("Resolution:"), m_resolution);
    form->addRow(tr("Colour:"), m_colour);
    form->addRow(tr("Paper:"), m_source);
    auto *row = new QHBoxLayout;
    row->addWidget(m_scan, 1);
    row->addWidget(m_cancelScan);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(form);
    layout->addLayout(row);

    if (!m_scanner) {
        box->setEnabled(false);
        box->setToolTip(devices::ScannerText::noScanner().message);
        return box;
    }
    m_scan->setEnabled(false); // until a device is listed
    connect(m_scanner, &devices::Scanner::devicesListed, this, &MaterialCaptureDialog::onDevicesListed);
    connect(m_scanner, &devices::Scanner::capabilitiesReady, this, &MaterialCaptureDialog::onCapabilities);
    connect(m_scanner, &devices::Scanner::deviceError, this, [this](const Error &error) {
        m_scan->setToolTip(error.message);
        showMessage(error.message, true);
    });
    connect(m_scanner, &devices::Scanner::pageScanned, this, [this](int, const QImage &page, double dpi) {
        if (!m_scanning)
            return; // a scan started elsewhere
        m_processor.submit(m_slot, page, dpi, PageSource::Scanner);
    });
    connect(m_scanner, &devices::Scanner::scanFinished, this, &MaterialCaptureDialog::onScanFinished);
    connect(m_device, &QComboBox::currentIndexChanged, this, [this] {
        if (m_scanner && !m_device->currentData().toString().isEmpty() && !m_scanner->isBusy())
            m_scanner->queryCapabilities(m_device->currentData().toString());
    });
    m_scanner->listDevices();
    return box;
}

QWidget *MaterialCaptureDialog::buildCameraPanel()
{
    auto *box = new QGroupBox(tr("Document camera"), this);
    m_cameraButton = button(tr("Start &camera"), "cameraButton", box);
    m_capture = button(tr("Ca&pture"), "captureButton", box);
    m_capture->setEnabled(false);
    m_preview = new CameraPreview(box);
    m_preview->setObjectName(QStringLiteral("cameraPreview"));
    auto *placeholder = new QLabel(tr("Start the camera to see its picture here."), box);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    m_previewStack = new QStackedWidget(box);
    m_previewStack->addWidget(placeholder);
    m_previewStack->addWidget(m_preview);

    auto *row = new QHBoxLayout;
    row->addWidget(m_cameraButton);
    row->addWidget(m_capture, 1);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_previewStack, 1);
    layout->addLayout(row);

    if (!m_camera || devices::DocumentCamera::cameras().isEmpty()) {
        m_cameraButton->setEnabled(false);
        m_cameraButton->setToolTip(devices::CameraText::noCamera().message);
        placeholder->setText(devices::CameraText::noCamera().message);
        return box;
    }
    connect(m_cameraButton, &QPushButton::clicked, this, &MaterialCaptureDialog::toggleCamera);
    connect(m_capture, &QPushButton::clicked, this, &MaterialCaptureDialog::captureFromCamera);
    connect(m_camera, &devices::DocumentCamera::readyForCaptureChanged, this,
            [this](bool ready) { m_capture->setEnabled(ready); });
    connect(m_camera, &devices::DocumentCamera::captured, this, [this](const QImage &image) {
        m_processor.submit(m_slot, image, 0, PageSource::Camera);
        showMessage(tr("Page captured."), false);
    });
    connect(m_camera, &devices::DocumentCamera::failed, this,
            [this](const Error &error) { showMessage(error.message, true); });
    return box;
}

void MaterialCaptureDialog::setRequirement(const QString &text)
{
    m_requirement->setText(text);
    m_requirement->setVisible(!text.isEmpty());
}

bool MaterialCaptureDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Keys on the page list: Delete, Ctrl+Left/Right turn, Alt+Left/Right move.
    if (watched != m_pages || event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
    const bool horizontal = key->key() == Qt::Key_Left || key->key() == Qt::Key_Right;
    const int direction = key->key() == Qt::Key_Left ? -1 : 1;
    if (key->matches(QKeySequence::Delete)) {
        deleteCurrent();
        return true;
    }
    if (horizontal && mods == Qt::ControlModifier) {
        rotateCurrent(direction);
        return true;
    }
    if (horizontal && mods == Qt::AltModifier) {
        moveCurrent(direction);
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

QString MaterialCaptureDialog::message() const
{
    return m_message->text();
}

void MaterialCaptureDialog::done(int result)
{
    if (m_scanning && m_scanner)
        m_scanner->cancel();
    if (m_camera && m_camera->isOpen()) {
        m_camera->close();
        m_preview->setSink(nullptr);
    }
    QDialog::done(result);
}

bool MaterialCaptureDialog::importFiles(const QStringList &paths)
{
    m_slot->setTreatment(PageTreatment(m_treatment->currentData().toInt()));
    QStringList problems;
    int added = 0;
    for (const QString &path : paths) {
        auto result = m_slot->importFile(path);
        if (result.ok())
            ++added;
        else
            problems << result.error().message;
    }
    if (problems.isEmpty())
        showMessage(tr("%n file(s) added.", nullptr, added), false);
    else
        showMessage(problems.join(u'\n'), true);
    return problems.isEmpty();
}

void MaterialCaptureDialog::rotateCurrent(int quarterTurns)
{
    const int row = m_pages->currentPage();
    if (row < 0)
        return;
    auto result = m_slot->rotatePage(row, quarterTurns);
    if (!result)
        showMessage(result.error().message, true);
    m_pages->setCurrentIndex(m_slot->index(row));
}

void MaterialCaptureDialog::moveCurrent(int delta)
{
    const int row = m_pages->currentPage();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_slot->rowCount())
        return;
    if (m_slot->movePage(row, to))
        m_pages->setCurrentIndex(m_slot->index(to));
    updatePageActions();
}

void MaterialCaptureDialog::deleteCurrent()
{
    const int row = m_pages->currentPage();
    if (row < 0)
        return;
    m_slot->removePage(row);
    if (m_slot->rowCount() > 0)
        m_pages->setCurrentIndex(m_slot->index(qMin(row, m_slot->rowCount() - 1)));
    updatePageActions();
}

void MaterialCaptureDialog::mergeIdCardAtCurrent()
{
    const int row = m_pages->currentPage();
    if (auto merged = m_slot->mergeIdCardSides(row); !merged) {
        showMessage(merged.error().message, true);
        return;
    }
    m_pages->setCurrentIndex(m_slot->index(row));
    showMessage(tr("The two sides of the ID card are now one page."), false);
    updatePageActions();
}

void MaterialCaptureDialog::updatePageActions()
{
    const int row = m_pages->currentPage();
    const int rows = m_slot->rowCount();
    const bool page = row >= 0 && !m_slot->data(m_slot->index(row), MaterialSlot::IsImportedPdfRole).toBool();
    m_rotateLeft->setEnabled(page);
    m_rotateRight->setEnabled(page);
    m_moveEarlier->setEnabled(row > 0);
    m_moveLater->setEnabled(row >= 0 && row < rows - 1);
    m_mergeIdCard->setEnabled(page && row < rows - 1);
    m_delete->setEnabled(row >= 0);
}

void MaterialCaptureDialog::updateSize()
{
    m_pageCount->setText(tr("%n page(s)", nullptr, m_slot->pageCount()));
    m_size->setText(m_slot->isEmpty()
                        ? tr("nothing captured yet")
                        : tr("stored as %1").arg(AttachmentCheck::humanSize(m_slot->materialBytes())));
    m_limit->setText(m_slot->limitMessage());
    m_limit->setVisible(m_slot->overLimit());
    updatePageActions();
}

void MaterialCaptureDialog::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
}

void MaterialCaptureDialog::startScan()
{
    if (!m_scanner || m_scanning)
        return;
    devices::ScanRequest request;
    request.device = m_device->currentData().toString();
    request.dpi = m_resolution->currentData().toInt();
    request.colour = ScanColour(m_colour->currentData().toInt());
    request.feeder = m_source->currentData().toBool();
    request.backendOptions = m_backendOptions;
    m_slot->setTreatment(PageTreatment(m_treatment->currentData().toInt()));
    if (!m_scanner->startScan(request)) {
        showMessage(devices::ScannerText::busy().message, true);
        return;
    }
    setScanning(true);
    showMessage(tr("Scanning…"), false);
}

void MaterialCaptureDialog::onDevicesListed(const QList<devices::ScannerInfo> &devices)
{
    const QString previous = m_device->currentData().toString();
    m_device->blockSignals(true);
    m_device->clear();
    for (const devices::ScannerInfo &d : devices)
        m_device->addItem(d.label().isEmpty() ? d.name : d.label(), d.name);
    const int keep = m_device->findData(previous);
    m_device->setCurrentIndex(keep >= 0 ? keep : 0);
    m_device->blockSignals(false);
    m_scan->setEnabled(!devices.isEmpty() && !m_scanning);
    m_scan->setToolTip(QString());
    if (!devices.isEmpty())
        m_scanner->queryCapabilities(m_device->currentData().toString());
}

void MaterialCaptureDialog::onCapabilities(const QString &device, const devices::ScannerCapabilities &caps)
{
    if (device != m_device->currentData().toString())
        return;
    if (!caps.resolutions.isEmpty()) {
        const int wanted = m_resolution->currentData().toInt();
        m_resolution->clear();
        for (int dpi : caps.resolutions)
            m_resolution->addItem(tr("%1 dpi").arg(dpi), dpi);
        // The offered resolution nearest to the one chosen before.
        int best = 0;
        for (int i = 1; i < caps.resolutions.size(); ++i)
            if (qAbs(caps.resolutions.at(i) - wanted) < qAbs(caps.resolutions.at(best) - wanted))
                best = i;
        m_resolution->setCurrentIndex(best);
    }
    setItemEnabled(m_colour, m_colour->findData(int(ScanColour::Colour)), caps.colour);
    setItemEnabled(m_source, 1, caps.feeder);
    if (!caps.feeder)
        m_source->setCurrentIndex(0);
}

void MaterialCaptureDialog::onScanFinished(int pages, bool cancelled, const Error &error)
{
    if (!m_scanning)
        return;
    setScanning(false);
    if (!error.code.isEmpty())
        showMessage(error.message, true);
    else if (cancelled)
        showMessage(tr("Scanning cancelled; %n page(s) kept.", nullptr, pages), false);
    else
        showMessage(tr("%n page(s) scanned.", nullptr, pages), false);
}

void MaterialCaptureDialog::setScanning(bool scanning)
{
    m_scanning = scanning;
    m_scan->setEnabled(!scanning);
    m_cancelScan->setVisible(scanning);
    m_cancelScan->setEnabled(scanning);
    m_device->setEnabled(!scanning);
}

void MaterialCaptureDialog::toggleCamera()
{
    if (m_camera->isOpen()) {
        m_camera->close();
        m_preview->setSink(nullptr);
        m_previewStack->setCurrentIndex(0);
        m_cameraButton->setText(tr("Start &camera"));
        m_capture->setEnabled(false);
        return;
    }
    auto opened = m_camera->open();
    if (!opened) {
        showMessage(opened.error().message, true);
        return;
    }
    m_preview->setSink(m_camera->previewSink());
    m_previewStack->setCurrentIndex(1);
    m_cameraButton->setText(tr("Stop &camera"));
    m_capture->setEnabled(m_camera->isReadyForCapture());
}

void MaterialCaptureDialog::captureFromCamera()
{
    m_slot->setTreatment(PageTreatment(m_treatment->currentData().toInt()));
    if (!m_camera->capture())
        showMessage(tr("The camera is not ready yet. Wait a moment, then capture again."), true);
}

} // namespace yc
