#include "app/capture/materialslot.h"
#include "attachments/attachmentstore.h"
#include "capturefixture.h"
#include "store/sql.h"
#include "support/testsupport.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace yc;

// Attachments at rest: encrypted, byte-identical when read back, SHA-256 on
// the case, refused whole when damaged or too large, and a swapped or
// altered file is noticed.
class TestAttachmentStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void storesEncryptedAndReadsBackIdentical();
    void refusesAndLeavesNothing_data();
    void refusesAndLeavesNothing();
    void noticesAlteredAndSwappedFiles();
    void removesRowAndFiles();
    void keyFileIsPrivate();
    void removesOrphansOnly();

private:
    QStringList filesOnDisk() const
    {
        QStringList out;
        QDirIterator it(m_root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            out << it.next();
        return out;
    }
    QByteArray pdf() const
    {
        capture::MaterialSlot slot(QStringLiteral("x"), QStringLiteral("x"),
                                   AttachmentCheck::kDefaultMaxBytes);
        for (int i = 0; i < 2; ++i)
            (void)slot.addRawPage(test::documentOnDesk(QSize(400, 560), QSize(300, 420), 1.0 + i), 75,
                                  capture::PageSource::Scanner);
        return slot.materialFile()->content;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    test::CaseFixture m_fx;
    QString m_root;
    std::unique_ptr<AttachmentStore> m_store;
};

void TestAttachmentStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_fx = {};
    QVERIFY(m_fx.setUp(*m_dir));
    m_root = m_dir->filePath(QStringLiteral("attachments"));
    m_store = std::make_unique<AttachmentStore>(m_fx.db, &*m_fx.cipher, m_root, 200'000);
}

void TestAttachmentStore::cleanup()
{
    m_store.reset();
    m_fx = {};
    m_dir.reset();
}

void TestAttachmentStore::storesEncryptedAndReadsBackIdentical()
{
    const QByteArray content = pdf();
    QImage thumb(100, 140, QImage::Format_RGB32);
    thumb.fill(Qt::white);
    auto added =
        m_store->add(m_fx.caseId, m_fx.materialCodes.first(),
                     {QStringLiteral("../../申请书.pdf"), content, thumb}, QStringLiteral("1001"), 3);
    QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
    QCOMPARE(added->fileName, QStringLiteral("申请书.pdf")); // no folders from outside
    QCOMPARE(added->mimeType, QStringLiteral("application/pdf"));
    QCOMPARE(added->pageCount, 2);
    QCOMPARE(added->sizeBytes, qint64(content.size()));
    // At rest: nothing of the PDF in clear.
    const QByteArray onDisk = test::readFile(QDir(m_root).filePath(added->storageRef));
    QVERIFY(!onDisk.contains("%PDF"));
    QVERIFY(!onDisk.contains(content.mid(200, 64)));
    // Out again: byte for byte, and the SHA-256 on the case is the plaintext's.
    auto back = m_store->read(added->id, QStringLiteral("1001"), 3);
    QVERIFY(back.ok());
    QCOMPARE(back.value(), content);
    const QString recorded =
        sql::scalar(m_fx.db->connection(),
                    QStringLiteral("SELECT a.sha256 FROM attachment a JOIN case_material m "
                                   "ON m.id = a.case_material_id WHERE m.case_id = ?"),
                    {m_fx.caseId})
            ->toString();
    QCOMPARE(recorded, AttachmentStore::sha256Hex(content));
    auto listed = m_store->list(m_fx.caseId);
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->first().sha256, recorded);
    auto thumbnail = m_store->thumbnail(added->id);
    QVERIFY(thumbnail.ok());
    QVERIFY(!thumbnail->isNull());
    QCOMPARE(test::count(*m_fx.db, QStringLiteral("audit_log"), QStringLiteral("action = 'attachment.add'")),
             1);
    QCOMPARE(test::count(*m_fx.db, QStringLiteral("audit_log"), QStringLiteral("action = 'attachment.read'")),
             1);
}

void TestAttachmentStore::refusesAndLeavesNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("material");
    QTest::addColumn<QString>("code");
    const QByteArray good = pdf();
    QByteArray jpeg;
    {
        QBuffer b(&jpeg);
        b.open(QIODevice::WriteOnly);
        test::documentOnDesk(QSize(300, 400), QSize(200, 300), 0).save(&b, "JPEG");
    }
    QByteArray huge;
    {
        QImage noise(700, 700, QImage::Format_RGB32);
        for (int y = 0; y < noise.height(); ++y)
            for (int x = 0; x < noise.width(); ++x)
                noise.setPixel(x, y, qRgb((x * 7919 + y * 104729) % 251, (x * y) % 253, (x + y * 31) % 255));
        QBuffer b(&huge);
        b.open(QIODevice::WriteOnly);
        noise.save(&b, "PNG");
    }
    QTest::newRow("cut-off PDF") << good.left(good.size() - 300) << QString()
                                 << QStringLiteral("attachment.damaged");
    QTest::newRow("cut-off JPEG") << jpeg.left(jpeg.size() - 100) << QString()
                                  << QStringLiteral("attachment.damaged");
    QTest::newRow("not a picture") << QByteArray(5000, 'x') << QString() << QStringLiteral("attachment.type");
    QTest::newRow("over the limit") << huge << QString() << QStringLiteral("attachment.too_large");
    QTest::newRow("no such material")
        << good << QStringLiteral("no-such-code") << QStringLiteral("attachment.no_material");
}

void TestAttachmentStore::refusesAndLeavesNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, material);
    QFETCH(QString, code);
    auto added = m_store->add(m_fx.caseId, material.isEmpty() ? m_fx.materialCodes.first() : material,
                              {QStringLiteral("x"), content, {}}, QStringLiteral("1001"), 3);
    QVERIFY(!added.ok());
    QCOMPARE(added.error().code, code);
    if (code == QStringLiteral("attachment.too_large"))
        QVERIFY(added.error().message.contains(AttachmentCheck::humanSize(200'000)));
    QCOMPARE(test::count(*m_fx.db, QStringLiteral("attachment")), 0);
    QCOMPARE(test::count(*m_fx.db, QStringLiteral("audit_log"), QStringLiteral("action = 'attachment.add'")),
             0);
    QCOMPARE(filesOnDisk(), QStringList());
}

void TestAttachmentStore::noticesAlteredAndSwappedFiles()
{
    const QByteArray a = pdf();
    QByteArray b;
    {
        QBuffer buf(&b);
        buf.open(QIODevice::WriteOnly);
        test::documentOnDesk(QSize(300, 400), QSize(200, 300), 0).save(&buf, "PNG");
    }
    auto first = m_store->add(m_fx.caseId, m_fx.materialCodes.first(), {QStringLiteral("a.pdf"), a, {}},
                              QStringLiteral("1001"), 3);
    auto second = m_store->add(m_fx.caseId, m_fx.materialCodes.last(), {QStringLiteral("b.png"), b, {}},
                               QStringLiteral("1001"), 3);
    QVERIFY(first.ok() && second.ok());
    const QString pathA = QDir(m_root).filePath(first->storageRef);
    const QString pathB = QDir(m_root).filePath(second->storageRef);
    // Swapped on disk: each decrypts, neither is what the case recorded.
    const QByteArray blobA = test::readFile(pathA);
    const QByteArray blobB = test::readFile(pathB);
    auto write = [](const QString &path, const QByteArray &bytes) {
        QFile f(path);
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    };
    write(pathA, blobB);
    write(pathB, blobA);
    QCOMPARE(m_store->read(first->id, QStringLiteral("1001"), 3).error().code,
             QStringLiteral("attachment.mismatch"));
    // One bit changed: the GCM tag refuses it.
    QByteArray altered = blobA;
    altered[altered.size() / 2] = char(altered[altered.size() / 2] ^ 0x01);
    write(pathA, altered);
    QCOMPARE(m_store->read(first->id, QStringLiteral("1001"), 3).error().code,
             QStringLiteral("crypto.decrypt"));
    QFile::remove(pathA);
    QCOMPARE(m_store->read(first->id, QStringLiteral("1001"), 3).error().code,
             QStringLiteral("attachment.missing"));
}

void TestAttachmentStore::removesRowAndFiles()
{
    QImage thumb(50, 50, QImage::Format_RGB32);
    thumb.fill(Qt::gray);
    auto added = m_store->add(m_fx.caseId, m_fx.materialCodes.first(),
                              {QStringLiteral("a.pdf"), pdf(), thumb}, QStringLiteral("1001"), 3);
    QVERIFY(added.ok());
    QCOMPARE(filesOnDisk().size(), 2); // the file and its thumbnail
    QVERIFY(m_store->remove(added->id, QStringLiteral("1001"), 3).ok());
    QCOMPARE(test::count(*m_fx.db, QStringLiteral("attachment")), 0);
    QCOMPARE(filesOnDisk(), QStringList());
    QCOMPARE(m_store->read(added->id, QStringLiteral("1001"), 3).error().code,
             QStringLiteral("attachment.not_found"));
}

void TestAttachmentStore::keyFileIsPrivate()
{
    // The per-installation attachment key: a file outside the database,
    // created on first use, readable by its owner only, the same key after.
    const QString keyFile = m_dir->filePath(QStringLiteral("keys/attachment.key"));
    auto cipher = FieldCipher::loadOrCreate(keyFile);
    QVERIFY(cipher.ok());
    QCOMPARE(QFile::permissions(keyFile) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    AttachmentStore store(m_fx.db, &cipher.value(), m_root);
    const QByteArray content = pdf();
    auto added = store.add(m_fx.caseId, m_fx.materialCodes.first(), {QStringLiteral("a.pdf"), content, {}},
                           QStringLiteral("1001"), 3);
    QVERIFY(added.ok());
    auto again = FieldCipher::loadOrCreate(keyFile);
    QVERIFY(again.ok());
    AttachmentStore reopened(m_fx.db, &again.value(), m_root);
    QCOMPARE(reopened.read(added->id, QStringLiteral("1001"), 3).value(), content);
    // The other installation's key cannot read it.
    AttachmentStore stranger(m_fx.db, &*m_fx.cipher, m_root);
    QCOMPARE(stranger.read(added->id, QStringLiteral("1001"), 3).error().code,
             QStringLiteral("crypto.decrypt"));
}

void TestAttachmentStore::removesOrphansOnly()
{
    QImage thumb(50, 50, QImage::Format_RGB32);
    thumb.fill(Qt::gray);
    auto kept = m_store->add(m_fx.caseId, m_fx.materialCodes.first(), {QStringLiteral("a.pdf"), pdf(), thumb},
                             QStringLiteral("1001"), 3);
    QVERIFY(kept.ok());
    // What a crash between the file and the row leaves: a file without a row.
    const QString orphan = QDir(m_root).filePath(QStringLiteral("2026-01/0000-orphan.ycb"));
    QVERIFY(QDir().mkpath(QFileInfo(orphan).absolutePath()));
    QFile f(orphan);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("YC1 sealed bytes");
    f.close();
    const QString notOurs = QDir(m_root).filePath(QStringLiteral("readme.txt"));
    QFile other(notOurs);
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.close();

    // A file newer than the cut-off may be an attachment being added.
    QCOMPARE(m_store->removeOrphans(QDateTime::currentDateTimeUtc().addSecs(-3600)).value(), 0);
    QVERIFY(QFile::exists(orphan));
    QCOMPARE(m_store->removeOrphans(QDateTime::currentDateTimeUtc().addSecs(3600)).value(), 1);
    QVERIFY(!QFile::exists(orphan));
    QVERIFY(QFile::exists(notOurs));
    QCOMPARE(m_store->read(kept->id, QStringLiteral("1001"), 3).ok(), true);
    QVERIFY(!m_store->thumbnail(kept->id)->isNull());
}

QTEST_MAIN(TestAttachmentStore)
#include "tst_attachmentstore.moc"
