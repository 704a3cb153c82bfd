#pragma once

#include <QObject>
#include <QProcess>

namespace yc {

// The demonstration ID card reader: yichuang-idcard-sim on a pseudo-
// terminal, driven from the intake screen's demo buttons. The real serial
// backend talks to it; nothing in the reader path is simulated.
class DemoCardReader : public QObject
{
    Q_OBJECT

public:
    explicit DemoCardReader(QObject *parent = nullptr);
    ~DemoCardReader() override;
    // Starts the simulator (found beside this program unless given) and
    // waits for its terminal; returns the terminal's path, empty on failure.
    QString start(const QString &program = {});
    QStringList cardNames() const;
    void placeCard(int index);
    void removeCard();

private:
    QProcess m_sim;
    QList<QByteArray> m_cards; // compact JSON per card
    QStringList m_names;
};

} // namespace yc
