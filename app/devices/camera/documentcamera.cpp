#include "documentcamera.h"

#include <QCamera>
#include <QImageCapture>
#include <QLoggingCategory>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QVideoSink>

Q_LOGGING_CATEGORY(lcCamera, "yc.device.camera", QtInfoMsg)

namespace yc::devices {

int pickLargestFormat(const QList<CameraFormatChoice> &formats)
{
    int best = -1;
    for (int i = 0; i < formats.size(); ++i) {
        const CameraFormatChoice &f = formats.at(i);
        if (f.resolution.isEmpty())
            continue;
        if (best < 0) {
            best = i;
            continue;
        }
        const CameraFormatChoice &b = formats.at(best);
        const qint64 area = qint64(f.resolution.width()) * f.resolution.height();
        const qint64 bestArea = qint64(b.resolution.width()) * b.resolution.height();
        if (area > bestArea || (area == bestArea && f.maxFrameRate > b.maxFrameRate))
            best = i;
    }
    return best;
}

Error CameraText::noCamera()
{
    return {QStringLiteral("camera.no_device"),
            tr("No document camera was found. Check that it is plugged in, then open it again.")};
}

Error CameraText::cameraFailed(const QString &detail)
{
    return {QStringLiteral("camera.failed"),
            tr("The document camera stopped working (%1). Unplug it, plug it in again and reopen it.")
                .arg(detail)};
}

Error CameraText::captureFailed(const QString &detail)
{
    return {QStringLiteral("camera.capture"),
            tr("The picture could not be taken (%1). Try again.").arg(detail)};
}

DocumentCamera::DocumentCamera(QObject *parent)
    : QObject(parent)
    , m_session(std::make_unique<QMediaCaptureSession>())
    , m_capture(std::make_unique<QImageCapture>())
    , m_sink(std::make_unique<QVideoSink>())
{
    m_session->setImageCapture(m_capture.get());
    m_session->setVideoSink(m_sink.get());
    m_capture->setQuality(QImageCapture::VeryHighQuality);
    connect(m_capture.get(), &QImageCapture::readyForCaptureChanged, this,
            &DocumentCamera::readyForCaptureChanged);
    connect(m_capture.get(), &QImageCapture::imageCaptured, this,
            [this](int, const QImage &image) { emit captured(image); });
    connect(m_capture.get(), &QImageCapture::errorOccurred, this,
            [this](int, QImageCapture::Error, const QString &message) {
                emit failed(CameraText::captureFailed(message));
            });
}

DocumentCamera::~DocumentCamera()
{
    close();
}

QList<QCameraDevice> DocumentCamera::cameras()
{
    return QMediaDevices::videoInputs();
}

Result<void> DocumentCamera::open(const QCameraDevice &device)
{
    close();
    const QCameraDevice chosen = device.isNull() ? QMediaDevices::defaultVideoInput() : device;
    if (chosen.isNull())
        return CameraText::noCamera();
    const QList<QCameraFormat> formats = chosen.videoFormats();
    QList<CameraFormatChoice> choices;
    for (const QCameraFormat &f : formats)
        choices << CameraFormatChoice{f.resolution(), f.maxFrameRate()};
    m_camera = std::make_unique<QCamera>(chosen);
    if (const int best = pickLargestFormat(choices); best >= 0)
        m_camera->setCameraFormat(formats.at(best));
    if (m_camera->isFocusModeSupported(QCamera::FocusModeAuto))
        m_camera->setFocusMode(QCamera::FocusModeAuto);
    connect(m_camera.get(), &QCamera::errorOccurred, this, [this](QCamera::Error, const QString &message) {
        emit failed(CameraText::cameraFailed(message));
    });
    m_session->setCamera(m_camera.get());
    m_camera->start();
    qCInfo(lcCamera) << "camera" << chosen.description() << "format" << m_camera->cameraFormat().resolution();
    return {};
}

void DocumentCamera::close()
{
    if (!m_camera)
        return;
    m_camera->stop();
    m_session->setCamera(nullptr);
    m_camera.reset();
}

bool DocumentCamera::isOpen() const
{
    return m_camera && m_camera->isActive();
}

QSize DocumentCamera::stillResolution() const
{
    return m_camera ? m_camera->cameraFormat().resolution() : QSize();
}

QVideoSink *DocumentCamera::previewSink() const
{
    return m_session->videoSink();
}

void DocumentCamera::setPreviewOutput(QObject *output)
{
    m_session->setVideoOutput(output ? output : m_sink.get());
}

bool DocumentCamera::isReadyForCapture() const
{
    return m_camera && m_capture->isReadyForCapture();
}

bool DocumentCamera::capture()
{
    if (!isReadyForCapture())
        return false;
    return m_capture->capture() >= 0;
}

} // namespace yc::devices
