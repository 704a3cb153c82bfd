#include "queuepage.h"

#include "core/clock.h"

#include <algorithm>

#include <QApplication>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace yc {

using queue::Alert;
using queue::WindowFigures;

namespace {

const QColor kAlertRed(0xB3, 0x26, 0x1E);
const QColor kAlertBackground(0xFD, 0xE7, 0xE4);
const QColor kClearing(0x8A, 0x6D, 0x00);

QString duration(qint64 secs)
{
    const qint64 minutes = std::max<qint64>(0, secs) / 60;
    if (minutes < 60)
        return QueuePage::tr("%1 min").arg(minutes);
    return QueuePage::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString localTime(const QDateTime &t)
{
    return hallTime::local(t).toString(QStringLiteral("HH:mm"));
}

QString lineLabel(const queue::QueueFigures &f, qint64 lineId)
{
    const queue::LineFigures *l = f.line(lineId);
    return l ? QStringLiteral("%1 %2").arg(l->prefix, l->name) : QString::number(lineId);
}

// What the supervisor can do about an alert.
QString advice(Alert::Kind kind)
{
    switch (kind) {
    case Alert::Kind::LongWait:
    case Alert::Kind::LongQueue:
        return QueuePage::tr("Open another window for this line or let more windows serve it.");
    case Alert::Kind::IdleWindow:
        return QueuePage::tr("Check that someone is at the window: they should call the next ticket or "
                             "pause the window.");
    case Alert::Kind::LongService:
        return QueuePage::tr("Check whether the clerk at this window needs help.");
    case Alert::Kind::LongPause:
        return QueuePage::tr("Check when the window opens again, or send its lines to another window.");
    }
    return {};
}

QTableWidgetItem *cell(const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(align);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

void markAlert(QTableWidgetItem *item)
{
    item->setForeground(kAlertRed);
    item->setBackground(kAlertBackground);
    QFont f = item->font();
    f.setBold(true);
    item->setFont(f);
}

QTableWidget *makeTable(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setAlternatingRowColors(true);
    table->setFocusPolicy(Qt::NoFocus);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

QueuePage::QueuePage(HallConnection &hall, queue::AlertThresholds thresholds, QWidget *parent)
    : QWidget(parent)
    , m_hall(hall)
    , m_evaluator(thresholds)
{
    setObjectName(QStringLiteral("queuePage"));

    auto *title = new QLabel(tr("Live queue"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    title->setFont(titleFont);
    m_connection = new QLabel(this);
    m_connection->setObjectName(QStringLiteral("connectionState"));
    m_asOf = new QLabel(this);
    m_asOf->setObjectName(QStringLiteral("asOf"));
    m_asOf->setStyleSheet(QStringLiteral("color: #555;"));
    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addSpacing(16);
    header->addWidget(m_connection);
    header->addStretch();
    header->addWidget(m_asOf);

    // The banner of new alerts: stays 20 s or until dismissed.
    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("alertBanner"));
    m_banner->setStyleSheet(QStringLiteral("#alertBanner { background: #B3261E; border-radius: 6px; }"
                                           "#alertBanner QLabel { color: white; font-weight: bold; }"));
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("alertBannerText"));
    m_bannerText->setWordWrap(true);
    auto *dismiss = new QPushButton(tr("Dismiss"), m_banner);
    dismiss->setObjectName(QStringLiteral("dismissBanner"));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(dismiss);
    m_banner->hide();
    m_bannerTimer = new QTimer(this);
    m_bannerTimer->setSingleShot(true);
    m_bannerTimer->setInterval(20 * 1000);
    connect(m_bannerTimer, &QTimer::timeout, m_banner, &QWidget::hide);
    connect(dismiss, &QPushButton::clicked, m_banner, &QWidget::hide);

    auto *tiles = new QHBoxLayout;
    addTile(QStringLiteral("waiting"), tr("Waiting"), this, tiles);
    addTile(QStringLiteral("longestWait"), tr("Longest wait"), this, tiles);
    addTile(QStringLiteral("averageWait"), tr("Average wait"), this, tiles);
    addTile(QStringLiteral("servedToday"), tr("Served today"), this, tiles);
    addTile(QStringLiteral("windowsServing"), tr("Windows serving"), this, tiles);

    auto *alertsBox = new QGroupBox(this);
    m_alertsTitle = new QLabel(alertsBox);
    m_alertsTitle->setObjectName(QStringLiteral("alertsTitle"));
    QFont alertFont = m_alertsTitle->font();
    alertFont.setBold(true);
    m_alertsTitle->setFont(alertFont);
    m_alertList = new QListWidget(alertsBox);
    m_alertList->setObjectName(QStringLiteral("alertList"));
    m_alertList->setSelectionMode(QAbstractItemView::NoSelection);
    m_alertList->setFocusPolicy(Qt::NoFocus);
    m_alertList->setWordWrap(true);
    m_alertList->setMaximumHeight(150);
    auto *alertsLayout = new QVBoxLayout(alertsBox);
    alertsLayout->addWidget(m_alertsTitle);
    alertsLayout->addWidget(m_alertList);

    m_lines = makeTable(
        QStringLiteral("linesTable"),
        {tr("Line"), tr("Waiting"), tr("Longest wait"), tr("Average wait"), tr("Served today")}, this);
    m_windows = makeTable(
        QStringLiteral("windowsTable"),
        {tr("Window"), tr("Now"), tr("For"), tr("Staff"), tr("Waiting for it"), tr("Served today")}, this);
    auto *linesBox = new QGroupBox(tr("Lines"), this);
    (new QVBoxLayout(linesBox))->addWidget(m_lines);
    auto *windowsBox = new QGroupBox(tr("Windows"), this);
    (new QVBoxLayout(windowsBox))->addWidget(m_windows);
    auto *tables = new QHBoxLayout;
    tables->addWidget(linesBox, 2);
    tables->addWidget(windowsBox, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_banner);
    layout->addLayout(tiles);
    layout->addWidget(alertsBox);
    layout->addLayout(tables, 1);

    connect(&m_hall.hall(), &HallState::changed, this, &QueuePage::refresh);
    connect(&m_hall, &HallConnection::stateChanged, this, &QueuePage::showConnection);
    // Waiting times grow with nobody calling: redraw (and re-check the
    // alerts) every 30 s as well.
    m_tick = new QTimer(this);
    m_tick->setInterval(30 * 1000);
    connect(m_tick, &QTimer::timeout, this, &QueuePage::refresh);
    m_tick->start();
    refresh();
}

QLabel *QueuePage::addTile(const QString &id, const QString &caption, QWidget *parent, QHBoxLayout *row)
{
    auto *frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *box = new QVBoxLayout(frame);
    auto *value = new QLabel(QStringLiteral("—"), frame);
    value->setObjectName(QStringLiteral("figure_") + id);
    QFont f = value->font();
    f.setPointSizeF(f.pointSizeF() * 2.2);
    f.setBold(true);
    value->setFont(f);
    value->setAlignment(Qt::AlignCenter);
    auto *label = new QLabel(caption, frame);
    label->setAlignment(Qt::AlignCenter);
    box->addWidget(value);
    box->addWidget(label);
    row->addWidget(frame);
    m_tiles.insert(id, value);
    return value;
}

QString QueuePage::alertText(const Alert &a, const queue::QueueFigures &f)
{
    QString text;
    switch (a.kind) {
    case Alert::Kind::LongWait:
        text = tr("Line %1: a citizen has waited %2 (limit %3 min)")
                   .arg(lineLabel(f, a.lineId), duration(a.figure * 60))
                   .arg(a.threshold);
        break;
    case Alert::Kind::LongQueue:
        text =
            tr("Line %1: %2 waiting (limit %3)").arg(lineLabel(f, a.lineId)).arg(a.figure).arg(a.threshold);
        break;
    case Alert::Kind::IdleWindow:
        text = tr("Window %1 idle for %2 while its lines wait (limit %3 min)")
                   .arg(a.windowNo)
                   .arg(duration(a.figure * 60))
                   .arg(a.threshold);
        break;
    case Alert::Kind::LongService: {
        const WindowFigures *w = f.window(a.windowNo);
        text = tr("Window %1: ticket %2 has been at the window for %3 (limit %4 min)")
                   .arg(a.windowNo)
                   .arg(w ? w->ticketDisplayNo : QString(), duration(a.figure * 60))
                   .arg(a.threshold);
        break;
    }
    case Alert::Kind::LongPause: {
        const WindowFigures *w = f.window(a.windowNo);
        text = tr("Window %1 paused for %2 (limit %3 min): %4")
                   .arg(a.windowNo)
                   .arg(duration(a.figure * 60))
                   .arg(a.threshold)
                   .arg(w ? w->pauseReason : QString());
        break;
    }
    }
    return tr("%1, since %2").arg(text, localTime(a.since));
}

void QueuePage::refresh()
{
    const HallState &h = m_hall.hall();
    queue::Snapshot s;
    s.seq = h.seq();
    s.businessDay = h.businessDay();
    s.lines = h.lines();
    s.windows = h.windows();
    s.tickets = h.tickets();
    m_figures = queue::QueueFigures::compute(s, Clock::nowUtc());
    m_alerts = h.hasSnapshot() ? m_evaluator.evaluate(m_figures) : QList<Alert>();

    showConnection();
    showSummary();
    showAlerts();
    showLines();
    showWindows();

    QStringList raised;
    for (const Alert &a : std::as_const(m_alerts))
        if (a.isNew)
            raised.append(alertText(a, m_figures));
    if (!raised.isEmpty()) {
        showBanner(raised);
        emit alertsRaised(raised);
    }
}

void QueuePage::showConnection()
{
    QString text;
    QString colour = QStringLiteral("#B3261E");
    switch (m_hall.state()) {
    case HallConnection::State::Ready:
        text = m_hall.hall().hasSnapshot() ? tr("Live") : tr("Loading the queue…");
        colour = QStringLiteral("#1E7B34");
        break;
    case HallConnection::State::Connecting:
        text = tr("Connecting to the hall…");
        colour = QStringLiteral("#8A6D00");
        break;
    case HallConnection::State::SignedOut:
        text = tr("Signed out of the hall: sign in again to see the live queue");
        break;
    case HallConnection::State::Offline:
        text = tr("Not connected to the hall: the figures below may be out of date; reconnecting");
        break;
    }
    m_connection->setText(text);
    m_connection->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(colour));
    m_asOf->setText(tr("As of %1").arg(localTime(m_figures.at)));
}

bool QueuePage::hasAlert(Alert::Kind kind, qint64 lineId, int windowNo) const
{
    return std::any_of(m_alerts.cbegin(), m_alerts.cend(), [&](const Alert &a) {
        return a.kind == kind && a.lineId == lineId && a.windowNo == windowNo && !a.clearing;
    });
}

void QueuePage::showSummary()
{
    const queue::QueueFigures &f = m_figures;
    m_tiles[QStringLiteral("waiting")]->setNum(f.waiting);
    m_tiles[QStringLiteral("longestWait")]->setText(f.waiting > 0 ? duration(f.longestWaitSecs)
                                                                  : QStringLiteral("—"));
    m_tiles[QStringLiteral("averageWait")]->setText(f.waiting > 0 ? duration(f.averageWaitSecs)
                                                                  : QStringLiteral("—"));
    m_tiles[QStringLiteral("servedToday")]->setNum(f.servedToday);
    const auto serving = std::count_if(f.windows.cbegin(), f.windows.cend(), [](const WindowFigures &w) {
        return w.activity == WindowFigures::Activity::Serving ||
               w.activity == WindowFigures::Activity::Called;
    });
    const auto open = std::count_if(f.windows.cbegin(), f.windows.cend(), [](const WindowFigures &w) {
        return w.activity != WindowFigures::Activity::Closed;
    });
    m_tiles[QStringLiteral("windowsServing")]->setText(tr("%1 of %2").arg(serving).arg(open));
    const bool longWait = std::any_of(m_alerts.cbegin(), m_alerts.cend(), [](const Alert &a) {
        return a.kind == Alert::Kind::LongWait && !a.clearing;
    });
    m_tiles[QStringLiteral("longestWait")]->setStyleSheet(longWait ? QStringLiteral("color: #B3261E;")
                                                                   : QString());
}

void QueuePage::showAlerts()
{
    m_alertList->clear();
    m_alertsTitle->setText(m_alerts.isEmpty() ? tr("No alerts") : tr("Alerts (%1)").arg(m_alerts.size()));
    m_alertsTitle->setStyleSheet(m_alerts.isEmpty() ? QStringLiteral("color: #1E7B34;")
                                                    : QStringLiteral("color: #B3261E;"));
    m_alertList->setVisible(!m_alerts.isEmpty());
    for (const Alert &a : std::as_const(m_alerts)) {
        QString text = alertText(a, m_figures);
        if (a.clearing)
            text = tr("%1 — easing").arg(text);
        auto *item = new QListWidgetItem(text, m_alertList);
        item->setData(Qt::UserRole, a.key());
        item->setToolTip(advice(a.kind));
        item->setForeground(a.clearing ? kClearing : kAlertRed);
        if (!a.clearing) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
        }
    }
}

void QueuePage::showLines()
{
    m_lines->setRowCount(int(m_figures.lines.size()));
    int row = 0;
    for (const queue::LineFigures &l : m_figures.lines) {
        const bool waiting = l.waiting > 0;
        auto *name = cell(QStringLiteral("%1  %2").arg(l.prefix, l.name));
        name->setData(Qt::UserRole, l.lineId);
        auto *count = cell(QString::number(l.waiting), Qt::AlignRight | Qt::AlignVCenter);
        auto *longest = cell(waiting ? duration(l.longestWaitSecs) : QStringLiteral("—"),
                             Qt::AlignRight | Qt::AlignVCenter);
        auto *average = cell(waiting ? duration(l.averageWaitSecs) : QStringLiteral("—"),
                             Qt::AlignRight | Qt::AlignVCenter);
        if (hasAlert(Alert::Kind::LongQueue, l.lineId, 0))
            markAlert(count);
        if (hasAlert(Alert::Kind::LongWait, l.lineId, 0))
            markAlert(longest);
        m_lines->setItem(row, 0, name);
        m_lines->setItem(row, 1, count);
        m_lines->setItem(row, 2, longest);
        m_lines->setItem(row, 3, average);
        m_lines->setItem(row, 4, cell(QString::number(l.servedToday), Qt::AlignRight | Qt::AlignVCenter));
        ++row;
    }
}

void QueuePage::showWindows()
{
    m_windows->setRowCount(int(m_figures.windows.size()));
    int row = 0;
    for (const WindowFigures &w : m_figures.windows) {
        QString now;
        QColor colour = palette().color(QPalette::Text);
        Alert::Kind alertKind = Alert::Kind::LongService;
        switch (w.activity) {
        case WindowFigures::Activity::Serving:
            now = tr("Serving %1").arg(w.ticketDisplayNo);
            colour = QColor(0x1E, 0x7B, 0x34);
            break;
        case WindowFigures::Activity::Called:
            now = tr("Called %1, waiting for the citizen").arg(w.ticketDisplayNo);
            colour = QColor(0x1E, 0x5A, 0xA8);
            break;
        case WindowFigures::Activity::Idle:
            now = tr("Idle");
            alertKind = Alert::Kind::IdleWindow;
            break;
        case WindowFigures::Activity::Paused:
            now = tr("Paused: %1").arg(w.pauseReason);
            colour = kClearing;
            alertKind = Alert::Kind::LongPause;
            break;
        case WindowFigures::Activity::Closed:
            now = tr("Closed");
            colour = palette().color(QPalette::PlaceholderText);
            break;
        }
        const bool timed = w.activity != WindowFigures::Activity::Closed && w.since.isValid();
        auto *label = cell(w.name.isEmpty() ? tr("Window %1").arg(w.windowNo)
                                            : QStringLiteral("%1  %2").arg(w.windowNo).arg(w.name));
        label->setData(Qt::UserRole, w.windowNo);
        auto *state = cell(now);
        state->setForeground(colour);
        auto *since = cell(timed ? duration(w.since.secsTo(m_figures.at)) : QStringLiteral("—"),
                           Qt::AlignRight | Qt::AlignVCenter);
        if (hasAlert(alertKind, 0, w.windowNo)) {
            markAlert(state);
            markAlert(since);
        }
        m_windows->setItem(row, 0, label);
        m_windows->setItem(row, 1, state);
        m_windows->setItem(row, 2, since);
        m_windows->setItem(row, 3,
                           cell(w.activity == WindowFigures::Activity::Closed ? QString() : w.staffNo));
        m_windows->setItem(row, 4, cell(QString::number(w.waitingForIt), Qt::AlignRight | Qt::AlignVCenter));
        m_windows->setItem(row, 5, cell(QString::number(w.servedToday), Qt::AlignRight | Qt::AlignVCenter));
        ++row;
    }
}

void QueuePage::showBanner(const QStringList &texts)
{
    QString text = texts.size() == 1
                       ? tr("New alert: %1").arg(texts.first())
                       : tr("%1 new alerts: %2").arg(texts.size()).arg(texts.join(QStringLiteral("; ")));
    m_bannerText->setText(text);
    m_banner->show();
    m_bannerTimer->start();
    // The desktop's attention cue (task bar flash), not a dialog.
    QApplication::alert(window());
}

} // namespace yc
