#include "widgets/capture/camerapreview.h"

#include <QPainter>
#include <QVideoFrame>
#include <QVideoSink>

namespace yc {

CameraPreview::CameraPreview(QWidget *parent)
    : QWidget(parent)
{
    setMinimumSize(320, 240);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void CameraPreview::setSink(QVideoSink *sink)
{
    if (m_sink)
        disconnect(m_sink, nullptr, this, nullptr);
    m_sink = sink;
    m_frame = QImage();
    if (sink)
        connect(sink, &QVideoSink::videoFrameChanged, this, &CameraPreview::onFrame);
    update();
}

void CameraPreview::onFrame(const QVideoFrame &frame)
{
    // Converting costs a little, so only what is on screen.
    if (!isVisible())
        return;
    m_frame = frame.toImage();
    update();
}

void CameraPreview::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::black);
    if (m_frame.isNull()) {
        p.setPen(Qt::white);
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("Waiting for the camera picture…"));
        return;
    }
    QRect target(QPoint(0, 0), m_frame.size().scaled(size(), Qt::KeepAspectRatio));
    target.moveCenter(rect().center());
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.drawImage(target, m_frame);
}

} // namespace yc
