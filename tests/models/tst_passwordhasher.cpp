#include "staff/passwordhasher.h"

#include <QStringList>
#include <QTest>

using namespace yc;

class TestPasswordHasher : public QObject
{
    Q_OBJECT

private slots:
    void verifiesTheRightPasswordOnly();
    void saltsEveryHash();
    void storesItsParameters();
    void rejectsMalformedOrWeakHashes_data();
    void rejectsMalformedOrWeakHashes();
    void asksForRehashOfOldIterationCounts();
};

void TestPasswordHasher::verifiesTheRightPasswordOnly()
{
    const QString stored = PasswordHasher::hash(QStringLiteral("窗口Demo2026"));
    QVERIFY(PasswordHasher::verify(QStringLiteral("窗口Demo2026"), stored));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("窗口demo2026"), stored));
    QVERIFY(!PasswordHasher::verify(QString(), stored));
    QVERIFY(!stored.contains(QStringLiteral("Demo2026")));
}

void TestPasswordHasher::saltsEveryHash()
{
    const QString a = PasswordHasher::hash(QStringLiteral("same-password1"));
    const QString b = PasswordHasher::hash(QStringLiteral("same-password1"));
    QVERIFY(a != b);
    QVERIFY(PasswordHasher::verify(QStringLiteral("same-password1"), a));
    QVERIFY(PasswordHasher::verify(QStringLiteral("same-password1"), b));
}

void TestPasswordHasher::storesItsParameters()
{
    const QStringList parts = PasswordHasher::hash(QStringLiteral("x1234567")).split(QLatin1Char('$'));
    QCOMPARE(parts.size(), 4);
    QCOMPARE(parts.at(0), QStringLiteral("pbkdf2-sha256"));
    QVERIFY(parts.at(1).toInt() >= 100000);
    QCOMPARE(QByteArray::fromBase64(parts.at(2).toLatin1()).size(), 16);
    QCOMPARE(QByteArray::fromBase64(parts.at(3).toLatin1()).size(), 32);
}

void TestPasswordHasher::rejectsMalformedOrWeakHashes_data()
{
    QTest::addColumn<QString>("stored");
    const QString good = PasswordHasher::hash(QStringLiteral("abc12345"));
    QStringList parts = good.split(QLatin1Char('$'));
    QTest::newRow("empty") << QString();
    QTest::newRow("plain text") << QStringLiteral("abc12345");
    QTest::newRow("other scheme") << QString(good).replace(QStringLiteral("pbkdf2-sha256"),
                                                           QStringLiteral("md5"));
    QTest::newRow("truncated") << good.left(good.size() - 10);
    QTest::newRow("too few iterations") << PasswordHasher::hash(QStringLiteral("abc12345"), 1000);
    parts[1] = QStringLiteral("abc");
    QTest::newRow("iterations not a number") << parts.join(QLatin1Char('$'));
}

void TestPasswordHasher::rejectsMalformedOrWeakHashes()
{
    QFETCH(QString, stored);
    QVERIFY(!PasswordHasher::verify(QStringLiteral("abc12345"), stored));
}

void TestPasswordHasher::asksForRehashOfOldIterationCounts()
{
    QVERIFY(PasswordHasher::needsRehash(PasswordHasher::hash(QStringLiteral("abc12345"), 100000)));
    QVERIFY(!PasswordHasher::needsRehash(PasswordHasher::hash(QStringLiteral("abc12345"))));
}

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
