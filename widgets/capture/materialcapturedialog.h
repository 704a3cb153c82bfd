#pragma once

#include "core/result.h"

#include <QDialog>
#include <QPointer>
#include <QVariantMap>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace yc::capture {
class MaterialSlot;
class PageProcessor;
} // namespace yc::capture

namespace yc::devices {
class DocumentCamera;
class Scanner;
struct ScannerCapabilities;
struct ScannerInfo;
} // namespace yc::devices

namespace yc {

class CameraPreview;
class PageThumbnailView;

// Captures the pages of one material (one row of the intake checklist):
// from the scanner, the document camera or files, with the pages shown
// large in order to turn, reorder and delete, the treatment of the next
// captures, and the size the material will be stored with.
//
// The dialog does not own the slot, the scanner, the camera or the
// processor; the intake page keeps them for the whole intake. A null
// scanner or camera disables that way of capturing, with the reason.
class MaterialCaptureDialog : public QDialog
{
    Q_OBJECT

public:
    MaterialCaptureDialog(capture::MaterialSlot *slot, devices::Scanner *scanner,
                          devices::DocumentCamera *camera, capture::PageProcessor &processor,
                          QWidget *parent = nullptr);
    ~MaterialCaptureDialog() override;

    // The catalog's requirement for the material (original/copy, count …),
    // shown under its name.
    void setRequirement(const QString &text);
    // Backend options sent with every scan (a scanner that needs one set).
    void setScanBackendOptions(const QVariantMap &options) { m_backendOptions = options; }

    // What "Import file…" does after its file dialog: each file is added
    // whole or refused with the reason shown. True when all were added.
    bool importFiles(const QStringList &paths);
    // The message line (errors and what happened last).
    QString message() const;

    void done(int result) override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildPagesArea();
    QWidget *buildCaptureArea();
    QWidget *buildScanPanel();
    QWidget *buildCameraPanel();

    void rotateCurrent(int quarterTurns);
    void moveCurrent(int delta);
    void deleteCurrent();
    void mergeIdCardAtCurrent();
    void updatePageActions();
    void updateSize();
    void showMessage(const QString &text, bool problem);

    void startScan();
    void onDevicesListed(const QList<devices::ScannerInfo> &devices);
    void onCapabilities(const QString &device, const devices::ScannerCapabilities &caps);
    void onScanFinished(int pages, bool cancelled, const Error &error);
    void setScanning(bool scanning);

    void toggleCamera();
    void captureFromCamera();

    capture::MaterialSlot *m_slot;
    QPointer<devices::Scanner> m_scanner;
    QPointer<devices::DocumentCamera> m_camera;
    capture::PageProcessor &m_processor;
    QVariantMap m_backendOptions;
    bool m_scanning = false;

    QLabel *m_requirement = nullptr;
    PageThumbnailView *m_pages = nullptr;
    QLabel *m_pageCount = nullptr;
    QLabel *m_size = nullptr;
    QLabel *m_limit = nullptr;
    QLabel *m_message = nullptr;
    QProgressBar *m_busy = nullptr;
    QComboBox *m_treatment = nullptr;
    QList<QPushButton *> m_pageButtons;
    QPushButton *m_rotateLeft = nullptr;
    QPushButton *m_rotateRight = nullptr;
    QPushButton *m_moveEarlier = nullptr;
    QPushButton *m_moveLater = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_mergeIdCard = nullptr;

    QComboBox *m_device = nullptr;
    QComboBox *m_resolution = nullptr;
    QComboBox *m_colour = nullptr;
    QComboBox *m_source = nullptr;
    QPushButton *m_scan = nullptr;
    QPushButton *m_cancelScan = nullptr;

    QPushButton *m_cameraButton = nullptr;
    QPushButton *m_capture = nullptr;
    CameraPreview *m_preview = nullptr;
    QStackedWidget *m_previewStack = nullptr;
};

} // namespace yc
