#include "democardreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace yc {

namespace {

// A program shipped beside this one: installed in the same folder, or in
// the build tree's sibling folder.
QString sibling(const QString &name, const QString &buildFolder)
{
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate :
         {here.filePath(name), here.filePath(QStringLiteral("../") + buildFolder + u'/' + name)})
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    return QStandardPaths::findExecutable(name);
}

} // namespace

DemoCardReader::DemoCardReader(QObject *parent)
    : QObject(parent)
{
    QFile file(QStringLiteral(":/yc/demo/demo-cards.json"));
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonArray cards =
            QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("cards")).toArray();
        for (const QJsonValue &c : cards) {
            m_cards << QJsonDocument(c.toObject()).toJson(QJsonDocument::Compact);
            m_names << c.toObject().value(QStringLiteral("name")).toString();
        }
    }
}

DemoCardReader::~DemoCardReader()
{
    if (m_sim.state() != QProcess::NotRunning) {
        m_sim.write("quit\n");
        if (!m_sim.waitForFinished(1000))
            m_sim.kill();
        m_sim.waitForFinished(1000);
    }
}

QString DemoCardReader::start(const QString &simulator)
{
    const QString program = simulator.isEmpty()
                                ? sibling(QStringLiteral("yichuang-idcard-sim"), QStringLiteral("idcardsim"))
                                : simulator;
    if (program.isEmpty())
        return {};
    m_sim.start(program, {});
    if (!m_sim.waitForStarted(3000))
        return {};
    // "yichuang-idcard-sim pty /dev/pts/N"
    while (m_sim.waitForReadyRead(3000) || m_sim.canReadLine()) {
        while (m_sim.canReadLine()) {
            const QString line = QString::fromUtf8(m_sim.readLine()).trimmed();
            if (line.startsWith(QLatin1String("yichuang-idcard-sim pty ")))
                return line.section(u' ', 2);
        }
    }
    return {};
}

QStringList DemoCardReader::cardNames() const
{
    return m_names;
}

void DemoCardReader::placeCard(int index)
{
    if (index >= 0 && index < m_cards.size())
        m_sim.write("card " + m_cards[index] + '\n');
}

void DemoCardReader::removeCard()
{
    m_sim.write("remove\n");
}

} // namespace yc
