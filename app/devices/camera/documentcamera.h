#pragma once

#include "core/result.h"

#include <memory>

#include <QCameraDevice>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QObject>
#include <QSize>

class QCamera;
class QImageCapture;
class QMediaCaptureSession;
class QVideoSink;

namespace yc::devices {

// What decides between a camera's formats, apart from the QCameraFormat
// itself (which only a QCameraDevice can create).
struct CameraFormatChoice
{
    QSize resolution;
    float maxFrameRate = 0;
};

// The largest still: the most pixels; among equals the higher frame rate
// (a smoother preview). -1 for an empty list. Document cameras often give
// their full resolution only as MJPG at a low rate — still the right pick,
// because the GStreamer backend takes the still from the running stream.
int pickLargestFormat(const QList<CameraFormatChoice> &formats);

// The document camera (高拍仪) through Qt Multimedia: a UVC camera, no vendor
// SDK. The preview goes to a QVideoSink (its videoFrameChanged signal gives
// frames to draw) or to any video output a widget offers (QVideoWidget);
// capture() delivers the full-resolution still.
class DocumentCamera : public QObject
{
    Q_OBJECT

public:
    explicit DocumentCamera(QObject *parent = nullptr);
    ~DocumentCamera() override;

    static QList<QCameraDevice> cameras();

    // Opens the camera (the default one when `device` is null), selects its
    // largest format and starts the preview.
    Result<void> open(const QCameraDevice &device = {});
    void close();
    bool isOpen() const;
    QSize stillResolution() const;

    // The sink the preview frames go to; replaced by setPreviewOutput().
    QVideoSink *previewSink() const;
    // A QVideoWidget or QVideoSink from the widget layer.
    void setPreviewOutput(QObject *output);

    bool isReadyForCapture() const;
    // false when not ready; the result comes as captured() or failed().
    bool capture();

signals:
    void readyForCaptureChanged(bool ready);
    void captured(const QImage &image);
    void failed(const yc::Error &error);

private:
    std::unique_ptr<QMediaCaptureSession> m_session;
    std::unique_ptr<QImageCapture> m_capture;
    std::unique_ptr<QVideoSink> m_sink;
    std::unique_ptr<QCamera> m_camera;
};

// Translated messages of the camera.
class CameraText
{
    Q_DECLARE_TR_FUNCTIONS(yc::devices::CameraText)

public:
    static Error noCamera();
    static Error cameraFailed(const QString &detail);
    static Error captureFailed(const QString &detail);
};

} // namespace yc::devices
