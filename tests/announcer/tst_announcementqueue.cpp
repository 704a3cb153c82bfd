#include "app/announcer/announcementqueue.h"
#include "app/announcer/clipspeaker.h"
#include "app/announcer/pcmoutput.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace yc::announcer;

namespace {

Announcement make(qint64 seq, qint64 ticket, const QString &no, int window,
                  Announcement::Kind kind = Announcement::Kind::Call)
{
    Announcement a;
    a.seq = seq;
    a.ticketId = ticket;
    a.displayNo = no;
    a.windowNo = window;
    a.kind = kind;
    return a;
}

} // namespace

// The announcement queue with the real clip voice writing WAV files: order,
// collapsing, recalls, dropping, and one announcement at a time, each file
// holding its announcement whole.
class TestAnnouncementQueue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void saysEachInOrderWholeAndOneAtATime();
    void collapsesARepeatedCallThatIsStillQueued();
    void theNewestWindowWinsWhenCollapsing();
    void sayARecallAgainAfterItPlayed();
    void recallWhileSayingIsSaidAgainReannounceIsNot();
    void recallCollapsesIntoTheQueuedCall();
    void dropsWhatNoLongerNeedsSaying();

private:
    bool runUntilIdle();
    QStringList files() const;
    QByteArray expected(const Announcement &a) const;

    std::optional<ClipBank> m_bank;
    std::optional<Phrasing> m_phrasing;
    AnnouncerConfig m_config;
    std::unique_ptr<QTemporaryDir> m_dir;
    ClipSpeaker *m_speaker = nullptr;
    std::unique_ptr<AnnouncementQueue> m_queue;
    QStringList m_log; // "start A012", "done A012" in the order they happened
};

void TestAnnouncementQueue::initTestCase()
{
    auto bank = ClipBank::load();
    QVERIFY2(bank, qPrintable(bank.error().message));
    m_bank = bank.value();
    auto phrasing = Phrasing::create(Phrasing::defaultTemplate(),
                                     QStringLiteral("请{ticket}号再次到{window}号窗口"), true);
    QVERIFY(phrasing);
    m_phrasing = phrasing.value();
    m_config.repeat = 2;
    m_config.pauseMs = 100;
    m_config.chimeGapMs = 100;
}

void TestAnnouncementQueue::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_log.clear();
    auto *output = new WavFolderOutput(m_dir->path());
    m_speaker = new ClipSpeaker(*m_bank, *m_phrasing, m_config, output);
    m_queue = std::make_unique<AnnouncementQueue>(m_speaker);
    m_speaker->setParent(m_queue.get());
    connect(m_queue.get(), &AnnouncementQueue::started, this,
            [this](const Announcement &a) { m_log.append(QStringLiteral("start ") + a.displayNo); });
    connect(m_queue.get(), &AnnouncementQueue::spoken, this,
            [this](const Announcement &a, bool ok, const QString &e) {
                QVERIFY2(ok, qPrintable(e));
                m_log.append(QStringLiteral("done ") + a.displayNo);
            });
}

void TestAnnouncementQueue::cleanup()
{
    m_queue.reset();
    m_dir.reset();
}

bool TestAnnouncementQueue::runUntilIdle()
{
    return QTest::qWaitFor([this] { return m_queue->isIdle(); }, 20000);
}

QStringList TestAnnouncementQueue::files() const
{
    return QDir(m_dir->path()).entryList({QStringLiteral("*.wav")}, QDir::Files, QDir::Name);
}

QByteArray TestAnnouncementQueue::expected(const Announcement &a) const
{
    return ClipSpeaker::render(*m_bank, *m_phrasing, m_config, a).samples;
}

void TestAnnouncementQueue::saysEachInOrderWholeAndOneAtATime()
{
    const QList<Announcement> calls = {make(11, 1, QStringLiteral("A001"), 1),
                                       make(12, 2, QStringLiteral("B001"), 2),
                                       make(13, 3, QStringLiteral("A002"), 12)};
    for (const Announcement &a : calls)
        QCOMPARE(m_queue->add(a), AnnouncementQueue::Added::Queued);
    // Nothing starts inside add(): one batch of events is queued first.
    QVERIFY(!m_queue->current());
    QVERIFY(runUntilIdle());
    QCOMPARE(m_log, (QStringList{QStringLiteral("start A001"), QStringLiteral("done A001"),
                                 QStringLiteral("start B001"), QStringLiteral("done B001"),
                                 QStringLiteral("start A002"), QStringLiteral("done A002")}));
    const QStringList names = files();
    QCOMPARE(names, (QStringList{QStringLiteral("0000000011-call-A001-w1.wav"),
                                 QStringLiteral("0000000012-call-B001-w2.wav"),
                                 QStringLiteral("0000000013-call-A002-w12.wav")}));
    for (int i = 0; i < calls.size(); ++i) {
        auto pcm = Wav::read(QDir(m_dir->path()).filePath(names.at(i)));
        QVERIFY(pcm);
        QVERIFY2(pcm->samples == expected(calls.at(i)), qPrintable(names.at(i)));
    }
}

void TestAnnouncementQueue::collapsesARepeatedCallThatIsStillQueued()
{
    m_queue->add(make(1, 1, QStringLiteral("A001"), 1));
    m_queue->add(make(2, 2, QStringLiteral("A002"), 2));
    QCOMPARE(m_queue->add(make(3, 1, QStringLiteral("A001"), 1, Announcement::Kind::Reannounce)),
             AnnouncementQueue::Added::Collapsed);
    QCOMPARE(m_queue->add(make(4, 2, QStringLiteral("A002"), 2, Announcement::Kind::Reannounce)),
             AnnouncementQueue::Added::Collapsed);
    QVERIFY(runUntilIdle());
    QCOMPARE(files(), (QStringList{QStringLiteral("0000000001-call-A001-w1.wav"),
                                   QStringLiteral("0000000002-call-A002-w2.wav")}));
}

void TestAnnouncementQueue::theNewestWindowWinsWhenCollapsing()
{
    m_queue->add(make(1, 1, QStringLiteral("A001"), 1));
    m_queue->add(make(2, 2, QStringLiteral("C001"), 2));
    // C001 was transferred and called by window 5 before it was ever said.
    QCOMPARE(m_queue->add(make(3, 2, QStringLiteral("C001"), 5)), AnnouncementQueue::Added::Collapsed);
    QVERIFY(runUntilIdle());
    QCOMPARE(files(), (QStringList{QStringLiteral("0000000001-call-A001-w1.wav"),
                                   QStringLiteral("0000000002-call-C001-w5.wav")}));
}

void TestAnnouncementQueue::sayARecallAgainAfterItPlayed()
{
    m_queue->add(make(1, 1, QStringLiteral("A001"), 3));
    QVERIFY(runUntilIdle());
    QCOMPARE(m_queue->add(make(2, 1, QStringLiteral("A001"), 3, Announcement::Kind::Recall)),
             AnnouncementQueue::Added::Queued);
    // A re-announcement after it played is said again too (that is what the
    // window asked for).
    QVERIFY(runUntilIdle());
    QCOMPARE(m_queue->add(make(3, 1, QStringLiteral("A001"), 3, Announcement::Kind::Reannounce)),
             AnnouncementQueue::Added::Queued);
    QVERIFY(runUntilIdle());
    const QStringList names = files();
    QCOMPARE(names, (QStringList{QStringLiteral("0000000001-call-A001-w3.wav"),
                                 QStringLiteral("0000000002-recall-A001-w3.wav"),
                                 QStringLiteral("0000000003-reannounce-A001-w3.wav")}));
    // The recall uses its own words.
    auto recall = Wav::read(QDir(m_dir->path()).filePath(names.at(1)));
    QVERIFY(recall);
    QVERIFY(recall->samples == expected(make(2, 1, QStringLiteral("A001"), 3, Announcement::Kind::Recall)));
    QVERIFY(recall->samples != expected(make(1, 1, QStringLiteral("A001"), 3)));
}

void TestAnnouncementQueue::recallWhileSayingIsSaidAgainReannounceIsNot()
{
    QList<AnnouncementQueue::Added> outcomes;
    connect(m_queue.get(), &AnnouncementQueue::started, this, [&](const Announcement &a) {
        if (a.seq != 1)
            return;
        // While A001 is being said: the window presses call next again (the
        // citizen is hearing it now), then recall.
        outcomes << m_queue->add(make(2, 1, QStringLiteral("A001"), 4, Announcement::Kind::Reannounce));
        outcomes << m_queue->add(make(3, 1, QStringLiteral("A001"), 4, Announcement::Kind::Recall));
    });
    m_queue->add(make(1, 1, QStringLiteral("A001"), 4));
    QVERIFY(runUntilIdle());
    QCOMPARE(outcomes, (QList<AnnouncementQueue::Added>{AnnouncementQueue::Added::Collapsed,
                                                        AnnouncementQueue::Added::Queued}));
    QCOMPARE(files(), (QStringList{QStringLiteral("0000000001-call-A001-w4.wav"),
                                   QStringLiteral("0000000003-recall-A001-w4.wav")}));
    QCOMPARE(m_log, (QStringList{QStringLiteral("start A001"), QStringLiteral("done A001"),
                                 QStringLiteral("start A001"), QStringLiteral("done A001")}));
}

void TestAnnouncementQueue::recallCollapsesIntoTheQueuedCall()
{
    m_queue->add(make(1, 1, QStringLiteral("A001"), 1));
    m_queue->add(make(2, 2, QStringLiteral("A002"), 2));
    QCOMPARE(m_queue->add(make(3, 2, QStringLiteral("A002"), 2, Announcement::Kind::Recall)),
             AnnouncementQueue::Added::Collapsed);
    QCOMPARE(m_queue->pending().size(), size_t(2));
    QVERIFY(runUntilIdle());
    QCOMPARE(files(), (QStringList{QStringLiteral("0000000001-call-A001-w1.wav"),
                                   QStringLiteral("0000000002-recall-A002-w2.wav")}));
}

void TestAnnouncementQueue::dropsWhatNoLongerNeedsSaying()
{
    m_queue->add(make(1, 1, QStringLiteral("A001"), 1));
    m_queue->add(make(2, 2, QStringLiteral("A002"), 2));
    m_queue->add(make(3, 3, QStringLiteral("A003"), 3));
    QCOMPARE(m_queue->drop(2), 1);
    QCOMPARE(m_queue->drop(99), 0);
    QVERIFY(runUntilIdle());
    QCOMPARE(files(), (QStringList{QStringLiteral("0000000001-call-A001-w1.wav"),
                                   QStringLiteral("0000000003-call-A003-w3.wav")}));
}

QTEST_GUILESS_MAIN(TestAnnouncementQueue)
#include "tst_announcementqueue.moc"
