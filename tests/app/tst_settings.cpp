#include "app/core/settings.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace yc;

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void defaultsComeFromTheTable();
    void roundTripsAndSignals();
    void badStoredValuesReadAsDefaults_data();
    void badStoredValuesReadAsDefaults();
    void refusesBadWrites();

private:
    std::unique_ptr<Settings> make(const QString &path)
    {
        return std::make_unique<Settings>(std::make_unique<QSettings>(path, QSettings::IniFormat));
    }
    QTemporaryDir m_dir;
};

void TestSettings::defaultsComeFromTheTable()
{
    auto s = make(m_dir.filePath(QStringLiteral("defaults.ini")));
    QCOMPARE(s->language(), QStringLiteral("auto"));
    QCOMPARE(s->largeFont(), false);
    QCOMPARE(s->idleLockMinutes(), 10);
    QCOMPARE(s->windowNumber(), 1);
    QVERIFY(s->databasePath().endsWith(QStringLiteral("yichuang.db")));
    QVERIFY(s->dataKeyPath().endsWith(QStringLiteral("field.key")));
    QCOMPARE(s->value(Settings::Key::ProvinceProfile).toString(), QStringLiteral("national"));
}

void TestSettings::roundTripsAndSignals()
{
    const QString path = m_dir.filePath(QStringLiteral("roundtrip.ini"));
    {
        auto s = make(path);
        QSignalSpy spy(s.get(), &Settings::changed);
        s->setValue(Settings::Key::Language, QStringLiteral("zh_CN"));
        s->setValue(Settings::Key::LargeFont, true);
        s->setValue(Settings::Key::WindowNumber, 7);
        s->setValue(Settings::Key::WindowNumber, 7); // unchanged: no signal
        QCOMPARE(spy.count(), 3);
        QCOMPARE(spy.at(2).at(0).value<Settings::Key>(), Settings::Key::WindowNumber);
        s->sync();
    }
    auto again = make(path);
    QCOMPARE(again->language(), QStringLiteral("zh_CN"));
    QCOMPARE(again->largeFont(), true);
    QCOMPARE(again->windowNumber(), 7);
}

void TestSettings::badStoredValuesReadAsDefaults_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<int>("which");
    QTest::newRow("language") << "ui/language"
                              << "klingon" << int(Settings::Key::Language);
    QTest::newRow("idle negative") << "session/idleLockMinutes"
                                   << "-5" << int(Settings::Key::IdleLockMinutes);
    QTest::newRow("idle text") << "session/idleLockMinutes"
                               << "ten" << int(Settings::Key::IdleLockMinutes);
    QTest::newRow("window zero") << "window/number"
                                 << "0" << int(Settings::Key::WindowNumber);
    QTest::newRow("window huge") << "window/number"
                                 << "100000" << int(Settings::Key::WindowNumber);
    QTest::newRow("large font") << "ui/largeFont"
                                << "maybe" << int(Settings::Key::LargeFont);
    QTest::newRow("empty database path") << "data/databasePath"
                                         << "" << int(Settings::Key::DatabasePath);
}

void TestSettings::badStoredValuesReadAsDefaults()
{
    QFETCH(QString, key);
    QFETCH(QString, stored);
    QFETCH(int, which);
    const QString path = m_dir.filePath(
        QStringLiteral("bad-%1.ini")
            .arg(QString::fromUtf8(QTest::currentDataTag()).replace(QLatin1Char(0x20), QLatin1Char(0x5f))));
    {
        QSettings raw(path, QSettings::IniFormat);
        raw.setValue(key, stored);
    }
    auto s = make(path);
    const auto k = static_cast<Settings::Key>(which);
    QCOMPARE(s->value(k), Settings::defaultValue(k));
}

void TestSettings::refusesBadWrites()
{
    auto s = make(m_dir.filePath(QStringLiteral("writes.ini")));
    QSignalSpy spy(s.get(), &Settings::changed);
    s->setValue(Settings::Key::IdleLockMinutes, 500);
    s->setValue(Settings::Key::Language, QStringLiteral("fr"));
    QCOMPARE(spy.count(), 0);
    QCOMPARE(s->idleLockMinutes(), 10);
    QCOMPARE(s->language(), QStringLiteral("auto"));
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
