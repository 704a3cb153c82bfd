#pragma once

#include <functional>

#include <QApplication>
#include <QDialog>
#include <QTest>
#include <QTimer>

namespace yc::test {

// Runs `step` on the next modal dialog with this object name once it is up
// (exec() blocks the test's own flow). A dialog left open by a failed check
// is closed so exec() returns and the test reports instead of hanging.
inline void whenModal(const QString &objectName, std::function<void(QWidget *)> step)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, objectName, step] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal->objectName() != objectName)
            return;
        timer->stop();
        timer->deleteLater();
        step(modal);
        if (QTest::currentTestFailed() && modal->isVisible())
            static_cast<QDialog *>(modal)->done(QDialog::Rejected);
    });
    timer->start();
}

} // namespace yc::test
