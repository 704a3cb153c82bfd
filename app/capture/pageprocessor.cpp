#include "pageprocessor.h"

#include "app/capture/materialslot.h"

#include <QThread>

namespace yc::capture {

PageProcessor::PageProcessor(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_context(new QObject)
{
    m_thread->setObjectName(QStringLiteral("capture"));
    m_context->moveToThread(m_thread);
    m_thread->start();
}

PageProcessor::~PageProcessor()
{
    m_thread->quit();
    m_thread->wait();
    delete m_context;
}

void PageProcessor::submit(MaterialSlot *slot, const QImage &raw, double dpi, PageSource source)
{
    ProcessOptions options;
    options.treatment = slot->treatment();
    options.dpi = dpi;
    options.source = source;
    const QString code = slot->materialCode();
    QPointer<MaterialSlot> target(slot);
    ++m_pending;
    emit pendingChanged(m_pending);
    QMetaObject::invokeMethod(m_context, [this, target, code, raw, options] {
        auto page = CapturePipeline::process(raw, options);
        QMetaObject::invokeMethod(
            this,
            [this, target, code, page] {
                --m_pending;
                if (!page) {
                    emit failed(code, page.error());
                } else if (target) {
                    if (auto added = target->addPage(page.value()); !added)
                        emit failed(code, added.error());
                }
                emit pendingChanged(m_pending);
            },
            Qt::QueuedConnection);
    });
}

} // namespace yc::capture
