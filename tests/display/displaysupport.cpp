#include "displaysupport.h"

#include "../queue/queuefixture.h"
#include "store/database.h"
#include "store/schema.h"
#include "support/testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QTest>

namespace yc::test {

DisplayHall makeDisplayHall(const QString &directory)
{
    QDir(directory).mkpath(QStringLiteral("."));
    DisplayHall hall;
    auto db = Database::open(directory + QStringLiteral("/hall.db"), mainSchema());
    if (!db)
        return hall;
    makeQueueHall(db.value(), 4, 3, kDisplayPassword);
    const QStringList names{QStringLiteral("综合受理"), QStringLiteral("企业开办"),
                            QStringLiteral("不动产登记")};
    for (int i = 0; i < names.size(); ++i)
        exec(*db.value(),
             QStringLiteral("UPDATE business_line SET name = '%1' WHERE id = %2").arg(names[i]).arg(i + 1));
    exec(*db.value(), QStringLiteral("UPDATE hall_window SET name = '综合受理窗口' WHERE number <= 3"));
    exec(*db.value(), QStringLiteral("UPDATE hall_window SET name = '帮办代办窗口' WHERE number = 4"));
    hall.database = db.value()->path();
    hall.config = directory + QStringLiteral("/halld.conf");
    QSettings ini(hall.config, QSettings::IniFormat);
    ini.setValue(QStringLiteral("hall/name"), kDisplayHallName);
    return hall;
}

bool WindowSession::signIn(const QUrl &hallUrl, const QString &staffNo, int window)
{
    if (!m_socket.open(hallUrl))
        return false;
    const QJsonObject reply =
        m_socket.roundTrip(requestText(QStringLiteral("login"), QStringLiteral("login"), {},
                                       {{QStringLiteral("staffNo"), staffNo},
                                        {QStringLiteral("password"), kDisplayPassword},
                                        {QStringLiteral("window"), window}}),
                           30000);
    m_token = reply.value(QStringLiteral("result")).toObject().value(QStringLiteral("token")).toString();
    return !m_token.isEmpty();
}

bool WindowSession::reopen(const QUrl &hallUrl)
{
    m_socket.socket().abort();
    m_socket.socket().disconnect();
    return m_socket.open(hallUrl);
}

QJsonObject WindowSession::request(const QString &op, const QJsonObject &args)
{
    const QJsonObject reply =
        m_socket.roundTrip(requestText(QString::number(++m_next), op, m_token, args), 20000);
    if (!reply.value(QStringLiteral("ok")).toBool()) {
        qWarning(
            "%s",
            qPrintable(QStringLiteral("%1 refused: %2")
                           .arg(op, QString::fromUtf8(QJsonDocument(reply).toJson(QJsonDocument::Compact)))));
        return {};
    }
    return reply.value(QStringLiteral("result")).toObject();
}

bool FeedSocket::open(quint16 httpPort, const QString &path)
{
    QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &m_socket, [this](const QString &text) {
        m_raw.append(text);
        const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
        if (o.value(QStringLiteral("type")) == QLatin1String("state"))
            m_states.append(o);
    });
    m_socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1%2").arg(httpPort).arg(path)));
    return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, 10000);
}

QJsonObject FeedSocket::waitForState(const std::function<bool(const QJsonObject &)> &wanted, int timeoutMs)
{
    QJsonObject found;
    (void)QTest::qWaitFor(
        [&] {
            while (!m_states.isEmpty()) {
                const QJsonObject s = m_states.takeFirst();
                if (wanted(s)) {
                    found = s;
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
    return found;
}

QJsonObject FeedSocket::latestState(int settleMs)
{
    QTest::qWait(settleMs);
    if (m_states.isEmpty())
        return {};
    const QJsonObject last = m_states.last();
    m_states.clear();
    return last;
}

QJsonObject findIn(const QJsonObject &state, const char *array, const char *key, const QJsonValue &value)
{
    for (const QJsonValue &v : state.value(QLatin1String(array)).toArray())
        if (v.toObject().value(QLatin1String(key)) == value)
            return v.toObject();
    return {};
}

} // namespace yc::test
