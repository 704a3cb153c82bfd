#include "app/announcer/clipbank.h"
#include "app/announcer/clipspeaker.h"
#include "app/announcer/pcmoutput.h"
#include "app/announcer/phrasing.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace yc::announcer;

namespace {

const QString kClipFolder = QStringLiteral(YC_SOURCE_DIR "/resources/voice");

// A clip straight from the source tree, read without the code under test's
// bank: the reference the renderer's output is compared with.
QByteArray sourceSamples(const QString &name)
{
    auto pcm = Wav::read(QDir(kClipFolder).filePath(name + QStringLiteral(".wav")));
    return pcm ? pcm->samples : QByteArray();
}

QByteArray riff(const QByteArray &chunks)
{
    QByteArray out("RIFF");
    char size[4];
    qToLittleEndian(quint32(4 + chunks.size()), size);
    out.append(size, 4);
    out.append("WAVE");
    out.append(chunks);
    return out;
}

QByteArray chunk(const char *id, const QByteArray &body)
{
    QByteArray out(id, 4);
    char size[4];
    qToLittleEndian(quint32(body.size()), size);
    out.append(size, 4);
    out.append(body);
    if (body.size() % 2)
        out.append('\0');
    return out;
}

QByteArray format(quint16 tag, quint16 channels, quint32 rate, quint16 bits)
{
    QByteArray f(16, '\0');
    qToLittleEndian(tag, f.data());
    qToLittleEndian(channels, f.data() + 2);
    qToLittleEndian(rate, f.data() + 4);
    qToLittleEndian(quint32(rate * channels * bits / 8), f.data() + 8);
    qToLittleEndian(quint16(channels * bits / 8), f.data() + 12);
    qToLittleEndian(bits, f.data() + 14);
    return f;
}

Announcement announcement(const QString &no, int window)
{
    Announcement a;
    a.seq = 42;
    a.ticketId = 7;
    a.displayNo = no;
    a.windowNo = window;
    return a;
}

} // namespace

// The prerecorded voice: the shipped clips are complete and sane, an
// announcement is exactly its clips one after another, the chime and the
// repeats are laid out as configured, and WAV files are read and written
// strictly.
class TestClipBank : public QObject
{
    Q_OBJECT

private slots:
    void shipsEveryClipAndNothingElse();
    void loadsTheBuiltInClips();
    void rendersExactlyTheConcatenatedClips();
    void laysOutChimeAndRepeats();
    void writesTheAnnouncementWholeToAWavFile();
    void readsWavFilesStrictly_data();
    void readsWavFilesStrictly();
    void refusesAnIncompleteOrMixedClipFolder();
};

void TestClipBank::shipsEveryClipAndNothingElse()
{
    QStringList files = QDir(kClipFolder).entryList({QStringLiteral("*.wav")}, QDir::Files, QDir::Name);
    QStringList expected;
    for (const QString &name : Phrasing::allClipNames())
        expected.append(name + QStringLiteral(".wav"));
    expected.sort();
    QCOMPARE(files, expected);
    qint64 total = 0;
    for (const QString &f : std::as_const(files))
        total += QFileInfo(QDir(kClipFolder).filePath(f)).size();
    QVERIFY2(total < 2 * 1024 * 1024, qPrintable(QString::number(total)));
}

void TestClipBank::loadsTheBuiltInClips()
{
    auto bank = ClipBank::load();
    QVERIFY2(bank, qPrintable(bank.error().message));
    QCOMPARE(bank->sampleRate(), 16000);
    for (const QString &name : Phrasing::allClipNames()) {
        QVERIFY2(bank->contains(name), qPrintable(name));
        const Pcm &clip = bank->clip(name);
        // Each is a spoken word: some sound, no longer than a long word.
        QVERIFY2(clip.durationMs() > 100 && clip.durationMs() < 2000, qPrintable(name));
        // The embedded clip is the committed file.
        QCOMPARE(clip.samples, sourceSamples(name));
    }
    const Pcm chime = ClipBank::chime(16000);
    QCOMPARE(chime.durationMs(), 1100);
    const auto *s = reinterpret_cast<const qint16 *>(chime.samples.constData());
    QCOMPARE(s[0], qint16(0)); // no click at the start
    qint16 peak = 0;
    for (qint64 i = 0; i < chime.sampleCount(); ++i)
        peak = std::max<qint16>(peak, qint16(std::abs(s[i])));
    QVERIFY(peak > 8000 && peak < 32767);
}

void TestClipBank::rendersExactlyTheConcatenatedClips()
{
    auto bank = ClipBank::load();
    QVERIFY(bank);
    auto phrasing = Phrasing::create(Phrasing::defaultTemplate(), {}, true);
    QVERIFY(phrasing);
    AnnouncerConfig config;
    config.chime = false;
    config.repeat = 1;
    const Pcm pcm =
        ClipSpeaker::render(bank.value(), phrasing.value(), config, announcement(QStringLiteral("A012"), 3));
    QByteArray expected;
    for (const char *name : {"qing", "letter-a", "digit-0", "digit-1", "digit-2", "hao", "dao", "digit-3",
                             "hao", "chuangkou", "banli"})
        expected.append(sourceSamples(QLatin1String(name)));
    QCOMPARE(pcm.sampleRate, 16000);
    QCOMPARE(pcm.samples.size(), expected.size());
    QVERIFY(pcm.samples == expected);
}

void TestClipBank::laysOutChimeAndRepeats()
{
    auto bank = ClipBank::load();
    QVERIFY(bank);
    auto phrasing = Phrasing::create(Phrasing::defaultTemplate(), {}, true);
    QVERIFY(phrasing);
    AnnouncerConfig once;
    once.chime = false;
    once.repeat = 1;
    const Announcement a = announcement(QStringLiteral("B105"), 12);
    const QByteArray words = ClipSpeaker::render(bank.value(), phrasing.value(), once, a).samples;

    AnnouncerConfig config; // chime on, twice
    config.pauseMs = 500;
    config.chimeGapMs = 250;
    const QByteArray all = ClipSpeaker::render(bank.value(), phrasing.value(), config, a).samples;
    const QByteArray chime = ClipBank::chime(16000).samples;
    const qsizetype gap = 250 * 16 * 2;
    const qsizetype pause = 500 * 16 * 2;
    QCOMPARE(all.size(), chime.size() + gap + 2 * words.size() + pause);
    QVERIFY(all.left(chime.size()) == chime);
    QVERIFY(all.mid(chime.size(), gap) == QByteArray(gap, '\0'));
    QVERIFY(all.mid(chime.size() + gap, words.size()) == words);
    QVERIFY(all.mid(chime.size() + gap + words.size(), pause) == QByteArray(pause, '\0'));
    QVERIFY(all.right(words.size()) == words);
}

void TestClipBank::writesTheAnnouncementWholeToAWavFile()
{
    QTemporaryDir dir;
    auto bank = ClipBank::load();
    QVERIFY(bank);
    auto phrasing = Phrasing::create(Phrasing::defaultTemplate(), {}, true);
    QVERIFY(phrasing);
    AnnouncerConfig config;
    const Announcement a = announcement(QStringLiteral("A012"), 3);
    WavFolderOutput output(dir.filePath(QStringLiteral("out")));
    QSignalSpy finished(&output, &PcmOutput::finished);
    const Pcm pcm = ClipSpeaker::render(bank.value(), phrasing.value(), config, a);
    output.play(pcm, a);
    QCOMPARE(finished.size(), 0); // never from inside play()
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    const QString file = dir.filePath(QStringLiteral("out/0000000042-call-A012-w3.wav"));
    QCOMPARE(WavFolderOutput::fileName(a), QFileInfo(file).fileName());
    auto back = Wav::read(file);
    QVERIFY2(back, qPrintable(back.error().message));
    QCOMPARE(back->sampleRate, 16000);
    QVERIFY(back->samples == pcm.samples);
    // Nothing half-written is left beside it.
    QCOMPARE(QDir(dir.filePath(QStringLiteral("out"))).entryList(QDir::Files).size(), 1);

    // An output that cannot write says so instead of hanging the queue.
    QFile blocker(dir.filePath(QStringLiteral("blocked")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    WavFolderOutput broken(dir.filePath(QStringLiteral("blocked/sub")));
    QSignalSpy failed(&broken, &PcmOutput::finished);
    broken.play(pcm, a);
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().at(0).toBool(), false);
    QVERIFY(!failed.first().at(1).toString().isEmpty());
}

void TestClipBank::readsWavFilesStrictly_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("samples");
    const QByteArray pcm("\x01\x00\x02\x00\x03\x00", 6);
    QTest::newRow("plain") << riff(chunk("fmt ", format(1, 1, 16000, 16)) + chunk("data", pcm)) << true << 3;
    QTest::newRow("extra chunks, odd sized") << riff(chunk("fmt ", format(1, 1, 22050, 16)) +
                                                     chunk("LIST", QByteArray("abc")) + chunk("data", pcm))
                                             << true << 3;
    QTest::newRow("round trip") << Wav::encode(Pcm{16000, pcm}) << true << 3;
    QTest::newRow("not RIFF") << QByteArray("hello world, not a wav file") << false << 0;
    QTest::newRow("stereo") << riff(chunk("fmt ", format(1, 2, 16000, 16)) + chunk("data", pcm)) << false
                            << 0;
    QTest::newRow("8 bit") << riff(chunk("fmt ", format(1, 1, 16000, 8)) + chunk("data", pcm)) << false << 0;
    QTest::newRow("float") << riff(chunk("fmt ", format(3, 1, 16000, 16)) + chunk("data", pcm)) << false << 0;
    QTest::newRow("rate too high") << riff(chunk("fmt ", format(1, 1, 96000, 16)) + chunk("data", pcm))
                                   << false << 0;
    QTest::newRow("data before format")
        << riff(chunk("data", pcm) + chunk("fmt ", format(1, 1, 16000, 16))) << false << 0;
    QTest::newRow("cut short") << riff(chunk("fmt ", format(1, 1, 16000, 16)) + chunk("data", pcm)).chopped(2)
                               << false << 0;
    QTest::newRow("no data") << riff(chunk("fmt ", format(1, 1, 16000, 16))) << false << 0;
}

void TestClipBank::readsWavFilesStrictly()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, ok);
    QFETCH(int, samples);
    auto pcm = Wav::parse(bytes, QStringLiteral("test.wav"));
    QCOMPARE(pcm.ok(), ok);
    if (ok) {
        QCOMPARE(pcm->sampleCount(), samples);
    } else {
        QCOMPARE(pcm.error().code, QStringLiteral("announcer.wav"));
        QVERIFY(pcm.error().message.contains(QStringLiteral("test.wav")));
    }
}

void TestClipBank::refusesAnIncompleteOrMixedClipFolder()
{
    QTemporaryDir dir;
    for (const QString &name : Phrasing::allClipNames())
        QVERIFY(QFile::copy(QDir(kClipFolder).filePath(name + QStringLiteral(".wav")),
                            dir.filePath(name + QStringLiteral(".wav"))));
    QVERIFY(ClipBank::load(dir.path()));

    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("digit-7.wav"))));
    auto incomplete = ClipBank::load(dir.path());
    QVERIFY(!incomplete);
    QVERIFY2(incomplete.error().message.contains(QStringLiteral("digit-7.wav")),
             qPrintable(incomplete.error().message));

    QVERIFY(Wav::write(dir.filePath(QStringLiteral("digit-7.wav")), Pcm{22050, QByteArray(4410, '\0')}));
    auto mixed = ClipBank::load(dir.path());
    QVERIFY(!mixed);
    QVERIFY2(mixed.error().message.contains(QStringLiteral("22050")), qPrintable(mixed.error().message));
}

QTEST_GUILESS_MAIN(TestClipBank)
#include "tst_clipbank.moc"
