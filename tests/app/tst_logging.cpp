#include "app/core/logging.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

Q_LOGGING_CATEGORY(lcTest, "yc.test.logging", QtInfoMsg)

class TestLogging : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLoggingCategory::setFilterRules(QStringLiteral("yc.test.*=true")); }
    void cleanup() { yc::logging::uninstall(); }
    void writesCategoriesAndMasksPersonalData();
    void rotatesAndKeepsABoundedHistory();
};

static QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestLogging::writesCategoriesAndMasksPersonalData()
{
    QTemporaryDir dir;
    yc::logging::install(dir.path(), QStringLiteral("unit"));
    qCWarning(lcTest) << "card read for"
                      << "37010219900101123X"
                      << "phone"
                      << "13812345678";
    const QByteArray log = readAll(dir.filePath(QStringLiteral("unit.log")));
    QVERIFY(log.contains("WARN  yc.test.logging:"));
    QVERIFY(!log.contains("37010219900101123X"));
    QVERIFY(!log.contains("13812345678"));
    QVERIFY(log.contains("3701**********123X"));
}

void TestLogging::rotatesAndKeepsABoundedHistory()
{
    QTemporaryDir dir;
    yc::logging::install(dir.path(), QStringLiteral("rot"), 2048, 2);
    for (int i = 0; i < 200; ++i)
        qCWarning(lcTest) << "line" << i << QString(40, QLatin1Char(0x78));
    const QStringList files =
        QDir(dir.path()).entryList({QStringLiteral("rot.log*")}, QDir::Files, QDir::Name);
    QCOMPARE(files, (QStringList{QStringLiteral("rot.log"), QStringLiteral("rot.log.1"),
                                 QStringLiteral("rot.log.2")}));
    for (const QString &f : files)
        QVERIFY(QFileInfo(dir.filePath(f)).size() <= 2048);
    QVERIFY(readAll(dir.filePath(QStringLiteral("rot.log"))).contains("line 199"));
}

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
