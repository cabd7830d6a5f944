// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeedbackPanel.h"

#include "FeedbackCommands.h"
#include "FeedbackDialog.h"
#include "IconProvider.h"
#include "MessageBar.h"
#include "PlainToolTips.h"
#include "Theme.h"
#include "io/CsvReader.h"
#include "io/IncidentCsvMapping.h"
#include "rules/ClosureRules.h"
#include "services/Document.h"
#include "services/FeedbackService.h"
#include "services/IncidentService.h"
#include "services/LifecycleService.h"

#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace slipway::ui {
namespace {

QString utcText(qint64 secs) {
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC)
        .toString(QStringLiteral("ddd d MMM yyyy HH:mm 'UTC'"));
}

QLabel* sectionTitle(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setFont(Theme::sectionFont());
    return label;
}

QLabel* guidance(const QString& name, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setMargin(Theme::space(1));
    label->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::muted().name()));
    return label;
}

// A read-only table whose `stretch` column takes the spare width and wraps; rows grow to their
// wrapped text whenever a column's width changes.
QTableWidget* table(const QString& name, const QStringList& headers, int stretch, QWidget* parent) {
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->setWordWrap(true);
    t->verticalHeader()->hide();
    t->setTextElideMode(Qt::ElideNone);
    t->horizontalHeader()->setStretchLastSection(false);
    t->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    t->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Once the header has settled: during a layout pass the widths are still moving.
    QObject::connect(t->horizontalHeader(), &QHeaderView::sectionResized, t,
                     [t] { QTimer::singleShot(0, t, [t] { t->resizeRowsToContents(); }); });
    // Titles, teams and what they said, as written: markup in them is shown, not rendered.
    PlainToolTips::install(t);
    return t;
}

QTableWidgetItem* cell(const QString& text, const QString& tip = {}) {
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(tip.isEmpty() ? text : tip);
    return item;
}

QString hoursText(qint64 secs) {
    const qint64 minutes = secs / 60;
    if (minutes < 60)
        return FeedbackPanel::tr("%n min", nullptr, int(minutes));
    return FeedbackPanel::tr("%1 h %2 min")
        .arg(minutes / 60)
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QColor severityColour(FeedbackSeverity s) {
    switch (s) {
    case FeedbackSeverity::Critical:
    case FeedbackSeverity::High:
        return Theme::danger();
    case FeedbackSeverity::Medium:
        return Theme::warning();
    case FeedbackSeverity::Low:
        break;
    }
    return Theme::muted();
}

} // namespace

FeedbackPanel::FeedbackPanel(Document& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document) {
    setObjectName(QStringLiteral("feedbackPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, Theme::space(1), 0, 0);
    layout->setSpacing(Theme::space(1));
    m_messages = new MessageBar(QStringLiteral("feedbackMessages"), this);
    layout->addWidget(m_messages);

    m_countdown = new QLabel(this);
    m_countdown->setObjectName(QStringLiteral("feedbackCountdown"));
    m_countdown->setWordWrap(true);
    m_countdown->setTextFormat(Qt::PlainText);
    layout->addWidget(m_countdown);
    m_tick = new QTimer(this);
    m_tick->setInterval(60 * 1000);
    connect(m_tick, &QTimer::timeout, this, &FeedbackPanel::updateCountdown);

    // Support feedback.
    auto* feedbackBar = new QHBoxLayout;
    feedbackBar->addWidget(sectionTitle(tr("Support feedback"), this));
    feedbackBar->addStretch(1);
    m_add = new QPushButton(IconProvider::icon(QStringLiteral("add")), tr("Add…"), this);
    m_add->setObjectName(QStringLiteral("feedbackAdd"));
    m_edit = new QPushButton(IconProvider::icon(QStringLiteral("edit")), tr("Edit…"), this);
    m_edit->setObjectName(QStringLiteral("feedbackEdit"));
    m_remove = new QPushButton(IconProvider::icon(QStringLiteral("delete")), tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("feedbackRemove"));
    for (QPushButton* b : {m_add, m_edit, m_remove})
        feedbackBar->addWidget(b);
    layout->addLayout(feedbackBar);
    m_feedbackPages = new QStackedWidget(this);
    m_feedback = table(QStringLiteral("feedbackTable"),
                       {tr("Reported (UTC)"), tr("Team"), tr("Severity"), tr("What")}, 3, this);
    m_feedbackEmpty = guidance(QStringLiteral("feedbackEmpty"), this);
    m_feedbackPages->addWidget(m_feedback);
    m_feedbackPages->addWidget(m_feedbackEmpty);
    layout->addWidget(m_feedbackPages, 1);
    connect(m_add, &QPushButton::clicked, this, &FeedbackPanel::addEntry);
    connect(m_edit, &QPushButton::clicked, this, &FeedbackPanel::editEntry);
    connect(m_remove, &QPushButton::clicked, this, &FeedbackPanel::removeEntry);
    connect(m_feedback, &QTableWidget::itemSelectionChanged, this, &FeedbackPanel::updateButtons);
    connect(m_feedback, &QTableWidget::cellDoubleClicked, this, [this] {
        if (m_editable)
            editEntry();
    });

    // Correlated incidents.
    auto* incidentBar = new QHBoxLayout;
    incidentBar->addWidget(sectionTitle(tr("Correlated incidents"), this));
    incidentBar->addStretch(1);
    m_import =
        new QPushButton(IconProvider::icon(QStringLiteral("open")), tr("Import incidents…"), this);
    m_import->setObjectName(QStringLiteral("incidentImport"));
    m_import->setToolTip(tr("A CSV export of ServiceNow, Jira Service Management or PagerDuty "
                            "incidents. An incident number already imported is updated."));
    incidentBar->addWidget(m_import);
    layout->addLayout(incidentBar);
    m_incidentSummary = guidance(QStringLiteral("incidentSummary"), this);
    m_incidentSummary->setMargin(0);
    layout->addWidget(m_incidentSummary);
    m_incidentPages = new QStackedWidget(this);
    m_incidentTable = table(QStringLiteral("incidentTable"),
                            {tr("Number"), tr("Opened (UTC)"), tr("Priority"), tr("Title"),
                             tr("Matched on"), tr("Pattern"), tr("State")},
                            3, this);
    m_incidentsEmpty = guidance(QStringLiteral("incidentsEmpty"), this);
    m_incidentPages->addWidget(m_incidentTable);
    m_incidentPages->addWidget(m_incidentsEmpty);
    layout->addWidget(m_incidentPages, 1);
    connect(m_import, &QPushButton::clicked, this, &FeedbackPanel::chooseIncidentFile);

    connect(&m_document, &Document::modified, this, &FeedbackPanel::reload);
    connect(&m_document, &Document::changedElsewhere, this, &FeedbackPanel::reload);
    m_messages->hide();
    reload();
}

void FeedbackPanel::setRelease(qint64 releaseId) {
    if (releaseId != m_releaseId)
        m_messages->hide();
    m_releaseId = releaseId;
    reload();
}

void FeedbackPanel::setEditable(bool editable) {
    m_editable = editable;
    updateButtons();
}

void FeedbackPanel::fail(const QString& message) {
    m_messages->showMessage(MessageBar::Kind::Error, message);
}

void FeedbackPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

// Read only while shown: a hidden tab is brought up to date when it is shown again.
void FeedbackPanel::reload() {
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    m_deployedAt = 0;
    m_entries.clear();
    m_incidents.clear();
    if (m_releaseId > 0) {
        if (auto facts = m_document.lifecycle().facts(m_releaseId))
            m_deployedAt = facts->firstProductionAt;
        if (auto entries = m_document.feedback().forRelease(m_releaseId))
            m_entries = entries.value();
        else
            fail(entries.error().message);
        if (auto incidents = m_document.incidents().correlated(m_releaseId))
            m_incidents = incidents.value();
        else
            fail(incidents.error().message);
    }
    updateCountdown();
    fillFeedback();
    fillIncidents();
    updateButtons();
}

void FeedbackPanel::updateCountdown() {
    if (m_releaseId <= 0) {
        m_countdown->hide();
        m_tick->stop();
        return;
    }
    m_countdown->show();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 end = feedbackWindowEnd(m_deployedAt);
    if (m_deployedAt <= 0) {
        m_countdown->setStyleSheet(Theme::bannerStyleSheet(Theme::muted()));
        m_countdown->setText(tr("Not in production yet: the %1-hour feedback window opens at "
                                "the release's first production deployment.")
                                 .arg(kFeedbackHours));
        m_tick->stop();
    } else if (now < end) {
        m_countdown->setStyleSheet(Theme::bannerStyleSheet(Theme::accent()));
        m_countdown->setText(tr("Feedback window open: %1 left of the %2 hours after the "
                                "production deployment; it ends %3.")
                                 .arg(hoursText(end - now))
                                 .arg(kFeedbackHours)
                                 .arg(utcText(end)));
        m_tick->start();
    } else {
        m_countdown->setStyleSheet(Theme::bannerStyleSheet(Theme::success()));
        m_countdown->setText(tr("Feedback window closed %1, %2 hours after the production "
                                "deployment of %3.")
                                 .arg(utcText(end))
                                 .arg(kFeedbackHours)
                                 .arg(utcText(m_deployedAt)));
        m_tick->stop();
    }
}

void FeedbackPanel::fillFeedback() {
    m_feedback->setRowCount(0);
    if (m_entries.isEmpty()) {
        m_feedbackEmpty->setText(
            m_releaseId <= 0
                ? tr("Choose a release on the left to see its support feedback.")
                : tr("No feedback recorded. Add what the service desk, operations and customer "
                     "teams report in the %1 hours after the deployment: with the incidents "
                     "below it is what the review and the closure record draw on.")
                      .arg(kFeedbackHours));
        m_feedbackPages->setCurrentWidget(m_feedbackEmpty);
        return;
    }
    m_feedbackPages->setCurrentWidget(m_feedback);
    m_feedback->setRowCount(int(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row) {
        const FeedbackEntry& e = m_entries[row];
        m_feedback->setItem(row, 0,
                            cell(QDateTime::fromSecsSinceEpoch(e.reportedAt, Qt::UTC)
                                     .toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        m_feedback->setItem(row, 1, cell(e.team));
        auto* severity = cell(displayName(e.severity));
        severity->setForeground(severityColour(e.severity));
        m_feedback->setItem(row, 2, severity);
        m_feedback->setItem(row, 3, cell(e.what));
        m_feedback->item(row, 0)->setData(Qt::UserRole, e.id);
    }
    for (int c = 0; c < 3; ++c)
        m_feedback->resizeColumnToContents(c);
    m_feedback->resizeRowsToContents();
}

void FeedbackPanel::fillIncidents() {
    m_incidentTable->setRowCount(0);
    int newPatterns = 0;
    for (const CorrelatedIncident& c : std::as_const(m_incidents))
        newPatterns += c.newPattern;
    m_incidentSummary->setVisible(!m_incidents.isEmpty());
    m_incidentSummary->setText(
        tr("%n incident(s) opened in the feedback window on this release's services or "
           "configuration items",
           nullptr, int(m_incidents.size())) +
        (newPatterns > 0 ? tr("; %n of them a new pattern (a category or item not seen in the "
                              "30 days before the deployment).",
                              nullptr, newPatterns)
                         : tr("; none is a new pattern.")));
    if (m_incidents.isEmpty()) {
        m_incidentsEmpty->setText(
            m_releaseId <= 0 ? QString()
            : m_deployedAt <= 0
                ? tr("Incidents are matched with a release once it is in production: those "
                     "opened in its %1 hours on its services or configuration items.")
                      .arg(kFeedbackHours)
                : tr("No incident opened in the feedback window matches this release's "
                     "services or configuration items. Import the service desk's CSV export "
                     "(ServiceNow, Jira Service Management, PagerDuty) to bring its incidents "
                     "in; they are matched by service and configuration item."));
        m_incidentPages->setCurrentWidget(m_incidentsEmpty);
        return;
    }
    m_incidentPages->setCurrentWidget(m_incidentTable);
    m_incidentTable->setRowCount(int(m_incidents.size()));
    for (int row = 0; row < m_incidents.size(); ++row) {
        const CorrelatedIncident& c = m_incidents[row];
        const Incident& i = c.incident;
        m_incidentTable->setItem(row, 0, cell(i.number, displayName(i.source)));
        m_incidentTable->setItem(row, 1,
                                 cell(tr("%1 (+%2 h)")
                                          .arg(QDateTime::fromSecsSinceEpoch(i.openedAt, Qt::UTC)
                                                   .toString(QStringLiteral("d MMM HH:mm")))
                                          .arg(c.hoursAfterDeployment),
                                      QDateTime::fromSecsSinceEpoch(i.openedAt, Qt::UTC)
                                          .toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))));
        auto* priority = cell(i.priority.isEmpty() ? tr("severity %1").arg(i.severity) : i.priority,
                              tr("Severity %1 of 5 (1 is the highest)").arg(i.severity));
        if (i.severity <= 2)
            priority->setForeground(Theme::danger());
        m_incidentTable->setItem(row, 2, priority);
        m_incidentTable->setItem(row, 3, cell(i.title));
        m_incidentTable->setItem(row, 4, cell(c.matchedOn));
        auto* pattern = cell(c.newPattern ? tr("⚑ New pattern") : tr("Seen before"),
                             c.newPattern ? c.newPatternReason
                                          : tr("Its category and configuration item occurred in "
                                               "the 30 days before the deployment."));
        if (c.newPattern) {
            pattern->setForeground(Theme::danger());
            QFont bold = pattern->font();
            bold.setBold(true);
            pattern->setFont(bold);
        } else {
            pattern->setForeground(Theme::muted());
        }
        m_incidentTable->setItem(row, 5, pattern);
        QString state = i.state;
        if (i.resolvedAt)
            state = tr("%1, resolved %2")
                        .arg(i.state.isEmpty() ? tr("resolved") : i.state,
                             QDateTime::fromSecsSinceEpoch(*i.resolvedAt, Qt::UTC)
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        m_incidentTable->setItem(row, 6, cell(state.isEmpty() ? tr("open") : state));
    }
    // Every column but the title as wide as it needs, the long ones capped (their whole text
    // in the tooltip); the title takes what is left and wraps.
    const int cap = fontMetrics().horizontalAdvance(u'M') * 14;
    for (int c : {0, 1, 2, 4, 5, 6}) {
        m_incidentTable->resizeColumnToContents(c);
        if (m_incidentTable->columnWidth(c) > cap)
            m_incidentTable->setColumnWidth(c, cap);
    }
    m_incidentTable->resizeRowsToContents();
}

void FeedbackPanel::updateButtons() {
    const bool can = m_editable && m_releaseId > 0;
    const bool selected = selectedEntry() != nullptr;
    m_add->setEnabled(can);
    m_edit->setEnabled(can && selected);
    m_remove->setEnabled(can && selected);
    m_import->setEnabled(m_editable);
    const QString readOnly = m_editable ? QString() : tr("The file is open read-only.");
    for (QPushButton* b : {m_add, m_edit, m_remove})
        b->setToolTip(readOnly);
}

const FeedbackEntry* FeedbackPanel::selectedEntry() const {
    const QList<QTableWidgetItem*> items = m_feedback->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const int row = items.first()->row();
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

void FeedbackPanel::addEntry() {
    if (!m_editable || m_releaseId <= 0)
        return;
    FeedbackEntry entry;
    entry.releaseId = m_releaseId;
    entry.reportedAt = QDateTime::currentSecsSinceEpoch();
    auto* dialog = new FeedbackDialog(entry, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_messages->hide();
        m_document.undoStack()->push(new AddFeedbackCommand(m_document.feedback(), dialog->entry(),
                                                            [this](const QString& m) { fail(m); }));
    });
    dialog->open();
}

void FeedbackPanel::editEntry() {
    const FeedbackEntry* selected = selectedEntry();
    if (!m_editable || !selected)
        return;
    const FeedbackEntry before = *selected;
    auto* dialog = new FeedbackDialog(before, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, before] {
        m_messages->hide();
        m_document.undoStack()->push(new EditFeedbackCommand(
            m_document.feedback(), before, dialog->entry(), [this](const QString& m) { fail(m); }));
    });
    dialog->open();
}

void FeedbackPanel::removeEntry() {
    const FeedbackEntry* selected = selectedEntry();
    if (!m_editable || !selected)
        return;
    m_messages->hide();
    m_document.undoStack()->push(new RemoveFeedbackCommand(m_document.feedback(), *selected,
                                                           [this](const QString& m) { fail(m); }));
}

void FeedbackPanel::chooseIncidentFile() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import incidents"), QString(), tr("Service desk exports (*.csv);;All files (*)"));
    if (!path.isEmpty())
        importIncidents(path);
}

bool FeedbackPanel::importIncidents(const QString& path) {
    if (!m_editable)
        return false;
    m_messages->hide();
    const QString shown = QFileInfo(path).fileName();
    bool windows1252 = false;
    auto table = CsvReader::readLenient(path, &windows1252);
    if (!table) {
        fail(table.error().message);
        return false;
    }
    auto mapping = IncidentCsvMapping::forTable(table.value(), QString(), shown);
    if (!mapping) {
        fail(mapping.error().message);
        return false;
    }
    // A refused file is rolled back whole, after every row has been checked.
    auto outcome = m_document.incidents().import(table.value(), mapping.value(), shown,
                                                 table->sha256().toLatin1(), false);
    if (!outcome) {
        fail(outcome.error().message);
        return false;
    }
    if (outcome->refused) {
        QStringList lines;
        lines << tr("%1: %2 of its %3 rows cannot be imported, so nothing was.")
                     .arg(shown)
                     .arg(outcome->problems.size())
                     .arg(outcome->total);
        const int kShown = 5;
        lines << outcome->problems.mid(0, kShown);
        if (outcome->problems.size() > kShown)
            lines << tr("… and %n more.", nullptr, int(outcome->problems.size() - kShown));
        fail(lines.join(u'\n'));
        return false;
    }
    const QString source = outcome->sourceName;
    QString text = tr("%1 (%2): %3 created, %4 updated, %5 unchanged.")
                       .arg(shown, source)
                       .arg(outcome->created)
                       .arg(outcome->updated)
                       .arg(outcome->unchanged);
    if (windows1252)
        text += u' ' + tr("Not valid UTF-8; read as Windows-1252.");
    m_messages->showMessage(MessageBar::Kind::Success, text);
    return true;
}

} // namespace slipway::ui
