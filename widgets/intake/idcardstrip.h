#pragma once

#include "idcard/idcarddata.h"

#include <QWidget>

class QLabel;
class QHBoxLayout;

namespace yc {

struct ClientContext;

// The ID card reader on the intake screen: what the reader is doing, the
// last card's photo (or why there is none) and its warnings (an expired
// card). The reader polls only while the intake screen is shown. In the
// demonstration hall, buttons put a fictitious card on the simulated reader.
class IdCardStrip : public QWidget
{
    Q_OBJECT

public:
    explicit IdCardStrip(ClientContext &context, QWidget *parent = nullptr);

    void startReading();
    void stopReading();

signals:
    void cardRead(const yc::idcard::IdCardData &card);

private:
    void showCard(const yc::idcard::IdCardData &card);

    ClientContext &m_ctx;
    QLabel *m_state;
    QLabel *m_photo;
    QLabel *m_warnings;
};

} // namespace yc
