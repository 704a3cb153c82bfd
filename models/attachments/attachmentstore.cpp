#include "attachmentstore.h"

#include "audit/auditlog.h"
#include "core/clock.h"
#include "crypto/fieldcipher.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/transaction.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSet>
#include <QUuid>

Q_LOGGING_CATEGORY(lcAttachments, "yc.attachments", QtInfoMsg)

namespace yc {

namespace {

const QString kThumbSuffix = QStringLiteral(".thumb");

// Keeps what a person can read of a file name; no folders, no control
// characters, a sane length.
QString cleanFileName(const QString &name, const QString &mimeType)
{
    QString out;
    for (const QChar c : QFileInfo(name).fileName())
        if (!c.isNonCharacter() && c.category() != QChar::Other_Control && c != u'/' && c != u'\\')
            out += c;
    out = out.trimmed().left(120);
    if (out.isEmpty() || out.startsWith(u'.')) {
        const QString ext = mimeType == QStringLiteral("application/pdf") ? QStringLiteral("pdf")
                            : mimeType == QStringLiteral("image/png")     ? QStringLiteral("png")
                                                                          : QStringLiteral("jpg");
        out = QStringLiteral("material.") + ext;
    }
    return out;
}

AttachmentInfo fromRow(const QSqlQuery &q)
{
    AttachmentInfo a;
    a.id = q.value(0).toLongLong();
    a.caseMaterialId = q.value(1).toLongLong();
    a.materialCode = q.value(2).toString();
    a.fileName = q.value(3).toString();
    a.mimeType = q.value(4).toString();
    a.sizeBytes = q.value(5).toLongLong();
    a.pageCount = q.value(6).toInt();
    a.sha256 = q.value(7).toString();
    a.storageRef = q.value(8).toString();
    a.createdAt = fromStoredTime(q.value(9).toString());
    return a;
}

const QString kSelect = QStringLiteral(
    "SELECT a.id, a.case_material_id, m.material_code, a.file_name, a.mime_type, a.size_bytes, "
    "a.page_count, a.sha256, a.storage_ref, a.created_at, m.case_id FROM attachment a "
    "JOIN case_material m ON m.id = a.case_material_id ");

} // namespace

AttachmentStore::AttachmentStore(std::shared_ptr<Database> db, const FieldCipher *cipher, QString rootFolder,
                                 qint64 maxBytes)
    : m_db(std::move(db))
    , m_cipher(cipher)
    , m_root(std::move(rootFolder))
    , m_maxBytes(maxBytes)
{}

QString AttachmentStore::sha256Hex(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

QString AttachmentStore::absolute(const QString &storageRef) const
{
    return QDir(m_root).filePath(storageRef);
}

Result<void> AttachmentStore::writeEncrypted(const QString &storageRef, const QByteArray &plain) const
{
    auto sealed = m_cipher->encrypt(plain);
    if (!sealed)
        return sealed.error();
    const QString path = absolute(storageRef);
    const Error failed{QStringLiteral("attachment.io"),
                       tr("The material could not be saved in %1. Check that the disk has room and the "
                          "folder can be written, then save again.")
                           .arg(QDir::toNativeSeparators(m_root))};
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return failed;
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return failed;
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (out.write(sealed.value()) != sealed->size() || !out.commit())
        return failed;
    return {};
}

Result<QByteArray> AttachmentStore::readEncrypted(const QString &storageRef) const
{
    QFile in(absolute(storageRef));
    if (!in.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("attachment.missing"),
                     tr("The stored file of this material is missing. Capture the material again.")};
    return m_cipher->decrypt(in.readAll());
}

Result<StoredFile> AttachmentStore::storeFile(const AttachmentInput &input) const
{
    auto checked = AttachmentCheck::check(input.content, m_maxBytes);
    if (!checked)
        return checked.error();
    return storeFile(input, checked.value());
}

Result<StoredFile> AttachmentStore::storeFile(const AttachmentInput &input, const CheckedFile &checked) const
{
    StoredFile file;
    file.mimeType = checked.mimeType;
    file.fileName = cleanFileName(input.fileName, file.mimeType);
    file.sizeBytes = input.content.size();
    file.pageCount = checked.pageCount;
    file.sha256 = sha256Hex(input.content);
    file.createdAt = Clock::nowUtc();
    file.storageRef = QStringLiteral("%1/%2.ycb")
                          .arg(file.createdAt.toString(QStringLiteral("yyyy-MM")),
                               QUuid::createUuid().toString(QUuid::WithoutBraces));

    // Files first, each read back and compared, so a committed row always
    // has its file; the caller discards the files if its row does not commit.
    if (auto w = writeEncrypted(file.storageRef, input.content); !w) {
        discard(file.storageRef);
        return w.error();
    }
    auto back = readEncrypted(file.storageRef);
    if (!back || sha256Hex(back.value()) != file.sha256) {
        discard(file.storageRef);
        return Error{QStringLiteral("attachment.io"),
                     tr("The material was not saved correctly (the copy on disk differs). Check the disk, "
                        "then save again.")};
    }
    if (!input.thumbnail.isNull()) {
        QByteArray thumb;
        QBuffer buffer(&thumb);
        buffer.open(QIODevice::WriteOnly);
        input.thumbnail.scaled(kThumbnailSide, kThumbnailSide, Qt::KeepAspectRatio, Qt::SmoothTransformation)
            .save(&buffer, "JPEG", 80);
        if (auto w = writeEncrypted(file.storageRef + kThumbSuffix, thumb); !w) {
            discard(file.storageRef);
            return w.error();
        }
    }
    return file;
}

void AttachmentStore::discard(const QString &storageRef) const
{
    QFile::remove(absolute(storageRef));
    QFile::remove(absolute(storageRef + kThumbSuffix));
}

Result<QByteArray> AttachmentStore::readFile(const QString &storageRef, const QString &sha256) const
{
    auto plain = readEncrypted(storageRef);
    if (!plain)
        return plain.error();
    if (sha256Hex(plain.value()) != sha256)
        return Error{QStringLiteral("attachment.mismatch"),
                     tr("The stored file of this material does not match what was attached. Capture the "
                        "material again and tell the administrator.")};
    return plain;
}

Result<AttachmentInfo> AttachmentStore::add(qint64 caseId, const QString &materialCode,
                                            const AttachmentInput &input, const QString &staffNo,
                                            int windowNo)
{
    auto checked = AttachmentCheck::check(input.content, m_maxBytes);
    if (!checked)
        return checked.error();

    QSqlDatabase db = m_db->connection();
    auto material =
        sql::run(db,
                 QStringLiteral("SELECT m.id, c.local_id FROM case_material m JOIN case_record c "
                                "ON c.id = m.case_id WHERE m.case_id = ? AND m.material_code = ?"),
                 {caseId, materialCode});
    if (!material)
        return material.error();
    if (!material->next())
        return Error{QStringLiteral("attachment.no_material"),
                     tr("This case has no such material. Reopen the case and choose the material again.")};
    const qint64 caseMaterialId = material->value(0).toLongLong();
    const QString caseKey = material->value(1).toString();

    auto stored = storeFile(input, checked.value());
    if (!stored)
        return stored.error();
    AttachmentInfo info;
    info.caseMaterialId = caseMaterialId;
    info.materialCode = materialCode;
    info.mimeType = stored->mimeType;
    info.fileName = stored->fileName;
    info.sizeBytes = stored->sizeBytes;
    info.pageCount = stored->pageCount;
    info.sha256 = stored->sha256;
    info.createdAt = stored->createdAt;
    info.storageRef = stored->storageRef;
    auto removeFiles = [&] { discard(info.storageRef); };

    Transaction tx(db);
    auto fail = [&](const Error &e) -> Result<AttachmentInfo> {
        removeFiles();
        return e;
    };
    if (!tx.isActive())
        return fail(tx.beginError());
    auto row = sql::run(db,
                        QStringLiteral("INSERT INTO attachment (case_material_id, file_name, mime_type, "
                                       "size_bytes, page_count, sha256, storage_ref, created_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                        {caseMaterialId, info.fileName, info.mimeType, info.sizeBytes, info.pageCount,
                         info.sha256, info.storageRef, toStoredTime(info.createdAt)});
    if (!row)
        return fail(row.error());
    info.id = row->lastInsertId().toLongLong();
    if (auto a = appendAudit(db, {staffNo, windowNo, QStringLiteral("attachment.add"), caseKey,
                                  QStringLiteral("%1 #%2 %3 pages, %4 bytes")
                                      .arg(materialCode)
                                      .arg(info.id)
                                      .arg(info.pageCount)
                                      .arg(info.sizeBytes)});
        !a)
        return fail(a.error());
    if (auto c = tx.commit(); !c)
        return fail(c.error());
    qCInfo(lcAttachments) << "stored attachment" << info.id << info.mimeType << info.sizeBytes << "bytes";
    return info;
}

Result<QList<AttachmentInfo>> AttachmentStore::list(qint64 caseId) const
{
    auto q = sql::run(m_db->connection(), kSelect + QStringLiteral("WHERE m.case_id = ? ORDER BY m.id, a.id"),
                      {caseId});
    if (!q)
        return q.error();
    QList<AttachmentInfo> out;
    while (q->next())
        out << fromRow(q.value());
    return out;
}

Result<AttachmentInfo> AttachmentStore::info(qint64 attachmentId) const
{
    auto q = sql::run(m_db->connection(), kSelect + QStringLiteral("WHERE a.id = ?"), {attachmentId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{QStringLiteral("attachment.not_found"), tr("This material file no longer exists.")};
    return fromRow(q.value());
}

Result<QByteArray> AttachmentStore::read(qint64 attachmentId, const QString &staffNo, int windowNo) const
{
    auto a = info(attachmentId);
    if (!a)
        return a.error();
    auto plain = readEncrypted(a->storageRef);
    if (!plain)
        return plain.error();
    // The case records what was attached: a file swapped on disk, even one
    // encrypted with our key, does not pass as the material.
    if (sha256Hex(plain.value()) != a->sha256)
        return Error{QStringLiteral("attachment.mismatch"),
                     tr("The stored file of this material does not match what was attached. Capture the "
                        "material again and tell the administrator.")};
    if (auto audit = appendAudit(m_db->connection(), {staffNo, windowNo, QStringLiteral("attachment.read"),
                                                      QString::number(a->id), a->materialCode});
        !audit)
        return audit.error();
    return plain;
}

Result<QImage> AttachmentStore::thumbnail(qint64 attachmentId) const
{
    auto a = info(attachmentId);
    if (!a)
        return a.error();
    if (!QFile::exists(absolute(a->storageRef + kThumbSuffix)))
        return QImage();
    auto plain = readEncrypted(a->storageRef + kThumbSuffix);
    if (!plain)
        return plain.error();
    return QImage::fromData(plain.value(), "JPEG");
}

Result<void> AttachmentStore::remove(qint64 attachmentId, const QString &staffNo, int windowNo)
{
    auto a = info(attachmentId);
    if (!a)
        return a.error();
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    if (auto d = sql::run(db, QStringLiteral("DELETE FROM attachment WHERE id = ?"), {attachmentId}); !d)
        return d.error();
    if (auto audit = appendAudit(db, {staffNo, windowNo, QStringLiteral("attachment.remove"),
                                      QString::number(a->id), a->materialCode});
        !audit)
        return audit;
    if (auto c = tx.commit(); !c)
        return c;
    QFile::remove(absolute(a->storageRef));
    QFile::remove(absolute(a->storageRef + kThumbSuffix));
    return {};
}

Result<int> AttachmentStore::removeOrphans(const QDateTime &olderThan)
{
    auto q = sql::run(
        m_db->connection(),
        QStringLiteral(
            "SELECT storage_ref FROM attachment UNION ALL SELECT storage_ref FROM proxy_attachment"));
    if (!q)
        return q.error();
    QSet<QString> known;
    while (q->next()) {
        known.insert(q->value(0).toString());
        known.insert(q->value(0).toString() + kThumbSuffix);
    }
    const QDir root(m_root);
    int removed = 0;
    QDirIterator it(m_root, {QStringLiteral("*.ycb"), QStringLiteral("*.ycb") + kThumbSuffix}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (known.contains(root.relativeFilePath(path)) || it.fileInfo().lastModified() >= olderThan)
            continue;
        if (QFile::remove(path))
            ++removed;
    }
    if (removed > 0)
        qCInfo(lcAttachments) << "removed" << removed << "attachment files without a row";
    return removed;
}

} // namespace yc
