#include "kioskwindow.h"

#include "queue/queuejson.h"
#include "widgets/queue/queuewords.h"

#include <QButtonGroup>
#include <QDir>
#include <QGridLayout>
#include <QLabel>
#include <QPointer>
#include <QPrinter>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace yc {

namespace {

struct PriorityChoice
{
    const char *name;
    const char *group;
    const char *proxyMode;
};

// The choices the citizen may touch; "proxy" asks for 帮办 (assisted) service.
constexpr PriorityChoice kChoices[] = {
    {"priority_none", "none", ""},         {"priority_elderly", "elderly", ""},
    {"priority_disabled", "disabled", ""}, {"priority_pregnant", "pregnant", ""},
    {"priority_military", "military", ""}, {"priority_proxy", "proxy", "assist"},
};

QString choiceText(const PriorityChoice &c)
{
    if (qstrcmp(c.group, "none") == 0)
        return KioskWindow::tr("No priority");
    if (qstrcmp(c.group, "proxy") == 0)
        return KioskWindow::tr("I need help (assisted service)");
    return QueueWords::priorityGroup(QString::fromLatin1(c.group));
}

QLabel *bigLabel(const QString &name, int points, bool bold, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    QFont f = label->font();
    f.setPointSize(points);
    f.setBold(bold);
    label->setFont(f);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    return label;
}

} // namespace

KioskWindow::KioskWindow(HallConnection &hall, const QString &hallName, QWidget *parent)
    : QWidget(parent)
    , m_hall(hall)
    , m_hallName(hallName)
{
    setObjectName(QStringLiteral("kioskWindow"));
    setWindowTitle(tr("Take a ticket"));
    // High contrast for elderly eyes: black on white, dark blue buttons with
    // white text, a thick yellow frame on the chosen priority.
    setStyleSheet(QStringLiteral(
        "#kioskWindow { background: white; }"
        "QLabel { color: black; }"
        "QPushButton { background: #003399; color: white; border: 3px solid black; border-radius: 12px;"
        " padding: 16px; font-size: 26pt; font-weight: bold; }"
        "QPushButton:disabled { background: #777777; color: #EEEEEE; }"
        "QPushButton:checked { background: #B35900; border: 6px solid #FFD400; }"));
    setAutoFillBackground(true);

    // Page 1: priority, then the line.
    auto *choose = new QWidget(this);
    choose->setObjectName(QStringLiteral("choosePage"));
    auto *title = bigLabel(QStringLiteral("kioskTitle"), 40, true, choose);
    title->setText(tr("%1 – please touch your business").arg(hallName));
    m_status = bigLabel(QStringLiteral("kioskStatus"), 22, true, choose);
    m_status->setStyleSheet(QStringLiteral("color: #B3261E;"));
    auto *priorityTitle = bigLabel(QStringLiteral("priorityTitle"), 22, false, choose);
    priorityTitle->setText(tr("Priority service (optional): older people, people with disabilities, pregnant "
                              "women, service members, or if you need help"));
    auto *priorityRow = new QGridLayout;
    m_priority = new QButtonGroup(this);
    m_priority->setExclusive(true);
    int i = 0;
    for (const PriorityChoice &c : kChoices) {
        auto *b = new QPushButton(choiceText(c), choose);
        b->setObjectName(QString::fromLatin1(c.name));
        b->setCheckable(true);
        b->setMinimumHeight(90);
        b->setProperty("group", QString::fromLatin1(c.group));
        b->setProperty("proxyMode", QString::fromLatin1(c.proxyMode));
        m_priority->addButton(b);
        priorityRow->addWidget(b, i / 3, i % 3);
        ++i;
    }
    m_priority->buttons().first()->setChecked(true);
    m_lineBox = new QWidget(choose);
    m_lineGrid = new QGridLayout(m_lineBox);
    m_lineGrid->setSpacing(18);
    auto *chooseLayout = new QVBoxLayout(choose);
    chooseLayout->addWidget(title);
    chooseLayout->addWidget(m_status);
    chooseLayout->addWidget(m_lineBox, 1);
    chooseLayout->addWidget(priorityTitle);
    chooseLayout->addLayout(priorityRow);

    // Page 2: the ticket.
    auto *ticket = new QWidget(this);
    ticket->setObjectName(QStringLiteral("ticketPage"));
    auto *yourNumber = bigLabel(QStringLiteral("yourNumberLabel"), 30, false, ticket);
    yourNumber->setText(tr("Your number"));
    m_number = bigLabel(QStringLiteral("kioskNumber"), 120, true, ticket);
    m_line = bigLabel(QStringLiteral("kioskLine"), 36, true, ticket);
    m_ahead = bigLabel(QStringLiteral("kioskAhead"), 32, false, ticket);
    m_time = bigLabel(QStringLiteral("kioskTime"), 24, false, ticket);
    m_printed = bigLabel(QStringLiteral("kioskPrinted"), 24, true, ticket);
    auto *done = new QPushButton(tr("Done"), ticket);
    done->setObjectName(QStringLiteral("doneButton"));
    done->setMinimumHeight(110);
    auto *ticketLayout = new QVBoxLayout(ticket);
    ticketLayout->addWidget(yourNumber);
    ticketLayout->addWidget(m_number);
    ticketLayout->addWidget(m_line);
    ticketLayout->addWidget(m_ahead);
    ticketLayout->addWidget(m_time);
    ticketLayout->addWidget(m_printed);
    ticketLayout->addStretch();
    ticketLayout->addWidget(done);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(choose);
    m_pages->addWidget(ticket);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    m_back = new QTimer(this);
    m_back->setSingleShot(true);
    m_back->setInterval(20 * 1000);
    connect(m_back, &QTimer::timeout, this, &KioskWindow::startOver);
    connect(done, &QPushButton::clicked, this, &KioskWindow::startOver);
    connect(&m_hall.hall(), &HallState::reset, this, &KioskWindow::rebuildLines);
    connect(&m_hall, &HallConnection::stateChanged, this, &KioskWindow::updateEnabled);
    rebuildLines();
}

void KioskWindow::setTicketSeconds(int seconds)
{
    m_back->setInterval(seconds * 1000);
}

void KioskWindow::rebuildLines()
{
    qDeleteAll(m_lineButtons);
    m_lineButtons.clear();
    int i = 0;
    for (const queue::Line &line : m_hall.hall().lines()) {
        if (!line.active)
            continue;
        auto *b = new QPushButton(QStringLiteral("%1  %2").arg(line.prefix, line.name), m_lineBox);
        b->setObjectName(QStringLiteral("line_%1").arg(line.prefix));
        b->setMinimumSize(320, 150);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        const qint64 id = line.id;
        connect(b, &QPushButton::clicked, this, [this, id] { issue(id); });
        m_lineGrid->addWidget(b, i / 3, i % 3);
        m_lineButtons << b;
        ++i;
    }
    updateEnabled();
}

void KioskWindow::updateEnabled()
{
    const bool ready = m_hall.state() == HallConnection::State::Ready;
    for (QPushButton *b : m_lineButtons)
        b->setEnabled(ready && !m_busy);
    if (!ready)
        m_status->setText(
            tr("Tickets cannot be issued at the moment. Please ask the staff at the help desk."));
    else if (m_lineButtons.isEmpty())
        m_status->setText(tr("No business lines are set up. Please ask the staff at the help desk."));
    else if (!m_busy)
        m_status->clear();
}

void KioskWindow::issue(qint64 lineId)
{
    QAbstractButton *choice = m_priority->checkedButton();
    QJsonObject args{{QStringLiteral("lineId"), lineId},
                     {QStringLiteral("priorityGroup"), choice->property("group").toString()}};
    if (const QString mode = choice->property("proxyMode").toString(); !mode.isEmpty())
        args.insert(QStringLiteral("proxyMode"), mode);
    m_busy = true;
    updateEnabled();
    QPointer<KioskWindow> self(this);
    m_hall.request(QStringLiteral("issue"), args, [self](const Result<QJsonObject> &result) {
        if (!self)
            return;
        self->m_busy = false;
        self->updateEnabled();
        if (!result) {
            self->m_status->setText(result.error().message);
            return;
        }
        self->showTicket(queue::json::ticketFrom(result->value(QStringLiteral("ticket")).toObject()));
    });
}

void KioskWindow::showTicket(const queue::Ticket &ticket)
{
    // People ahead on the same line; the mirror does not hold the new ticket yet.
    int ahead = 0;
    for (const queue::Ticket &t : m_hall.hall().tickets())
        if (t.lineId == ticket.lineId && t.state == queue::state::waiting && t.id != ticket.id &&
            t.sortKey < ticket.sortKey)
            ++ahead;
    QString lineName;
    for (const queue::Line &line : m_hall.hall().lines())
        if (line.id == ticket.lineId)
            lineName = line.name;

    TicketSlipData slip;
    slip.hallName = m_hallName;
    slip.displayNo = ticket.displayNo;
    slip.lineName = lineName;
    if (ticket.priorityGroup != QLatin1String("none"))
        slip.priorityWords = ticket.proxyMode.isEmpty() ? QueueWords::priorityGroup(ticket.priorityGroup)
                                                        : QueueWords::proxyMode(ticket.proxyMode);
    slip.peopleAhead = ahead;
    slip.issuedAt = ticket.issuedAt;
    if (!m_followPrefix.isEmpty())
        slip.followUrl = m_followPrefix + QString::number(ticket.id);

    m_number->setText(ticket.displayNo);
    m_line->setText(slip.priorityWords.isEmpty()
                        ? lineName
                        : QStringLiteral("%1 · %2").arg(lineName, slip.priorityWords));
    m_ahead->setText(tr("%n people ahead of you", nullptr, ahead));
    m_time->setText(tr("Taken at %1").arg(ticket.issuedAt.toLocalTime().toString(QStringLiteral("HH:mm"))));
    const Result<QString> printed = printSlip(slip, ticket.businessDay);
    m_printed->setText(printed ? tr("Please take your ticket below.") : printed.error().message);
    m_printed->setStyleSheet(printed ? QString() : QStringLiteral("color: #B3261E;"));
    m_pages->setCurrentIndex(1);
    m_back->start();
    emit ticketIssued(ticket.displayNo, printed ? printed.value() : QString());
}

Result<QString> KioskWindow::printSlip(const TicketSlipData &slip, const QString &businessDay)
{
    if (!m_pdfDir.isEmpty()) {
        const QString path =
            QDir(m_pdfDir).filePath(QStringLiteral("%1-%2.pdf").arg(businessDay, slip.displayNo));
        if (auto written = TicketSlip::writePdf(slip, path); !written)
            return written.error();
        return path;
    }
    QPrinter printer(QPrinter::HighResolution);
    if (!m_printerName.isEmpty())
        printer.setPrinterName(m_printerName);
    if (auto done = TicketSlip::print(slip, printer); !done)
        return done.error();
    return QString();
}

void KioskWindow::startOver()
{
    m_back->stop();
    m_priority->buttons().first()->setChecked(true);
    m_pages->setCurrentIndex(0);
    updateEnabled();
}

} // namespace yc
