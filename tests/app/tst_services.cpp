#include "store/database.h"
#include "store/schema.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The console services as real processes on real sockets: they start, open
// their databases, answer /health, and refuse bad configuration clearly.
class TestServices : public QObject
{
    Q_OBJECT

private slots:
    void answersHealth_data();
    void answersHealth();
    void refusesToListenBeyondLoopbackWithoutTls();
    void refusesABadPortAndAMissingConfig();
    void readsTheConfigurationFile();
    void refusesADatabaseOfTheOtherService();

private:
    struct Started
    {
        std::unique_ptr<QProcess> process;
        quint16 port = 0;
    };
    Started start(const QString &program, const QStringList &arguments);
    QJsonObject getHealth(quint16 port, int *status);
};

TestServices::Started TestServices::start(const QString &program, const QStringList &arguments)
{
    Started s;
    s.process = std::make_unique<QProcess>();
    s.process->setProgram(program);
    s.process->setArguments(arguments);
    s.process->start();
    if (!s.process->waitForStarted(10000))
        return s;
    static const QRegularExpression line(QStringLiteral("listening on http://[^:]+:(\\d+)"));
    QByteArray out;
    while (s.process->state() == QProcess::Running && s.process->waitForReadyRead(10000)) {
        out += s.process->readAllStandardOutput();
        const auto m = line.match(QString::fromUtf8(out));
        if (m.hasMatch()) {
            s.port = static_cast<quint16>(m.captured(1).toUInt());
            break;
        }
    }
    return s;
}

QJsonObject TestServices::getHealth(quint16 port, int *status)
{
    QNetworkAccessManager nam;
    QNetworkReply *reply =
        nam.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/health").arg(port))));
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(10000);
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return body;
}

void TestServices::answersHealth_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("service");
    QTest::addColumn<int>("schema");
    QTest::newRow("halld") << QStringLiteral(YC_HALLD) << QStringLiteral("yichuang-halld")
                           << yc::mainSchema().latestVersion();
    // yichuang-platform-sim speaks HTTPS with mutual TLS only: tests/sync covers it.
}

void TestServices::answersHealth()
{
    QFETCH(QString, program);
    QFETCH(QString, service);
    QFETCH(int, schema);
    QTemporaryDir dir;
    auto s = start(program,
                   {QStringLiteral("--database"), dir.filePath(QStringLiteral("s.db")),
                    QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--log-dir"), dir.path()});
    QVERIFY2(s.port != 0, s.process->readAllStandardError().constData());
    int status = 0;
    const QJsonObject health = getHealth(s.port, &status);
    QCOMPARE(status, 200);
    QCOMPARE(health.value(QStringLiteral("service")).toString(), service);
    QCOMPARE(health.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(health.value(QStringLiteral("schemaVersion")).toInt(), schema);
    s.process->terminate();
    QVERIFY(s.process->waitForFinished(10000));
    QCOMPARE(s.process->exitCode(), 0);
    QVERIFY(QFile::exists(dir.filePath(service + QStringLiteral(".log"))));
}

void TestServices::refusesToListenBeyondLoopbackWithoutTls()
{
    QTemporaryDir dir;
    QProcess p;
    p.start(QStringLiteral(YC_HALLD),
            {QStringLiteral("--database"), dir.filePath(QStringLiteral("s.db")), QStringLiteral("--listen"),
             QStringLiteral("0.0.0.0"), QStringLiteral("--port"), QStringLiteral("0"),
             QStringLiteral("--log-dir"), dir.path()});
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitCode(), 4);
    QVERIFY(p.readAllStandardError().contains("TLS"));
}

void TestServices::refusesABadPortAndAMissingConfig()
{
    QProcess p;
    p.start(QStringLiteral(YC_HALLD), {QStringLiteral("--port"), QStringLiteral("99999")});
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(p.readAllStandardError().contains("99999"));
    p.start(QStringLiteral(YC_HALLD),
            {QStringLiteral("--config"), QStringLiteral("/nonexistent/halld.conf")});
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(p.readAllStandardError().contains("/nonexistent/halld.conf"));
}

void TestServices::readsTheConfigurationFile()
{
    QTemporaryDir dir;
    const QString conf = dir.filePath(QStringLiteral("halld.conf"));
    {
        QSettings ini(conf, QSettings::IniFormat);
        ini.setValue(QStringLiteral("hall/code"), QStringLiteral("DEMO-7"));
        ini.setValue(QStringLiteral("server/listen"), QStringLiteral("127.0.0.1"));
        ini.setValue(QStringLiteral("server/port"), 0);
        ini.setValue(QStringLiteral("database/path"), dir.filePath(QStringLiteral("conf.db")));
        ini.setValue(QStringLiteral("log/dir"), dir.path());
    }
    auto s = start(QStringLiteral(YC_HALLD), {QStringLiteral("--config"), conf});
    QVERIFY(s.port != 0);
    int status = 0;
    QCOMPARE(getHealth(s.port, &status).value(QStringLiteral("hall")).toString(), QStringLiteral("DEMO-7"));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("conf.db"))));
    s.process->terminate();
    s.process->waitForFinished(10000);
}

void TestServices::refusesADatabaseOfTheOtherService()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("client.db"));
    QVERIFY(yc::Database::open(path, yc::mainSchema()).ok());
    QProcess p;
    p.start(QStringLiteral(YC_PLATFORM_SIM), {QStringLiteral("--database"), path, QStringLiteral("--port"),
                                              QStringLiteral("0"), QStringLiteral("--log-dir"), dir.path()});
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitCode(), 3);
}

QTEST_GUILESS_MAIN(TestServices)
#include "tst_services.moc"
