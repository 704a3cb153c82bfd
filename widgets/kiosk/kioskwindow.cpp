#include "kioskwindow.h"

#include "app/devices/idcard/idcardreader.h"
#include "codes/codes.h"
#include "core/clock.h"
#include "queue/queuejson.h"
#include "widgets/common/servicebadge.h"
#include "widgets/kiosk/kioskmatterpage.h"
#include "widgets/queue/queuewords.h"

#include <QButtonGroup>
#include <QCloseEvent>
#include <QDir>
#include <QGridLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPointer>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimeZone>
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

enum Page
{
    ChoosePage,
    TicketPage,
    MatterPage,
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

QString localHhMm(const QDateTime &utc)
{
    return hallTime::local(utc).toString(QStringLiteral("HH:mm"));
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
        "QPushButton:checked { background: #B35900; border: 6px solid #FFD400; }"
        "QPushButton#checkInButton { background: #1E6B2E; }"));
    setAutoFillBackground(true);

    m_matterPage = new KioskMatterPage(this);
    m_pages = new QStackedWidget(this);
    m_pages->insertWidget(ChoosePage, buildChoosePage());
    m_pages->insertWidget(TicketPage, buildTicketPage());
    m_pages->insertWidget(MatterPage, m_matterPage);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    m_back = new QTimer(this);
    m_back->setSingleShot(true);
    m_back->setInterval(20 * 1000);
    connect(m_back, &QTimer::timeout, this, &KioskWindow::startOver);
    connect(m_matterPage, &KioskMatterPage::backRequested, this, [this] {
        m_pages->setCurrentIndex(ChoosePage);
        m_back->start(); // the citizen walked away: forget them after a while
    });
    connect(m_matterPage, &KioskMatterPage::matterChosen, this, &KioskWindow::issueForMatter);
    connect(&m_hall.hall(), &HallState::reset, this, &KioskWindow::rebuildLines);
    connect(&m_hall, &HallConnection::stateChanged, this, &KioskWindow::updateEnabled);
    // Staff with a keyboard can end the kiosk; the touch screen cannot.
    auto *quit = new QShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Q), this);
    connect(quit, &QShortcut::activated, this, [this] {
        m_closing = true;
        close();
    });
    rebuildLines();
}

KioskWindow::~KioskWindow() = default;

QWidget *KioskWindow::buildChoosePage()
{
    auto *choose = new QWidget(this);
    choose->setObjectName(QStringLiteral("choosePage"));
    auto *title = bigLabel(QStringLiteral("kioskTitle"), 40, true, choose);
    title->setText(tr("%1 – please touch your business").arg(m_hallName));
    m_status = bigLabel(QStringLiteral("kioskStatus"), 22, true, choose);
    m_status->setStyleSheet(QStringLiteral("color: #B3261E;"));
    m_cardInfo = bigLabel(QStringLiteral("kioskCardInfo"), 22, false, choose);
    m_checkIn = new QPushButton(choose);
    m_checkIn->setObjectName(QStringLiteral("checkInButton"));
    m_checkIn->setMinimumHeight(110);
    m_checkIn->hide();
    connect(m_checkIn, &QPushButton::clicked, this, &KioskWindow::checkIn);

    m_findMatter = new QPushButton(tr("Find my business by its name"), choose);
    m_findMatter->setObjectName(QStringLiteral("findMatterButton"));
    m_findMatter->setMinimumHeight(110);
    m_findMatter->hide();
    connect(m_findMatter, &QPushButton::clicked, this, [this] {
        m_back->stop();
        m_matterPage->clear();
        m_pages->setCurrentIndex(MatterPage);
        m_matterPage->focusSearch();
    });

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
    auto *layout = new QVBoxLayout(choose);
    layout->addWidget(title);
    layout->addWidget(m_status);
    layout->addWidget(m_cardInfo);
    layout->addWidget(m_checkIn);
    layout->addWidget(m_lineBox, 1);
    layout->addWidget(m_findMatter);
    layout->addWidget(priorityTitle);
    layout->addLayout(priorityRow);
    return choose;
}

QWidget *KioskWindow::buildTicketPage()
{
    auto *ticket = new QWidget(this);
    ticket->setObjectName(QStringLiteral("ticketPage"));
    auto *yourNumber = bigLabel(QStringLiteral("yourNumberLabel"), 30, false, ticket);
    yourNumber->setText(tr("Your number"));
    m_number = bigLabel(QStringLiteral("kioskNumber"), 120, true, ticket);
    m_line = bigLabel(QStringLiteral("kioskLine"), 36, true, ticket);
    m_badge = new ServiceBadge(ticket);
    m_badge->setObjectName(QStringLiteral("kioskProxyBadge"));
    QFont badgeFont = m_badge->font();
    badgeFont.setPointSize(32);
    m_badge->setFont(badgeFont);
    m_ahead = bigLabel(QStringLiteral("kioskAhead"), 32, false, ticket);
    m_time = bigLabel(QStringLiteral("kioskTime"), 24, false, ticket);
    m_printed = bigLabel(QStringLiteral("kioskPrinted"), 24, true, ticket);
    auto *done = new QPushButton(tr("Done"), ticket);
    done->setObjectName(QStringLiteral("doneButton"));
    done->setMinimumHeight(110);
    connect(done, &QPushButton::clicked, this, &KioskWindow::startOver);
    auto *layout = new QVBoxLayout(ticket);
    layout->addWidget(yourNumber);
    layout->addWidget(m_number);
    layout->addWidget(m_line);
    layout->addWidget(m_badge, 0, Qt::AlignHCenter);
    layout->addWidget(m_ahead);
    layout->addWidget(m_time);
    layout->addWidget(m_printed);
    layout->addStretch();
    layout->addWidget(done);
    return ticket;
}

void KioskWindow::setTicketSeconds(int seconds)
{
    m_back->setInterval(seconds * 1000);
}

void KioskWindow::setCatalog(QList<Matter> matters, const QList<Synonym> &synonyms, const KioskRoute &route)
{
    m_route = route;
    m_matterPage->setCatalog(std::move(matters), synonyms);
    m_findMatter->setVisible(m_matterPage->hasCatalog());
}

void KioskWindow::setCardReader(devices::IdCardReader *reader)
{
    if (!reader)
        return;
    connect(reader, &devices::IdCardReader::cardRead, this, &KioskWindow::acceptCard);
    m_cardHint = tr("Have your ID card? Place it on the reader: older people get priority, and an "
                    "appointment for today is checked in.");
    showCitizen();
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
    m_checkIn->setEnabled(ready && !m_busy);
    m_findMatter->setEnabled(ready && !m_busy);
    if (!ready)
        m_status->setText(
            tr("Tickets cannot be issued at the moment. Please ask the staff at the help desk."));
    else if (m_lineButtons.isEmpty())
        m_status->setText(tr("No business lines are set up. Please ask the staff at the help desk."));
    else if (!m_busy)
        m_status->clear();
}

void KioskWindow::acceptCard(const idcard::IdCardData &card)
{
    if (m_pages->currentIndex() == TicketPage)
        startOver(); // the next citizen
    m_citizen = KioskCitizen::fromCard(card, hallTime::date(Clock::nowUtc()), m_elderlyAge);
    m_appointmentId = 0;
    m_back->start(); // forget the card if nobody goes on
    if (m_citizen.elderly &&
        m_priority->checkedButton()->property("group").toString() == QLatin1String("none"))
        findChild<QPushButton *>(QStringLiteral("priority_elderly"))->setChecked(true);
    showCitizen();
    if (m_citizen.isEmpty() || m_hall.state() != HallConnection::State::Ready)
        return;
    QPointer<KioskWindow> self(this);
    const QString asked = m_citizen.idMasked;
    m_hall.request(
        QStringLiteral("findAppointments"), {{QStringLiteral("personMasked"), asked}},
        [self, asked](const Result<QJsonObject> &result) {
            if (!self || self->m_citizen.idMasked != asked || !result)
                return;
            const QJsonArray list = result->value(QStringLiteral("appointments")).toArray();
            if (list.isEmpty())
                return;
            const queue::Appointment a = queue::json::appointmentFrom(list.first().toObject());
            self->m_appointmentId = a.id;
            QString lineName;
            for (const queue::Line &line : self->m_hall.hall().lines())
                if (line.id == a.lineId)
                    lineName = line.name;
            self->m_checkIn->setText(
                tr("Check in for your appointment: %1 at %2").arg(lineName, localHhMm(a.slotStart)));
            self->m_checkIn->show();
        });
}

void KioskWindow::showCitizen()
{
    if (m_citizen.isEmpty()) {
        m_cardInfo->setText(m_cardHint);
        return;
    }
    m_cardInfo->setText(
        m_citizen.elderly
            ? tr("Card read: %1. Priority for older people applies.").arg(m_citizen.personMasked)
            : tr("Card read: %1.").arg(m_citizen.personMasked));
}

void KioskWindow::issue(qint64 lineId)
{
    QAbstractButton *choice = m_priority->checkedButton();
    QJsonObject args{{QStringLiteral("lineId"), lineId},
                     {QStringLiteral("priorityGroup"), choice->property("group").toString()}};
    if (const QString mode = choice->property("proxyMode").toString(); !mode.isEmpty()) {
        args.insert(QStringLiteral("proxyMode"), mode);
        // The reason the hall records for 帮办: what the card says, else "other".
        args.insert(QStringLiteral("proxyReason"),
                    m_citizen.elderly ? QStringLiteral("elderly") : QStringLiteral("other"));
    }
    if (!m_citizen.isEmpty())
        args.insert(QStringLiteral("personMasked"), m_citizen.personMasked);
    m_busy = true;
    updateEnabled();
    QPointer<KioskWindow> self(this);
    m_hall.request(QStringLiteral("issue"), args, [self](const Result<QJsonObject> &result) {
        if (self)
            self->onReply(result);
    });
}

void KioskWindow::issueForMatter(const Matter &matter)
{
    // The matter's line, else the default line, as long as it is open.
    for (const QString &prefix : {m_route.linePrefixFor(matter), m_route.defaultLine()})
        for (const queue::Line &line : m_hall.hall().lines())
            if (line.active && line.prefix.compare(prefix, Qt::CaseInsensitive) == 0) {
                m_pages->setCurrentIndex(ChoosePage);
                issue(line.id);
                return;
            }
    m_pages->setCurrentIndex(ChoosePage);
    m_status->setText(
        tr("No line takes \"%1\" today. Please ask the staff at the help desk.").arg(matter.name));
}

void KioskWindow::checkIn()
{
    if (m_appointmentId == 0)
        return;
    m_busy = true;
    updateEnabled();
    QPointer<KioskWindow> self(this);
    m_hall.request(QStringLiteral("checkIn"), {{QStringLiteral("appointmentId"), m_appointmentId}},
                   [self](const Result<QJsonObject> &result) {
                       if (self)
                           self->onReply(result);
                   });
}

void KioskWindow::onReply(const Result<QJsonObject> &result)
{
    m_busy = false;
    updateEnabled();
    if (!result) {
        m_status->setText(result.error().message);
        return;
    }
    showTicket(queue::json::ticketFrom(result->value(QStringLiteral("ticket")).toObject()));
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
    slip.proxyMode = ticket.proxyMode;
    slip.peopleAhead = ahead;
    slip.issuedAt = ticket.issuedAt;
    if (!m_followPrefix.isEmpty())
        slip.followUrl = m_followPrefix + QString::number(ticket.id);

    m_number->setText(ticket.displayNo);
    m_line->setText(slip.priorityWords.isEmpty() || !ticket.proxyMode.isEmpty()
                        ? lineName
                        : QStringLiteral("%1 · %2").arg(lineName, slip.priorityWords));
    m_badge->setMode(ticket.proxyMode, ticket.proxyReason);
    m_ahead->setText(tr("%n people ahead of you", nullptr, ahead));
    m_time->setText(
        tr("Taken at %1").arg(hallTime::local(ticket.issuedAt).toString(QStringLiteral("HH:mm"))));
    const Result<QString> printed = printSlip(slip, ticket.businessDay);
    m_printed->setText(printed ? tr("Please take your ticket below.") : printed.error().message);
    m_printed->setStyleSheet(printed ? QString() : QStringLiteral("color: #B3261E;"));
    m_pages->setCurrentIndex(TicketPage);
    // The card has done its part: nothing of it stays beyond the ticket.
    m_citizen = {};
    m_appointmentId = 0;
    m_checkIn->hide();
    showCitizen();
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
    m_citizen = {};
    m_appointmentId = 0;
    m_checkIn->hide();
    m_priority->buttons().first()->setChecked(true);
    m_matterPage->clear();
    m_pages->setCurrentIndex(ChoosePage);
    showCitizen();
    updateEnabled();
}

void KioskWindow::closeEvent(QCloseEvent *event)
{
    if (m_locked && !m_closing) {
        event->ignore();
        return;
    }
    QWidget::closeEvent(event);
}

} // namespace yc
