#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

// Chinese is the users' language: every message of the program must have a
// finished zh_CN translation that keeps its placeholders.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyMessageIsTranslated();
    void translationsKeepPlaceholders();
    void theFileCoversEverySourceString();
    void theEmbeddedCatalogIsChinese();

private:
    struct Message
    {
        QString context;
        QString source;
        QStringList translations; // one per numerus form
        bool finished = true;
    };
    static QList<Message> read(const QString &path, QString *error);
    static QStringList unfinished(const QList<Message> &messages);
};

QList<TestTranslations::Message> TestTranslations::read(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read ") + path;
        return {};
    }
    QList<Message> out;
    QXmlStreamReader xml(&f);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name"))
                context = xml.readElementText();
            else if (name == QLatin1String("message"))
                current = Message{context, {}, {}, true};
            else if (name == QLatin1String("source"))
                current.source = xml.readElementText();
            else if (name == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                if (!type.isEmpty())
                    current.finished = false; // unfinished, vanished or obsolete
                QString text;
                while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        current.translations << xml.readElementText();
                    else if (xml.isCharacters())
                        text += xml.text();
                }
                if (current.translations.isEmpty())
                    current.translations << text;
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            out << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QStringList TestTranslations::unfinished(const QList<Message> &messages)
{
    QStringList out;
    for (const Message &m : messages) {
        const bool empty = std::any_of(m.translations.cbegin(), m.translations.cend(),
                                       [](const QString &t) { return t.trimmed().isEmpty(); });
        if (!m.finished || empty)
            out << m.context + QStringLiteral(": ") + m.source;
    }
    return out;
}

void TestTranslations::everyMessageIsTranslated()
{
    QString error;
    const auto messages = read(QStringLiteral(YC_TS_ZH), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 200);
    const QStringList missing = unfinished(messages);
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("unfinished zh_CN translations:\n") +
                                           missing.join(QLatin1Char('\n'))));
}

void TestTranslations::translationsKeepPlaceholders()
{
    QString error;
    const auto messages = read(QStringLiteral(YC_TS_ZH), &error);
    static const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
    QStringList broken;
    for (const Message &m : messages) {
        QStringList wanted;
        for (auto it = placeholder.globalMatch(m.source); it.hasNext();)
            wanted << it.next().captured(0);
        wanted.sort();
        wanted.removeDuplicates();
        for (const QString &t : m.translations) {
            QStringList got;
            for (auto it = placeholder.globalMatch(t); it.hasNext();)
                got << it.next().captured(0);
            got.sort();
            got.removeDuplicates();
            if (got != wanted)
                broken << m.source + QStringLiteral(" => ") + t;
        }
    }
    QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1Char('\n'))));
}

void TestTranslations::theFileCoversEverySourceString()
{
    // Run lupdate over the sources into a copy: a tr() string missing from
    // the file shows up as a new, unfinished message.
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("yichuang_zh_CN.ts"));
    QVERIFY(QFile::copy(QStringLiteral(YC_TS_ZH), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QStringList args{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                     QStringLiteral("-silent"),
                     // The include paths the build uses, so a context class from
                     // another header ("app/devices/…/readertexts.h") resolves as in
                     // the update_translations target.
                     QStringLiteral("-I"), QStringLiteral(YC_SOURCE_DIR), QStringLiteral("-I"),
                     QStringLiteral(YC_SOURCE_DIR "/models")};
    for (const char *folder : {"models", "app", "widgets"}) {
        QDirIterator it(QStringLiteral(YC_SOURCE_DIR "/") + QLatin1String(folder),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            args << it.next();
    }
    args << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.start(QStringLiteral(YC_LUPDATE), args);
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);
    QString error;
    const auto messages = read(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QStringList missing = unfinished(messages);
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("run the update_translations target and translate:\n") +
                        missing.join(QLatin1Char('\n'))));
}

void TestTranslations::theEmbeddedCatalogIsChinese()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/yichuang_zh_CN.qm")));
    QCOMPARE(translator.translate("yc::MainWindow", "Cases"), QStringLiteral("办件"));
    QCOMPARE(translator.translate("yc::StaffRepository", "Wrong staff number or password."),
             QStringLiteral("工号或密码错误。"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
