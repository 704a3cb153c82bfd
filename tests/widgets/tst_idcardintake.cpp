// The intake screen with the demonstration reader: the real serial backend
// on the pseudo-terminal of yichuang-idcard-sim. A card placed with the demo
// button fills the applicant (a returning applicant's phone from the last
// visit), the read is audited with the masked number, and the reader polls
// only while the intake screen is shown.
#include "app/core/adminservice.h"
#include "app/core/clientcontext.h"
#include "app/core/demosetup.h"
#include "app/core/idlewatcher.h"
#include "app/core/localization.h"
#include "app/core/session.h"
#include "app/core/settings.h"
#include "app/core/statusboard.h"
#include "app/devices/idcard/democardreader.h"
#include "app/devices/idcard/idcardreader.h"
#include "crypto/fieldcipher.h"
#include "intake/intakeservice.h"
#include "store/sql.h"
#include "support/testsupport.h"
#include "widgets/intake/intakepage.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace yc;

class TestIdCardIntake : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCOMPARE(Localization::install(*qApp, QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        m_db = test::openTempDatabase(m_dir, QStringLiteral("card.db"));
        QVERIFY(DemoSetup::ensure(m_db).ok());
        m_cipher = FieldCipher::fromKey(QByteArray(32, '\x21')).value();
        m_settings = std::make_unique<Settings>(
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat));
        m_session = std::make_unique<Session>(m_db, 3);
        QVERIFY(m_session->login(QStringLiteral("1001"), DemoSetup::demoPassword()).ok());
        m_intake = std::make_unique<IntakeService>(m_db, &*m_cipher);

        m_demo = std::make_unique<DemoCardReader>();
        const QString pty = m_demo->start(QStringLiteral(YC_IDCARD_SIM));
        QVERIFY2(!pty.isEmpty(), "the simulated reader did not start");
        QCOMPARE(m_demo->cardNames().value(0), QStringLiteral("赵德厚"));
        devices::IdCardReaderOptions options;
        options.backend = devices::IdCardReaderOptions::Backend::Serial;
        options.serial.ports = {pty};
        m_reader = std::make_unique<devices::IdCardReader>(options, m_db, [this] {
            return devices::IdCardReader::Operator{m_session->staff().staffNo, m_session->windowNo()};
        });
        m_ctx = std::make_unique<ClientContext>(
            ClientContext{m_db, m_settings.get(), m_session.get(), nullptr, nullptr, nullptr, m_intake.get(),
                          QStringLiteral("市中区政务服务中心"), true, QStringLiteral("zh_CN")});
        m_ctx->idCardReader = m_reader.get();
        m_ctx->demoCardReader = m_demo.get();
    }

    void cleanupTestCase()
    {
        m_reader.reset();
        m_demo.reset();
    }

    void demoCardFillsTheApplicant()
    {
        // A returning applicant: their phone is on record from an earlier visit.
        IntakePage page(*m_ctx);
        QVERIFY(!m_reader->isRunning());
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(m_reader->isRunning()); // polling while the screen is shown

        auto *name = page.findChild<QLineEdit *>(QStringLiteral("applicantName"));
        auto *number = page.findChild<QLineEdit *>(QStringLiteral("applicantIdNumber"));
        auto *address = page.findChild<QLineEdit *>(QStringLiteral("applicantAddress"));
        QVERIFY(name && number && address);
        QTRY_VERIFY_WITH_TIMEOUT(page.findChild<QLabel *>(QStringLiteral("idCardState"))
                                     ->text()
                                     .contains(QStringLiteral("身份证")),
                                 15000);
        const qint64 audited =
            test::count(*m_db, QStringLiteral("audit_log"), QStringLiteral("action = 'idcard.read'"));
        page.findChild<QPushButton *>(QStringLiteral("demoCard0"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(name->text(), QStringLiteral("赵德厚"), 15000);
        QCOMPARE(number->text(), QStringLiteral("370402195003151236"));
        QVERIFY(address->text().startsWith(QStringLiteral("山东省枣庄市市中区光明路")));
        // No licensed photo decoder here: the screen says why there is no photo.
        auto *photo = page.findChild<QLabel *>(QStringLiteral("idCardPhoto"));
        QVERIFY(!photo->toolTip().isEmpty());
        // Audited once, with the number masked.
        QTRY_COMPARE_WITH_TIMEOUT(
            test::count(*m_db, QStringLiteral("audit_log"), QStringLiteral("action = 'idcard.read'")),
            audited + 1, 5000);
        auto subject =
            sql::scalar(m_db->connection(),
                        QStringLiteral("SELECT subject || ' ' || detail FROM audit_log WHERE action = "
                                       "'idcard.read' ORDER BY id DESC LIMIT 1"));
        QVERIFY(subject && !subject->toString().contains(QStringLiteral("195003151")));

        // The card left on the reader is not read again; another card is.
        QTest::qWait(1500);
        QCOMPARE(test::count(*m_db, QStringLiteral("audit_log"), QStringLiteral("action = 'idcard.read'")),
                 audited + 1);
        page.findChild<QPushButton *>(QStringLiteral("demoCard1"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(name->text(), QStringLiteral("孙晓燕"), 15000);

        page.hide();
        QVERIFY(!m_reader->isRunning()); // stopped when the screen is left
    }

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    std::optional<FieldCipher> m_cipher;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<IntakeService> m_intake;
    std::unique_ptr<DemoCardReader> m_demo;
    std::unique_ptr<devices::IdCardReader> m_reader;
    std::unique_ptr<ClientContext> m_ctx;
};

QTEST_MAIN(TestIdCardIntake)
#include "tst_idcardintake.moc"
