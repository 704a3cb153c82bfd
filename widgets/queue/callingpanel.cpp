#include "callingpanel.h"

#include "core/clock.h"
#include "proxymarkdialog.h"
#include "queuewords.h"
#include "transferdialog.h"
#include "widgets/common/servicebadge.h"

#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace yc {

namespace {

// The waiting list's priority cells keep the ticket's proxy mode here for the badge.
constexpr int kProxyModeRole = Qt::UserRole + 2;

QString stateText(HallConnection::State state)
{
    switch (state) {
    case HallConnection::State::Offline:
        return CallingPanel::tr("Offline – reconnecting to the hall");
    case HallConnection::State::Connecting:
        return CallingPanel::tr("Connecting to the hall…");
    case HallConnection::State::SignedOut:
        return CallingPanel::tr("Signed out of the hall – sign in again");
    case HallConnection::State::Ready:
        break;
    }
    return CallingPanel::tr("Connected to the hall");
}

QString stateColour(HallConnection::State state)
{
    switch (state) {
    case HallConnection::State::Ready:
        return QStringLiteral("#1E7B34");
    case HallConnection::State::Connecting:
        return QStringLiteral("#8A6D00");
    default:
        return QStringLiteral("#B3261E");
    }
}

QPushButton *makeButton(const QString &text, const QString &name, int key, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    if (key != 0) {
        button->setShortcut(QKeySequence(key));
        button->setToolTip(QKeySequence(key).toString(QKeySequence::NativeText));
    }
    button->setMinimumHeight(36);
    return button;
}

} // namespace

CallingPanel::CallingPanel(HallConnection &hall, int windowNo, QWidget *parent)
    : QWidget(parent)
    , m_hall(hall)
    , m_windowNo(windowNo)
{
    setObjectName(QStringLiteral("callingPanel"));
    setMinimumWidth(280);

    auto *title = new QLabel(tr("Window %1").arg(windowNo), this);
    title->setObjectName(QStringLiteral("panelTitle"));
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    title->setFont(titleFont);

    m_connection = new QLabel(this);
    m_connection->setObjectName(QStringLiteral("connectionState"));
    m_connection->setWordWrap(true);

    m_pauseBanner = new QLabel(this);
    m_pauseBanner->setObjectName(QStringLiteral("pauseBanner"));
    m_pauseBanner->setWordWrap(true);
    m_pauseBanner->setStyleSheet(QStringLiteral("background: #FFF4CE; color: #5C4400; padding: 6px;"));

    // The ticket card.
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("ticketCard"));
    card->setFrameShape(QFrame::StyledPanel);
    m_number = new QLabel(card);
    m_number->setObjectName(QStringLiteral("ticketNumber"));
    QFont big = m_number->font();
    big.setPointSizeF(big.pointSizeF() * 3.2);
    big.setBold(true);
    m_number->setFont(big);
    m_number->setAlignment(Qt::AlignCenter);
    m_ticketState = new QLabel(card);
    m_ticketState->setObjectName(QStringLiteral("ticketState"));
    m_ticketState->setAlignment(Qt::AlignCenter);
    m_line = new QLabel(card);
    m_line->setObjectName(QStringLiteral("ticketLine"));
    m_line->setWordWrap(true);
    m_line->setAlignment(Qt::AlignCenter);
    m_priority = new QLabel(card);
    m_priority->setObjectName(QStringLiteral("ticketPriority"));
    m_badge = new ServiceBadge(card);
    m_waited = new QLabel(card);
    m_waited->setObjectName(QStringLiteral("ticketWaited"));
    m_waited->setWordWrap(true);
    m_person = new QLabel(card);
    m_person->setObjectName(QStringLiteral("ticketPerson"));

    auto *tags = new QHBoxLayout;
    tags->addWidget(m_priority);
    tags->addStretch();
    tags->addWidget(m_badge);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->addWidget(m_number);
    cardLayout->addWidget(m_ticketState);
    cardLayout->addWidget(m_line);
    cardLayout->addLayout(tags);
    cardLayout->addWidget(m_waited);
    cardLayout->addWidget(m_person);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("panelMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_callNext = makeButton(tr("Call next (F2)"), QStringLiteral("callNextButton"), Qt::Key_F2, this);
    m_recall = makeButton(tr("Recall (F3)"), QStringLiteral("recallButton"), Qt::Key_F3, this);
    m_noShow = makeButton(tr("No-show (F4)"), QStringLiteral("noShowButton"), Qt::Key_F4, this);
    m_transfer = makeButton(tr("Transfer… (F6)"), QStringLiteral("transferButton"), Qt::Key_F6, this);
    m_hold = makeButton(tr("Hold (F7)"), QStringLiteral("holdButton"), Qt::Key_F7, this);
    m_finish = makeButton(tr("Finish (F8)"), QStringLiteral("finishButton"), Qt::Key_F8, this);
    m_pause = makeButton(tr("Pause window… (F9)"), QStringLiteral("pauseButton"), Qt::Key_F9, this);
    m_startIntake = makeButton(tr("Start intake"), QStringLiteral("startIntakeButton"), 0, this);
    m_markProxy =
        makeButton(tr("Help with the process… (F10)"), QStringLiteral("markProxyButton"), Qt::Key_F10, this);
    QFont callFont = m_callNext->font();
    callFont.setBold(true);
    m_callNext->setFont(callFont);
    m_callNext->setMinimumHeight(48);

    auto *buttons = new QGridLayout;
    buttons->addWidget(m_callNext, 0, 0, 1, 2);
    buttons->addWidget(m_recall, 1, 0);
    buttons->addWidget(m_noShow, 1, 1);
    buttons->addWidget(m_transfer, 2, 0);
    buttons->addWidget(m_hold, 2, 1);
    buttons->addWidget(m_finish, 3, 0);
    buttons->addWidget(m_pause, 3, 1);
    buttons->addWidget(m_startIntake, 4, 0);
    buttons->addWidget(m_markProxy, 4, 1);

    m_waitingCount = new QLabel(this);
    m_waitingCount->setObjectName(QStringLiteral("waitingCount"));
    m_waiting = new QTableWidget(0, 4, this);
    m_waiting->setObjectName(QStringLiteral("waitingList"));
    m_waiting->setHorizontalHeaderLabels({tr("No."), tr("Line"), tr("Priority"), tr("Waited")});
    m_waiting->verticalHeader()->hide();
    m_waiting->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_waiting->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_waiting->setSelectionMode(QAbstractItemView::SingleSelection);
    m_waiting->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_waiting->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_waiting->setItemDelegateForColumn(2, new ServiceBadgeDelegate(kProxyModeRole, m_waiting));

    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    layout->addLayout(header);
    layout->addWidget(m_connection);
    layout->addWidget(m_pauseBanner);
    layout->addWidget(card);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    layout->addWidget(m_waitingCount);
    layout->addWidget(m_waiting, 1);

    connect(m_callNext, &QPushButton::clicked, this, &CallingPanel::callNext);
    connect(m_recall, &QPushButton::clicked, this, &CallingPanel::recall);
    connect(m_noShow, &QPushButton::clicked, this, &CallingPanel::noShow);
    connect(m_transfer, &QPushButton::clicked, this, &CallingPanel::transfer);
    connect(m_hold, &QPushButton::clicked, this, &CallingPanel::holdOrResume);
    connect(m_finish, &QPushButton::clicked, this, &CallingPanel::finish);
    connect(m_pause, &QPushButton::clicked, this, &CallingPanel::pauseOrResumeWindow);
    connect(m_startIntake, &QPushButton::clicked, this, &CallingPanel::startIntake);
    connect(m_markProxy, &QPushButton::clicked, this, &CallingPanel::markProxy);
    connect(m_waiting, &QTableWidget::itemSelectionChanged, this, &CallingPanel::updateButtons);

    connect(&m_hall, &HallConnection::stateChanged, this, &CallingPanel::refresh);
    connect(&m_hall.hall(), &HallState::changed, this, &CallingPanel::refresh);
    // The waited minutes move on even when the queue does not.
    m_tick = new QTimer(this);
    m_tick->setInterval(30 * 1000);
    connect(m_tick, &QTimer::timeout, this, &CallingPanel::refresh);
    m_tick->start();

    m_message->hide();
    refresh();
}

std::optional<queue::Ticket> CallingPanel::currentTicket() const
{
    return m_hall.hall().currentTicket(m_windowNo);
}

QList<queue::Ticket> CallingPanel::heldHere() const
{
    QList<queue::Ticket> held;
    for (const queue::Ticket &t : m_hall.hall().tickets())
        if (t.state == queue::state::held && t.windowNo == m_windowNo)
            held << t;
    return held;
}

QString CallingPanel::lineName(qint64 lineId) const
{
    for (const queue::Line &line : m_hall.hall().lines())
        if (line.id == lineId)
            return line.name;
    return {};
}

void CallingPanel::refresh()
{
    const HallConnection::State state = m_hall.state();
    m_connection->setText(stateText(state));
    m_connection->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(stateColour(state)));
    m_connection->setProperty("hallState", static_cast<int>(state));

    const auto window = m_hall.hall().window(m_windowNo);
    const bool paused = window && window->paused;
    m_pauseBanner->setVisible(paused);
    if (paused)
        m_pauseBanner->setText(
            window->pauseReason.isEmpty()
                ? tr("This window is paused. Press F9 to open it again.")
                : tr("This window is paused: %1. Press F9 to open it again.").arg(window->pauseReason));
    m_pause->setText(paused ? tr("Resume window (F9)") : tr("Pause window… (F9)"));
    m_pause->setShortcut(QKeySequence(Qt::Key_F9));

    refreshTicket(currentTicket());
    refreshWaiting();
    updateButtons();
}

void CallingPanel::refreshTicket(const std::optional<queue::Ticket> &current)
{
    const bool has = current.has_value();
    m_ticketState->setVisible(has);
    m_priority->setVisible(has);
    m_waited->setVisible(has);
    m_person->setVisible(has && !current->personMasked.isEmpty());
    m_badge->setMode(has ? current->proxyMode : QString(), has ? current->proxyReason : QString());
    if (!has) {
        m_number->setText(QStringLiteral("—"));
        m_line->setText(tr("No ticket at this window. Press F2 to call the next citizen."));
        return;
    }
    const queue::Ticket &t = *current;
    m_number->setText(t.displayNo);
    QString state = QueueWords::ticketState(t.state);
    if (t.recallCount > 0)
        state = tr("%1 · recalled %n time(s)", nullptr, t.recallCount).arg(state);
    m_ticketState->setText(state);
    m_line->setText(lineName(t.lineId));
    m_priority->setText(tr("Priority: %1").arg(QueueWords::priorityGroup(t.priorityGroup)));
    m_waited->setText(tr("Waited %n minute(s) since the ticket was issued", nullptr,
                         static_cast<int>(QueueWords::waitedMinutes(t, Clock::nowUtc()))));
    m_person->setText(tr("Citizen: %1").arg(t.personMasked));
}

void CallingPanel::refreshWaiting()
{
    const QList<queue::Ticket> held = heldHere();
    const QList<queue::Ticket> waiting = m_hall.hall().waitingFor(m_windowNo);
    const qint64 selected = m_waiting->currentRow() >= 0 && m_waiting->item(m_waiting->currentRow(), 0)
                                ? m_waiting->item(m_waiting->currentRow(), 0)->data(Qt::UserRole).toLongLong()
                                : 0;
    const QDateTime now = Clock::nowUtc();

    m_waiting->setRowCount(0);
    auto addRow = [&](const queue::Ticket &t, const QString &waited, bool isHeld) {
        const int row = m_waiting->rowCount();
        m_waiting->insertRow(row);
        const QStringList cells{t.displayNo, lineName(t.lineId),
                                t.proxyMode.isEmpty() ? QueueWords::priorityGroup(t.priorityGroup)
                                                      : QueueWords::proxyMode(t.proxyMode),
                                waited};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, t.id);
            item->setData(Qt::UserRole + 1, isHeld);
            if (c == 2)
                item->setData(kProxyModeRole, t.proxyMode);
            if (isHeld)
                item->setBackground(QColor(0xFF, 0xF4, 0xCE));
            m_waiting->setItem(row, c, item);
        }
        if (t.id == selected)
            m_waiting->selectRow(row);
    };
    for (const queue::Ticket &t : held)
        addRow(t, tr("on hold"), true);
    for (const queue::Ticket &t : waiting)
        addRow(t, tr("%n min", nullptr, static_cast<int>(QueueWords::waitedMinutes(t, now))), false);

    m_waitingCount->setText(
        held.isEmpty() ? tr("%n waiting", nullptr, int(waiting.size()))
                       : tr("%n waiting, %1 on hold here", nullptr, int(waiting.size())).arg(held.size()));
}

void CallingPanel::updateButtons()
{
    const bool ready = m_hall.state() == HallConnection::State::Ready && !m_busy;
    const auto current = currentTicket();
    const auto window = m_hall.hall().window(m_windowNo);
    const bool paused = window && window->paused;
    const bool called = current && current->state == queue::state::called;

    m_callNext->setEnabled(ready && !current && !paused);
    m_recall->setEnabled(ready && called);
    m_noShow->setEnabled(ready && called);
    m_transfer->setEnabled(ready && current.has_value());
    m_finish->setEnabled(ready && current.has_value());
    m_startIntake->setEnabled(ready && current.has_value());
    m_markProxy->setEnabled(ready && current.has_value());
    m_pause->setEnabled(ready && (paused || !current));
    const bool canResume = !current && !heldHere().isEmpty();
    m_hold->setText(canResume ? tr("Resume (F7)") : tr("Hold (F7)"));
    m_hold->setShortcut(QKeySequence(Qt::Key_F7));
    m_hold->setEnabled(ready && (current.has_value() || canResume));
}

void CallingPanel::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #B3261E;") : QString());
    m_message->setVisible(!text.isEmpty());
}

void CallingPanel::send(const QString &op, const QJsonObject &args,
                        std::function<void(const QJsonObject &)> onSuccess)
{
    m_busy = true;
    updateButtons();
    QPointer<CallingPanel> self(this);
    m_hall.request(op, args, [self, onSuccess](const Result<QJsonObject> &result) {
        if (!self)
            return;
        self->m_busy = false;
        if (result) {
            self->showMessage({}, false);
            if (onSuccess)
                onSuccess(result.value());
        } else {
            self->showMessage(result.error().message, true);
            emit self->requestFailed(result.error().code, result.error().message);
        }
        self->updateButtons();
    });
}

void CallingPanel::callNext()
{
    send(QStringLiteral("callNext"));
}

void CallingPanel::recall()
{
    if (const auto t = currentTicket())
        send(QStringLiteral("recall"), {{QStringLiteral("ticketId"), t->id}}, [this](const QJsonObject &r) {
            if (r.value(QStringLiteral("noShow")).toBool())
                showMessage(tr("Recalled too often: the ticket is now a no-show. The citizen can be "
                               "put back in the queue if they come back in time."),
                            false);
        });
}

void CallingPanel::noShow()
{
    if (const auto t = currentTicket())
        send(QStringLiteral("noShow"), {{QStringLiteral("ticketId"), t->id}});
}

void CallingPanel::transfer()
{
    const auto t = currentTicket();
    if (!t)
        return;
    TransferDialog dialog(t->displayNo, m_hall.hall().lines(), m_hall.hall().windows(), m_windowNo, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QJsonObject args = dialog.target();
    args.insert(QStringLiteral("ticketId"), t->id);
    send(QStringLiteral("transfer"), args);
}

void CallingPanel::holdOrResume()
{
    if (const auto t = currentTicket()) {
        send(QStringLiteral("hold"), {{QStringLiteral("ticketId"), t->id}});
        return;
    }
    const QList<queue::Ticket> held = heldHere();
    if (held.isEmpty())
        return;
    // The held ticket selected in the list, else the one held first.
    qint64 id = held.first().id;
    if (const int row = m_waiting->currentRow();
        row >= 0 && m_waiting->item(row, 0) && m_waiting->item(row, 0)->data(Qt::UserRole + 1).toBool())
        id = m_waiting->item(row, 0)->data(Qt::UserRole).toLongLong();
    send(QStringLiteral("resume"), {{QStringLiteral("ticketId"), id}});
}

void CallingPanel::finish()
{
    finishWithCase({});
}

bool CallingPanel::finishWithCase(const QString &caseNo)
{
    const auto t = currentTicket();
    if (!t) {
        showMessage(tr("No ticket is open at this window, so there is nothing to finish."), true);
        return false;
    }
    QJsonObject args{{QStringLiteral("ticketId"), t->id}};
    if (!caseNo.isEmpty())
        args.insert(QStringLiteral("caseNo"), caseNo);
    send(QStringLiteral("finish"), args);
    return true;
}

void CallingPanel::pauseOrResumeWindow()
{
    const auto window = m_hall.hall().window(m_windowNo);
    if (window && window->paused) {
        send(QStringLiteral("resumeWindow"));
        return;
    }
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("pauseReasonDialog"));
    dialog.setWindowTitle(tr("Pause window %1").arg(m_windowNo));
    dialog.setLabelText(tr("Why is the window pausing? (e.g. break, meeting, system fault)"));
    dialog.setInputMode(QInputDialog::TextInput);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString reason = dialog.textValue().trimmed();
    if (reason.isEmpty()) {
        showMessage(tr("Give a reason to pause the window; the supervisor sees it."), true);
        return;
    }
    send(QStringLiteral("pauseWindow"), {{QStringLiteral("reason"), reason}});
}

void CallingPanel::markProxy()
{
    const auto t = currentTicket();
    if (!t)
        return;
    ProxyMarkDialog dialog(t->displayNo, t->proxyMode, t->proxyReason, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QJsonObject args = dialog.mark();
    args.insert(QStringLiteral("ticketId"), t->id);
    send(QStringLiteral("markProxy"), args);
}

void CallingPanel::startIntake()
{
    const auto t = currentTicket();
    if (!t)
        return;
    const qint64 id = t->id;
    const QString displayNo = t->displayNo;
    if (t->state == queue::state::serving) {
        emit startIntakeRequested(id, displayNo);
        return;
    }
    send(QStringLiteral("start"), {{QStringLiteral("ticketId"), id}},
         [this, id, displayNo](const QJsonObject &) { emit startIntakeRequested(id, displayNo); });
}

} // namespace yc
