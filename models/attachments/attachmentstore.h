#pragma once

#include "attachments/attachmentcheck.h"
#include "core/result.h"

#include <memory>

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QList>
#include <QString>

namespace yc {

class Database;
class FieldCipher;

// A file to attach to one material of a case, as the capture pipeline or a
// file import produced it.
struct AttachmentInput
{
    QString fileName; // shown to people, e.g. "身份证.pdf"
    QByteArray content;
    QImage thumbnail; // the first page, small; optional
};

struct AttachmentInfo
{
    qint64 id = 0;
    qint64 caseMaterialId = 0;
    QString materialCode;
    QString fileName;
    QString mimeType;
    qint64 sizeBytes = 0;
    int pageCount = 1;
    QString sha256; // of the plaintext, hex
    QString storageRef;
    QDateTime createdAt;
};

// A file written by AttachmentStore::storeFile for a record that is not a
// case's material (the 帮办代办 mandate scan); the caller keeps the row.
struct StoredFile
{
    QString fileName;
    QString mimeType;
    qint64 sizeBytes = 0;
    int pageCount = 1;
    QString sha256; // of the plaintext, hex
    QString storageRef;
    QDateTime createdAt;
};

// Attachments of a case's materials, encrypted at rest (AES-256-GCM through
// FieldCipher, a per-installation key file outside the database) in files
// under one folder; the database row holds the name, type, size, page count
// and the SHA-256 of the plaintext. A file is checked before anything is
// written (size limit, whole image, whole PDF), written and read back before
// its row commits, and removed again if the row does not: a refused or failed
// attachment leaves nothing behind.
class AttachmentStore
{
    Q_DECLARE_TR_FUNCTIONS(yc::AttachmentStore)

public:
    static constexpr int kThumbnailSide = 240;

    AttachmentStore(std::shared_ptr<Database> db, const FieldCipher *cipher, QString rootFolder,
                    qint64 maxBytes = AttachmentCheck::kDefaultMaxBytes);

    qint64 maxBytes() const { return m_maxBytes; }

    Result<AttachmentInfo> add(qint64 caseId, const QString &materialCode, const AttachmentInput &input,
                               const QString &staffNo, int windowNo);
    Result<QList<AttachmentInfo>> list(qint64 caseId) const;
    // Decrypts and checks the SHA-256 against the case; audited (the
    // content is personal data).
    Result<QByteArray> read(qint64 attachmentId, const QString &staffNo, int windowNo) const;
    // Null image when none was stored (imported PDFs).
    Result<QImage> thumbnail(qint64 attachmentId) const;
    Result<void> remove(qint64 attachmentId, const QString &staffNo, int windowNo);
    // Files no row refers to: left by a program that stopped between writing
    // a file and committing its row. Only files last written before
    // `olderThan` go, so an attachment being added is never touched. Returns
    // how many files were removed. Run at start-up.
    Result<int> removeOrphans(const QDateTime &olderThan);

    // For records other than a case's materials: the file is checked,
    // encrypted, written and read back without a row. The caller inserts its
    // own row (proxy_attachment) in its own transaction and discards the
    // file when that does not commit; removeOrphans knows both tables.
    Result<StoredFile> storeFile(const AttachmentInput &input) const;
    void discard(const QString &storageRef) const;
    // A file stored by storeFile, checked against the SHA-256 of its row.
    // The caller audits the read.
    Result<QByteArray> readFile(const QString &storageRef, const QString &sha256) const;

    static QString sha256Hex(const QByteArray &content);

private:
    Result<StoredFile> storeFile(const AttachmentInput &input, const CheckedFile &checked) const;
    Result<AttachmentInfo> info(qint64 attachmentId) const;
    QString absolute(const QString &storageRef) const;
    Result<void> writeEncrypted(const QString &storageRef, const QByteArray &plain) const;
    Result<QByteArray> readEncrypted(const QString &storageRef) const;

    std::shared_ptr<Database> m_db;
    const FieldCipher *m_cipher;
    QString m_root;
    qint64 m_maxBytes;
};

} // namespace yc
