#include "evaluationscreen.h"

#include <algorithm>

#include <QButtonGroup>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace yc {

namespace {

constexpr int kTextLimit = 300;

QLabel *bigLabel(const QString &text, int points, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setPointSize(points);
    label->setFont(f);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    return label;
}

QPushButton *touchButton(const QString &text, const char *name, QWidget *parent, bool checkable = false)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    b->setCheckable(checkable);
    b->setMinimumHeight(72);
    b->setFocusPolicy(Qt::NoFocus);
    return b;
}

} // namespace

QString EvaluationAnswer::comment() const
{
    QString out;
    if (!reasons.isEmpty())
        out = u'[' + reasons.join(QStringLiteral(", ")) + QStringLiteral("] ");
    return (out + text.trimmed()).trimmed();
}

EvaluationScreen::EvaluationScreen(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("evaluationScreen"));
    setWindowTitle(tr("Service evaluation"));
    // High contrast and large type for citizens of every age (适老化).
    setStyleSheet(QStringLiteral(
        "#evaluationScreen { background: #0b3d2e; } QLabel { color: white; }"
        "QPushButton { background: white; color: #0b3d2e; border-radius: 10px; font-size: 22pt;"
        " padding: 10px 18px; }"
        "QPushButton:checked { background: #ffd54f; color: black; font-weight: bold; }"
        "QPushButton:disabled { background: #6b8f84; color: #d0d0d0; }"
        "QPlainTextEdit { font-size: 18pt; background: white; color: black; }"));
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildIdle());
    m_pages->addWidget(buildRate());
    m_pages->addWidget(buildDetail());
    m_pages->addWidget(buildThanks());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    m_timeout = new QTimer(this);
    m_timeout->setSingleShot(true);
    m_timeout->setInterval(90 * 1000);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        showIdle();
        emit timedOut();
    });
    m_back = new QTimer(this);
    m_back->setSingleShot(true);
    connect(m_back, &QTimer::timeout, this, &EvaluationScreen::showIdle);
    setIdentity(0, {});
}

QStringList EvaluationScreen::badReasons()
{
    return {tr("Service attitude"), tr("Waiting time"),          tr("Efficiency"), tr("Materials asked for"),
            tr("Policy or rules"),  tr("Not explained clearly"), tr("Facilities"), tr("Other")};
}

QWidget *EvaluationScreen::buildIdle()
{
    auto *page = new QWidget(this);
    auto *v = new QVBoxLayout(page);
    v->addStretch();
    v->addWidget(bigLabel(tr("Welcome"), 64, page));
    m_welcome = bigLabel({}, 30, page);
    m_welcome->setObjectName(QStringLiteral("evaluationIdentity"));
    v->addWidget(m_welcome);
    v->addStretch();
    return page;
}

QWidget *EvaluationScreen::buildRate()
{
    auto *page = new QWidget(this);
    auto *v = new QVBoxLayout(page);
    v->addWidget(bigLabel(tr("How satisfied are you with this service?"), 32, page));
    m_service = bigLabel({}, 20, page);
    m_service->setObjectName(QStringLiteral("evaluationService"));
    v->addWidget(m_service);

    auto *levels = new QHBoxLayout;
    m_levels = new QButtonGroup(this);
    const QList<std::pair<QString, QString>> levelTexts{
        {QStringLiteral("very_satisfied"), tr("Very satisfied")},
        {QStringLiteral("satisfied"), tr("Satisfied")},
        {QStringLiteral("basically_satisfied"), tr("Basically satisfied")},
        {QStringLiteral("dissatisfied"), tr("Dissatisfied")},
        {QStringLiteral("very_dissatisfied"), tr("Very dissatisfied")},
    };
    for (const auto &entry : levelTexts) {
        const QString level = entry.first;
        auto *b = touchButton(entry.second, "", page, true);
        b->setObjectName(QStringLiteral("level_") + level);
        b->setMinimumHeight(120);
        m_levels->addButton(b);
        levels->addWidget(b);
        connect(b, &QPushButton::clicked, this, [this, level] { chooseLevel(level); });
    }
    v->addLayout(levels);

    auto *grid = new QGridLayout;
    const QList<std::pair<const char *, QString>> items{{"efficiency", tr("Service efficiency")},
                                                        {"serviceLevel", tr("Service level")},
                                                        {"attitude", tr("Service attitude")}};
    for (int row = 0; row < items.size(); ++row) {
        grid->addWidget(bigLabel(items.at(row).second, 22, page), row, 0);
        auto *group = new QButtonGroup(this);
        for (int stars = 1; stars <= 5; ++stars) {
            auto *b = touchButton(QString(stars, QChar(0x2605)), "", page, true);
            b->setObjectName(QStringLiteral("%1_%2").arg(QLatin1String(items.at(row).first)).arg(stars));
            group->addButton(b, stars);
            grid->addWidget(b, row, stars);
        }
        connect(group, &QButtonGroup::idClicked, this, &EvaluationScreen::touched);
        m_items << group;
    }
    v->addLayout(grid);

    m_text = new QPlainTextEdit(page);
    m_text->setObjectName(QStringLiteral("evaluationText"));
    m_text->setPlaceholderText(tr("Anything you want to tell us (optional)"));
    m_text->setMaximumHeight(110);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        if (m_text->toPlainText().size() > kTextLimit)
            m_text->setPlainText(m_text->toPlainText().left(kTextLimit));
        touched();
    });
    v->addWidget(m_text);
    m_send = touchButton(tr("Send"), "evaluationSend", page);
    m_send->setMinimumHeight(96);
    connect(m_send, &QPushButton::clicked, this, &EvaluationScreen::send);
    v->addWidget(m_send);
    return page;
}

QWidget *EvaluationScreen::buildDetail()
{
    auto *page = new QWidget(this);
    auto *v = new QVBoxLayout(page);
    v->addWidget(bigLabel(tr("We are sorry. What was not satisfactory?"), 32, page));
    m_detailHint = bigLabel(tr("Touch at least one reason, so that it can be put right."), 20, page);
    m_detailHint->setObjectName(QStringLiteral("evaluationDetailHint"));
    v->addWidget(m_detailHint);
    auto *grid = new QGridLayout;
    const QStringList reasons = badReasons();
    for (int i = 0; i < reasons.size(); ++i) {
        auto *chip = touchButton(reasons.at(i), "", page, true);
        chip->setObjectName(QStringLiteral("reason_%1").arg(i));
        connect(chip, &QPushButton::toggled, this, [this] {
            touched();
            updateSendEnabled();
        });
        m_reasonChips << chip;
        grid->addWidget(chip, i / 4, i % 4);
    }
    v->addLayout(grid);
    auto *buttons = new QHBoxLayout;
    auto *back = touchButton(tr("Back"), "evaluationBack", page);
    connect(back, &QPushButton::clicked, this, [this] {
        touched();
        m_pages->setCurrentIndex(1);
    });
    auto *sendBad = touchButton(tr("Send"), "evaluationSendDetail", page);
    sendBad->setMinimumHeight(96);
    connect(sendBad, &QPushButton::clicked, this, &EvaluationScreen::send);
    buttons->addWidget(back);
    buttons->addWidget(sendBad, 2);
    v->addStretch();
    v->addLayout(buttons);
    return page;
}

QWidget *EvaluationScreen::buildThanks()
{
    auto *page = new QWidget(this);
    auto *v = new QVBoxLayout(page);
    v->addStretch();
    m_thanks = bigLabel({}, 44, page);
    m_thanks->setObjectName(QStringLiteral("evaluationThanks"));
    v->addWidget(m_thanks);
    v->addStretch();
    return page;
}

void EvaluationScreen::setIdentity(int windowNo, const QString &staffNo)
{
    // The staff number, not the name: citizens see who served them without
    // the clerk's name on a public screen.
    m_welcome->setText(windowNo > 0 ? tr("Window %1 · staff no. %2").arg(windowNo).arg(staffNo) : QString());
}

void EvaluationScreen::ask(const QString &serviceLabel)
{
    m_back->stop();
    m_level.clear();
    m_levels->setExclusive(false);
    for (QAbstractButton *b : m_levels->buttons())
        b->setChecked(false);
    m_levels->setExclusive(true);
    for (QButtonGroup *group : std::as_const(m_items)) {
        group->setExclusive(false);
        for (QAbstractButton *b : group->buttons())
            b->setChecked(false);
        group->setExclusive(true);
    }
    for (QPushButton *chip : std::as_const(m_reasonChips))
        chip->setChecked(false);
    m_text->clear();
    m_service->setText(serviceLabel);
    m_pages->setCurrentIndex(1);
    updateSendEnabled();
    m_timeout->start();
}

void EvaluationScreen::showThanks()
{
    m_timeout->stop();
    m_thanks->setText(tr("Thank you for your evaluation!"));
    m_pages->setCurrentIndex(3);
    m_back->start(m_thanksMs);
}

void EvaluationScreen::showNotice(const QString &message)
{
    m_timeout->stop();
    m_thanks->setText(message);
    m_pages->setCurrentIndex(3);
    m_back->start(m_thanksMs);
}

void EvaluationScreen::showIdle()
{
    m_timeout->stop();
    m_back->stop();
    m_pages->setCurrentIndex(0);
}

bool EvaluationScreen::isAsking() const
{
    return m_pages->currentIndex() == 1 || m_pages->currentIndex() == 2;
}

QString EvaluationScreen::page() const
{
    static const QStringList names{QStringLiteral("idle"), QStringLiteral("rate"), QStringLiteral("detail"),
                                   QStringLiteral("thanks")};
    return names.value(m_pages->currentIndex());
}

void EvaluationScreen::setTimeoutMs(int ms)
{
    m_timeout->setInterval(ms);
}

void EvaluationScreen::chooseLevel(const QString &level)
{
    m_level = level;
    touched();
    updateSendEnabled();
}

void EvaluationScreen::touched()
{
    if (isAsking())
        m_timeout->start();
}

void EvaluationScreen::updateSendEnabled()
{
    m_send->setEnabled(!m_level.isEmpty());
    const bool reason = std::any_of(m_reasonChips.cbegin(), m_reasonChips.cend(),
                                    [](const QPushButton *chip) { return chip->isChecked(); });
    findChild<QPushButton *>(QStringLiteral("evaluationSendDetail"))->setEnabled(reason);
}

void EvaluationScreen::send()
{
    if (m_level.isEmpty())
        return;
    const bool bad = m_level == u"dissatisfied" || m_level == u"very_dissatisfied";
    EvaluationAnswer a;
    a.level = m_level;
    a.efficiency = qMax(0, m_items.at(0)->checkedId());
    a.serviceLevel = qMax(0, m_items.at(1)->checkedId());
    a.attitude = qMax(0, m_items.at(2)->checkedId());
    a.text = m_text->toPlainText().trimmed();
    for (QPushButton *chip : std::as_const(m_reasonChips))
        if (chip->isChecked())
            a.reasons << chip->text();
    // A bad rating is sent only with its reasons (the work order needs them).
    if (bad && a.reasons.isEmpty()) {
        m_pages->setCurrentIndex(2);
        updateSendEnabled();
        m_timeout->start();
        return;
    }
    m_timeout->stop();
    emit answered(a);
}

} // namespace yc
