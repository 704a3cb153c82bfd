#include "unresolvedregisterpage.h"

#include "app/core/clientcontext.h"
#include "app/core/session.h"
#include "catalog/catalogrepository.h"
#include "core/clock.h"
#include "widgets/unresolved/unresolvedentrydialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace yc {

namespace {

using Kind = UnresolvedRegister::StepKind;

const QColor overdueColour(0xb0, 0x00, 0x20);
const QString otherUnit = QStringLiteral("*other");

QString when(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(hallTime::local(utc), QStringLiteral("yyyy-MM-dd HH:mm"))
                         : QString();
}

QString day(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

enum Column
{
    ColNo,
    ColRecorded,
    ColReporter,
    ColWhat,
    ColClass,
    ColUnit,
    ColDue,
    ColState,
    ColumnCount
};

} // namespace

UnresolvedRegisterPage::UnresolvedRegisterPage(ClientContext &context, const FieldCipher *cipher,
                                               QWidget *parent)
    : QWidget(parent)
    , m_ctx(context)
    , m_register(std::make_unique<UnresolvedRegister>(context.db, cipher))
    , m_catalog(std::make_unique<CatalogRepository>(context.db))
{
    // The filters.
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("unresolvedScope"));
    m_scope->addItem(tr("Open"), int(UnresolvedRegister::Filter::Scope::Open));
    m_scope->addItem(tr("Overdue"), int(UnresolvedRegister::Filter::Scope::Overdue));
    m_scope->addItem(tr("All, closed too"), int(UnresolvedRegister::Filter::Scope::All));
    m_mine = new QCheckBox(tr("Only what I recorded"), this);
    m_mine->setObjectName(QStringLiteral("unresolvedMine"));
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("unresolvedCategory"));
    m_category->addItem(tr("Every class"), QString());
    for (const QString &code : UnresolvedRegister::categoryCodes())
        m_category->addItem(UnresolvedRegister::categoryLabel(code), code);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &UnresolvedRegisterPage::reload);
    connect(m_mine, &QCheckBox::toggled, this, &UnresolvedRegisterPage::reload);
    connect(m_category, &QComboBox::currentIndexChanged, this, &UnresolvedRegisterPage::reload);
    auto *add = new QPushButton(tr("Record new…"), this);
    add->setObjectName(QStringLiteral("unresolvedNew"));
    connect(add, &QPushButton::clicked, this, &UnresolvedRegisterPage::newEntry);

    // The list.
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("unresolvedEntries"));
    m_table->setHorizontalHeaderLabels({tr("Number"), tr("Recorded"), tr("Reported by"),
                                        tr("What could not be done"), tr("Class"), tr("Responsible unit"),
                                        tr("Due"), tr("State")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ColWhat, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UnresolvedRegisterPage::showEntry);

    // The selected entry.
    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("unresolvedDetails"));
    m_details->setOpenLinks(false);
    m_showFull = new QPushButton(tr("Show full personal details"), this);
    m_showFull->setObjectName(QStringLiteral("unresolvedShowFull"));
    m_showFull->setToolTip(tr("The reading is recorded in the audit log."));
    connect(m_showFull, &QPushButton::clicked, this, &UnresolvedRegisterPage::showFull);
    m_full = new QLabel(this);
    m_full->setObjectName(QStringLiteral("unresolvedFull"));
    m_full->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_full->setWordWrap(true);

    // The next step.
    m_step = new QComboBox(this);
    m_step->setObjectName(QStringLiteral("unresolvedStep"));
    connect(m_step, &QComboBox::currentIndexChanged, this, &UnresolvedRegisterPage::stepChanged);
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("unresolvedUnit"));
    if (auto units = m_register->units()) {
        for (const auto &u : units.value())
            m_unit->addItem(u.name, u.code);
    }
    m_unit->addItem(tr("Another unit (write its name)"), otherUnit);
    m_unitName = new QLineEdit(this);
    m_unitName->setObjectName(QStringLiteral("unresolvedUnitName"));
    m_unitName->setMaxLength(200);
    m_unitName->setPlaceholderText(tr("Name of a unit outside the catalog"));
    connect(m_unit, &QComboBox::currentIndexChanged, this, &UnresolvedRegisterPage::stepChanged);
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("unresolvedChannel"));
    for (const QString &code : UnresolvedRegister::feedbackChannels())
        m_channel->addItem(UnresolvedRegister::channelLabel(code), code);
    m_result = new QComboBox(this);
    m_result->setObjectName(QStringLiteral("unresolvedResult"));
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("unresolvedNote"));
    m_note->setMaximumHeight(80);
    m_record = new QPushButton(tr("Record step"), this);
    m_record->setObjectName(QStringLiteral("unresolvedRecord"));
    connect(m_record, &QPushButton::clicked, this, &UnresolvedRegisterPage::recordStep);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("unresolvedMessage"));
    m_message->setWordWrap(true);
    m_figures = new QLabel(this);
    m_figures->setObjectName(QStringLiteral("unresolvedFigures"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:"), this));
    filters->addWidget(m_scope);
    filters->addWidget(m_category);
    filters->addWidget(m_mine);
    filters->addStretch(1);
    filters->addWidget(m_figures);
    filters->addWidget(add);

    auto *stepForm = new QFormLayout;
    stepForm->addRow(tr("Next step"), m_step);
    stepForm->addRow(tr("Unit"), m_unit);
    stepForm->addRow(QString(), m_unitName);
    stepForm->addRow(tr("How"), m_channel);
    stepForm->addRow(tr("Answer"), m_result);
    stepForm->addRow(tr("Note"), m_note);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_details, 1);
    rightLayout->addWidget(m_showFull, 0, Qt::AlignLeft);
    rightLayout->addWidget(m_full);
    rightLayout->addLayout(stepForm);
    rightLayout->addWidget(m_record, 0, Qt::AlignRight);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addWidget(m_message);
    reload();
}

UnresolvedRegisterPage::~UnresolvedRegisterPage() = default;

void UnresolvedRegisterPage::showEvent(QShowEvent *event)
{
    reload();
    QWidget::showEvent(event);
}

UnresolvedRegister::Actor UnresolvedRegisterPage::actor() const
{
    if (!m_ctx.session || !m_ctx.session->isLoggedIn())
        return {};
    return {m_ctx.session->staff().staffNo, m_ctx.session->windowNo(),
            m_ctx.session->hasRole(QStringLiteral("supervisor"))};
}

qint64 UnresolvedRegisterPage::selectedEntry() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, ColNo) ? m_table->item(row, ColNo)->data(Qt::UserRole).toLongLong()
                                                 : 0;
}

void UnresolvedRegisterPage::reload()
{
    UnresolvedRegister::Filter filter;
    filter.scope = UnresolvedRegister::Filter::Scope(m_scope->currentData().toInt());
    filter.category = m_category->currentData().toString();
    if (m_mine->isChecked())
        filter.registeredBy = actor().staffNo;
    const QDate today = m_register->today();
    if (auto f = m_register->figures(QDate(today.year(), today.month(), 1), today, today)) {
        m_figures->setText(tr("This month: %1 recorded, %2 closed (%3 on time), %4 overdue")
                               .arg(f->opened)
                               .arg(f->closed)
                               .arg(f->closedOnTime)
                               .arg(f->overdue));
    }
    auto entries = m_register->list(filter, today);
    const qint64 keep = selectedEntry();
    const QSignalBlocker block(m_table);
    m_table->setRowCount(0);
    if (!entries) {
        m_message->setText(entries.error().message);
        return;
    }
    for (const auto &e : entries.value()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *number = new QTableWidgetItem(e.entryNo);
        number->setData(Qt::UserRole, e.id);
        m_table->setItem(row, ColNo, number);
        m_table->setItem(row, ColRecorded, new QTableWidgetItem(when(e.registeredUtc)));
        m_table->setItem(row, ColReporter, new QTableWidgetItem(e.nameMasked));
        m_table->setItem(row, ColWhat, new QTableWidgetItem(e.what.simplified()));
        m_table->setItem(row, ColClass, new QTableWidgetItem(UnresolvedRegister::categoryLabel(e.category)));
        m_table->setItem(row, ColUnit, new QTableWidgetItem(e.unitName));
        m_table->setItem(row, ColDue, new QTableWidgetItem(day(e.dueOn)));
        QString state = UnresolvedRegister::stateLabel(e.state);
        if (e.overdue)
            state += tr(" · overdue");
        m_table->setItem(row, ColState, new QTableWidgetItem(state));
        if (e.overdue) {
            for (int c = 0; c < ColumnCount; ++c)
                m_table->item(row, c)->setForeground(overdueColour);
            m_table->item(row, ColDue)->setToolTip(tr("Past its deadline"));
        }
        if (e.id == keep)
            m_table->selectRow(row);
    }
    if (m_table->rowCount() == 0)
        m_details->setPlainText(tr("Nothing in the register for this choice."));
    showEntry();
}

void UnresolvedRegisterPage::showEntry()
{
    m_full->clear();
    const qint64 id = selectedEntry();
    m_showFull->setEnabled(id != 0);
    m_step->clear();
    if (id == 0) {
        stepChanged();
        return;
    }
    auto e = m_register->entry(id, m_register->today());
    auto steps = m_register->steps(id);
    if (!e || !steps) {
        m_details->setPlainText(!e ? e.error().message : steps.error().message);
        stepChanged();
        return;
    }
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing=4>").arg(esc(e->entryNo));
    const auto row = [&html](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(label), esc(value));
    };
    row(tr("Reported by"), e->reporterKind == u"legal" ? e->nameMasked + tr(" (enterprise)") : e->nameMasked);
    row(tr("ID number"), e->idMasked);
    row(tr("Phone"), e->phoneMasked);
    row(tr("Matter"), e->matterName);
    row(tr("What could not be done"), e->what);
    row(tr("Class"), UnresolvedRegister::categoryLabel(e->category));
    row(tr("Responsible unit"), e->unitName);
    row(tr("Due"), tr("%1 (%n working day(s) from recording)", nullptr, e->deadlineDays).arg(day(e->dueOn)));
    row(tr("State"), UnresolvedRegister::stateLabel(e->state) + (e->overdue ? tr(" · overdue") : QString()));
    if (!e->spotCheckResult.isEmpty())
        row(tr("Spot check"), UnresolvedRegister::resultLabel(e->spotCheckResult));
    html += QStringLiteral("</table><h4>%1</h4><ul>").arg(esc(tr("History")));
    for (const auto &s : steps.value()) {
        QStringList parts{when(s.atUtc), UnresolvedRegister::stepLabel(s.kind), s.staffNo};
        if (!s.unitName.isEmpty())
            parts << s.unitName;
        if (!s.channel.isEmpty())
            parts << UnresolvedRegister::channelLabel(s.channel);
        if (!s.result.isEmpty())
            parts << UnresolvedRegister::resultLabel(s.result);
        html += QStringLiteral("<li>%1").arg(esc(parts.join(QStringLiteral(" · "))));
        if (!s.note.isEmpty())
            html += QStringLiteral("<br>%1").arg(esc(s.note));
        html += QStringLiteral("</li>");
    }
    html += QStringLiteral("</ul>");
    m_details->setHtml(html);
    addStepChoices(e.value());
    stepChanged();
}

void UnresolvedRegisterPage::addStepChoices(const UnresolvedRegister::Entry &e)
{
    // Only the steps the entry's state allows; the register checks again.
    const bool concluded = e.state == u"resolved" || e.state == u"unresolvable";
    if (e.state == u"closed") {
        if (actor().supervisor && e.spotCheckResult != u"confirmed")
            m_step->addItem(UnresolvedRegister::stepLabel(QStringLiteral("spot_check")),
                            int(Kind::SpotCheck));
    } else if (concluded) {
        m_step->addItem(UnresolvedRegister::stepLabel(QStringLiteral("feedback")), int(Kind::Feedback));
    } else {
        m_step->addItem(e.unitName.isEmpty() ? tr("Assign to a unit (分类处置)") : tr("Move to another unit"),
                        int(Kind::Assign));
        if (e.state == u"assigned" || e.state == u"replied")
            m_step->addItem(UnresolvedRegister::stepLabel(QStringLiteral("reply")), int(Kind::Reply));
        m_step->addItem(UnresolvedRegister::stepLabel(QStringLiteral("resolve")), int(Kind::Resolve));
        m_step->addItem(UnresolvedRegister::stepLabel(QStringLiteral("unresolvable")),
                        int(Kind::Unresolvable));
    }
}

void UnresolvedRegisterPage::stepChanged()
{
    const bool any = m_step->count() > 0;
    const auto kind = Kind(m_step->currentData().toInt());
    const bool assign = any && kind == Kind::Assign;
    const bool feedback = any && kind == Kind::Feedback;
    const bool spotCheck = any && kind == Kind::SpotCheck;
    m_unit->setEnabled(assign);
    m_unitName->setEnabled(assign && m_unit->currentData().toString() == otherUnit);
    m_channel->setEnabled(feedback);
    m_result->setEnabled(feedback || spotCheck);
    m_note->setEnabled(any);
    m_record->setEnabled(any);
    const QStringList results = feedback    ? UnresolvedRegister::feedbackResults()
                                : spotCheck ? UnresolvedRegister::spotCheckResults()
                                            : QStringList();
    const QString current = m_result->currentData().toString();
    m_result->clear();
    for (const QString &code : results)
        m_result->addItem(UnresolvedRegister::resultLabel(code), code);
    if (const int i = m_result->findData(current); i >= 0)
        m_result->setCurrentIndex(i);
    switch (kind) {
    case Kind::Assign:
        m_note->setPlaceholderText(tr("What the unit is asked to do"));
        break;
    case Kind::Reply:
        m_note->setPlaceholderText(tr("What the unit answered"));
        break;
    case Kind::Resolve:
        m_note->setPlaceholderText(tr("How it was resolved"));
        break;
    case Kind::Unresolvable:
        m_note->setPlaceholderText(tr("Why it cannot be resolved, and what the citizen can do instead"));
        break;
    case Kind::Feedback:
        m_note->setPlaceholderText(tr("What the citizen was told and said"));
        break;
    case Kind::SpotCheck:
        m_note->setPlaceholderText(tr("What the call back to the citizen found"));
        break;
    }
    if (!any)
        m_note->setPlaceholderText(selectedEntry() == 0 ? tr("Choose an entry in the list.")
                                                        : tr("No further step: the entry is closed."));
}

void UnresolvedRegisterPage::recordStep()
{
    const qint64 id = selectedEntry();
    if (id == 0 || m_step->count() == 0) {
        m_message->setText(tr("Choose an entry first."));
        return;
    }
    UnresolvedRegister::Step step;
    step.kind = Kind(m_step->currentData().toInt());
    step.note = m_note->toPlainText();
    if (step.kind == Kind::Assign) {
        const QString unit = m_unit->currentData().toString();
        if (unit == otherUnit)
            step.unitName = m_unitName->text();
        else
            step.unitCode = unit;
    }
    if (step.kind == Kind::Feedback)
        step.channel = m_channel->currentData().toString();
    if (step.kind == Kind::Feedback || step.kind == Kind::SpotCheck)
        step.result = m_result->currentData().toString();
    auto applied = m_register->apply(id, step, actor());
    if (!applied) {
        m_message->setText(applied.error().message);
        return;
    }
    m_note->clear();
    m_unitName->clear();
    m_message->setText(tr("Recorded."));
    reload();
}

void UnresolvedRegisterPage::showFull()
{
    const qint64 id = selectedEntry();
    if (id == 0)
        return;
    auto full = m_register->readReporter(id, actor());
    if (!full) {
        m_message->setText(full.error().message);
        return;
    }
    QStringList parts{full->name};
    if (!full->idNumber.isEmpty())
        parts << full->idNumber;
    if (!full->phone.isEmpty())
        parts << full->phone;
    m_full->setText(parts.join(QStringLiteral("  ")));
}

void UnresolvedRegisterPage::newEntry()
{
    UnresolvedEntryDialog dialog(*m_register, *m_catalog, actor(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const UnresolvedRegister::Entry &e = dialog.recorded();
    m_message->setText(tr("Recorded as %1. Give the citizen this number; the answer is due by %2.")
                           .arg(e.entryNo, day(e.dueOn)));
    // Show it even when the filters would hide it.
    const QSignalBlocker blockScope(m_scope);
    const QSignalBlocker blockCategory(m_category);
    const QSignalBlocker blockMine(m_mine);
    m_scope->setCurrentIndex(0);
    m_category->setCurrentIndex(0);
    m_mine->setChecked(false);
    reload();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, ColNo)->data(Qt::UserRole).toLongLong() == e.id)
            m_table->selectRow(row);
    }
}

} // namespace yc
