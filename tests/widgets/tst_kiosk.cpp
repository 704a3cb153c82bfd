#include "app/core/demosetup.h"
#include "app/hall/localhall.h"
#include "staff/staffrepository.h"
#include "support/testsupport.h"
#include "widgets/common/theme.h"
#include "widgets/kiosk/kioskwindow.h"
#include "widgets/kiosk/ticketslip.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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

private:
    void adopt();
    QString issue(const QString &prefix);
    QString text(const char *name) const;
    QPushButton *button(const QString &name) const;
    std::optional<queue::Ticket> ticketNumbered(const QString &displayNo) const;

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
    // The kiosk signs in as a help-desk account without a window.
    auto member = StaffRepository(m_db).find(QStringLiteral("2001"));
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
                           QStringLiteral("https://hall.example/queue?ticket=1"),
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
    QVERIFY(text("kioskLine").contains(QStringLiteral("Assist")));
    QTRY_VERIFY(ticketNumbered(number).has_value());
    QCOMPARE(ticketNumbered(number)->priorityGroup, QStringLiteral("proxy"));
    QCOMPARE(ticketNumbered(number)->proxyMode, QStringLiteral("assist"));
}

QTEST_MAIN(TestKiosk)
#include "tst_kiosk.moc"
