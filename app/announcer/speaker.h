#pragma once

#include "app/announcer/announcement.h"

#include <QObject>

namespace yc::announcer {

// A voice: says one announcement at a time, whole. finished() follows every
// speak() exactly once, after the last sound has been handed to the output
// (or on failure), and never from inside speak().
class Speaker : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    virtual void speak(const Announcement &a) = 0;
    // For the log: which voice and where it goes.
    virtual QString description() const = 0;

signals:
    void finished(bool ok, const QString &error);
};

} // namespace yc::announcer
