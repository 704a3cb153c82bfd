#include "idcardstrip.h"

#include "app/core/clientcontext.h"
#include "app/devices/idcard/democardreader.h"
#include "app/devices/idcard/idcardreader.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace yc {

IdCardStrip::IdCardStrip(ClientContext &context, QWidget *parent)
    : QWidget(parent)
    , m_ctx(context)
{
    m_photo = new QLabel(this);
    m_photo->setObjectName(QStringLiteral("idCardPhoto"));
    m_photo->setFixedSize(64, 80);
    m_photo->setAlignment(Qt::AlignCenter);
    m_photo->setFrameShape(QFrame::StyledPanel);
    m_photo->setWordWrap(true);
    m_photo->setText(tr("Photo"));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("idCardState"));
    m_state->setWordWrap(true);
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("idCardWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_warnings->hide();

    auto *text = new QVBoxLayout;
    text->addWidget(m_state);
    text->addWidget(m_warnings);
    if (m_ctx.demoCardReader) {
        auto *demo = new QHBoxLayout;
        const QStringList names = m_ctx.demoCardReader->cardNames();
        for (int i = 0; i < names.size(); ++i) {
            auto *place = new QPushButton(tr("Demo: place %1's card").arg(names[i]), this);
            place->setObjectName(QStringLiteral("demoCard%1").arg(i));
            connect(place, &QPushButton::clicked, this, [this, i] { m_ctx.demoCardReader->placeCard(i); });
            demo->addWidget(place);
        }
        auto *remove = new QPushButton(tr("Demo: take the card away"), this);
        remove->setObjectName(QStringLiteral("demoCardRemove"));
        connect(remove, &QPushButton::clicked, this, [this] { m_ctx.demoCardReader->removeCard(); });
        demo->addWidget(remove);
        demo->addStretch(1);
        text->addLayout(demo);
    }
    text->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_photo, 0, Qt::AlignTop);
    layout->addLayout(text, 1);

    if (!m_ctx.idCardReader) {
        m_state->setText(tr("No ID card reader is set up; type the applicant's details."));
        return;
    }
    m_state->setText(tr("The card reader starts when this screen is shown."));
    connect(m_ctx.idCardReader, &devices::IdCardReader::stateChanged, this,
            [this](devices::IdCardReader::State, const QString &message) { m_state->setText(message); });
    connect(m_ctx.idCardReader, &devices::IdCardReader::cardRead, this, &IdCardStrip::showCard);
}

void IdCardStrip::startReading()
{
    if (m_ctx.idCardReader && !m_ctx.idCardReader->isRunning())
        m_ctx.idCardReader->start();
}

void IdCardStrip::stopReading()
{
    if (m_ctx.idCardReader && m_ctx.idCardReader->isRunning())
        m_ctx.idCardReader->stop();
}

void IdCardStrip::showCard(const idcard::IdCardData &card)
{
    if (!card.photo.isNull()) {
        m_photo->setPixmap(QPixmap::fromImage(card.photo)
                               .scaled(m_photo->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
        m_photo->setToolTip(QString());
    } else {
        m_photo->setPixmap(QPixmap());
        m_photo->setText(tr("No photo"));
        m_photo->setToolTip(card.photoUnavailableReason);
    }
    m_warnings->setText(card.warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!card.warnings.isEmpty());
    emit cardRead(card);
}

} // namespace yc
