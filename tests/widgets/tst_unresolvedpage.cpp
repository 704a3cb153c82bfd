// The 办不成事 register page on the demonstration hall: a clerk records an
// entry through the dialog (a hostile name refused first, nothing written),
// works it through assignment, the unit's reply, the resolution and the
// feedback that closes it; a supervisor spot-checks it and reads the full
// personal details (audited); an entry past its deadline shows under
// "Overdue" in red.
#include "app/core/clientcontext.h"
#include "app/core/demosetup.h"
#include "app/core/session.h"
#include "calendar/calendarrepository.h"
#include "core/clock.h"
#include "crypto/fieldcipher.h"
#include "support/modal.h"
#include "support/testsupport.h"
#include "unresolved/unresolvedregister.h"
#include "widgets/unresolved/unresolvedregisterpage.h"

#include <ctime>
#include <optional>

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

using namespace yc;
using yc::test::whenModal;

namespace {

void setClock(const QDate &day)
{
    Clock::setOverride([day] { return QDateTime(day, QTime(10, 0)).toUTC(); });
}

template <typename T>
T *child(QWidget *parent, const char *name)
{
    auto *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no widget %s", name);
    return w;
}

// Chooses the combo entry whose item data is `data`.
bool choose(QComboBox *combo, const QVariant &data)
{
    const int i = combo->findData(data);
    if (i < 0)
        return false;
    combo->setCurrentIndex(i);
    return true;
}

} // namespace

class TestUnresolvedPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    std::optional<FieldCipher> m_cipher;
    std::unique_ptr<ClientContext> m_ctx;

    qint64 audits(const QString &action)
    {
        return test::count(*m_db, QStringLiteral("audit_log"), QStringLiteral("action = '%1'").arg(action));
    }

    // Chooses a step, fills it in and records it; returns the page's message.
    QString step(QWidget &page, UnresolvedRegister::StepKind kind, const QString &note,
                 const QString &result = {}, const QString &channel = {})
    {
        if (!choose(child<QComboBox>(&page, "unresolvedStep"), int(kind)))
            return QStringLiteral("step not offered");
        if (!result.isEmpty() && !choose(child<QComboBox>(&page, "unresolvedResult"), result))
            return QStringLiteral("result not offered");
        if (!channel.isEmpty() && !choose(child<QComboBox>(&page, "unresolvedChannel"), channel))
            return QStringLiteral("channel not offered");
        child<QPlainTextEdit>(&page, "unresolvedNote")->setPlainText(note);
        child<QPushButton>(&page, "unresolvedRecord")->click();
        return child<QLabel>(&page, "unresolvedMessage")->text();
    }

private slots:
    void initTestCase()
    {
        qputenv("TZ", "Asia/Shanghai");
        tzset();
        QStandardPaths::setTestModeEnabled(true);
        m_db = test::openTempDatabase(m_dir, QStringLiteral("unresolved.db"));
        QVERIFY(DemoSetup::ensure(m_db).ok());
        QVERIFY(CalendarRepository(m_db).importDefaults().ok());
        m_cipher = FieldCipher::fromKey(QByteArray(FieldCipher::kKeyBytes, 'k')).value();
        m_ctx = std::make_unique<ClientContext>();
        m_ctx->db = m_db;
    }

    void cleanup() { Clock::clearOverride(); }

    void recordWorkAndSpotCheck()
    {
        setClock(QDate(2026, 11, 19)); // a Thursday
        Session clerk(m_db, 9);
        QVERIFY(clerk.login(QStringLiteral("1001"), DemoSetup::demoPassword()).ok());
        m_ctx->session = &clerk;
        UnresolvedRegisterPage page(*m_ctx, &*m_cipher);
        page.show();
        auto *table = child<QTableWidget>(&page, "unresolvedEntries");
        QCOMPARE(table->rowCount(), 0);

        // The dialog: a name with an escape sequence is refused and nothing
        // is written; corrected, the entry is recorded.
        QString firstMessage;
        whenModal(QStringLiteral("unresolvedEntryDialog"), [&firstMessage](QWidget *dialog) {
            QVERIFY(choose(child<QComboBox>(dialog, "entryKind"), QStringLiteral("natural")));
            child<QLineEdit>(dialog, "entryName")->setText(QStringLiteral("张三丰\x1b[2J"));
            child<QLineEdit>(dialog, "entryIdNumber")->setText(QStringLiteral("37040219850312123X"));
            child<QLineEdit>(dialog, "entryPhone")->setText(QStringLiteral("138 1234 5678"));
            child<QComboBox>(dialog, "entryMatter")->setCurrentIndex(1);
            child<QPlainTextEdit>(dialog, "entryWhat")
                ->setPlainText(QStringLiteral("户籍已迁出，老年证补办仍要求原户籍地证明，无法开具"));
            QVERIFY(choose(child<QComboBox>(dialog, "entryCategory"),
                           QStringLiteral("unreasonable_requirement")));
            child<QComboBox>(dialog, "entryUnit")->setCurrentIndex(0); // not decided yet
            child<QSpinBox>(dialog, "entryDeadline")->setValue(2);
            child<QPushButton>(dialog, "entrySave")->click();
            firstMessage = child<QLabel>(dialog, "entryMessage")->text();
            QVERIFY(dialog->isVisible());
            child<QLineEdit>(dialog, "entryName")->setText(QStringLiteral("张三丰"));
            child<QPushButton>(dialog, "entrySave")->click();
        });
        child<QPushButton>(&page, "unresolvedNew")->click();
        QVERIFY(firstMessage.contains(QStringLiteral("name")));
        QCOMPARE(test::count(*m_db, QStringLiteral("unresolved_entry")), 1);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("U-20261119-001"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("张**"));
        QCOMPARE(table->item(0, 6)->text(),
                 QStringLiteral("2026-11-23")); // Thu + 2 working days, over the weekend
        QVERIFY(child<QLabel>(&page, "unresolvedMessage")->text().contains(QStringLiteral("U-20261119-001")));
        table->selectRow(0);
        auto *details = child<QTextBrowser>(&page, "unresolvedDetails");
        QVERIFY(details->toPlainText().contains(QStringLiteral("3704**********123X")));
        QVERIFY(!details->toPlainText().contains(QStringLiteral("37040219850312123X")));
        QVERIFY(details->toPlainText().contains(QStringLiteral("138****5678")));

        // A clerk's steps: a reply before any unit is not offered; assign, reply, resolve, feedback.
        auto *steps = child<QComboBox>(&page, "unresolvedStep");
        QCOMPARE(steps->findData(int(UnresolvedRegister::StepKind::Reply)), -1);
        QCOMPARE(steps->findData(int(UnresolvedRegister::StepKind::Feedback)), -1);
        QVERIFY(child<QComboBox>(&page, "unresolvedUnit")->count() > 1);
        child<QComboBox>(&page, "unresolvedUnit")->setCurrentIndex(0);
        const QString unit = child<QComboBox>(&page, "unresolvedUnit")->currentText();
        // An empty note is refused with the register's message.
        QVERIFY(step(page, UnresolvedRegister::StepKind::Assign, QString())
                    .contains(QStringLiteral("Write what")));
        QCOMPARE(
            step(page, UnresolvedRegister::StepKind::Assign, QStringLiteral("请民政局核实迁出人员补办渠道")),
            QStringLiteral("Recorded."));
        QCOMPARE(table->item(0, 5)->text(), unit);
        QCOMPARE(step(page, UnresolvedRegister::StepKind::Reply, QStringLiteral("可凭迁入地证明办理")),
                 QStringLiteral("Recorded."));
        QCOMPARE(step(page, UnresolvedRegister::StepKind::Resolve, QStringLiteral("已通知窗口按新口径受理")),
                 QStringLiteral("Recorded."));
        QCOMPARE(step(page, UnresolvedRegister::StepKind::Feedback, QStringLiteral("电话告知，群众表示满意"),
                      QStringLiteral("satisfied"), QStringLiteral("phone")),
                 QStringLiteral("Recorded."));
        // Closed: gone from the open list; under "All" it has no step left for a clerk.
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(
            choose(child<QComboBox>(&page, "unresolvedScope"), int(UnresolvedRegister::Filter::Scope::All)));
        QCOMPARE(table->rowCount(), 1);
        table->selectRow(0);
        QCOMPARE(steps->count(), 0);
        QVERIFY(!child<QPushButton>(&page, "unresolvedRecord")->isEnabled());
        const QString history = details->toPlainText();
        for (const char *text :
             {"请民政局核实迁出人员补办渠道", "可凭迁入地证明办理", "已通知窗口按新口径受理",
              "电话告知，群众表示满意", "By telephone", "Satisfied"})
            QVERIFY2(history.contains(QString::fromUtf8(text)), text);

        // The supervisor spot-checks it and reads the full details.
        setClock(QDate(2026, 11, 24));
        Session supervisor(m_db, 0);
        QVERIFY(supervisor.login(QStringLiteral("3001"), DemoSetup::demoPassword()).ok());
        m_ctx->session = &supervisor;
        UnresolvedRegisterPage superPage(*m_ctx, &*m_cipher);
        superPage.show();
        auto *superTable = child<QTableWidget>(&superPage, "unresolvedEntries");
        QVERIFY(choose(child<QComboBox>(&superPage, "unresolvedScope"),
                       int(UnresolvedRegister::Filter::Scope::All)));
        superTable->selectRow(0);
        QCOMPARE(step(superPage, UnresolvedRegister::StepKind::SpotCheck, QStringLiteral("回访：已办成"),
                      QStringLiteral("confirmed")),
                 QStringLiteral("Recorded."));
        superTable->selectRow(0);
        QVERIFY(child<QTextBrowser>(&superPage, "unresolvedDetails")
                    ->toPlainText()
                    .contains(UnresolvedRegister::resultLabel(QStringLiteral("confirmed"))));
        QCOMPARE(child<QComboBox>(&superPage, "unresolvedStep")->count(), 0); // once is enough
        QCOMPARE(audits(QStringLiteral("unresolved.read_full")), 0);
        child<QPushButton>(&superPage, "unresolvedShowFull")->click();
        QCOMPARE(child<QLabel>(&superPage, "unresolvedFull")->text(),
                 QStringLiteral("张三丰  37040219850312123X  13812345678"));
        QCOMPARE(test::count(*m_db, QStringLiteral("audit_log"),
                             QStringLiteral("action = 'unresolved.read_full' AND staff_no = '3001' AND "
                                            "subject = 'U-20261119-001'")),
                 1);
        // Every step signed and audited: register, assign, reply, resolve, feedback, spot check.
        QCOMPARE(test::count(*m_db, QStringLiteral("unresolved_step")), 6);
        QCOMPARE(
            test::count(*m_db, QStringLiteral("audit_log"),
                        QStringLiteral("action LIKE 'unresolved.%' AND action <> 'unresolved.read_full'")),
            6);
        m_ctx->session = nullptr;
    }

    void overdueEntriesInRed()
    {
        setClock(QDate(2026, 11, 20)); // Friday
        Session clerk(m_db, 9);
        QVERIFY(clerk.login(QStringLiteral("1002"), DemoSetup::demoPassword()).ok());
        m_ctx->session = &clerk;
        UnresolvedRegister reg(m_db, &*m_cipher);
        UnresolvedRegister::NewEntry in;
        in.name = QStringLiteral("李四");
        in.phone = QStringLiteral("13912345678");
        in.what = QStringLiteral("异地医保备案系统无法提交");
        in.category = QStringLiteral("system_limitation");
        in.deadlineDays = 1; // due Monday 23rd
        auto e = reg.record(in, {QStringLiteral("1002"), 9, false});
        QVERIFY(e);

        setClock(QDate(2026, 11, 24));
        UnresolvedRegisterPage page(*m_ctx, &*m_cipher);
        page.show();
        auto *table = child<QTableWidget>(&page, "unresolvedEntries");
        QVERIFY(choose(child<QComboBox>(&page, "unresolvedScope"),
                       int(UnresolvedRegister::Filter::Scope::Overdue)));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), e->entryNo);
        QCOMPARE(table->item(0, 0)->foreground().color(), QColor(0xb0, 0x00, 0x20));
        QVERIFY(table->item(0, 7)->text().contains(QStringLiteral("overdue")));
        // November so far: both recorded, the first closed before its due day, this one overdue.
        QCOMPARE(child<QLabel>(&page, "unresolvedFigures")->text(),
                 QStringLiteral("This month: 2 recorded, 1 closed (1 on time), 1 overdue"));
        // By class and "mine": the other clerk's closed entry is not in this clerk's list.
        QVERIFY(
            choose(child<QComboBox>(&page, "unresolvedScope"), int(UnresolvedRegister::Filter::Scope::All)));
        QCOMPARE(table->rowCount(), 2);
        child<QCheckBox>(&page, "unresolvedMine")->setChecked(true);
        QCOMPARE(table->rowCount(), 1);
        child<QCheckBox>(&page, "unresolvedMine")->setChecked(false);
        QVERIFY(choose(child<QComboBox>(&page, "unresolvedCategory"),
                       QStringLiteral("unreasonable_requirement")));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("U-20261119-001"));
        m_ctx->session = nullptr;
    }
};

QTEST_MAIN(TestUnresolvedPage)
#include "tst_unresolvedpage.moc"
