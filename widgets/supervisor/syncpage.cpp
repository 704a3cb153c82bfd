#include "syncpage.h"

#include "app/core/clientcontext.h"
#include "app/core/session.h"
#include "app/core/statusboard.h"
#include "app/sync/deadletters.h"
#include "app/sync/syncservice.h"
#include "core/clock.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace yc {

SyncPage::SyncPage(ClientContext &context, QWidget *parent)
    : QWidget(parent)
    , m_ctx(context)
    , m_dead(std::make_unique<DeadLetters>(context.db, context.session, context.sync))
{
    m_figures = new QLabel(this);
    m_figures->setObjectName(QStringLiteral("syncFigures"));
    m_figures->setWordWrap(true);
    m_figures->setTextFormat(Qt::PlainText);
    QFont f = m_figures->font();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    m_figures->setFont(f);

    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("deadLetters"));
    m_table->setHorizontalHeaderLabels(
        {tr("Case"), tr("Event"), tr("Attempts"), tr("Refused because"), tr("Recorded at")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);

    m_resend = new QPushButton(tr("Send again"), this);
    m_resend->setObjectName(QStringLiteral("resendButton"));
    m_resend->setToolTip(tr("After the case data was corrected: send the event again as it is."));
    m_correct = new QPushButton(tr("Correct and send…"), this);
    m_correct->setObjectName(QStringLiteral("correctButton"));
    const bool admin = m_ctx.session && m_ctx.session->hasRole(QStringLiteral("admin"));
    m_resend->setVisible(admin);
    m_correct->setVisible(admin);
    connect(m_resend, &QPushButton::clicked, this, [this] { resendSelected(false); });
    connect(m_correct, &QPushButton::clicked, this, [this] { resendSelected(true); });
    auto *refresh = new QPushButton(tr("Refresh"), this);
    connect(refresh, &QPushButton::clicked, this, &SyncPage::reload);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("syncMessage"));
    m_message->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(refresh);
    buttons->addStretch(1);
    buttons->addWidget(m_resend);
    buttons->addWidget(m_correct);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_figures);
    layout->addWidget(
        new QLabel(tr("Events the province platform refused (nothing is dropped: each waits here "
                      "until it is corrected and sent again):"),
                   this));
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    if (m_ctx.sync)
        connect(m_ctx.sync, &SyncService::snapshotChanged, this, &SyncPage::showSnapshot);
    reload();
}

SyncPage::~SyncPage() = default;

void SyncPage::showEvent(QShowEvent *event)
{
    reload();
    QWidget::showEvent(event);
}

void SyncPage::showSnapshot(const SyncSnapshot &s)
{
    QStringList lines{tr("Waiting: %1    On the way: %2    Sent today: %3    Refused: %4")
                          .arg(s.pending)
                          .arg(s.inFlight)
                          .arg(s.deliveredToday)
                          .arg(s.dead)};
    lines << (s.lastSuccess.isValid()
                  ? tr("Last accepted by the platform: %1")
                        .arg(QLocale().toString(hallTime::local(s.lastSuccess), QLocale::ShortFormat))
                  : tr("Nothing accepted by the platform yet."));
    if (s.backoffMs > 0)
        lines
            << tr("Paused for %n second(s) after: %1", nullptr, (s.backoffMs + 999) / 1000).arg(s.lastError);
    m_figures->setText(lines.join(QLatin1Char('\n')));
}

void SyncPage::reload()
{
    if (m_ctx.sync) {
        showSnapshot(m_ctx.sync->snapshot());
    } else {
        const QString why = m_ctx.status ? m_ctx.status->item(QStringLiteral("platform")).state : QString();
        m_figures->setText(
            tr("The sync with the province platform is not running: %1 Cases wait in the outbox and "
               "go out once it runs.")
                .arg(why));
    }
    auto dead = m_dead->list();
    m_table->setRowCount(0);
    if (!dead) {
        m_message->setText(dead.error().message);
        return;
    }
    for (const outbox::DeadLetter &d : dead.value()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        // The 办件编号 people know; the internal key only for a case not yet numbered.
        auto *caseItem = new QTableWidgetItem(
            d.caseNo.isEmpty() ? tr("(not numbered) %1").arg(d.caseKey.left(8)) : d.caseNo);
        caseItem->setToolTip(d.caseKey);
        caseItem->setData(Qt::UserRole, d.eventId);
        m_table->setItem(row, 0, caseItem);
        static const QHash<QString, const char *> events{
            {QStringLiteral("case.accepted"), QT_TR_NOOP("case accepted")},
            {QStringLiteral("case.notified"), QT_TR_NOOP("told once what is missing")},
            {QStringLiteral("case.rejected"), QT_TR_NOOP("not accepted")},
            {QStringLiteral("case.material_supplied"), QT_TR_NOOP("material supplied")},
            {QStringLiteral("case.finished"), QT_TR_NOOP("case finished")},
            {QStringLiteral("case.delivered"), QT_TR_NOOP("result handed out")},
            {QStringLiteral("evaluation.submitted"), QT_TR_NOOP("evaluation")},
        };
        const char *event = events.value(d.eventType);
        auto *eventItem = new QTableWidgetItem(event ? tr(event) : d.eventType);
        eventItem->setToolTip(d.eventType);
        m_table->setItem(row, 1, eventItem);
        m_table->setItem(row, 2, new QTableWidgetItem(QString::number(d.attempts)));
        m_table->setItem(row, 3, new QTableWidgetItem(d.errorText));
        m_table->setItem(row, 4,
                         new QTableWidgetItem(QLocale().toString(hallTime::local(fromStoredTime(d.createdAt)),
                                                                 QStringLiteral("yyyy-MM-dd HH:mm"))));
    }
    m_resend->setEnabled(m_table->rowCount() > 0);
    m_correct->setEnabled(m_table->rowCount() > 0);
}

QString SyncPage::selectedEvent() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, 0) ? m_table->item(row, 0)->data(Qt::UserRole).toString()
                                             : QString();
}

void SyncPage::resendSelected(bool correct)
{
    const QString eventId = selectedEvent();
    if (eventId.isEmpty()) {
        m_message->setText(tr("Choose the refused event first."));
        return;
    }
    QString corrected;
    if (correct) {
        auto payload = m_dead->payload(eventId);
        if (!payload) {
            m_message->setText(payload.error().message);
            return;
        }
        QDialog dialog(this);
        dialog.setObjectName(QStringLiteral("correctEventDialog"));
        dialog.setWindowTitle(tr("Correct the refused event"));
        auto *edit = new QPlainTextEdit(payload.value(), &dialog);
        edit->setObjectName(QStringLiteral("eventJson"));
        auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        auto *layout = new QVBoxLayout(&dialog);
        layout->addWidget(
            new QLabel(tr("Correct the data the platform refused; the event's identity stays."), &dialog));
        layout->addWidget(edit, 1);
        layout->addWidget(box);
        dialog.resize(720, 560);
        if (dialog.exec() != QDialog::Accepted)
            return;
        corrected = edit->toPlainText();
    }
    auto done = m_dead->resend(eventId, corrected);
    m_message->setText(done ? tr("The event goes to the platform again.") : done.error().message);
    reload();
}

} // namespace yc
