#include "app/announcer/announcer.h"
#include "app/announcer/announcerconfig.h"
#include "app/announcer/pcmoutput.h"
#include "app/announcer/ttsspeaker.h"
#include "queue/queueengine.h"
#include "support/testsupport.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace yc;
using namespace yc::announcer;

// The [announcer] section and the voice it leads to: defaults, paths
// relative to the INI file, every refused value with its message, and a
// voice that cannot play (no speech engine, no sound card) either refused at
// start or reported per announcement without stopping the queue.
class TestAnnouncerConfig : public QObject
{
    Q_OBJECT

private slots:
    void readsDefaultsAndRelativePaths();
    void refusesValuesThatCannotWork_data();
    void refusesValuesThatCannotWork();
    void refusesTtsWithoutAMandarinEngine();
    void refusesAnIncompleteClipFolder();
    void goesOnWithoutASoundCard();

private:
    QString iniWith(const QVariantMap &values);
    QTemporaryDir m_dir;
};

QString TestAnnouncerConfig::iniWith(const QVariantMap &values)
{
    static int n = 0;
    const QString path = m_dir.filePath(QStringLiteral("c%1.conf").arg(++n));
    QSettings ini(path, QSettings::IniFormat);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        ini.setValue(QStringLiteral("announcer/") + it.key(), it.value());
    ini.sync();
    return path;
}

void TestAnnouncerConfig::readsDefaultsAndRelativePaths()
{
    QSettings empty(iniWith({}), QSettings::IniFormat);
    auto d = AnnouncerConfig::fromSettings(empty, m_dir.path());
    QVERIFY2(d, qPrintable(d.error().message));
    QCOMPARE(d->enabled, false);
    QCOMPARE(d->voice, AnnouncerConfig::Voice::Auto);
    QCOMPARE(d->output, AnnouncerConfig::Output::Audio);
    QCOMPARE(d->repeat, 2);
    QCOMPARE(d->chime, true);

    QSettings ini(
        iniWith({{QStringLiteral("enabled"), true},
                 {QStringLiteral("voice"), QStringLiteral("clips")},
                 {QStringLiteral("output"), QStringLiteral("wav")},
                 {QStringLiteral("wav_dir"), QStringLiteral("spoken")},
                 {QStringLiteral("clips_dir"), QStringLiteral("/opt/hall/voice")},
                 {QStringLiteral("repeat"), 3},
                 {QStringLiteral("chime"), false},
                 {QStringLiteral("recall_template"), QStringLiteral("请{ticket}号再次到{window}号窗口")}}),
        QSettings::IniFormat);
    auto c = AnnouncerConfig::fromSettings(ini, QStringLiteral("/etc/yichuang"));
    QVERIFY2(c, qPrintable(c.error().message));
    QCOMPARE(c->enabled, true);
    QCOMPARE(c->voice, AnnouncerConfig::Voice::Clips);
    QCOMPARE(c->output, AnnouncerConfig::Output::Wav);
    QCOMPARE(c->wavDir, QStringLiteral("/etc/yichuang/spoken"));
    QCOMPARE(c->clipsDir, QStringLiteral("/opt/hall/voice"));
    QCOMPARE(c->repeat, 3);
    QCOMPARE(c->chime, false);
    QCOMPARE(c->recallTemplate, QStringLiteral("请{ticket}号再次到{window}号窗口"));
}

void TestAnnouncerConfig::refusesValuesThatCannotWork_data()
{
    QTest::addColumn<QVariantMap>("values");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("voice") << QVariantMap{{QStringLiteral("voice"), QStringLiteral("robot")}}
                           << QStringLiteral("robot");
    QTest::newRow("output") << QVariantMap{{QStringLiteral("output"), QStringLiteral("mp3")}}
                            << QStringLiteral("mp3");
    QTest::newRow("repeat 0") << QVariantMap{{QStringLiteral("repeat"), 0}} << QStringLiteral("repeat");
    QTest::newRow("repeat 6") << QVariantMap{{QStringLiteral("repeat"), 6}} << QStringLiteral("repeat");
    QTest::newRow("repeat text") << QVariantMap{{QStringLiteral("repeat"), QStringLiteral("twice")}}
                                 << QStringLiteral("repeat");
    QTest::newRow("pause") << QVariantMap{{QStringLiteral("pause_ms"), -1}} << QStringLiteral("pause_ms");
    QTest::newRow("chime gap") << QVariantMap{{QStringLiteral("chime_gap_ms"), 20000}}
                               << QStringLiteral("chime_gap_ms");
    QTest::newRow("wav without a folder")
        << QVariantMap{{QStringLiteral("output"), QStringLiteral("wav")}} << QStringLiteral("wav_dir");
    QTest::newRow("tts to wav") << QVariantMap{{QStringLiteral("output"), QStringLiteral("wav")},
                                               {QStringLiteral("wav_dir"), QStringLiteral("out")},
                                               {QStringLiteral("voice"), QStringLiteral("tts")}}
                                << QStringLiteral("voice=tts");
}

void TestAnnouncerConfig::refusesValuesThatCannotWork()
{
    QFETCH(QVariantMap, values);
    QFETCH(QString, mentions);
    QSettings ini(iniWith(values), QSettings::IniFormat);
    auto c = AnnouncerConfig::fromSettings(ini, m_dir.path());
    QVERIFY(!c);
    QCOMPARE(c.error().code, QStringLiteral("announcer.config"));
    QVERIFY2(c.error().message.contains(mentions), qPrintable(c.error().message));
}

void TestAnnouncerConfig::refusesTtsWithoutAMandarinEngine()
{
    if (TtsSpeaker::findMandarin({}))
        QSKIP("this host has a Mandarin speech engine");
    auto db = test::openTempDatabase(m_dir, QStringLiteral("tts.db"));
    QVERIFY(db);
    queue::QueueEngine engine(db);
    AnnouncerConfig config;
    config.voice = AnnouncerConfig::Voice::Tts;
    auto made = Announcer::create(engine, config);
    QVERIFY(!made);
    QCOMPARE(made.error().code, QStringLiteral("announcer.no_tts"));
    // voice=auto falls back to the clips instead.
    config.voice = AnnouncerConfig::Voice::Auto;
    config.output = AnnouncerConfig::Output::Wav;
    config.wavDir = m_dir.filePath(QStringLiteral("auto"));
    auto fallback = Announcer::create(engine, config);
    QVERIFY2(fallback, qPrintable(fallback.error().message));
    QVERIFY(fallback.value()->speaker().description().startsWith(QStringLiteral("prerecorded clips")));
}

void TestAnnouncerConfig::refusesAnIncompleteClipFolder()
{
    auto db = test::openTempDatabase(m_dir, QStringLiteral("clips.db"));
    QVERIFY(db);
    queue::QueueEngine engine(db);
    AnnouncerConfig config;
    config.voice = AnnouncerConfig::Voice::Clips;
    config.output = AnnouncerConfig::Output::Wav;
    config.wavDir = m_dir.filePath(QStringLiteral("out"));
    config.clipsDir = m_dir.filePath(QStringLiteral("no-such-folder"));
    auto made = Announcer::create(engine, config);
    QVERIFY(!made);
    QCOMPARE(made.error().code, QStringLiteral("announcer.clips"));
    QVERIFY2(made.error().message.contains(QStringLiteral("qing.wav")), qPrintable(made.error().message));
}

void TestAnnouncerConfig::goesOnWithoutASoundCard()
{
    if (SoundCardOutput::available())
        QSKIP("this host has a sound card; the test is about hosts without one");
    auto db = test::openTempDatabase(m_dir, QStringLiteral("audio.db"));
    QVERIFY(db);
    queue::QueueEngine engine(db);
    AnnouncerConfig config;
    config.voice = AnnouncerConfig::Voice::Clips;
    auto made = Announcer::create(engine, config);
    QVERIFY2(made, qPrintable(made.error().message));
    AnnouncementQueue &queue = made.value()->queue();
    QSignalSpy spoken(&queue, &AnnouncementQueue::spoken);
    Announcement a;
    a.seq = 1;
    a.ticketId = 1;
    a.displayNo = QStringLiteral("A001");
    a.windowNo = 1;
    queue.add(a);
    a.seq = 2;
    a.ticketId = 2;
    a.displayNo = QStringLiteral("A002");
    queue.add(a);
    // Both are reported as not played, one after the other: the queue does
    // not stall on a missing device.
    QVERIFY(QTest::qWaitFor([&] { return spoken.size() == 2; }, 20000));
    QCOMPARE(spoken.at(0).at(1).toBool(), false);
    QVERIFY(spoken.at(0).at(2).toString().contains(QStringLiteral("sound card")));
    QVERIFY(queue.isIdle());
}

QTEST_GUILESS_MAIN(TestAnnouncerConfig)
#include "tst_announcerconfig.moc"
