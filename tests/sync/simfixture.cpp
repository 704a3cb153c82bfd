#include "simfixture.h"

#include "app/platform/signing.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>

namespace yc::test {

Pki::Pki()
{
    QProcess p;
    p.start(QStringLiteral("sh"), {QStringLiteral(YC_MAKE_PKI), m_dir.path()});
    m_ok = p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!m_ok)
        qWarning() << "make-pki.sh failed:" << p.readAllStandardError();
}

platform::TlsFiles Pki::clientFiles() const
{
    return {file(QStringLiteral("ca.pem")), file(QStringLiteral("client.pem")),
            file(QStringLiteral("client.key"))};
}

QByteArray Pki::signingKey() const
{
    QFile f(file(QStringLiteral("signing.key")));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

SimProcess::SimProcess(const Pki &pki)
    : m_pki(pki)
{}

SimProcess::~SimProcess()
{
    stop();
}

bool SimProcess::start(const QStringList &extraArgs, const QString &serverCert, const QString &serverKey,
                       const QString &databasePath)
{
    m_dbPath = databasePath.isEmpty() ? m_dir.filePath(QStringLiteral("sim.db")) : databasePath;
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    QStringList args{QStringLiteral("--database"),
                     m_dbPath,
                     QStringLiteral("--port"),
                     QStringLiteral("0"),
                     QStringLiteral("--log-dir"),
                     m_dir.path(),
                     QStringLiteral("--ca"),
                     m_pki.file(QStringLiteral("ca.pem")),
                     QStringLiteral("--cert"),
                     serverCert.isEmpty() ? m_pki.file(QStringLiteral("server.pem")) : serverCert,
                     QStringLiteral("--key"),
                     serverKey.isEmpty() ? m_pki.file(QStringLiteral("server.key")) : serverKey,
                     QStringLiteral("--client-id"),
                     QStringLiteral("hall-01"),
                     QStringLiteral("--hmac-key-file"),
                     m_pki.file(QStringLiteral("signing.key"))};
    m_process->start(QStringLiteral(YC_PLATFORM_SIM), args + extraArgs);
    if (!m_process->waitForStarted(10000))
        return false;
    static const QRegularExpression line(QStringLiteral("listening on https://[^:]+:(\\d+)"));
    while (m_process->state() == QProcess::Running && m_process->waitForReadyRead(20000)) {
        m_output += QString::fromUtf8(m_process->readAllStandardOutput());
        const auto m = line.match(m_output);
        if (m.hasMatch()) {
            m_port = quint16(m.captured(1).toUInt());
            return true;
        }
    }
    m_output += QString::fromUtf8(m_process->readAllStandardError());
    return false;
}

void SimProcess::stop()
{
    if (!m_process)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(10000))
        m_process->kill();
    m_process->waitForFinished(5000);
    m_process.reset();
}

QString SimProcess::url() const
{
    return QStringLiteral("https://127.0.0.1:%1").arg(m_port);
}

QJsonObject Answer::json() const
{
    return QJsonDocument::fromJson(body).object();
}

SimClient::SimClient(const Pki &pki, QString baseUrl, platform::SignatureMethod method)
    : m_pki(pki)
    , m_base(std::move(baseUrl))
    , m_method(method)
{}

Answer SimClient::call(const QByteArray &method, const QByteArray &target, const QJsonObject &body)
{
    return call(method, target, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

Answer SimClient::call(const QByteArray &method, const QByteArray &target, const QByteArray &body,
                       const QList<QPair<QByteArray, QByteArray>> &headerOverride)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(m_base + QString::fromLatin1(target)));
    request.setSslConfiguration(platform::Tls::configuration(m_pki.clientFiles()).value());
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(20000);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const platform::Signer signer("hall-01", m_pki.signingKey(), m_method);
    for (const auto &[name, value] : signer.sign(method, target, body, QDateTime::currentSecsSinceEpoch()))
        request.setRawHeader(name, value);
    for (const auto &[name, value] : headerOverride)
        request.setRawHeader(name, value);
    QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Answer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.networkError = reply->error();
    a.body = reply->readAll();
    delete reply;
    return a;
}

SyncConfig syncConfig(const Pki &pki, const QString &baseUrl)
{
    SyncConfig c;
    c.baseUrl = QUrl(baseUrl);
    c.tls = pki.clientFiles();
    c.clientId = "hall-01";
    c.signingKey = pki.signingKey();
    // Scaled for tests: 10 ms for the production second.
    c.pollMs = 100;
    c.statusPollMs = 300;
    c.catalogPollMs = 2000;
    c.backoffBaseMs = 20;
    c.backoffCapMs = 500;
    c.requestTimeoutMs = 2000;
    return c;
}

} // namespace yc::test
