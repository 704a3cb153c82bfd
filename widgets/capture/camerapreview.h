#pragma once

#include <QImage>
#include <QPointer>
#include <QWidget>

class QVideoFrame;
class QVideoSink;

namespace yc {

// The document camera's live picture: draws the frames of a QVideoSink
// (DocumentCamera::previewSink()) scaled to fit, so the widget layer needs
// no Qt MultimediaWidgets.
class CameraPreview : public QWidget
{
    Q_OBJECT

public:
    explicit CameraPreview(QWidget *parent = nullptr);

    void setSink(QVideoSink *sink);
    bool hasFrame() const { return !m_frame.isNull(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void onFrame(const QVideoFrame &frame);

    QPointer<QVideoSink> m_sink;
    QImage m_frame;
};

} // namespace yc
