#include "app/core/demosetup.h"
#include "app/hall/localhall.h"
#include "catalog/catalogrepository.h"
#include "staff/staffrepository.h"
#include "support/testsupport.h"
#include "widgets/common/servicebadge.h"
#include "widgets/common/theme.h"
#include "widgets/kiosk/kioskroute.h"
#include "widgets/kiosk/kioskwindow.h"
#include "widgets/kiosk/ticketslip.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace yc;
using namespace Qt::StringLiterals;

// The kiosk against the in-process hall (LocalHall) on a real database with
// the demonstration hall; tickets are "printed" to PDF files.
class TestKiosk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void linesAppearWhenTheHallIsReady();
    void priorityTicketIsIssuedShownAndPrinted();
    void assistedServiceTicketCarriesTheProxyMode();
    void findsTheLineByMatterName();
    void cardGivesAgePriorityAndForgetsTheCard();
    void cardChecksInTodaysAppointment();
    void kioskAccountMayOnlyIssueAndCheckIn();
    void lockedKioskDoesNotCloseFromTheScreen();

private:
    void adopt();
    QString issue(const QString &prefix);
    QString text(const char *name) const;
    QPushButton *button(const QString &name) const;
    std::optional<queue::Ticket> ticketNumbered(const QString &displayNo) const;
    static idcard::IdCardData card(const QString &body17, const QDate &birth);

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<LocalHall> m_hall;
    std::unique_ptr<KioskWindow> m_kiosk;
};

void TestKiosk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    theme::apply(*qApp, true);
    m_db = test::openTempDatabase(m_dir, QStringLiteral("kiosk.db"));
    QVERIFY(m_db);
    QVERIFY(DemoSetup::ensure(m_db).ok());
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("tickets")));
}

void TestKiosk::init()
{
    queue::QueueConfig config;
    config.enforceServiceHours = false; // the demo lines close at 23:59; the test may run at midnight
    m_hall = std::make_unique<LocalHall>(m_db, config);
    m_kiosk = std::make_unique<KioskWindow>(*m_hall, QStringLiteral("市中区政务服务中心"));
    m_kiosk->setPdfDirectory(m_dir.filePath(QStringLiteral("tickets")));
    m_kiosk->setFollowUrlPrefix(QStringLiteral("https://hall.example/queue?ticket="));
    m_kiosk->resize(1280, 1024);
}

void TestKiosk::cleanup()
{
    m_kiosk.reset();
    m_hall.reset();
}

void TestKiosk::adopt()
{
    // The kiosk signs in as the demonstration hall's kiosk account, without a window.
    auto member = StaffRepository(m_db).find(QStringLiteral("8001"));
    QVERIFY(member.ok());
    QVERIFY(m_hall->adopt(member.value(), 0).ok());
    QTRY_COMPARE(m_hall->state(), HallConnection::State::Ready);
    QTRY_VERIFY(button(QStringLiteral("line_A")) && button(QStringLiteral("line_A"))->isEnabled());
}

QString TestKiosk::issue(const QString &prefix)
{
    std::optional<Result<QJsonObject>> reply;
    m_hall->request(QStringLiteral("issue"), {{QStringLiteral("prefix"), prefix}},
                    [&reply](const Result<QJsonObject> &r) { reply = r; });
    if (!QTest::qWaitFor([&] { return reply.has_value(); }, 10000) || !reply->ok())
        return {};
    const qint64 seq = reply->value().value(QStringLiteral("seq")).toInteger();
    if (!QTest::qWaitFor([&] { return m_hall->hall().seq() >= seq; }, 10000))
        return {};
    return reply->value()
        .value(QStringLiteral("ticket"))
        .toObject()
        .value(QStringLiteral("displayNo"))
        .toString();
}

QString TestKiosk::text(const char *name) const
{
    auto *label = m_kiosk->findChild<QLabel *>(QString::fromLatin1(name));
    return label ? label->text() : QString();
}

QPushButton *TestKiosk::button(const QString &name) const
{
    return m_kiosk->findChild<QPushButton *>(name);
}

std::optional<queue::Ticket> TestKiosk::ticketNumbered(const QString &displayNo) const
{
    for (const queue::Ticket &t : m_hall->hall().tickets())
        if (t.displayNo == displayNo)
            return t;
    return std::nullopt;
}

void TestKiosk::linesAppearWhenTheHallIsReady()
{
    QCOMPARE(m_hall->state(), HallConnection::State::SignedOut);
    QVERIFY(text("kioskStatus").contains(QStringLiteral("help desk")));
    adopt();
    for (const QString &prefix : QStringList{u"A"_s, u"B"_s, u"C"_s, u"D"_s, u"H"_s, u"T"_s})
        QVERIFY2(button(QStringLiteral("line_") + prefix), qPrintable(prefix));
    QVERIFY(button(QStringLiteral("line_A"))->text().contains(QStringLiteral("综合受理")));
    QCOMPARE(text("kioskStatus"), QString());
    if (const QString preview = qEnvironmentVariable("YC_SCREEN_PREVIEW"); !preview.isEmpty()) {
        const QDir dir(QFileInfo(preview).isDir() ? preview : QFileInfo(preview).path());
        QVERIFY(m_kiosk->grab().save(dir.filePath(QStringLiteral("kiosk-choose.png")), "PNG"));
    }
}

void TestKiosk::priorityTicketIsIssuedShownAndPrinted()
{
    adopt();
    QVERIFY(!issue(QStringLiteral("C")).isEmpty());
    QVERIFY(!issue(QStringLiteral("C")).isEmpty());
    QSignalSpy issued(m_kiosk.get(), &KioskWindow::ticketIssued);

    QTest::mouseClick(button(QStringLiteral("priority_elderly")), Qt::LeftButton);
    QTest::mouseClick(button(QStringLiteral("line_C")), Qt::LeftButton);
    QTRY_COMPARE(issued.size(), 1);
    const QString number = issued.first().at(0).toString();
    QVERIFY(number.startsWith(QLatin1Char('C')));
    QCOMPARE(text("kioskNumber"), number);
    QVERIFY(text("kioskLine").contains(QStringLiteral("不动产登记")));
    QVERIFY(text("kioskLine").contains(QStringLiteral("Elderly")));
    QCOMPARE(text("kioskAhead"), QStringLiteral("2 people ahead of you"));
    QCOMPARE(m_kiosk->findChild<QStackedWidget *>()->currentWidget()->objectName(),
             QStringLiteral("ticketPage"));

    QFile pdf(issued.first().at(1).toString());
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == QByteArrayLiteral("%PDF-"));
    QVERIFY(pdf.size() > 1000);

    QTRY_VERIFY(ticketNumbered(number).has_value());
    QCOMPARE(ticketNumbered(number)->priorityGroup, QStringLiteral("elderly"));

    if (const QString preview = qEnvironmentVariable("YC_SCREEN_PREVIEW"); !preview.isEmpty()) {
        const QDir dir(QFileInfo(preview).isDir() ? preview : QFileInfo(preview).path());
        QVERIFY(m_kiosk->grab().save(dir.filePath(QStringLiteral("kiosk-ticket.png")), "PNG"));
        QImage slip(640, 880, QImage::Format_RGB32);
        slip.fill(Qt::white);
        QPainter p(&slip);
        TicketSlip::paint(p, QRectF(0, 0, 640, 880),
                          {QStringLiteral("市中区政务服务中心"), number, QStringLiteral("不动产登记"),
                           QStringLiteral("Elderly"), 2, QDateTime::currentDateTimeUtc(),
                           QStringLiteral("https://hall.example/queue?ticket=1"), QString(),
                           QStringLiteral("https://hall.example/evaluate/AAAAAAAAAAAAAAAAAAAAAA")});
        p.end();
        QVERIFY(slip.save(dir.filePath(QStringLiteral("kiosk-slip.png")), "PNG"));
    }

    QTest::mouseClick(button(QStringLiteral("doneButton")), Qt::LeftButton);
    QCOMPARE(m_kiosk->findChild<QStackedWidget *>()->currentWidget()->objectName(),
             QStringLiteral("choosePage"));
    QVERIFY(button(QStringLiteral("priority_none"))->isChecked());
}

void TestKiosk::assistedServiceTicketCarriesTheProxyMode()
{
    adopt();
    QSignalSpy issued(m_kiosk.get(), &KioskWindow::ticketIssued);
    QTest::mouseClick(button(QStringLiteral("priority_proxy")), Qt::LeftButton);
    QTest::mouseClick(button(QStringLiteral("line_H")), Qt::LeftButton);
    QTRY_COMPARE(issued.size(), 1);
    const QString number = issued.first().at(0).toString();
    QVERIFY(number.startsWith(QLatin1Char('H')));
    auto *badge = m_kiosk->findChild<ServiceBadge *>(QStringLiteral("kioskProxyBadge"));
    QVERIFY(badge->isVisibleTo(m_kiosk.get()));
    QCOMPARE(badge->text(), QStringLiteral("Assist"));
    QTRY_VERIFY(ticketNumbered(number).has_value());
    QCOMPARE(ticketNumbered(number)->priorityGroup, QStringLiteral("proxy"));
    QCOMPARE(ticketNumbered(number)->proxyMode, QStringLiteral("assist"));
    QCOMPARE(ticketNumbered(number)->proxyReason, QStringLiteral("other")); // no card: no reason known
}

void TestKiosk::findsTheLineByMatterName()
{
    adopt();
    m_kiosk->show(); // the result rows are laid out for touching
    QVERIFY(QTest::qWaitForWindowExposed(m_kiosk.get()));
    CatalogRepository catalog(m_db);
    const QList<Matter> matters = catalog.currentMatters().value();
    QFile hall(DemoSetup::hallResource());
    QVERIFY(hall.open(QIODevice::ReadOnly));
    const KioskRoute route = KioskRoute::fromJson(
        QJsonDocument::fromJson(hall.readAll()).object().value(u"kioskLines"_s).toObject());
    QCOMPARE(route.defaultLine(), u"A"_s);
    m_kiosk->setCatalog(matters, catalog.synonyms().value(), route);
    // A matter of the market regulator (SJ) queues on B 企业开办; any other on A.
    const auto sj = std::find_if(matters.begin(), matters.end(), [](const Matter &m) {
        return m.departmentCode == u"SJ"_s && m.state == u"active"_s;
    });
    QVERIFY(sj != matters.end());
    QCOMPARE(route.linePrefixFor(*sj), u"B"_s);

    auto *find = button(u"findMatterButton"_s);
    QVERIFY(find->isVisibleTo(m_kiosk.get()));
    QTest::mouseClick(find, Qt::LeftButton);
    auto *pages = m_kiosk->findChild<QStackedWidget *>();
    QCOMPARE(pages->currentWidget()->objectName(), u"matterPage"_s);
    // The way back is one touch.
    QTest::mouseClick(button(u"matterBackButton"_s), Qt::LeftButton);
    QCOMPARE(pages->currentWidget()->objectName(), u"choosePage"_s);

    QSignalSpy issued(m_kiosk.get(), &KioskWindow::ticketIssued);
    QTest::mouseClick(find, Qt::LeftButton);
    auto *search = m_kiosk->findChild<QLineEdit *>(u"kioskMatterSearch"_s);
    search->setText(sj->name); // Chinese arrives like an input method's commit
    auto *results = m_kiosk->findChild<QListWidget *>(u"kioskMatterResults"_s);
    QVERIFY(results->count() > 0);
    QCOMPARE(results->item(0)->text(), sj->name);
    QTest::mouseClick(results->viewport(), Qt::LeftButton, {},
                      results->visualItemRect(results->item(0)).center());
    QTRY_COMPARE(issued.size(), 1);
    QVERIFY2(issued.first().at(0).toString().startsWith(QLatin1Char('B')),
             qPrintable(issued.first().at(0).toString()));

    // Everyday words work too: 结婚 finds the marriage registration (民政, on A).
    QTest::mouseClick(button(u"doneButton"_s), Qt::LeftButton);
    QTest::mouseClick(find, Qt::LeftButton);
    QVERIFY(search->text().isEmpty()); // the last citizen's search is gone
    search->setText(u"结婚"_s);
    QVERIFY(results->count() > 0);
    QVERIFY(results->item(0)->text().contains(u"结婚"_s));
    QTest::mouseClick(results->viewport(), Qt::LeftButton, {},
                      results->visualItemRect(results->item(0)).center());
    QTRY_COMPARE(issued.size(), 2);
    QVERIFY(issued.at(1).at(0).toString().startsWith(QLatin1Char('A')));
}

idcard::IdCardData TestKiosk::card(const QString &body17, const QDate &birth)
{
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += body17.at(i).digitValue() * weights[i];
    idcard::IdCardData c;
    c.name = u"张秀英"_s;
    c.number = body17 + u"10X98765432"_s.at(sum % 11);
    c.birthDate = birth;
    return c;
}

void TestKiosk::cardGivesAgePriorityAndForgetsTheCard()
{
    adopt();
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Shanghai")).date();
    // Seventy today: priority for older people, chosen by itself.
    const QDate seventy = today.addYears(-70);
    const idcard::IdCardData older = card(u"370402"_s + seventy.toString(u"yyyyMMdd"_s) + u"002"_s, seventy);
    m_kiosk->acceptCard(older);
    QVERIFY(button(u"priority_elderly"_s)->isChecked());
    QVERIFY(text("kioskCardInfo").contains(u"3704**********"_s));
    QVERIFY(!text("kioskCardInfo").contains(older.number)); // never the whole number
    QVERIFY(!text("kioskCardInfo").contains(u"秀英"_s));

    QSignalSpy issued(m_kiosk.get(), &KioskWindow::ticketIssued);
    QTest::mouseClick(button(u"line_D"_s), Qt::LeftButton);
    QTRY_COMPARE(issued.size(), 1);
    const QString number = issued.first().at(0).toString();
    QTRY_VERIFY(ticketNumbered(number).has_value());
    QCOMPARE(ticketNumbered(number)->priorityGroup, u"elderly"_s);
    // Only the masked person travels with the ticket.
    QCOMPARE(ticketNumbered(number)->personMasked,
             u"张** "_s + older.number.left(4) + u"**********"_s + older.number.right(4));
    // Nothing of the card stays at the kiosk.
    QVERIFY(!text("kioskCardInfo").contains(u"3704"_s));
    QTest::mouseClick(button(u"doneButton"_s), Qt::LeftButton);
    QVERIFY(button(u"priority_none"_s)->isChecked());

    // A day short of sixty: no priority.
    const QDate almost = today.addYears(-60).addDays(1);
    m_kiosk->acceptCard(card(u"370402"_s + almost.toString(u"yyyyMMdd"_s) + u"004"_s, almost));
    QVERIFY(button(u"priority_none"_s)->isChecked());
    QVERIFY(text("kioskCardInfo").startsWith(u"Card read"_s));
}

void TestKiosk::cardChecksInTodaysAppointment()
{
    adopt();
    const QDate birth(1985, 6, 15);
    const idcard::IdCardData citizen = card(u"37040219850615006"_s, birth);
    const QString masked = citizen.number.left(4) + u"**********"_s + citizen.number.right(4);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    queue::QueueEngine::Booking booking;
    for (const queue::Line &line : m_hall->hall().lines())
        if (line.prefix == u"C"_s) // 不动产登记
            booking.lineId = line.id;
    booking.source = u"platform"_s;
    booking.externalId = u"YY-2026-0001"_s;
    booking.personMasked = u"张** "_s + masked;
    booking.slotStart = now;
    booking.slotEnd = now.addSecs(3600);
    auto booked = m_hall->engine().book({u"9001"_s, 0, {u"admin"_s}}, booking);
    QVERIFY2(booked.ok(), booked.ok() ? "" : qPrintable(booked.error().message));

    m_kiosk->acceptCard(citizen);
    QTRY_VERIFY(button(u"checkInButton"_s)->isVisibleTo(m_kiosk.get()));
    QVERIFY(button(u"checkInButton"_s)->text().contains(u"不动产登记"_s));
    QSignalSpy issued(m_kiosk.get(), &KioskWindow::ticketIssued);
    QTest::mouseClick(button(u"checkInButton"_s), Qt::LeftButton);
    QTRY_COMPARE(issued.size(), 1);
    const QString number = issued.first().at(0).toString();
    QVERIFY(number.startsWith(QLatin1Char('C')));
    QTRY_VERIFY(ticketNumbered(number).has_value());
    QCOMPARE(ticketNumbered(number)->appointmentId, booked->id);
    QCOMPARE(ticketNumbered(number)->priorityGroup, u"appointment"_s);
    QVERIFY(!button(u"checkInButton"_s)->isVisibleTo(m_kiosk.get()));

    // Someone else's card finds nothing to check in.
    QTest::mouseClick(button(u"doneButton"_s), Qt::LeftButton);
    m_kiosk->acceptCard(card(u"37040219850615014"_s, birth));
    QTest::qWait(100);
    QVERIFY(!button(u"checkInButton"_s)->isVisibleTo(m_kiosk.get()));
}

void TestKiosk::kioskAccountMayOnlyIssueAndCheckIn()
{
    adopt();
    auto ask = [this](const QString &op, const QJsonObject &args) {
        std::optional<Result<QJsonObject>> reply;
        m_hall->request(op, args, [&reply](const Result<QJsonObject> &r) { reply = r; });
        if (!QTest::qWaitFor([&] { return reply.has_value(); }, 10000))
            qWarning("no reply to %s", qPrintable(op));
        return reply.value_or(Error{u"test.timeout"_s, {}});
    };
    QVERIFY(ask(u"issue"_s, {{u"prefix"_s, u"A"_s}}).ok());
    QVERIFY(ask(u"snapshot"_s, {}).ok());
    for (const QString &op : {u"callNext"_s, u"book"_s, u"requeue"_s, u"pin"_s, u"markProxy"_s}) {
        const auto refused = ask(op, {{u"ticketId"_s, 1}, {u"lineId"_s, 1}, {u"reason"_s, u"x"_s}});
        QVERIFY2(!refused.ok(), qPrintable(op));
        QCOMPARE(refused.error().code, u"auth.forbidden"_s);
    }
    // A full ID number is never accepted for the appointment look-up.
    const auto unmasked = ask(u"findAppointments"_s, {{u"personMasked"_s, u"370402198506150061"_s}});
    QVERIFY(!unmasked.ok());
    QCOMPARE(unmasked.error().code, u"hall.person_unmasked"_s);
}

void TestKiosk::lockedKioskDoesNotCloseFromTheScreen()
{
    m_kiosk->setLocked(true);
    m_kiosk->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_kiosk.get()));
    QVERIFY(!m_kiosk->close());
    QVERIFY(m_kiosk->isVisible());
    m_kiosk->setLocked(false);
    QVERIFY(m_kiosk->close());
}

QTEST_MAIN(TestKiosk)
#include "tst_kiosk.moc"
