#include "app/announcer/clipspeaker.h"
#include "app/announcer/pcmoutput.h"
#include "queue/halldprocess.h"
#include "queue/queueengine.h"
#include "queue/queuefixture.h"
#include "staff/staffrepository.h"
#include "support/testsupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace yc;
using namespace yc::announcer;

namespace {
const QString kPassword = QStringLiteral("Queue2026!");
}

// The announcer inside the real yichuang-halld: clerks call over the hall
// protocol and the WAV folder receives the announcements in order, each
// whole and saying what the queue called; old calls are not said again
// after a restart; a configuration it cannot say stops halld with a message.
class TestAnnouncerHalld : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void announcesCallsInOrder();
    void doesNotRepeatOldCallsAfterARestart();
    void refusesATemplateWithoutClips();

private:
    QString writeConfig(const QString &name, const QString &callTemplate = {});
    QString login(test::RawSocket &socket, const QString &staffNo, int window);
    QJsonObject op(test::RawSocket &socket, const QString &token, const QString &name,
                   const QJsonObject &args = {});
    bool waitForFiles(int count);
    QStringList files() const;
    void checkFile(const QString &file, const QString &displayNo, int window, Announcement::Kind kind);

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    QString m_wavDir;
    QString m_config;
    test::HalldProcess m_halld;
    AnnouncerConfig m_voice;
    std::optional<ClipBank> m_bank;
    std::optional<Phrasing> m_phrasing;
    QString m_oldTicket;
};

void TestAnnouncerHalld::initTestCase()
{
    m_db = test::openTempDatabase(m_dir, QStringLiteral("hall.db"));
    QVERIFY(m_db);
    test::makeQueueHall(m_db, 3, 2, kPassword);
    StaffRepository staff(m_db);
    StaffMember second;
    second.staffNo = QStringLiteral("1002");
    second.name = QStringLiteral("李建国");
    second.roles = {QStringLiteral("clerk")};
    QVERIFY(staff.create(second, kPassword, QStringLiteral("setup")).ok());

    // A call made before halld ever ran: it must never be announced.
    queue::QueueEngine engine(m_db);
    queue::Actor window3{QStringLiteral("1002"), 3, {QStringLiteral("clerk")}};
    queue::QueueEngine::IssueRequest issue;
    issue.prefix = QStringLiteral("B");
    QVERIFY(engine.issue(issue, window3));
    auto old = engine.callNext(window3);
    QVERIFY(old);
    m_oldTicket = old->ticket.displayNo;

    m_wavDir = m_dir.filePath(QStringLiteral("voice"));
    m_config = writeConfig(QStringLiteral("halld.conf"));
    // The same voice as the INI file, to compute what each file must hold.
    m_voice.pauseMs = 400;
    m_voice.repeat = 2;
    auto bank = ClipBank::load();
    QVERIFY(bank);
    m_bank = bank.value();
    auto phrasing = Phrasing::create(Phrasing::defaultTemplate(), {}, true);
    QVERIFY(phrasing);
    m_phrasing = phrasing.value();
    QVERIFY2(m_halld.start(m_db->path(), m_config), qPrintable(m_halld.output()));
}

QString TestAnnouncerHalld::writeConfig(const QString &name, const QString &callTemplate)
{
    const QString path = m_dir.filePath(name);
    QSettings ini(path, QSettings::IniFormat);
    ini.setValue(QStringLiteral("announcer/enabled"), true);
    ini.setValue(QStringLiteral("announcer/voice"), QStringLiteral("clips"));
    ini.setValue(QStringLiteral("announcer/output"), QStringLiteral("wav"));
    // Relative to the INI file's folder.
    ini.setValue(QStringLiteral("announcer/wav_dir"), QStringLiteral("voice"));
    ini.setValue(QStringLiteral("announcer/repeat"), 2);
    ini.setValue(QStringLiteral("announcer/pause_ms"), 400);
    if (!callTemplate.isEmpty())
        ini.setValue(QStringLiteral("announcer/template"), callTemplate);
    ini.sync();
    return path;
}

QString TestAnnouncerHalld::login(test::RawSocket &socket, const QString &staffNo, int window)
{
    const QJsonObject reply =
        socket.roundTrip(test::requestText(QStringLiteral("login"), QStringLiteral("login"), {},
                                           {{QStringLiteral("staffNo"), staffNo},
                                            {QStringLiteral("password"), kPassword},
                                            {QStringLiteral("window"), window}}));
    return reply.value(QStringLiteral("result")).toObject().value(QStringLiteral("token")).toString();
}

QJsonObject TestAnnouncerHalld::op(test::RawSocket &socket, const QString &token, const QString &name,
                                   const QJsonObject &args)
{
    const QJsonObject reply = socket.roundTrip(test::requestText(name, name, token, args));
    if (!reply.value(QStringLiteral("ok")).toBool())
        qWarning().noquote() << name << QJsonDocument(reply).toJson(QJsonDocument::Compact);
    return reply.value(QStringLiteral("result")).toObject();
}

QStringList TestAnnouncerHalld::files() const
{
    return QDir(m_wavDir).entryList({QStringLiteral("*.wav")}, QDir::Files, QDir::Name);
}

bool TestAnnouncerHalld::waitForFiles(int count)
{
    return QTest::qWaitFor([&] { return files().size() >= count; }, 20000);
}

void TestAnnouncerHalld::checkFile(const QString &file, const QString &displayNo, int window,
                                   Announcement::Kind kind)
{
    QVERIFY2(file.endsWith(
                 QStringLiteral("-%1-%2-w%3.wav").arg(Announcement::kindName(kind), displayNo).arg(window)),
             qPrintable(file));
    auto pcm = Wav::read(QDir(m_wavDir).filePath(file));
    QVERIFY2(pcm, qPrintable(pcm.error().message));
    Announcement a;
    a.displayNo = displayNo;
    a.windowNo = window;
    a.kind = kind;
    QVERIFY2(pcm->samples == ClipSpeaker::render(*m_bank, *m_phrasing, m_voice, a).samples, qPrintable(file));
}

void TestAnnouncerHalld::announcesCallsInOrder()
{
    test::RawSocket one;
    test::RawSocket two;
    QVERIFY(one.open(m_halld.url()));
    QVERIFY(two.open(m_halld.url()));
    const QString w1 = login(one, QStringLiteral("1001"), 1);
    const QString w2 = login(two, QStringLiteral("1002"), 2);
    QVERIFY(!w1.isEmpty() && !w2.isEmpty());
    for (int i = 0; i < 3; ++i)
        op(one, w1, QStringLiteral("issue"), {{QStringLiteral("prefix"), QStringLiteral("A")}});
    QVERIFY(files().isEmpty()); // issuing says nothing

    // Each step waits for its file, so what is expected does not depend on
    // how fast the announcements are written.
    const QJsonObject first =
        op(one, w1, QStringLiteral("callNext")).value(QStringLiteral("ticket")).toObject();
    QCOMPARE(first.value(QStringLiteral("displayNo")).toString(), QStringLiteral("A001"));
    QVERIFY(waitForFiles(1));
    op(two, w2, QStringLiteral("callNext"));
    QVERIFY(waitForFiles(2));
    op(one, w1, QStringLiteral("recall"), {{QStringLiteral("ticketId"), first.value(QStringLiteral("id"))}});
    QVERIFY(waitForFiles(3));
    op(one, w1, QStringLiteral("callNext")); // window 1 still has A001: re-announced
    QVERIFY(waitForFiles(4));
    // Served and finished: the next call moves on, and finishing says nothing.
    op(one, w1, QStringLiteral("finish"), {{QStringLiteral("ticketId"), first.value(QStringLiteral("id"))}});
    op(one, w1, QStringLiteral("callNext"));
    QVERIFY(waitForFiles(5));

    const QStringList names = files();
    QCOMPARE(names.size(), 5);
    checkFile(names.at(0), QStringLiteral("A001"), 1, Announcement::Kind::Call);
    checkFile(names.at(1), QStringLiteral("A002"), 2, Announcement::Kind::Call);
    checkFile(names.at(2), QStringLiteral("A001"), 1, Announcement::Kind::Recall);
    checkFile(names.at(3), QStringLiteral("A001"), 1, Announcement::Kind::Reannounce);
    checkFile(names.at(4), QStringLiteral("A003"), 1, Announcement::Kind::Call);
    for (const QString &name : names)
        QVERIFY2(!name.contains(m_oldTicket), qPrintable(name));
}

void TestAnnouncerHalld::doesNotRepeatOldCallsAfterARestart()
{
    const int before = int(files().size());
    QVERIFY(before > 0);
    m_halld.stop();
    QVERIFY2(m_halld.start(m_db->path(), m_config), qPrintable(m_halld.output()));
    test::RawSocket s;
    QVERIFY(s.open(m_halld.url()));
    const QString w2 = login(s, QStringLiteral("1002"), 2);
    op(s, w2, QStringLiteral("issue"), {{QStringLiteral("prefix"), QStringLiteral("B")}});
    // Window 2 still has A002 from before the restart: re-announced, once.
    op(s, w2, QStringLiteral("callNext"));
    QVERIFY(waitForFiles(before + 1));
    // Announcements are said in order, so a replayed old call would have
    // been written before this one.
    const QStringList names = files();
    QCOMPARE(names.size(), before + 1);
    checkFile(names.last(), QStringLiteral("A002"), 2, Announcement::Kind::Reannounce);
}

void TestAnnouncerHalld::refusesATemplateWithoutClips()
{
    const QString config =
        writeConfig(QStringLiteral("bad.conf"), QStringLiteral("请{ticket}号到{window}号柜台"));
    test::HalldProcess bad;
    QVERIFY(!bad.start(m_db->path(), config));
    QVERIFY2(bad.output().contains(QStringLiteral("柜")), qPrintable(bad.output()));
}

QTEST_GUILESS_MAIN(TestAnnouncerHalld)
#include "tst_announcerhalld.moc"
