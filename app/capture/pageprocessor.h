#pragma once

#include "app/capture/capturepipeline.h"

#include <QObject>
#include <QPointer>

class QThread;

namespace yc::capture {

class MaterialSlot;

// Runs the pipeline off the GUI thread: an A4 page at 300 dpi takes a third
// to half a second to straighten and compress, a feeder of ten pages
// several seconds. Pages are processed one after the other in the order submitted
// and appended to their slot in that order (in the slot's thread).
class PageProcessor : public QObject
{
    Q_OBJECT

public:
    explicit PageProcessor(QObject *parent = nullptr);
    ~PageProcessor() override;

    // The slot's treatment at the time of submission applies.
    void submit(MaterialSlot *slot, const QImage &raw, double dpi, PageSource source);
    int pending() const { return m_pending; }

signals:
    void pendingChanged(int pending);
    // A page the pipeline or the slot refused; the pages after it still come.
    void failed(const QString &materialCode, const yc::Error &error);

private:
    QThread *m_thread;
    QObject *m_context; // lives in m_thread
    int m_pending = 0;
};

} // namespace yc::capture
