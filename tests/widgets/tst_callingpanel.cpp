#include "app/core/demosetup.h"
#include "app/hall/localhall.h"
#include "queue/queuejson.h"
#include "staff/staffrepository.h"
#include "support/modal.h"
#include "support/testsupport.h"
#include "widgets/common/theme.h"
#include "widgets/queue/callingpanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace yc;
using yc::test::whenModal;

// The calling panel against the in-process hall (LocalHall): the same engine
// and dispatcher as yichuang-halld on a real SQLite database prepared with
// the demonstration hall (window 3 serves lines A, B, C, D).
class TestCallingPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void buttonsWaitUntilTheHallIsReady();
    void callsRecallsAndMarksNoShowByButtonAndHotkey();
    void holdsAndResumesThenFinishes();
    void proxyTicketShowsItsBadgeAndName();
    void startIntakeServesAndFinishWithCaseRecordsTheCase();
    void transferSendsTheTicketToAnotherWindow();
    void pausesWithAReasonAndResumes();
    void refusalIsShownAsItsMessage();

private:
    Result<QJsonObject> request(const QString &op, const QJsonObject &args = {});
    QString issue(const QString &prefix, const QString &group = QStringLiteral("none"),
                  const QString &proxyMode = {}, const QString &person = {});
    void adopt();
    void showActive();
    QString text(const char *name) const;
    QPushButton *button(const char *name) const;
    QTableWidget *waitingList() const;
    queue::Ticket ticketNumbered(const QString &displayNo) const;

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<LocalHall> m_hall;
    std::unique_ptr<CallingPanel> m_panel;
};

void TestCallingPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    theme::apply(*qApp, false);
    m_db = test::openTempDatabase(m_dir, QStringLiteral("panel.db"));
    QVERIFY(m_db);
    QVERIFY(DemoSetup::ensure(m_db).ok());
}

void TestCallingPanel::init()
{
    queue::QueueConfig config;
    config.enforceServiceHours = false; // the demo lines close at 23:59; the test may run at midnight
    m_hall = std::make_unique<LocalHall>(m_db, config);
    m_panel = std::make_unique<CallingPanel>(*m_hall, 3);
    m_panel->resize(320, 760);
}

void TestCallingPanel::cleanup()
{
    // Leave nothing open for window 3 in the next test: finish what is at the
    // window, send what waits to window 6 (the engine directly; the next
    // test's connection starts from a snapshot).
    const queue::Actor clerk{QStringLiteral("1001"), 3, {QStringLiteral("clerk")}};
    for (const queue::WindowState &w : m_hall->hall().windows())
        if (w.windowNo == 3 && w.paused)
            QVERIFY(m_hall->engine().resumeWindow(clerk).ok());
    auto snapshot = m_hall->engine().snapshot();
    QVERIFY(snapshot.ok());
    for (const queue::Ticket &t : snapshot->tickets) {
        if (t.isActive() && t.windowNo == 3)
            QVERIFY(m_hall->engine().finish(clerk, t.id, {}).ok());
        else if ((t.state == queue::state::waiting || t.state == queue::state::held) && t.targetWindow != 6)
            QVERIFY(m_hall->engine().transfer(clerk, t.id, {0, 6, {}, false}).ok());
    }
    m_panel.reset();
    m_hall.reset();
}

Result<QJsonObject> TestCallingPanel::request(const QString &op, const QJsonObject &args)
{
    std::optional<Result<QJsonObject>> reply;
    m_hall->request(op, args, [&reply](const Result<QJsonObject> &r) { reply = r; });
    if (!QTest::qWaitFor([&] { return reply.has_value(); }, 10000))
        return Error{QStringLiteral("test.timeout"), op};
    // Let the change notification and the pull that follows it arrive.
    const qint64 seq = reply->ok() ? reply->value().value(QStringLiteral("seq")).toInteger() : 0;
    if (!QTest::qWaitFor([&] { return m_hall->hall().seq() >= seq; }, 10000))
        return Error{QStringLiteral("test.timeout"), QStringLiteral("the mirror did not catch up")};
    return *reply;
}

QString TestCallingPanel::issue(const QString &prefix, const QString &group, const QString &proxyMode,
                                const QString &person)
{
    QJsonObject args{{QStringLiteral("prefix"), prefix}, {QStringLiteral("priorityGroup"), group}};
    if (!proxyMode.isEmpty())
        args.insert(QStringLiteral("proxyMode"), proxyMode);
    if (!person.isEmpty())
        args.insert(QStringLiteral("personMasked"), person);
    auto r = request(QStringLiteral("issue"), args);
    if (!r) {
        qWarning() << r.error().code << r.error().message;
        return {};
    }
    return r->value(QStringLiteral("ticket")).toObject().value(QStringLiteral("displayNo")).toString();
}

void TestCallingPanel::adopt()
{
    auto member = StaffRepository(m_db).find(QStringLiteral("1001"));
    QVERIFY(member.ok());
    QVERIFY(m_hall->adopt(member.value(), 3).ok());
    QTRY_COMPARE(m_hall->state(), HallConnection::State::Ready);
}

void TestCallingPanel::showActive()
{
    m_panel->show();
    QApplication::setActiveWindow(m_panel.get());
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
}

QString TestCallingPanel::text(const char *name) const
{
    auto *label = m_panel->findChild<QLabel *>(QString::fromLatin1(name));
    return label && label->isVisibleTo(m_panel.get()) ? label->text() : QString();
}

QPushButton *TestCallingPanel::button(const char *name) const
{
    return m_panel->findChild<QPushButton *>(QString::fromLatin1(name));
}

QTableWidget *TestCallingPanel::waitingList() const
{
    return m_panel->findChild<QTableWidget *>(QStringLiteral("waitingList"));
}

queue::Ticket TestCallingPanel::ticketNumbered(const QString &displayNo) const
{
    for (const queue::Ticket &t : m_hall->hall().tickets())
        if (t.displayNo == displayNo)
            return t;
    return {};
}

void TestCallingPanel::buttonsWaitUntilTheHallIsReady()
{
    QCOMPARE(m_hall->state(), HallConnection::State::SignedOut);
    QVERIFY(text("connectionState").contains(QStringLiteral("Signed out")));
    for (const char *name : {"callNextButton", "recallButton", "noShowButton", "transferButton", "holdButton",
                             "finishButton", "pauseButton", "startIntakeButton"})
        QVERIFY2(!button(name)->isEnabled(), name);

    adopt();
    QTRY_VERIFY(text("connectionState").contains(QStringLiteral("Connected")));
    // Nothing at the window yet: calling and pausing apply, the ticket buttons do not.
    QVERIFY(button("callNextButton")->isEnabled());
    QVERIFY(button("pauseButton")->isEnabled());
    for (const char *name : {"recallButton", "noShowButton", "transferButton", "holdButton", "finishButton",
                             "startIntakeButton"})
        QVERIFY2(!button(name)->isEnabled(), name);
}

void TestCallingPanel::callsRecallsAndMarksNoShowByButtonAndHotkey()
{
    adopt();
    showActive();
    const QString first = issue(QStringLiteral("A"));
    const QString second = issue(QStringLiteral("A"));
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    QTRY_COMPARE(waitingList()->rowCount(), 2);
    QCOMPARE(waitingList()->item(0, 0)->text(), first);
    QCOMPARE(waitingList()->item(1, 0)->text(), second);

    QTest::mouseClick(button("callNextButton"), Qt::LeftButton);
    QTRY_COMPARE(text("ticketNumber"), first);
    QCOMPARE(text("ticketLine"), QStringLiteral("综合受理"));
    QTRY_COMPARE(waitingList()->rowCount(), 1);
    QVERIFY(!button("callNextButton")->isEnabled()); // one ticket at a time

    QTest::mouseClick(button("recallButton"), Qt::LeftButton);
    QTRY_VERIFY(text("ticketState").contains(QStringLiteral("recalled 1")));

    QTest::keyClick(m_panel.get(), Qt::Key_F4); // no-show
    QTRY_COMPARE(text("ticketNumber"), QStringLiteral("—"));
    QCOMPARE(ticketNumbered(first).state, queue::state::noShow);

    QTest::keyClick(m_panel.get(), Qt::Key_F2); // call next by hotkey
    QTRY_COMPARE(text("ticketNumber"), second);
    QTRY_COMPARE(waitingList()->rowCount(), 0);
    QVERIFY(text("waitingCount").startsWith(QStringLiteral("0 waiting")));
}

void TestCallingPanel::holdsAndResumesThenFinishes()
{
    adopt();
    showActive();
    const QString number = issue(QStringLiteral("B"));
    QTest::keyClick(m_panel.get(), Qt::Key_F2);
    QTRY_COMPARE(text("ticketNumber"), number);
    const qint64 id = m_panel->currentTicket()->id;

    QTest::keyClick(m_panel.get(), Qt::Key_F7); // hold
    QTRY_COMPARE(text("ticketNumber"), QStringLiteral("—"));
    QCOMPARE(m_hall->hall().ticket(id)->state, queue::state::held);
    QCOMPARE(waitingList()->rowCount(), 1); // the held ticket stays in view
    QCOMPARE(waitingList()->item(0, 3)->text(), QStringLiteral("on hold"));
    QCOMPARE(button("holdButton")->text(), QStringLiteral("Resume (F7)"));

    QTest::keyClick(m_panel.get(), Qt::Key_F7); // resume
    QTRY_COMPARE(text("ticketNumber"), number);
    QCOMPARE(m_hall->hall().ticket(id)->state, queue::state::serving);

    QTest::keyClick(m_panel.get(), Qt::Key_F8); // finish
    QTRY_COMPARE(text("ticketNumber"), QStringLiteral("—"));
    QCOMPARE(m_hall->hall().ticket(id)->state, queue::state::finished);
}

void TestCallingPanel::proxyTicketShowsItsBadgeAndName()
{
    adopt();
    const QString number =
        issue(QStringLiteral("A"), QStringLiteral("proxy"), QStringLiteral("assist"), QStringLiteral("张*"));
    QTRY_COMPARE(waitingList()->rowCount(), 1);
    QCOMPARE(waitingList()->item(0, 2)->text(), QStringLiteral("Assist"));
    QCOMPARE(text("proxyBadge"), QString()); // nothing at the window yet

    QTest::mouseClick(button("callNextButton"), Qt::LeftButton);
    QTRY_COMPARE(text("ticketNumber"), number);
    QVERIFY(text("proxyBadge").endsWith(QStringLiteral("Assist")));
    QCOMPARE(text("ticketPriority"), QStringLiteral("Priority: Assisted service"));
    QCOMPARE(text("ticketPerson"), QStringLiteral("Citizen: 张*"));
    QVERIFY(text("ticketWaited").startsWith(QStringLiteral("Waited ")));

    if (const QString preview = qEnvironmentVariable("YC_SCREEN_PREVIEW"); !preview.isEmpty()) {
        const QString path =
            QFileInfo(preview).isDir() ? QDir(preview).filePath(QStringLiteral("panel.png")) : preview;
        QVERIFY(m_panel->grab().save(path, "PNG"));
        qInfo("calling panel preview: %s", qPrintable(path));
    }

    QTest::mouseClick(button("finishButton"), Qt::LeftButton);
    QTRY_COMPARE(text("proxyBadge"), QString());
}

void TestCallingPanel::startIntakeServesAndFinishWithCaseRecordsTheCase()
{
    adopt();
    const QString number = issue(QStringLiteral("C"));
    QSignalSpy started(m_panel.get(), &CallingPanel::startIntakeRequested);
    QTest::mouseClick(button("callNextButton"), Qt::LeftButton);
    QTRY_COMPARE(text("ticketNumber"), number);
    const qint64 id = m_panel->currentTicket()->id;

    QTest::mouseClick(button("startIntakeButton"), Qt::LeftButton);
    QTRY_COMPARE(started.size(), 1);
    QCOMPARE(started.first().at(0).toLongLong(), id);
    QCOMPARE(started.first().at(1).toString(), number);
    QTRY_COMPARE(m_hall->hall().ticket(id)->state, queue::state::serving);
    QVERIFY(!button("recallButton")->isEnabled()); // a citizen being served is not called again

    const QString caseNo = QStringLiteral("370402202611220001");
    QVERIFY(m_panel->finishWithCase(caseNo));
    QTRY_COMPARE(m_hall->hall().ticket(id)->state, queue::state::finished);
    QCOMPARE(m_hall->hall().ticket(id)->caseNo, caseNo);
    QVERIFY(!m_panel->finishWithCase(caseNo)); // nothing open any more
    QVERIFY(!text("panelMessage").isEmpty());
}

void TestCallingPanel::transferSendsTheTicketToAnotherWindow()
{
    adopt();
    const QString number = issue(QStringLiteral("D"));
    QTest::mouseClick(button("callNextButton"), Qt::LeftButton);
    QTRY_COMPARE(text("ticketNumber"), number);
    const qint64 id = m_panel->currentTicket()->id;

    bool seen = false;
    whenModal(QStringLiteral("transferDialog"), [&seen](QWidget *dialog) {
        seen = true;
        dialog->findChild<QRadioButton *>(QStringLiteral("transferToWindow"))->setChecked(true);
        auto *window = dialog->findChild<QComboBox *>(QStringLiteral("transferWindow"));
        const int index = window->findData(1);
        QVERIFY(index >= 0);
        window->setCurrentIndex(index);
        dialog->findChild<QCheckBox *>(QStringLiteral("transferFront"))->setChecked(true);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("transferOk")), Qt::LeftButton);
    });
    QTest::mouseClick(button("transferButton"), Qt::LeftButton);
    QVERIFY(seen);
    QTRY_COMPARE(text("ticketNumber"), QStringLiteral("—"));
    const auto moved = m_hall->hall().ticket(id);
    QCOMPARE(moved->state, queue::state::waiting);
    QCOMPARE(moved->targetWindow, 1);
    QCOMPARE(waitingList()->rowCount(), 0); // it is window 1's now
}

void TestCallingPanel::pausesWithAReasonAndResumes()
{
    adopt();
    showActive();
    whenModal(QStringLiteral("pauseReasonDialog"), [](QWidget *dialog) {
        auto *input = static_cast<QInputDialog *>(dialog);
        input->setTextValue(QStringLiteral("lunch break"));
        input->accept();
    });
    QTest::keyClick(m_panel.get(), Qt::Key_F9);
    QTRY_VERIFY(text("pauseBanner").contains(QStringLiteral("lunch break")));
    QVERIFY(m_hall->hall().window(3)->paused);
    QVERIFY(!button("callNextButton")->isEnabled());

    showActive(); // the panel's window is active again once the dialog has gone
    QTest::keyClick(m_panel.get(), Qt::Key_F9);
    QTRY_COMPARE(text("pauseBanner"), QString());
    QVERIFY(!m_hall->hall().window(3)->paused);
    QVERIFY(button("callNextButton")->isEnabled());
}

void TestCallingPanel::refusalIsShownAsItsMessage()
{
    adopt();
    const QString number = issue(QStringLiteral("A"));
    QTest::mouseClick(button("callNextButton"), Qt::LeftButton);
    QTRY_COMPARE(text("ticketNumber"), number);
    const qint64 id = m_panel->currentTicket()->id;

    // Another client finishes it behind the panel's back (the engine directly,
    // so no notification reaches this connection): the panel's view is stale.
    QVERIFY(m_hall->engine().finish({QStringLiteral("1001"), 3, {QStringLiteral("clerk")}}, id, {}).ok());
    QSignalSpy failed(m_panel.get(), &CallingPanel::requestFailed);
    QTest::mouseClick(button("recallButton"), Qt::LeftButton);
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).toString(), QStringLiteral("queue.not_at_window"));
    QVERIFY(text("panelMessage").contains(number));
    QCOMPARE(text("panelMessage"), failed.first().at(1).toString());
}

QTEST_MAIN(TestCallingPanel)
#include "tst_callingpanel.moc"
