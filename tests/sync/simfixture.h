#pragma once

#include "app/platform/tls.h"
#include "app/sync/syncconfig.h"

#include <memory>

#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace yc::test {

// The test certificates (make-pki.sh) in a temporary folder.
class Pki
{
public:
    Pki();
    bool ok() const { return m_ok; }
    QString file(const QString &name) const { return m_dir.filePath(name); }
    QString dir() const { return m_dir.path(); }
    platform::TlsFiles clientFiles() const;
    QByteArray signingKey() const;

private:
    QTemporaryDir m_dir;
    bool m_ok = false;
};

// yichuang-platform-sim as a child process on a free loopback port.
class SimProcess
{
public:
    explicit SimProcess(const Pki &pki);
    ~SimProcess();

    // serverCert/serverKey default to the good server certificate.
    bool start(const QStringList &extraArgs = {}, const QString &serverCert = {},
               const QString &serverKey = {}, const QString &databasePath = {});
    void stop();
    quint16 port() const { return m_port; }
    QString url() const;
    QString databasePath() const { return m_dbPath; }
    QString output() const { return m_output; }

private:
    const Pki &m_pki;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_dbPath;
    QString m_output;
};

// A signed request with the hall's certificate, waited for.
struct Answer
{
    int status = 0; // 0 = no HTTP answer
    int networkError = 0;
    QByteArray body;
    QJsonObject json() const;
};

class SimClient
{
public:
    // method: the signature the simulator was started with (--signature-method).
    SimClient(const Pki &pki, QString baseUrl,
              platform::SignatureMethod method = platform::SignatureMethod::HmacSha256);
    Answer call(const QByteArray &method, const QByteArray &target, const QByteArray &body = {},
                const QList<QPair<QByteArray, QByteArray>> &headerOverride = {});
    Answer call(const QByteArray &method, const QByteArray &target, const QJsonObject &body);

private:
    const Pki &m_pki;
    QString m_base;
    platform::SignatureMethod m_method;
};

SyncConfig syncConfig(const Pki &pki, const QString &baseUrl);

} // namespace yc::test
