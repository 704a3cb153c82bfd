#pragma once

#include <QList>
#include <QObject>
#include <QString>

namespace yc {

// The states the status bar shows: the hall connection, platform sync and
// each device. Services report here; the status bar only reads.
class StatusBoard : public QObject
{
    Q_OBJECT

public:
    enum class Level
    {
        Ok,
        Busy,
        Warning,
        Error,
        Off
    };
    Q_ENUM(Level)

    struct Item
    {
        QString id; // "hall", "platform", "device.idcard", ...
        QString label;
        QString state;
        Level level = Level::Off;
    };

    using QObject::QObject;

    void set(const QString &id, const QString &label, const QString &state, Level level);
    QList<Item> items() const { return m_items; }
    Item item(const QString &id) const;

signals:
    void changed(const QString &id);

private:
    QList<Item> m_items;
};

} // namespace yc
