#pragma once

#include "app/capture/materialslot.h"
#include "attachments/attachmentstore.h"

#include <QObject>

namespace yc::capture {

// The materials being captured for one intake: one MaterialSlot per
// material code of the matter's list. Saved into the case once the intake
// has written it (the case and its case_material rows must exist).
class CaptureSession : public QObject
{
    Q_OBJECT

public:
    explicit CaptureSession(qint64 maxBytesPerMaterial = AttachmentCheck::kDefaultMaxBytes,
                            QObject *parent = nullptr);

    // The slot of a material, created on first use.
    MaterialSlot *slot(const QString &materialCode, const QString &materialName = {});
    QList<MaterialSlot *> materials() const { return m_slots; }
    void clear();

    // Everything over its limit, one line per material; empty when all fit.
    QStringList limitProblems() const;
    qint64 totalBytes() const;

    // Stores every non-empty slot as one attachment of its material. Checks
    // every slot before storing any; stops at the first failure and returns
    // the attachments stored until then with the error.
    struct SaveResult
    {
        QList<AttachmentInfo> stored;
        std::optional<Error> error;
    };
    SaveResult saveToCase(AttachmentStore &store, qint64 caseId, const QString &staffNo, int windowNo) const;

signals:
    void totalBytesChanged(qint64 bytes);

private:
    qint64 m_maxBytes;
    QList<MaterialSlot *> m_slots;
};

} // namespace yc::capture
