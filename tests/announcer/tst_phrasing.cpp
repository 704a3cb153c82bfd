#include "app/announcer/phrasing.h"

#include <QTest>

using namespace yc::announcer;

namespace {
Announcement call(const QString &no, int window, Announcement::Kind kind = Announcement::Kind::Call)
{
    Announcement a;
    a.seq = 1;
    a.ticketId = 1;
    a.displayNo = no;
    a.windowNo = window;
    a.kind = kind;
    return a;
}
} // namespace

// The reading rules (docs/announcer.md): ticket numbers letter by letter and
// digit by digit, window numbers as numbers; templates and the words clips
// exist for.
class TestPhrasing : public QObject
{
    Q_OBJECT

private slots:
    void readsWindowNumbersAsNumbers_data();
    void readsWindowNumbersAsNumbers();
    void readsTicketNumbersDigitByDigit_data();
    void readsTicketNumbersDigitByDigit();
    void buildsTheDefaultSentence();
    void usesTheRecallTemplateForRecallsOnly();
    void refusesTemplatesItCannotSay_data();
    void refusesTemplatesItCannotSay();
    void letsASpeechEngineSayAnyText();
};

void TestPhrasing::readsWindowNumbersAsNumbers_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("clips");
    const auto d = [](int n) { return QStringLiteral("digit-%1").arg(n); };
    const QString shi = QStringLiteral("shi");
    const QString bai = QStringLiteral("bai");
    QTest::newRow("1") << 1 << QStringLiteral("一") << QStringList{d(1)};
    QTest::newRow("2 is 二 not 两") << 2 << QStringLiteral("二") << QStringList{d(2)};
    QTest::newRow("10") << 10 << QStringLiteral("十") << QStringList{shi};
    QTest::newRow("12") << 12 << QStringLiteral("十二") << QStringList{shi, d(2)};
    QTest::newRow("20") << 20 << QStringLiteral("二十") << QStringList{d(2), shi};
    QTest::newRow("35") << 35 << QStringLiteral("三十五") << QStringList{d(3), shi, d(5)};
    QTest::newRow("100") << 100 << QStringLiteral("一百") << QStringList{d(1), bai};
    QTest::newRow("101") << 101 << QStringLiteral("一百零一") << QStringList{d(1), bai, d(0), d(1)};
    QTest::newRow("110") << 110 << QStringLiteral("一百一十") << QStringList{d(1), bai, d(1), shi};
    QTest::newRow("115") << 115 << QStringLiteral("一百一十五") << QStringList{d(1), bai, d(1), shi, d(5)};
    QTest::newRow("230") << 230 << QStringLiteral("二百三十") << QStringList{d(2), bai, d(3), shi};
    QTest::newRow("999") << 999 << QStringLiteral("九百九十九") << QStringList{d(9), bai, d(9), shi, d(9)};
    QTest::newRow("1024 digit by digit")
        << 1024 << QStringLiteral("一零二四") << QStringList{d(1), d(0), d(2), d(4)};
}

void TestPhrasing::readsWindowNumbersAsNumbers()
{
    QFETCH(int, number);
    QFETCH(QString, text);
    QFETCH(QStringList, clips);
    QCOMPARE(Phrasing::windowText(number), text);
    QCOMPARE(Phrasing::windowClips(number), clips);
}

void TestPhrasing::readsTicketNumbersDigitByDigit_data()
{
    QTest::addColumn<QString>("no");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("clips");
    QTest::addColumn<QStringList>("unsaid");
    QTest::newRow("A012") << QStringLiteral("A012") << QStringLiteral("A零一二")
                          << QStringList{QStringLiteral("letter-a"), QStringLiteral("digit-0"),
                                         QStringLiteral("digit-1"), QStringLiteral("digit-2")}
                          << QStringList{};
    QTest::newRow("H100 (not 一百)") << QStringLiteral("H100") << QStringLiteral("H一零零")
                                     << QStringList{QStringLiteral("letter-h"), QStringLiteral("digit-1"),
                                                    QStringLiteral("digit-0"), QStringLiteral("digit-0")}
                                     << QStringList{};
    QTest::newRow("lower case prefix")
        << QStringLiteral("w7") << QStringLiteral("W七")
        << QStringList{QStringLiteral("letter-w"), QStringLiteral("digit-7")} << QStringList{};
    QTest::newRow("a character without a clip")
        << QStringLiteral("A-1") << QStringLiteral("A-一")
        << QStringList{QStringLiteral("letter-a"), QStringLiteral("digit-1")}
        << QStringList{QStringLiteral("-")};
}

void TestPhrasing::readsTicketNumbersDigitByDigit()
{
    QFETCH(QString, no);
    QFETCH(QString, text);
    QFETCH(QStringList, clips);
    QFETCH(QStringList, unsaid);
    QCOMPARE(Phrasing::ticketText(no), text);
    QStringList missing;
    QCOMPARE(Phrasing::ticketClips(no, &missing), clips);
    QCOMPARE(missing, unsaid);
}

void TestPhrasing::buildsTheDefaultSentence()
{
    auto p = Phrasing::create(Phrasing::defaultTemplate(), {}, true);
    QVERIFY2(p, qPrintable(p.error().message));
    QCOMPARE(p->text(call(QStringLiteral("A012"), 3)), QStringLiteral("请A零一二号到三号窗口办理"));
    QCOMPARE(p->clips(call(QStringLiteral("A012"), 12)),
             (QStringList{QStringLiteral("qing"), QStringLiteral("letter-a"), QStringLiteral("digit-0"),
                          QStringLiteral("digit-1"), QStringLiteral("digit-2"), QStringLiteral("hao"),
                          QStringLiteral("dao"), QStringLiteral("shi"), QStringLiteral("digit-2"),
                          QStringLiteral("hao"), QStringLiteral("chuangkou"), QStringLiteral("banli")}));
    // Every clip a sentence can use is in the complete set.
    const QStringList all = Phrasing::allClipNames();
    QCOMPARE(all.size(), 7 + 10 + 2 + 26);
    for (const auto &[text, clip] : Phrasing::words())
        QVERIFY(all.contains(clip));
}

void TestPhrasing::usesTheRecallTemplateForRecallsOnly()
{
    auto p = Phrasing::create(QStringLiteral("请 {ticket} 号 到 {window} 号窗口 办理"),
                              QStringLiteral("请{ticket}号再次前往{window}号窗口"), true);
    QVERIFY2(p, qPrintable(p.error().message));
    QCOMPARE(p->text(call(QStringLiteral("B3"), 5)), QStringLiteral("请B三号到五号窗口办理"));
    QCOMPARE(p->text(call(QStringLiteral("B3"), 5, Announcement::Kind::Reannounce)),
             QStringLiteral("请B三号到五号窗口办理"));
    QCOMPARE(p->text(call(QStringLiteral("B3"), 5, Announcement::Kind::Recall)),
             QStringLiteral("请B三号再次前往五号窗口"));
    QCOMPARE(p->clips(call(QStringLiteral("B3"), 5, Announcement::Kind::Recall)),
             (QStringList{QStringLiteral("qing"), QStringLiteral("letter-b"), QStringLiteral("digit-3"),
                          QStringLiteral("hao"), QStringLiteral("zaici"), QStringLiteral("qianwang"),
                          QStringLiteral("digit-5"), QStringLiteral("hao"), QStringLiteral("chuangkou")}));
}

void TestPhrasing::refusesTemplatesItCannotSay_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("a word without a clip")
        << QStringLiteral("请{ticket}号到{window}号柜台") << QStringLiteral("柜");
    QTest::newRow("no window") << QStringLiteral("请{ticket}号办理") << QStringLiteral("{window}");
    QTest::newRow("no ticket") << QStringLiteral("请到{window}号窗口") << QStringLiteral("{ticket}");
    QTest::newRow("unknown placeholder")
        << QStringLiteral("请{name}{ticket}号到{window}号窗口") << QStringLiteral("{name}");
    QTest::newRow("unclosed placeholder")
        << QStringLiteral("请{ticket号到{window}号窗口") << QStringLiteral("{ticket");
}

void TestPhrasing::refusesTemplatesItCannotSay()
{
    QFETCH(QString, pattern);
    QFETCH(QString, mentions);
    auto p = Phrasing::create(pattern, {}, true);
    QVERIFY(!p);
    QCOMPARE(p.error().code, QStringLiteral("announcer.template"));
    QVERIFY2(p.error().message.contains(mentions), qPrintable(p.error().message));
    // A bad recall template is refused as well.
    QVERIFY(!Phrasing::create(Phrasing::defaultTemplate(), pattern, true));
}

void TestPhrasing::letsASpeechEngineSayAnyText()
{
    auto p = Phrasing::create(QStringLiteral("请{ticket}号到{window}号柜台"), {}, false);
    QVERIFY2(p, qPrintable(p.error().message));
    QCOMPARE(p->text(call(QStringLiteral("C021"), 7)), QStringLiteral("请C零二一号到七号柜台"));
    QStringList unsaid;
    const QStringList clips = p->clips(call(QStringLiteral("C021"), 7), &unsaid);
    QCOMPARE(unsaid, QStringList{QStringLiteral("柜台")});
    QCOMPARE(clips.last(), QStringLiteral("hao"));
}

QTEST_GUILESS_MAIN(TestPhrasing)
#include "tst_phrasing.moc"
