#include "app/display/ledtext.h"

#include <QTest>

using namespace yc::display;
using State = LedWindow::State;
using namespace Qt::StringLiterals;

// The LED strip texts: what each state says at 8 and 12 characters, the
// width rule (a CJK character is one cell, ASCII half a cell), and that no
// line is ever wider than the strip.
class TestLedText : public QObject
{
    Q_OBJECT

private slots:
    void countsCjkAsOneCellAndAsciiAsHalf_data();
    void countsCjkAsOneCellAndAsciiAsHalf();
    void fitsWithoutSplittingAGlyph_data();
    void fitsWithoutSplittingAGlyph();
    void saysWhatTheWindowDoes_data();
    void saysWhatTheWindowDoes();
    void neverExceedsTheStrip();
};

void TestLedText::countsCjkAsOneCellAndAsciiAsHalf_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("halfCells");
    QTest::newRow("ticket") << u"A012"_s << 4;
    QTest::newRow("call at 8") << u"A012 请到3号"_s << 12;
    QTest::newRow("chinese") << u"暂停服务"_s << 8;
    QTest::newRow("full-width digits") << u"１２"_s << 4;
    QTest::newRow("CJK punctuation") << u"（午休）"_s << 8;
    QTest::newRow("empty") << QString() << 0;
}

void TestLedText::countsCjkAsOneCellAndAsciiAsHalf()
{
    QFETCH(QString, text);
    QFETCH(int, halfCells);
    QCOMPARE(ledHalfCells(text), halfCells);
}

void TestLedText::fitsWithoutSplittingAGlyph_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");
    QTest::addColumn<QString>("fitted");
    QTest::newRow("fits") << u"A012 请到3号"_s << 8 << u"A012 请到3号"_s;
    QTest::newRow("nine CJK in eight") << u"一二三四五六七八九"_s << 8 << u"一二三四五六七八"_s;
    QTest::newRow("half cell left") << u"A一二三"_s << 2 << u"A一"_s;
    QTest::newRow("ascii fills halves") << u"ABCDEFGHIJ"_s << 4 << u"ABCDEFGH"_s;
}

void TestLedText::fitsWithoutSplittingAGlyph()
{
    QFETCH(QString, text);
    QFETCH(int, width);
    QFETCH(QString, fitted);
    QCOMPARE(ledFit(text, width), fitted);
}

void TestLedText::saysWhatTheWindowDoes_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("width");
    QTest::addColumn<QStringList>("lines");
    const int called = int(State::Called), serving = int(State::Serving), paused = int(State::Paused),
              idle = int(State::Idle);
    QTest::newRow("called 8") << called << QString() << 8 << QStringList{u"A012 请到3号"_s, u"等候5人"_s};
    QTest::newRow("called 12") << called << QString() << 12
                               << QStringList{u"请A012号到3号窗口"_s, u"本窗口等候5人"_s};
    QTest::newRow("serving 8") << serving << QString() << 8 << QStringList{u"正在办理 A012"_s, u"等候5人"_s};
    QTest::newRow("serving 12") << serving << QString() << 12
                                << QStringList{u"3号窗口 正在办理A012"_s, u"本窗口等候5人"_s};
    QTest::newRow("idle 8") << idle << QString() << 8 << QStringList{u"3号窗口 欢迎您"_s, u"等候5人"_s};
    QTest::newRow("idle 12") << idle << QString() << 12
                             << QStringList{u"3号窗口 欢迎您办理业务"_s, u"本窗口等候5人"_s};
    QTest::newRow("paused without reason")
        << paused << QString() << 8 << QStringList{u"暂停服务"_s, u"请到其他窗口办理"_s};
    QTest::newRow("paused with reason")
        << paused << u"午休 13:30恢复"_s << 8 << QStringList{u"暂停服务"_s, u"午休 13:30恢复"_s};
    QTest::newRow("paused 12, long reason cut")
        << paused << u"系统升级维护请到其他综合窗口办理"_s << 12
        << QStringList{u"3号窗口 暂停服务"_s, u"系统升级维护请到其他综合"_s};
}

void TestLedText::saysWhatTheWindowDoes()
{
    QFETCH(int, state);
    QFETCH(QString, reason);
    QFETCH(int, width);
    QFETCH(QStringList, lines);
    LedWindow w;
    w.windowNo = 3;
    w.state = State(state);
    w.ticket = (w.state == State::Called || w.state == State::Serving) ? u"A012"_s : QString();
    w.waiting = 5;
    w.pauseReason = reason;
    QCOMPARE(ledLines(w, width), lines);
}

void TestLedText::neverExceedsTheStrip()
{
    for (int width = 4; width <= 16; ++width)
        for (State state : {State::Idle, State::Called, State::Serving, State::Paused})
            for (int windowNo : {1, 12, 999}) {
                LedWindow w;
                w.windowNo = windowNo;
                w.state = state;
                w.ticket = u"AB1234"_s;
                w.waiting = 12345;
                w.pauseReason = u"很长很长很长很长很长很长的原因"_s;
                const QStringList lines = ledLines(w, width);
                QCOMPARE(lines.size(), 2);
                for (const QString &line : lines) {
                    QVERIFY2(ledHalfCells(line) <= 2 * width,
                             qPrintable(u"%1 at width %2"_s.arg(line).arg(width)));
                    QVERIFY(!line.isEmpty());
                }
            }
}

QTEST_GUILESS_MAIN(TestLedText)
#include "tst_ledtext.moc"
