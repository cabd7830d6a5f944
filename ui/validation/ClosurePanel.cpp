// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClosurePanel.h"

#include "ChecklistDialog.h"
#include "ClosureCommands.h"
#include "IconProvider.h"
#include "MessageBar.h"
#include "PlainToolTips.h"
#include "Theme.h"
#include "io/CmdbRecordWriter.h"
#include "releases/ReleaseCommands.h"
#include "services/ClosureService.h"
#include "services/Document.h"
#include "services/LifecycleService.h"
#include "services/ReleaseService.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace slipway::ui {
namespace {

QLabel* sectionTitle(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setFont(Theme::sectionFont());
    return label;
}

QLabel* plainLabel(const QString& name, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString muted() {
    return QStringLiteral("color: %1;").arg(Theme::muted().name());
}

} // namespace

ClosurePanel::ClosurePanel(Document& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document) {
    setObjectName(QStringLiteral("closurePanel"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, Theme::space(1), 0, 0);
    m_messages = new MessageBar(QStringLiteral("closureMessages"), this);
    outer->addWidget(m_messages);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* page = new QWidget(scroll);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, Theme::space(1), 0);
    layout->setSpacing(Theme::space(1));
    scroll->setWidget(page);
    outer->addWidget(scroll, 1);

    m_status = plainLabel(QStringLiteral("closureStatus"), page);
    layout->addWidget(m_status);

    // The checklist.
    layout->addWidget(
        sectionTitle(tr("Before closing: what others rely on, brought up to date"), page));
    m_grid = new QGridLayout;
    m_grid->setHorizontalSpacing(Theme::space(1));
    m_grid->setVerticalSpacing(Theme::space(1) / 2);
    m_grid->setColumnStretch(1, 1);
    int row = 0;
    for (ChecklistKey key : allChecklistKeys()) {
        const QString k = toKey(key);
        auto* name = new QLabel(displayName(key), page);
        name->setObjectName(QStringLiteral("checklistName_") + k);
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        m_grid->addWidget(name, row, 0);
        m_grid->addWidget(plainLabel(QStringLiteral("checklistState_") + k, page), row, 1);
        auto* tick =
            new QPushButton(IconProvider::icon(QStringLiteral("verify")), tr("Tick…"), page);
        tick->setObjectName(QStringLiteral("checklistTick_") + k);
        tick->setToolTip(tr("Done: give the link or commit that shows the update."));
        auto* na = new QPushButton(tr("Not applicable…"), page);
        na->setObjectName(QStringLiteral("checklistNa_") + k);
        na->setToolTip(tr("Nothing to update here: say why."));
        auto* reopen = new QPushButton(tr("Reopen"), page);
        reopen->setObjectName(QStringLiteral("checklistReopen_") + k);
        m_grid->addWidget(tick, row, 2);
        m_grid->addWidget(na, row, 3);
        m_grid->addWidget(reopen, row, 4);
        connect(tick, &QPushButton::clicked, this,
                [this, key] { settle(key, ChecklistItem::State::Done); });
        connect(na, &QPushButton::clicked, this,
                [this, key] { settle(key, ChecklistItem::State::NotApplicable); });
        connect(reopen, &QPushButton::clicked, this,
                [this, key] { settle(key, ChecklistItem::State::Open); });
        ++row;
    }
    layout->addLayout(m_grid);

    // What closing needs, and the button.
    m_closeBox = new QWidget(page);
    auto* closeLayout = new QVBoxLayout(m_closeBox);
    closeLayout->setContentsMargins(0, Theme::space(1), 0, 0);
    closeLayout->addWidget(sectionTitle(tr("What closing still needs"), m_closeBox));
    m_blockerList = plainLabel(QStringLiteral("closureBlockers"), m_closeBox);
    closeLayout->addWidget(m_blockerList);
    auto* closeRow = new QHBoxLayout;
    m_close = new QPushButton(IconProvider::icon(QStringLiteral("status-closed")),
                              tr("Close release"), m_closeBox);
    m_close->setObjectName(QStringLiteral("closeRelease"));
    m_close->setStyleSheet(Theme::primaryButtonStyleSheet());
    closeRow->addWidget(m_close);
    m_closeReason = plainLabel(QStringLiteral("closeReason"), m_closeBox);
    m_closeReason->setStyleSheet(muted());
    closeRow->addWidget(m_closeReason, 1);
    closeLayout->addLayout(closeRow);
    layout->addWidget(m_closeBox);
    connect(m_close, &QPushButton::clicked, this, &ClosurePanel::closeRelease);

    // The configuration-management record.
    m_recordBox = new QWidget(page);
    auto* recordLayout = new QVBoxLayout(m_recordBox);
    recordLayout->setContentsMargins(0, Theme::space(1), 0, 0);
    auto* recordBar = new QHBoxLayout;
    recordBar->addWidget(sectionTitle(tr("Configuration-management record"), m_recordBox));
    recordBar->addStretch(1);
    m_export = new QPushButton(IconProvider::icon(QStringLiteral("file")),
                               tr("Export CMDB record…"), m_recordBox);
    m_export->setObjectName(QStringLiteral("cmdbExport"));
    m_export->setToolTip(tr("CSV or JSON in the columns a ServiceNow import set takes."));
    recordBar->addWidget(m_export);
    recordLayout->addLayout(recordBar);
    m_recordNote = plainLabel(QStringLiteral("cmdbNote"), m_recordBox);
    m_recordNote->setStyleSheet(muted());
    recordLayout->addWidget(m_recordNote);
    m_record = new QTableWidget(0, 2, m_recordBox);
    m_record->setObjectName(QStringLiteral("cmdbRecord"));
    PlainToolTips::install(m_record);
    m_record->setHorizontalHeaderLabels({tr("Field"), tr("Value")});
    m_record->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_record->setWordWrap(true);
    m_record->setAlternatingRowColors(true);
    m_record->verticalHeader()->hide();
    m_record->horizontalHeader()->setStretchLastSection(true);
    m_record->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_record->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_record->setTextElideMode(Qt::ElideNone);
    // Rows follow the width: a long close_notes wraps, and the table shows every row.
    connect(m_record->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        m_record->resizeRowsToContents();
        fitRecordHeight();
    });
    recordLayout->addWidget(m_record);
    layout->addWidget(m_recordBox);
    layout->addStretch(1);
    connect(m_export, &QPushButton::clicked, this, &ClosurePanel::chooseExportFile);

    connect(&m_document, &Document::modified, this, &ClosurePanel::reload);
    connect(&m_document, &Document::changedElsewhere, this, &ClosurePanel::reload);
    m_messages->hide();
    reload();
}

void ClosurePanel::setRelease(qint64 releaseId) {
    if (releaseId != m_releaseId)
        m_messages->hide();
    m_releaseId = releaseId;
    reload();
}

void ClosurePanel::setEditable(bool editable) {
    m_editable = editable;
    reload();
}

void ClosurePanel::fail(const QString& message) {
    m_messages->showMessage(MessageBar::Kind::Error, message);
}

void ClosurePanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

// Read only while shown: a hidden tab is brought up to date when it is shown again.
void ClosurePanel::reload() {
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    m_release.reset();
    m_items.clear();
    if (m_releaseId > 0) {
        if (auto release = m_document.releases().find(m_releaseId))
            m_release = release.value();
        if (auto items = m_document.closure().checklist(m_releaseId))
            m_items = items.value();
        else
            fail(items.error().message);
    }
    setEnabled(m_release.has_value());
    fillChecklist();
    fillBlockers();
    fillRecord();
}

void ClosurePanel::fillChecklist() {
    const bool closed = m_release && m_release->status == ReleaseStatus::Closed;
    const bool can = m_editable && m_release && !closed;
    for (ChecklistKey key : allChecklistKeys()) {
        const QString k = toKey(key);
        ChecklistItem item;
        item.key = key;
        for (const ChecklistItem& i : std::as_const(m_items))
            if (i.key == key)
                item = i;
        auto* state = findChild<QLabel*>(QStringLiteral("checklistState_") + k);
        QString text;
        QColor colour = Theme::warning();
        switch (item.state) {
        case ChecklistItem::State::Done:
            text = tr("✓ Done: %1").arg(item.reference);
            colour = Theme::success();
            break;
        case ChecklistItem::State::NotApplicable:
            text = tr("– Not applicable: %1").arg(item.reason);
            colour = Theme::muted();
            break;
        case ChecklistItem::State::Open:
            text = tr("Open");
            break;
        }
        if (item.isSettled() && !item.settledBy.isEmpty())
            state->setToolTip(PlainToolTips::shown(
                tr("Settled by %1 at %2 UTC")
                    .arg(item.settledBy, QDateTime::fromSecsSinceEpoch(item.settledAt, Qt::UTC)
                                             .toString(QStringLiteral("yyyy-MM-dd HH:mm")))));
        else
            state->setToolTip(QString());
        state->setText(text);
        state->setStyleSheet(QStringLiteral("color: %1;").arg(colour.name()));
        findChild<QPushButton*>(QStringLiteral("checklistTick_") + k)
            ->setEnabled(can && item.state != ChecklistItem::State::Done);
        findChild<QPushButton*>(QStringLiteral("checklistNa_") + k)
            ->setEnabled(can && item.state != ChecklistItem::State::NotApplicable);
        findChild<QPushButton*>(QStringLiteral("checklistReopen_") + k)
            ->setEnabled(can && item.isSettled());
    }
}

void ClosurePanel::fillBlockers() {
    m_blockers.clear();
    if (!m_release) {
        m_status->setText(tr("Choose a release on the left to see what closing it needs."));
        m_closeBox->hide();
        return;
    }
    const Release& r = *m_release;
    const QString label = releaseLabel(r.name, r.version);
    if (r.status == ReleaseStatus::Closed) {
        m_status->setText(tr("%1 is closed.").arg(label));
        m_status->setStyleSheet(
            QStringLiteral("color: %1; font-weight: bold;").arg(Theme::success().name()));
        m_closeBox->hide();
        return;
    }
    m_closeBox->show();
    m_status->setText(tr("%1 is %2. A release is closed once its deployment is settled, its "
                         "validation passes, the feedback window has ended, a required review "
                         "is done and this checklist is settled.")
                          .arg(label, displayName(r.status).toLower()));
    m_status->setStyleSheet(QString());

    // The closure rules' sentences, then the lifecycle's own lines (other guards, the move
    // itself, open CAB conditions and waiver tasks), each once.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QStringList lines;
    if (auto blockers = m_document.closure().blockers(m_releaseId, now))
        lines << blockers.value();
    else
        lines << blockers.error().message;
    auto check = m_document.lifecycle().check(m_releaseId, ReleaseStatus::Closed);
    if (!check) {
        lines << check.error().message;
    } else {
        if (!check->moveAllowed)
            lines.prepend(tr("%1 cannot move to Closed from %2: only a deployed or rolled-back "
                             "release can be closed")
                              .arg(label, displayName(r.status)));
        for (const GuardCheck& g : check->failing()) {
            if (g.guard != Guard::Closure) {
                lines << g.line();
                continue;
            }
            if (auto facts = m_document.lifecycle().facts(m_releaseId)) {
                if (facts->openConditions > 0)
                    lines << tr("%n CAB condition(s) still open", nullptr, facts->openConditions);
                if (facts->openValidationTasks > 0)
                    lines << tr("%n waiver validation task(s) still open", nullptr,
                                facts->openValidationTasks);
            }
        }
    }
    QSet<QString> seen;
    for (const QString& line : std::as_const(lines))
        if (!line.trimmed().isEmpty() && !seen.contains(line)) {
            seen.insert(line);
            m_blockers << line;
        }
    if (m_blockers.isEmpty()) {
        m_blockerList->setText(tr("Nothing: every condition for closing is met."));
        m_blockerList->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::success().name()));
    } else {
        QStringList bullets;
        for (const QString& line : std::as_const(m_blockers))
            bullets << QStringLiteral("• ") + line;
        m_blockerList->setText(bullets.join(u'\n'));
        m_blockerList->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::danger().name()));
    }
    const bool can = m_editable && m_blockers.isEmpty();
    m_close->setEnabled(can);
    const QString reason =
        !m_editable ? tr("The file is open read-only.")
        : !m_blockers.isEmpty()
            ? tr("Closing waits on %n item(s) above.", nullptr, int(m_blockers.size()))
            : tr("Closing is final: the release moves to Closed and its configuration-"
                 "management record is written as things stand now.");
    m_closeReason->setText(reason);
    // The blockers name checks and metrics as their users wrote them.
    m_close->setToolTip(
        PlainToolTips::shown(m_blockers.isEmpty() ? reason : m_blockers.join(u'\n')));
}

void ClosurePanel::fillRecord() {
    const bool closed = m_release && m_release->status == ReleaseStatus::Closed;
    m_recordBox->setVisible(m_release.has_value());
    m_record->setRowCount(0);
    m_record->setVisible(closed);
    m_export->setVisible(closed);
    if (!m_release)
        return;
    if (!closed) {
        m_recordNote->setText(tr("Closing writes the release's configuration-management record "
                                 "(the change, the affected configuration items, the outcome and "
                                 "the review) as it stands then; it is shown here and can be "
                                 "exported for a ServiceNow import set."));
        return;
    }
    auto record = m_document.closure().record(m_releaseId);
    if (!record) {
        m_recordNote->setText(record.error().message);
        m_record->hide();
        m_export->hide();
        return;
    }
    m_recordNote->setText(tr("Written %1 UTC by %2.")
                              .arg(QDateTime::fromSecsSinceEpoch(record->closedAt, Qt::UTC)
                                       .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                   record->closedBy));
    const QStringList columns = ClosureService::recordColumns();
    m_record->setRowCount(int(columns.size()));
    for (int row = 0; row < columns.size(); ++row) {
        auto* name = new QTableWidgetItem(columns[row]);
        QFont mono = name->font();
        mono.setFamily(QStringLiteral("monospace"));
        name->setFont(mono);
        m_record->setItem(row, 0, name);
        const QString value = record->fields.value(columns[row]).toString();
        auto* cell = new QTableWidgetItem(value);
        cell->setToolTip(value);
        m_record->setItem(row, 1, cell);
    }
    m_record->resizeColumnToContents(0);
    m_record->resizeRowsToContents();
    fitRecordHeight();
}

void ClosurePanel::fitRecordHeight() {
    int height = m_record->horizontalHeader()->height() + 2 * m_record->frameWidth();
    for (int row = 0; row < m_record->rowCount(); ++row)
        height += m_record->rowHeight(row);
    m_record->setFixedHeight(height);
}

void ClosurePanel::settle(ChecklistKey key, ChecklistItem::State to) {
    if (!m_editable || m_releaseId <= 0)
        return;
    ChecklistItem before;
    before.releaseId = m_releaseId;
    before.key = key;
    for (const ChecklistItem& i : std::as_const(m_items))
        if (i.key == key)
            before = i;
    const auto push = [this, before](const ChecklistItem& after) {
        m_messages->hide();
        pushCommand(m_document.undoStack(),
                    new SettleChecklistItemCommand(m_document.closure(), before, after,
                                                   [this](const QString& m) { fail(m); }));
    };
    if (to == ChecklistItem::State::Open) {
        ChecklistItem after = before;
        after.state = ChecklistItem::State::Open;
        after.reference.clear();
        after.reason.clear();
        push(after);
        return;
    }
    auto* dialog = new ChecklistDialog(before, to, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [dialog, push] { push(dialog->item()); });
    dialog->open();
}

void ClosurePanel::closeRelease() {
    if (!m_editable || !m_release || !m_blockers.isEmpty())
        return;
    Release after = *m_release;
    after.status = ReleaseStatus::Closed;
    m_messages->hide();
    if (pushCommand(m_document.undoStack(),
                    new EditReleaseCommand(m_document.releases(), *m_release, after,
                                           [this](const QString& m) { fail(m); })))
        m_messages->showMessage(MessageBar::Kind::Success,
                                tr("%1 is closed; its configuration-management record is "
                                   "written.")
                                    .arg(releaseLabel(after.name, after.version)));
}

void ClosurePanel::chooseExportFile() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the CMDB record"),
        QDir::home().filePath(QStringLiteral("cmdb-record-%1.csv").arg(m_releaseId)),
        tr("CSV for an import set (*.csv);;JSON for the import set API (*.json)"));
    if (!path.isEmpty())
        exportRecord(path);
}

bool ClosurePanel::exportRecord(const QString& path) {
    m_messages->hide();
    auto record = m_document.closure().record(m_releaseId);
    if (!record) {
        fail(record.error().message);
        return false;
    }
    if (auto written =
            CmdbRecordWriter::write(record.value(), ClosureService::recordColumns(), path);
        !written) {
        fail(written.error().message);
        return false;
    }
    m_messages->showMessage(
        MessageBar::Kind::Success,
        tr("Wrote the configuration-management record to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace slipway::ui
