#include "capturesession.h"

namespace yc::capture {

CaptureSession::CaptureSession(qint64 maxBytesPerMaterial, QObject *parent)
    : QObject(parent)
    , m_maxBytes(maxBytesPerMaterial)
{}

MaterialSlot *CaptureSession::slot(const QString &materialCode, const QString &materialName)
{
    for (MaterialSlot *s : std::as_const(m_slots))
        if (s->materialCode() == materialCode)
            return s;
    auto *s = new MaterialSlot(materialCode, materialName, m_maxBytes, this);
    connect(s, &MaterialSlot::materialBytesChanged, this, [this] { emit totalBytesChanged(totalBytes()); });
    m_slots << s;
    return s;
}

void CaptureSession::clear()
{
    qDeleteAll(m_slots);
    m_slots.clear();
    emit totalBytesChanged(0);
}

QStringList CaptureSession::limitProblems() const
{
    QStringList out;
    for (const MaterialSlot *s : m_slots)
        if (s->overLimit())
            out << tr("%1: %2", "material: what is wrong").arg(s->materialName(), s->limitMessage());
    return out;
}

qint64 CaptureSession::totalBytes() const
{
    qint64 total = 0;
    for (const MaterialSlot *s : m_slots)
        total += s->materialBytes();
    return total;
}

CaptureSession::SaveResult CaptureSession::saveToCase(AttachmentStore &store, qint64 caseId,
                                                      const QString &staffNo, int windowNo) const
{
    SaveResult result;
    QList<std::pair<const MaterialSlot *, MaterialFile>> files;
    for (const MaterialSlot *s : m_slots) {
        if (s->isEmpty())
            continue;
        auto file = s->materialFile();
        if (!file) {
            result.error = file.error();
            return result;
        }
        if (auto size = AttachmentCheck::checkSize(file->content.size(), store.maxBytes()); !size) {
            result.error =
                Error{size.error().code,
                      tr("%1: %2", "material: what is wrong").arg(s->materialName(), size.error().message)};
            return result;
        }
        files.append({s, std::move(file.value())});
    }
    for (const auto &[s, file] : files) {
        QImage thumbnail;
        if (!s->pages().isEmpty())
            thumbnail = s->pages().first().thumbnail;
        auto stored = store.add(caseId, s->materialCode(), {s->suggestedFileName(), file.content, thumbnail},
                                staffNo, windowNo);
        if (!stored) {
            result.error = stored.error();
            return result;
        }
        result.stored << stored.value();
    }
    return result;
}

} // namespace yc::capture
